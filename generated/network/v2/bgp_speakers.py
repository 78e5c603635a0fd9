# Generated from network/v2/bgp_speakers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A BGP speaker: advertises the routes of tenant networks and floating IPs behind the routers of
its gateway networks to its BGP peers. A BGP dynamic routing agent (dragent) runs it; the API
keeps its state without one. Needs the bgp extension (neutron-dynamic-routing; admin only by
default)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.network.v2.agents import Agent


class PeerRef(Model):
    """A BGP peer, by its ID."""

    bgp_peer_id: str | Unset = UNSET
    """The peer's UUID."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("bgp_peer_id", "bgp_peer_id", t.STRING),)


class NetworkRef(Model):
    """A gateway network, by its ID."""

    network_id: str | Unset = UNSET
    """The network's UUID."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("network_id", "network_id", t.STRING),)


class AdvertisedRoute(Model):
    """A route a BGP speaker advertises."""

    destination: str | Unset = UNSET
    """The advertised CIDR."""

    next_hop: str | Unset = UNSET
    """The next hop address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("destination", "destination", t.STRING),
        Field("next_hop", "next_hop", t.STRING),
    )


class BgpSpeaker(Model):
    """A BGP speaker: advertises the routes of tenant networks and floating IPs behind the
    routers of its gateway networks to its BGP peers. A BGP dynamic routing agent (dragent)
    runs it; the API keeps its state without one. Needs the bgp extension
    (neutron-dynamic-routing; admin only by default)."""

    id: str
    """The speaker's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a speaker for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    local_as: int | Unset = UNSET
    """The speaker's AS number (1-65535; up to 4294967295 with the bgp_4byte_asn extension)."""

    ip_version: int | Unset = UNSET
    """The address family of the routes it advertises."""

    advertise_floating_ip_host_routes: bool | Unset = UNSET
    """Whether it advertises floating IPs (as /32 host routes)."""

    advertise_tenant_networks: bool | Unset = UNSET
    """Whether it advertises tenant networks behind routers."""

    peers: builtins.list[str] | Unset = UNSET
    """The BGP peers (change them with add_bgp_peer and remove_bgp_peer)."""

    networks: builtins.list[str] | Unset = UNSET
    """The gateway networks (change them with add_gateway_network and remove_gateway_network)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("local_as", "local_as", t.INTEGER),
        Field("ip_version", "ip_version", t.INTEGER),
        Field("advertise_floating_ip_host_routes", "advertise_floating_ip_host_routes", t.BOOLEAN),
        Field("advertise_tenant_networks", "advertise_tenant_networks", t.BOOLEAN),
        Field("peers", "peers", t.list_of(t.STRING)),
        Field("networks", "networks", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only speakers whose id is this."""

    name: str | Unset = UNSET
    """Only speakers whose name is this."""

    local_as: int | Unset = UNSET
    """Only speakers whose local_as is this."""

    ip_version: int | Unset = UNSET
    """Only speakers whose ip_version is this."""

    advertise_floating_ip_host_routes: bool | Unset = UNSET
    """Only speakers whose advertise_floating_ip_host_routes is this."""

    advertise_tenant_networks: bool | Unset = UNSET
    """Only speakers whose advertise_tenant_networks is this."""

    project_id: str | Unset = UNSET
    """Only speakers whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only speakers whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most speakers a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("local_as", "local_as", t.INTEGER, location="query"),
        Param("ip_version", "ip_version", t.INTEGER, location="query"),
        Param(
            "advertise_floating_ip_host_routes",
            "advertise_floating_ip_host_routes",
            t.BOOLEAN,
            location="query",
        ),
        Param(
            "advertise_tenant_networks", "advertise_tenant_networks", t.BOOLEAN, location="query"
        ),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a speaker for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    local_as: int = REQUIRED
    """The speaker's AS number (1-65535; up to 4294967295 with the bgp_4byte_asn extension)."""

    ip_version: int = REQUIRED
    """The address family of the routes it advertises."""

    advertise_floating_ip_host_routes: bool | Unset = UNSET
    """Whether it advertises floating IPs (as /32 host routes)."""

    advertise_tenant_networks: bool | Unset = UNSET
    """Whether it advertises tenant networks behind routers."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("local_as", "local_as", t.INTEGER, required=True),
        Param("ip_version", "ip_version", t.INTEGER, required=True),
        Param("advertise_floating_ip_host_routes", "advertise_floating_ip_host_routes", t.BOOLEAN),
        Param("advertise_tenant_networks", "advertise_tenant_networks", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    advertise_floating_ip_host_routes: bool | Unset = UNSET
    """Whether it advertises floating IPs (as /32 host routes)."""

    advertise_tenant_networks: bool | Unset = UNSET
    """Whether it advertises tenant networks behind routers."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("advertise_floating_ip_host_routes", "advertise_floating_ip_host_routes", t.BOOLEAN),
        Param("advertise_tenant_networks", "advertise_tenant_networks", t.BOOLEAN),
    )


class AddBgpPeerOpts(Opts):
    """Options of add_bgp_peer. Also the options of remove_bgp_peer."""

    bgp_peer_id: str = REQUIRED
    """The peer."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("bgp_peer_id", "bgp_peer_id", t.STRING, required=True),
    )


class AddGatewayNetworkOpts(Opts):
    """Options of add_gateway_network. Also the options of remove_gateway_network."""

    network_id: str = REQUIRED
    """The gateway network."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("network_id", "network_id", t.STRING, required=True),
    )


class AddToDragentOpts(Opts):
    """Options of add_to_dragent."""

    bgp_speaker_id: str = REQUIRED
    """The speaker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("bgp_speaker_id", "bgp_speaker_id", t.STRING, required=True),
    )


RemoveBgpPeerOpts = AddBgpPeerOpts
RemoveGatewayNetworkOpts = AddGatewayNetworkOpts

_LIST = Operation(
    "bgp_speakers.list",
    "GET",
    "/bgp-speakers",
    ok=(200, 203),
    response_key="bgp_speakers",
    paging=Paging("marker", next="bgp_speakers_links[rel=next].href"),
)
_GET = Operation(
    "bgp_speakers.get",
    "GET",
    "/bgp-speakers/{bgp_speaker_id}",
    ok=(200, 203),
    response_key="bgp_speaker",
)
_CREATE = Operation(
    "bgp_speakers.create",
    "POST",
    "/bgp-speakers",
    ok=(201,),
    request_kind="json",
    request_key="bgp_speaker",
    response_key="bgp_speaker",
)
_UPDATE = Operation(
    "bgp_speakers.update",
    "PUT",
    "/bgp-speakers/{bgp_speaker_id}",
    ok=(200,),
    request_kind="json",
    request_key="bgp_speaker",
    response_key="bgp_speaker",
)
_DELETE = Operation(
    "bgp_speakers.delete",
    "DELETE",
    "/bgp-speakers/{bgp_speaker_id}",
    ok=(204,),
    response_kind="empty",
)
_ADD_BGP_PEER = Operation(
    "bgp_speakers.add_bgp_peer",
    "PUT",
    "/bgp-speakers/{bgp_speaker_id}/add_bgp_peer",
    ok=(200,),
    request_kind="json",
)
_REMOVE_BGP_PEER = Operation(
    "bgp_speakers.remove_bgp_peer",
    "PUT",
    "/bgp-speakers/{bgp_speaker_id}/remove_bgp_peer",
    ok=(200,),
    request_kind="json",
    response_kind="empty",
)
_ADD_GATEWAY_NETWORK = Operation(
    "bgp_speakers.add_gateway_network",
    "PUT",
    "/bgp-speakers/{bgp_speaker_id}/add_gateway_network",
    ok=(200,),
    request_kind="json",
)
_REMOVE_GATEWAY_NETWORK = Operation(
    "bgp_speakers.remove_gateway_network",
    "PUT",
    "/bgp-speakers/{bgp_speaker_id}/remove_gateway_network",
    ok=(200,),
    request_kind="json",
)
_GET_ADVERTISED_ROUTES = Operation(
    "bgp_speakers.get_advertised_routes",
    "GET",
    "/bgp-speakers/{bgp_speaker_id}/get_advertised_routes",
    ok=(200, 203),
    response_kind="list",
    response_key="advertised_routes",
)
_LIST_DRAGENTS = Operation(
    "bgp_speakers.list_dragents",
    "GET",
    "/bgp-speakers/{bgp_speaker_id}/bgp-dragents",
    ok=(200, 203),
    response_kind="list",
    response_key="agents",
)
_ADD_TO_DRAGENT = Operation(
    "bgp_speakers.add_to_dragent",
    "POST",
    "/agents/{agent_id}/bgp-drinstances",
    ok=(201,),
    request_kind="json",
    response_kind="empty",
)
_REMOVE_FROM_DRAGENT = Operation(
    "bgp_speakers.remove_from_dragent",
    "DELETE",
    "/agents/{agent_id}/bgp-drinstances/{bgp_speaker_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_ON_DRAGENT = Operation(
    "bgp_speakers.list_on_dragent",
    "GET",
    "/agents/{agent_id}/bgp-drinstances",
    ok=(200, 203),
    response_kind="list",
    response_key="bgp_speakers",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[BgpSpeaker]:
    """List the BGP speakers. The plugin declares no sort keys (sort_key is refused)."""
    return client.pager(
        _LIST, None, model=BgpSpeaker, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    bgp_speaker_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpSpeaker]:
    """Show a BGP speaker."""
    return client.call(
        _GET,
        {"bgp_speaker_id": bgp_speaker_id},
        model=BgpSpeaker,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpSpeaker]:
    """Create a BGP speaker."""
    return client.call(
        _CREATE, None, model=BgpSpeaker, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BgpSpeaker]:
    """Change a speaker's name or what it advertises."""
    return client.call(
        _UPDATE,
        {"bgp_speaker_id": bgp_speaker_id},
        model=BgpSpeaker,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    bgp_speaker_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a BGP speaker."""
    return client.call(
        _DELETE, {"bgp_speaker_id": bgp_speaker_id}, microversion=microversion, timeout=timeout
    )


def add_bgp_peer(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: AddBgpPeerOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PeerRef]:
    """Make a BGP peer a peer of the speaker; returns the peer's ID. A peer already added is a
    409."""
    return client.call(
        _ADD_BGP_PEER,
        {"bgp_speaker_id": bgp_speaker_id},
        model=PeerRef,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_bgp_peer(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: RemoveBgpPeerOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a peer from the speaker (the answer's body is null). A peer the speaker does not
    have is a 404."""
    return client.call(
        _REMOVE_BGP_PEER,
        {"bgp_speaker_id": bgp_speaker_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_gateway_network(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: AddGatewayNetworkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NetworkRef]:
    """Add a gateway network (an external network whose routers' tenant networks and floating IPs
    are advertised); returns the network's ID. One network per speaker of each IP version; a
    network already added is a 409."""
    return client.call(
        _ADD_GATEWAY_NETWORK,
        {"bgp_speaker_id": bgp_speaker_id},
        model=NetworkRef,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_gateway_network(
    client: ServiceClient,
    bgp_speaker_id: str,
    opts: RemoveGatewayNetworkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[NetworkRef]:
    """Remove a gateway network from the speaker; returns the network's ID."""
    return client.call(
        _REMOVE_GATEWAY_NETWORK,
        {"bgp_speaker_id": bgp_speaker_id},
        model=NetworkRef,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_advertised_routes(
    client: ServiceClient,
    bgp_speaker_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[AdvertisedRoute]]:
    """The routes the speaker advertises (computed from its gateway networks' routers and
    floating IPs)."""
    return client.call(
        _GET_ADVERTISED_ROUTES,
        {"bgp_speaker_id": bgp_speaker_id},
        model=AdvertisedRoute,
        microversion=microversion,
        timeout=timeout,
    )


def list_dragents(
    client: ServiceClient,
    bgp_speaker_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Agent]]:
    """The BGP dynamic routing agents that host the speaker (bgp_dragent_scheduler extension)."""
    return client.call(
        _LIST_DRAGENTS,
        {"bgp_speaker_id": bgp_speaker_id},
        model=Agent,
        microversion=microversion,
        timeout=timeout,
    )


def add_to_dragent(
    client: ServiceClient,
    agent_id: str,
    opts: AddToDragentOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Schedule a speaker on a BGP dynamic routing agent (bgp_dragent_scheduler extension); an
    agent that is no dragent, or unknown, is a 404."""
    return client.call(
        _ADD_TO_DRAGENT,
        {"agent_id": agent_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_from_dragent(
    client: ServiceClient,
    agent_id: str,
    bgp_speaker_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Take a speaker off a BGP dynamic routing agent."""
    return client.call(
        _REMOVE_FROM_DRAGENT,
        {"agent_id": agent_id, "bgp_speaker_id": bgp_speaker_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_on_dragent(
    client: ServiceClient,
    agent_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[BgpSpeaker]]:
    """The speakers a BGP dynamic routing agent hosts."""
    return client.call(
        _LIST_ON_DRAGENT,
        {"agent_id": agent_id},
        model=BgpSpeaker,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> BgpSpeaker:
    """The one BgpSpeaker whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=BgpSpeaker,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_bgp_speakers(page: Page[Any]) -> builtins.list[BgpSpeaker]:
    """The BgpSpeaker items of a page (or of ``all_pages()``)."""
    return page.extract_as(BgpSpeaker)
