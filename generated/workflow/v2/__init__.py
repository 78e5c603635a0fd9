# Generated from workflow/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Workflow (Mistral) API v2: workflow, workbook and ad-hoc action definitions written
in the Mistral workflow language (YAML text, sent as text/plain), executions of workflows and
their tasks, direct action executions, cron and event triggers, environments, workflow sharing
between projects, and Python code sources with the dynamic actions they define. Lists page
with marker and limit and carry a full "next" URL while more items may follow. Fields the API
types as JSON (execution input, output and params; task results; trigger input and params;
environment variables) are sent as JSON objects but answered as JSON text. There are no
microversions. Errors come as {"faultstring": "...", "debuginfo": ...}.

Modules (imported on first use): action_executions, actions, code_sources, cron_triggers,
dynamic_actions, environments, event_triggers, executions, members, tasks, versions,
workbooks, workflows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import action_executions as action_executions
    from . import actions as actions
    from . import code_sources as code_sources
    from . import cron_triggers as cron_triggers
    from . import dynamic_actions as dynamic_actions
    from . import environments as environments
    from . import event_triggers as event_triggers
    from . import executions as executions
    from . import members as members
    from . import tasks as tasks
    from . import versions as versions
    from . import workbooks as workbooks
    from . import workflows as workflows

SERVICE = ServiceSpec(
    type="workflow",
    version="v2",
    aliases=(),
    url_suffix=None,
)

MODULES = (
    "action_executions",
    "actions",
    "code_sources",
    "cron_triggers",
    "dynamic_actions",
    "environments",
    "event_triggers",
    "executions",
    "members",
    "tasks",
    "versions",
    "workbooks",
    "workflows",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A workflow v2 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
