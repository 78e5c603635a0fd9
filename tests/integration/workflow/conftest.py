"""Workflow v2 tests: Keystone and Mistral (API, engine, executor and notifier in one
process on the in-process fake transport: see tests/localcloud/extra/mistral.py), one
cloud for the whole package. Executions really run; waits poll with a bounded deadline."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

import stacksdk.identity.v3 as identity_v3
import stacksdk.workflow.v2 as workflow_v2
from stacksdk.identity.v3 import projects
from stacksdk.runtime import ServiceClient, errors
from stacksdk.workflow.v2 import executions, workflows
from tests.integration.clouds import provider_for, service_cloud
from tests.integration.helpers import Cleanup
from tests.localcloud.cloud import CloudInfo

#: executions of std actions end in well under a second; the bound is for a busy machine
DEADLINE_S = 60.0
POLL_S = 0.1

Name = Callable[[str], str]


@pytest.fixture(scope="package")
def mistral_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "mistral") as info:
        yield info


@pytest.fixture(scope="package")
def workflow(mistral_cloud: CloudInfo) -> ServiceClient:
    """Workflow v2 as the cloud's admin (admin project)."""
    return workflow_v2.new_client(provider_for(mistral_cloud))


@pytest.fixture(scope="package")
def workflow_demo(mistral_cloud: CloudInfo) -> ServiceClient:
    """Workflow v2 as the demo user (demo project)."""
    return workflow_v2.new_client(provider_for(mistral_cloud, "demo"))


@pytest.fixture(scope="package")
def demo_project_id(mistral_cloud: CloudInfo) -> str:
    identity = identity_v3.new_client(provider_for(mistral_cloud))
    return projects.find(identity, "demo").id


@pytest.fixture
def name() -> Name:
    """name("wf") -> "wf_1a2b3c4d": a workflow-language identifier that never collides."""
    return lambda prefix: f"{prefix}_{uuid.uuid4().hex[:8]}"


def definition(*bodies: str) -> bytes:
    """A workflow-language text: the version line, then the given YAML blocks."""
    return ("version: '2.0'\n" + "".join(bodies)).encode()


def echo_workflow(wf_name: str) -> bytes:
    """A workflow that echoes its input "msg" and outputs it as "out"."""
    return definition(
        f"{wf_name}:\n"
        "  input:\n"
        "    - msg\n"
        "  tasks:\n"
        "    say:\n"
        "      action: std.echo output=<% $.msg %>\n"
        "      publish:\n"
        "        said: <% task().result %>\n"
        "  output:\n"
        "    out: <% $.said %>\n"
    )


def make_workflow(
    client: ServiceClient,
    cleanup: Cleanup,
    text: bytes,
    opts: workflows.CreateFromDefinitionOpts | None = None,
) -> workflows.Workflow:
    """Create the one workflow of ``text``; deleted (with its executions) at the end."""
    opts = opts or workflows.CreateFromDefinitionOpts(accept="text/plain")
    [wf] = workflows.create_from_definition(client, text, opts).extract()
    cleanup(lambda: delete_workflow(client, wf.id))
    return wf


def delete_workflow(client: ServiceClient, wf_id: str) -> None:
    for ex in executions.list(client, executions.ListOpts(workflow_id=wf_id)):
        try:
            executions.delete(client, ex.id, executions.DeleteOpts(force=True))
        except errors.NotFound:
            pass
    workflows.delete(client, wf_id)
