# Generated from network/v2/agents.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A Neutron agent (DHCP, L3, Open vSwitch, metadata, ...) as it reported itself over RPC, plus
the scheduler APIs that bind networks to DHCP agents and routers to L3 agents
(dhcp_agent_scheduler, l3_agent_scheduler). Agents register themselves: there is no create.
Admin-only by default."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.network.v2.networks import Network
from stacksdk.network.v2.routers import Router


class Agent(Model):
    """A Neutron agent (DHCP, L3, Open vSwitch, metadata, ...) as it reported itself over RPC,
    plus the scheduler APIs that bind networks to DHCP agents and routers to L3 agents
    (dhcp_agent_scheduler, l3_agent_scheduler). Agents register themselves: there is no
    create. Admin-only by default."""

    id: str
    """The agent's UUID."""

    agent_type: str | Unset = UNSET
    """The kind of agent ("DHCP agent", "L3 agent", "Open vSwitch agent", ...)."""

    binary: str | Unset = UNSET
    """The agent's executable (neutron-dhcp-agent, ...)."""

    topic: str | Unset = UNSET
    """The RPC topic it listens on ("N/A" for none)."""

    host: str | Unset = UNSET
    """The host it runs on."""

    admin_state_up: bool | Unset = UNSET
    """False keeps schedulers from giving the agent new networks or routers."""

    alive: bool | Unset = UNSET
    """Whether its last heartbeat is recent enough (agent_down_time)."""

    availability_zone: str | None | Unset = UNSET
    """The agent's availability zone (DHCP and L3 agents; None for others)."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset)."""

    heartbeat_timestamp: datetime.datetime | Unset = UNSET
    """The last heartbeat (UTC)."""

    started_at: datetime.datetime | Unset = UNSET
    """When the agent last started (UTC)."""

    created_at: datetime.datetime | Unset = UNSET
    """When it first registered (UTC)."""

    configurations: dict[str, Any] | Unset = UNSET
    """The configuration the agent reports (its keys depend on the agent type)."""

    resource_versions: dict[str, Any] | Unset = UNSET
    """The versions of the RPC resources the agent knows."""

    resources_synced: bool | None | Unset = UNSET
    """Whether Placement has the resources the agent reports (agent-resources-synced; None for
    agents that report none)."""

    ha_state: str | None | Unset = UNSET
    """In list_router_l3_agents only, the HA router's state on this agent (active, standby,
    unknown; None for a router that is not HA)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("agent_type", "agent_type", t.STRING),
        Field("binary", "binary", t.STRING),
        Field("topic", "topic", t.STRING),
        Field("host", "host", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("alive", "alive", t.BOOLEAN),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("description", "description", t.STRING),
        Field("heartbeat_timestamp", "heartbeat_timestamp", t.DATETIME),
        Field("started_at", "started_at", t.DATETIME),
        Field("created_at", "created_at", t.DATETIME),
        Field("configurations", "configurations", t.ANY),
        Field("resource_versions", "resource_versions", t.ANY),
        Field("resources_synced", "resources_synced", t.BOOLEAN),
        Field("ha_state", "ha_state", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the agent with this ID."""

    agent_type: str | Unset = UNSET
    """Only agents of this type."""

    binary: str | Unset = UNSET
    """Only agents of this executable."""

    topic: str | Unset = UNSET
    """Only agents on this topic."""

    host: str | Unset = UNSET
    """Only agents on this host."""

    admin_state_up: bool | Unset = UNSET
    """Only agents in this administrative state."""

    alive: bool | Unset = UNSET
    """Only live (true) or dead (false) agents."""

    availability_zone: str | Unset = UNSET
    """Only agents in this zone."""

    description: str | Unset = UNSET
    """Only agents with this description."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most agents a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("agent_type", "agent_type", t.STRING, location="query"),
        Param("binary", "binary", t.STRING, location="query"),
        Param("topic", "topic", t.STRING, location="query"),
        Param("host", "host", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("alive", "alive", t.BOOLEAN, location="query"),
        Param("availability_zone", "availability_zone", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET
    """False keeps schedulers from giving the agent new networks or routers."""

    description: str | None | Unset = UNSET
    """Free-form text (None when unset)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("description", "description", t.STRING, nullable=True),
    )


class AddDhcpNetworkOpts(Opts):
    """Options of add_dhcp_network."""

    network_id: str = REQUIRED
    """The network to host."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("network_id", "network_id", t.STRING, required=True),
    )


class AddL3RouterOpts(Opts):
    """Options of add_l3_router."""

    router_id: str = REQUIRED
    """The router to host."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("router_id", "router_id", t.STRING, required=True),
    )


_LIST = Operation(
    "agents.list",
    "GET",
    "/agents",
    ok=(200, 203),
    response_key="agents",
    paging=Paging("marker", next="agents_links[rel=next].href"),
)
_GET = Operation(
    "agents.get",
    "GET",
    "/agents/{agent_id}",
    ok=(200, 203),
    response_key="agent",
)
_UPDATE = Operation(
    "agents.update",
    "PUT",
    "/agents/{agent_id}",
    ok=(200,),
    request_kind="json",
    request_key="agent",
    response_key="agent",
)
_DELETE = Operation(
    "agents.delete",
    "DELETE",
    "/agents/{agent_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DHCP_NETWORKS = Operation(
    "agents.list_dhcp_networks",
    "GET",
    "/agents/{agent_id}/dhcp-networks",
    ok=(200, 203),
    response_kind="list",
    response_key="networks",
)
_ADD_DHCP_NETWORK = Operation(
    "agents.add_dhcp_network",
    "POST",
    "/agents/{agent_id}/dhcp-networks",
    ok=(201,),
    request_kind="json",
    response_kind="empty",
)
_REMOVE_DHCP_NETWORK = Operation(
    "agents.remove_dhcp_network",
    "DELETE",
    "/agents/{agent_id}/dhcp-networks/{network_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_L3_ROUTERS = Operation(
    "agents.list_l3_routers",
    "GET",
    "/agents/{agent_id}/l3-routers",
    ok=(200, 203),
    response_kind="list",
    response_key="routers",
)
_ADD_L3_ROUTER = Operation(
    "agents.add_l3_router",
    "POST",
    "/agents/{agent_id}/l3-routers",
    ok=(201,),
    request_kind="json",
    response_kind="empty",
)
_REMOVE_L3_ROUTER = Operation(
    "agents.remove_l3_router",
    "DELETE",
    "/agents/{agent_id}/l3-routers/{router_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_NETWORK_DHCP_AGENTS = Operation(
    "agents.list_network_dhcp_agents",
    "GET",
    "/networks/{network_id}/dhcp-agents",
    ok=(200, 203),
    response_kind="list",
    response_key="agents",
)
_LIST_ROUTER_L3_AGENTS = Operation(
    "agents.list_router_l3_agents",
    "GET",
    "/routers/{router_id}/l3-agents",
    ok=(200, 203),
    response_kind="list",
    response_key="agents",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Agent]:
    """List agents (empty where no agent ever reported)."""
    return client.pager(
        _LIST, None, model=Agent, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    agent_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Agent]:
    """Show an agent."""
    return client.call(
        _GET, {"agent_id": agent_id}, model=Agent, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    agent_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Agent]:
    """Change an agent's administrative state or description."""
    return client.call(
        _UPDATE,
        {"agent_id": agent_id},
        model=Agent,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    agent_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an agent's record (it registers again on its next report if it still runs)."""
    return client.call(_DELETE, {"agent_id": agent_id}, microversion=microversion, timeout=timeout)


def list_dhcp_networks(
    client: ServiceClient,
    agent_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Network]]:
    """The networks a DHCP agent hosts."""
    return client.call(
        _LIST_DHCP_NETWORKS,
        {"agent_id": agent_id},
        model=Network,
        microversion=microversion,
        timeout=timeout,
    )


def add_dhcp_network(
    client: ServiceClient,
    agent_id: str,
    opts: AddDhcpNetworkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Schedule a network to a DHCP agent (409 when it already hosts it)."""
    return client.call(
        _ADD_DHCP_NETWORK,
        {"agent_id": agent_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_dhcp_network(
    client: ServiceClient,
    agent_id: str,
    network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Take a network off a DHCP agent."""
    return client.call(
        _REMOVE_DHCP_NETWORK,
        {"agent_id": agent_id, "network_id": network_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_l3_routers(
    client: ServiceClient,
    agent_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Router]]:
    """The routers an L3 agent hosts."""
    return client.call(
        _LIST_L3_ROUTERS,
        {"agent_id": agent_id},
        model=Router,
        microversion=microversion,
        timeout=timeout,
    )


def add_l3_router(
    client: ServiceClient,
    agent_id: str,
    opts: AddL3RouterOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Schedule a router to an L3 agent."""
    return client.call(
        _ADD_L3_ROUTER,
        {"agent_id": agent_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_l3_router(
    client: ServiceClient,
    agent_id: str,
    router_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Take a router off an L3 agent."""
    return client.call(
        _REMOVE_L3_ROUTER,
        {"agent_id": agent_id, "router_id": router_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_network_dhcp_agents(
    client: ServiceClient,
    network_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Agent]]:
    """The DHCP agents hosting a network."""
    return client.call(
        _LIST_NETWORK_DHCP_AGENTS,
        {"network_id": network_id},
        model=Agent,
        microversion=microversion,
        timeout=timeout,
    )


def list_router_l3_agents(
    client: ServiceClient,
    router_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Agent]]:
    """The L3 agents hosting a router (with ha_state for HA routers)."""
    return client.call(
        _LIST_ROUTER_L3_AGENTS,
        {"router_id": router_id},
        model=Agent,
        microversion=microversion,
        timeout=timeout,
    )


def extract_agents(page: Page[Any]) -> builtins.list[Agent]:
    """The Agent items of a page (or of ``all_pages()``)."""
    return page.extract_as(Agent)
