# Generated from compute/v2/server_topology.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server's NUMA topology (since 2.78): the guest's NUMA nodes with their vCPUs and memory,
and, for admins by default, the host NUMA node and vCPU pinning of each. A server without a
NUMA topology answers no nodes and a null page size."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class TopologyNode(Model):
    """The TopologyNode object."""

    vcpu_set: builtins.list[int] | Unset = UNSET
    """The guest vCPUs of the node."""

    siblings: builtins.list[builtins.list[int]] | Unset = UNSET
    """The vCPUs grouped by the host core threads they share."""

    memory_mb: int | Unset = UNSET
    """The node's memory in MiB."""

    host_node: int | Unset = UNSET
    """The host NUMA node it runs on (admins only by default)."""

    cpu_pinning: dict[str, int] | Unset = UNSET
    """Guest vCPU (as a string key) -> host CPU, for pinned servers (admins only by default;
    empty when not pinned)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("vcpu_set", "vcpu_set", t.list_of(t.INTEGER)),
        Field("siblings", "siblings", t.list_of(t.list_of(t.INTEGER))),
        Field("memory_mb", "memory_mb", t.INTEGER),
        Field("host_node", "host_node", t.INTEGER),
        Field("cpu_pinning", "cpu_pinning", t.map_of(t.INTEGER)),
    )


class ServerTopology(Model):
    """A server's NUMA topology (since 2.78): the guest's NUMA nodes with their vCPUs and memory,
    and, for admins by default, the host NUMA node and vCPU pinning of each. A server without
    a NUMA topology answers no nodes and a null page size."""

    nodes: builtins.list[TopologyNode] | Unset = UNSET
    """The guest's NUMA nodes (empty without a NUMA topology)."""

    pagesize_kb: int | None | Unset = UNSET
    """The page size in KiB of the guest's memory (null when not set)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("nodes", "nodes", t.list_of(t.model(TopologyNode))),
        Field("pagesize_kb", "pagesize_kb", t.INTEGER),
    )


_GET = Operation(
    "server_topology.get",
    "GET",
    "/servers/{server_id}/topology",
    ok=(200, 203),
    since="2.78",
)


def get(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerTopology]:
    """The server's NUMA topology (404 for no such server)."""
    return client.call(
        _GET,
        {"server_id": server_id},
        model=ServerTopology,
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_topology(page: Page[Any]) -> builtins.list[ServerTopology]:
    """The ServerTopology items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerTopology)
