"""One local cloud (Keystone + Ironic with fake hardware) for the whole package."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator

import pytest

import stacksdk.baremetal.v1 as baremetal_v1
from stacksdk.baremetal.v1 import nodes
from stacksdk.runtime import AuthOptions, ServiceClient, authenticated_client, errors
from tests.integration.clouds import provider_for, service_cloud
from tests.localcloud.cloud import CloudInfo

DEADLINE_S = 60.0
"""Fake-hardware transitions finish within a few seconds; this bounds every poll."""

MakeNode = Callable[..., nodes.Node]


@pytest.fixture(scope="package")
def bm_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "ironic") as info:
        yield info


@pytest.fixture(scope="package")
def baremetal(bm_cloud: CloudInfo) -> ServiceClient:
    return baremetal_v1.new_client(provider_for(bm_cloud))


@pytest.fixture(scope="package")
def baremetal_system(bm_cloud: CloudInfo) -> ServiceClient:
    """The admin user with a system-scoped token: Ironic's policies for drivers,
    conductors and shards name system scope only (oslo.policy 6 always
    enforces scopes)."""
    c = bm_cloud.credentials("admin")
    opts = AuthOptions(
        identity_endpoint=bm_cloud.auth_url,
        username=c.username,
        password=c.password,
        user_domain_id=c.user_domain_id,
        system_scope="all",
        region_name=bm_cloud.region,
    )
    return baremetal_v1.new_client(authenticated_client(opts))


def node_name(prefix: str = "node") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def delete_node(client: ServiceClient, node_id: str) -> None:
    """Delete a node whatever state a failed test left it in (gone is fine)."""
    try:
        node = nodes.get(client, node_id).extract()
    except errors.NotFound:
        return
    if node.provision_state == "active":
        nodes.set_provision_state(client, node_id, nodes.SetProvisionStateOpts(target="deleted"))
        nodes.wait_for_status(client, node_id, "available", timeout=DEADLINE_S, interval=0.5)
    elif node.provision_state not in ("enroll", "manageable", "available", "adopt failed"):
        nodes.set_maintenance(client, node_id)  # a failed state: delete in maintenance
    nodes.delete(client, node_id)


@pytest.fixture
def make_node(baremetal: ServiceClient) -> Iterator[MakeNode]:
    """Enroll fake-hardware nodes; each is deleted at the end of the test."""
    made: list[str] = []

    def make(**fields: object) -> nodes.Node:
        opts = nodes.CreateOpts(driver="fake-hardware", name=node_name(), **fields)  # type: ignore[arg-type]
        node = nodes.create(baremetal, opts).extract()
        made.append(node.uuid)
        return node

    yield make
    for node_id in reversed(made):
        delete_node(baremetal, node_id)


def poll(check: Callable[[], bool], what: str, deadline_s: float = DEADLINE_S) -> None:
    """Call ``check`` until it is true; fail after ``deadline_s`` seconds."""
    end = time.monotonic() + deadline_s
    while not check():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)
