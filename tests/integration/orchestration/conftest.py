"""Orchestration v1 tests: Keystone and Heat (API and engine in one process: see
tests/localcloud/extra/heat.py), one cloud for the whole package."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import stacksdk.orchestration.v1 as orchestration_v1
from stacksdk.orchestration.v1 import stacks
from stacksdk.runtime import ServiceClient, errors
from tests.integration.clouds import provider_for, service_cloud
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.cloud import CloudInfo

#: stacks of Heat's own resources reach a final state in a few seconds; the bound is generous
#: for a busy 2-core machine
DEADLINE_S = 120.0
POLL_S = 0.2

RANDOM = {
    "heat_template_version": "2021-04-16",
    "description": "one random string",
    "parameters": {
        "length": {
            "type": "number",
            "default": 8,
            "constraints": [{"range": {"min": 4, "max": 64}}],
        }
    },
    "resources": {
        "word": {
            "type": "OS::Heat::RandomString",
            "properties": {"length": {"get_param": "length"}},
        },
        "echo": {
            "type": "OS::Heat::Value",
            "properties": {"value": {"get_attr": ["word", "value"]}},
        },
    },
    "outputs": {
        "word": {"value": {"get_attr": ["word", "value"]}, "description": "the string"},
        "length": {"value": {"get_param": "length"}},
    },
}
"""A template of Heat's own resources (nothing outside Heat is created)."""


@pytest.fixture(scope="package")
def heat_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "heat") as info:
        yield info


@pytest.fixture(scope="package")
def orchestration(heat_cloud: CloudInfo) -> ServiceClient:
    """Orchestration v1 as the cloud's admin."""
    return orchestration_v1.new_client(provider_for(heat_cloud))


@pytest.fixture(scope="package")
def orchestration_demo(heat_cloud: CloudInfo) -> ServiceClient:
    """Orchestration v1 as the demo user (member of the demo project)."""
    return orchestration_v1.new_client(provider_for(heat_cloud, "demo"))


MakeStack = Callable[..., stacks.Stack]


@pytest.fixture
def make_stack(orchestration: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeStack:
    """Create a stack (RANDOM unless a template is given), wait until CREATE_COMPLETE."""

    def make(
        template: dict[str, Any] | None = None, *, wait: bool = True, **kw: Any
    ) -> stacks.Stack:
        name = unique("st")
        ref = stacks.create(
            orchestration, stacks.CreateOpts(stack_name=name, template=template or RANDOM, **kw)
        ).extract()
        cleanup(lambda: delete_stack(orchestration, name, ref.id))
        if not wait:
            return stacks.get(orchestration, name, ref.id).extract()
        return stacks.wait_for_status(
            orchestration, name, ref.id, "CREATE_COMPLETE", timeout=DEADLINE_S, interval=POLL_S
        )

    return make


def delete_stack(client: ServiceClient, name: str, stack_id: str) -> None:
    try:
        stacks.delete(client, name, stack_id)
    except errors.NotFound:
        return
    stacks.wait_for_delete(client, name, stack_id, timeout=DEADLINE_S, interval=POLL_S)
