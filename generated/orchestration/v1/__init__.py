# Generated from orchestration/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Orchestration (Heat) API v1: stacks built from templates, their resources, events,
outputs and snapshots; template validation and the resource types a cloud offers; software
configs and deployments. Stacks are addressed by name and id together
(/stacks/{stack_name}/{stack_id}); stacks.lookup() turns either one into that pair. Heat has
no microversions. Errors come as {"code": N, "title": "...", "error": {"type": "...",
"message": "..."}}.

Modules (imported on first use): build_info, events, resource_types, resources, services,
software_configs, software_deployments, stacks, templates, versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import build_info as build_info
    from . import events as events
    from . import resource_types as resource_types
    from . import resources as resources
    from . import services as services
    from . import software_configs as software_configs
    from . import software_deployments as software_deployments
    from . import stacks as stacks
    from . import templates as templates
    from . import versions as versions

SERVICE = ServiceSpec(
    type="orchestration",
    version="v1",
    aliases=(),
    url_suffix=None,
)

MODULES = (
    "build_info",
    "events",
    "resource_types",
    "resources",
    "services",
    "software_configs",
    "software_deployments",
    "stacks",
    "templates",
    "versions",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A orchestration v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
