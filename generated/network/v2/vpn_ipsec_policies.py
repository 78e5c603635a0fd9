# Generated from network/v2/vpn_ipsec_policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An IPsec policy (VPNaaS): how the traffic of an IPsec site connection is protected (phase 2).
Needs the vpnaas extension (neutron-vpnaas)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.network.v2.vpn_ike_policies import Lifetime as Lifetime


class IpsecPolicy(Model):
    """An IPsec policy (VPNaaS): how the traffic of an IPsec site connection is protected (phase
    2). Needs the vpnaas extension (neutron-vpnaas)."""

    id: str
    """The policy's UUID."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a policy for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    transform_protocol: Literal["esp", "ah", "ah-esp"] | Unset = UNSET
    """The protocol that protects the packets."""

    auth_algorithm: (
        Literal["sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"] | Unset
    ) = UNSET
    """The integrity (hash) algorithm. The API still defaults to sha1 (and accepts 3des for
    encryption) unless the vpn-no-sha1-3des extension is loaded, but neutron-vpnaas 29 dropped
    both from its database: there, always send another one (the local cloud fails to read such
    a policy back)."""

    encryption_algorithm: (
        Literal[
            "3des",
            "aes-128",
            "aes-192",
            "aes-256",
            "aes-128-ccm-8",
            "aes-192-ccm-8",
            "aes-256-ccm-8",
            "aes-128-ccm-12",
            "aes-192-ccm-12",
            "aes-256-ccm-12",
            "aes-128-ccm-16",
            "aes-192-ccm-16",
            "aes-256-ccm-16",
            "aes-128-gcm-8",
            "aes-192-gcm-8",
            "aes-256-gcm-8",
            "aes-128-gcm-12",
            "aes-192-gcm-12",
            "aes-256-gcm-12",
            "aes-128-gcm-16",
            "aes-192-gcm-16",
            "aes-256-gcm-16",
            "aes-128-ctr",
            "aes-192-ctr",
            "aes-256-ctr",
        ]
        | Unset
    ) = UNSET
    """The encryption algorithm (the ccm/gcm/ctr ones need the vpn-aes-ccm-gcm and vpn-aes-ctr
    extensions)."""

    encapsulation_mode: Literal["tunnel", "transport"] | Unset = UNSET
    """Tunnel (whole packets) or transport (payloads) mode."""

    pfs: (
        Literal[
            "group2",
            "group5",
            "group14",
            "group15",
            "group16",
            "group17",
            "group18",
            "group19",
            "group20",
            "group21",
            "group22",
            "group23",
            "group24",
            "group25",
            "group26",
            "group27",
            "group28",
            "group29",
            "group30",
            "group31",
            "group32",
        ]
        | Unset
    ) = UNSET
    """The Diffie-Hellman group for perfect forward secrecy."""

    lifetime: Lifetime | Unset = UNSET
    """How long the security association lives."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("transform_protocol", "transform_protocol", t.STRING, enum=("esp", "ah", "ah-esp")),
        Field(
            "auth_algorithm",
            "auth_algorithm",
            t.STRING,
            enum=("sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"),
        ),
        Field(
            "encryption_algorithm",
            "encryption_algorithm",
            t.STRING,
            enum=(
                "3des",
                "aes-128",
                "aes-192",
                "aes-256",
                "aes-128-ccm-8",
                "aes-192-ccm-8",
                "aes-256-ccm-8",
                "aes-128-ccm-12",
                "aes-192-ccm-12",
                "aes-256-ccm-12",
                "aes-128-ccm-16",
                "aes-192-ccm-16",
                "aes-256-ccm-16",
                "aes-128-gcm-8",
                "aes-192-gcm-8",
                "aes-256-gcm-8",
                "aes-128-gcm-12",
                "aes-192-gcm-12",
                "aes-256-gcm-12",
                "aes-128-gcm-16",
                "aes-192-gcm-16",
                "aes-256-gcm-16",
                "aes-128-ctr",
                "aes-192-ctr",
                "aes-256-ctr",
            ),
        ),
        Field("encapsulation_mode", "encapsulation_mode", t.STRING, enum=("tunnel", "transport")),
        Field(
            "pfs",
            "pfs",
            t.STRING,
            enum=(
                "group2",
                "group5",
                "group14",
                "group15",
                "group16",
                "group17",
                "group18",
                "group19",
                "group20",
                "group21",
                "group22",
                "group23",
                "group24",
                "group25",
                "group26",
                "group27",
                "group28",
                "group29",
                "group30",
                "group31",
                "group32",
            ),
        ),
        Field("lifetime", "lifetime", t.model(Lifetime)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only policies whose id is this."""

    name: str | Unset = UNSET
    """Only policies whose name is this."""

    description: str | Unset = UNSET
    """Only policies whose description is this."""

    transform_protocol: Literal["esp", "ah", "ah-esp"] | Unset = UNSET
    """Only policies whose transform_protocol is this."""

    auth_algorithm: (
        Literal["sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"] | Unset
    ) = UNSET
    """Only policies whose auth_algorithm is this."""

    encryption_algorithm: (
        Literal[
            "3des",
            "aes-128",
            "aes-192",
            "aes-256",
            "aes-128-ccm-8",
            "aes-192-ccm-8",
            "aes-256-ccm-8",
            "aes-128-ccm-12",
            "aes-192-ccm-12",
            "aes-256-ccm-12",
            "aes-128-ccm-16",
            "aes-192-ccm-16",
            "aes-256-ccm-16",
            "aes-128-gcm-8",
            "aes-192-gcm-8",
            "aes-256-gcm-8",
            "aes-128-gcm-12",
            "aes-192-gcm-12",
            "aes-256-gcm-12",
            "aes-128-gcm-16",
            "aes-192-gcm-16",
            "aes-256-gcm-16",
            "aes-128-ctr",
            "aes-192-ctr",
            "aes-256-ctr",
        ]
        | Unset
    ) = UNSET
    """Only policies whose encryption_algorithm is this."""

    encapsulation_mode: Literal["tunnel", "transport"] | Unset = UNSET
    """Only policies whose encapsulation_mode is this."""

    pfs: (
        Literal[
            "group2",
            "group5",
            "group14",
            "group15",
            "group16",
            "group17",
            "group18",
            "group19",
            "group20",
            "group21",
            "group22",
            "group23",
            "group24",
            "group25",
            "group26",
            "group27",
            "group28",
            "group29",
            "group30",
            "group31",
            "group32",
        ]
        | Unset
    ) = UNSET
    """Only policies whose pfs is this."""

    project_id: str | Unset = UNSET
    """Only policies whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only policies whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most policies a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param(
            "transform_protocol",
            "transform_protocol",
            t.STRING,
            location="query",
            enum=("esp", "ah", "ah-esp"),
        ),
        Param(
            "auth_algorithm",
            "auth_algorithm",
            t.STRING,
            location="query",
            enum=("sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"),
        ),
        Param(
            "encryption_algorithm",
            "encryption_algorithm",
            t.STRING,
            location="query",
            enum=(
                "3des",
                "aes-128",
                "aes-192",
                "aes-256",
                "aes-128-ccm-8",
                "aes-192-ccm-8",
                "aes-256-ccm-8",
                "aes-128-ccm-12",
                "aes-192-ccm-12",
                "aes-256-ccm-12",
                "aes-128-ccm-16",
                "aes-192-ccm-16",
                "aes-256-ccm-16",
                "aes-128-gcm-8",
                "aes-192-gcm-8",
                "aes-256-gcm-8",
                "aes-128-gcm-12",
                "aes-192-gcm-12",
                "aes-256-gcm-12",
                "aes-128-gcm-16",
                "aes-192-gcm-16",
                "aes-256-gcm-16",
                "aes-128-ctr",
                "aes-192-ctr",
                "aes-256-ctr",
            ),
        ),
        Param(
            "encapsulation_mode",
            "encapsulation_mode",
            t.STRING,
            location="query",
            enum=("tunnel", "transport"),
        ),
        Param(
            "pfs",
            "pfs",
            t.STRING,
            location="query",
            enum=(
                "group2",
                "group5",
                "group14",
                "group15",
                "group16",
                "group17",
                "group18",
                "group19",
                "group20",
                "group21",
                "group22",
                "group23",
                "group24",
                "group25",
                "group26",
                "group27",
                "group28",
                "group29",
                "group30",
                "group31",
                "group32",
            ),
        ),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a policy for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    transform_protocol: Literal["esp", "ah", "ah-esp"] | Unset = UNSET
    """The protocol that protects the packets."""

    auth_algorithm: (
        Literal["sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"] | Unset
    ) = UNSET
    """The integrity (hash) algorithm. The API still defaults to sha1 (and accepts 3des for
    encryption) unless the vpn-no-sha1-3des extension is loaded, but neutron-vpnaas 29 dropped
    both from its database: there, always send another one (the local cloud fails to read such
    a policy back)."""

    encryption_algorithm: (
        Literal[
            "3des",
            "aes-128",
            "aes-192",
            "aes-256",
            "aes-128-ccm-8",
            "aes-192-ccm-8",
            "aes-256-ccm-8",
            "aes-128-ccm-12",
            "aes-192-ccm-12",
            "aes-256-ccm-12",
            "aes-128-ccm-16",
            "aes-192-ccm-16",
            "aes-256-ccm-16",
            "aes-128-gcm-8",
            "aes-192-gcm-8",
            "aes-256-gcm-8",
            "aes-128-gcm-12",
            "aes-192-gcm-12",
            "aes-256-gcm-12",
            "aes-128-gcm-16",
            "aes-192-gcm-16",
            "aes-256-gcm-16",
            "aes-128-ctr",
            "aes-192-ctr",
            "aes-256-ctr",
        ]
        | Unset
    ) = UNSET
    """The encryption algorithm (the ccm/gcm/ctr ones need the vpn-aes-ccm-gcm and vpn-aes-ctr
    extensions)."""

    encapsulation_mode: Literal["tunnel", "transport"] | Unset = UNSET
    """Tunnel (whole packets) or transport (payloads) mode."""

    pfs: (
        Literal[
            "group2",
            "group5",
            "group14",
            "group15",
            "group16",
            "group17",
            "group18",
            "group19",
            "group20",
            "group21",
            "group22",
            "group23",
            "group24",
            "group25",
            "group26",
            "group27",
            "group28",
            "group29",
            "group30",
            "group31",
            "group32",
        ]
        | Unset
    ) = UNSET
    """The Diffie-Hellman group for perfect forward secrecy."""

    lifetime: Lifetime | Unset = UNSET
    """How long the security association lives."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("transform_protocol", "transform_protocol", t.STRING, enum=("esp", "ah", "ah-esp")),
        Param(
            "auth_algorithm",
            "auth_algorithm",
            t.STRING,
            enum=("sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"),
        ),
        Param(
            "encryption_algorithm",
            "encryption_algorithm",
            t.STRING,
            enum=(
                "3des",
                "aes-128",
                "aes-192",
                "aes-256",
                "aes-128-ccm-8",
                "aes-192-ccm-8",
                "aes-256-ccm-8",
                "aes-128-ccm-12",
                "aes-192-ccm-12",
                "aes-256-ccm-12",
                "aes-128-ccm-16",
                "aes-192-ccm-16",
                "aes-256-ccm-16",
                "aes-128-gcm-8",
                "aes-192-gcm-8",
                "aes-256-gcm-8",
                "aes-128-gcm-12",
                "aes-192-gcm-12",
                "aes-256-gcm-12",
                "aes-128-gcm-16",
                "aes-192-gcm-16",
                "aes-256-gcm-16",
                "aes-128-ctr",
                "aes-192-ctr",
                "aes-256-ctr",
            ),
        ),
        Param("encapsulation_mode", "encapsulation_mode", t.STRING, enum=("tunnel", "transport")),
        Param(
            "pfs",
            "pfs",
            t.STRING,
            enum=(
                "group2",
                "group5",
                "group14",
                "group15",
                "group16",
                "group17",
                "group18",
                "group19",
                "group20",
                "group21",
                "group22",
                "group23",
                "group24",
                "group25",
                "group26",
                "group27",
                "group28",
                "group29",
                "group30",
                "group31",
                "group32",
            ),
        ),
        Param("lifetime", "lifetime", t.model(Lifetime)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name (at most 255 characters)."""

    description: str | Unset = UNSET
    """Free-form text (at most 255 characters)."""

    transform_protocol: Literal["esp", "ah", "ah-esp"] | Unset = UNSET
    """The protocol that protects the packets."""

    auth_algorithm: (
        Literal["sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"] | Unset
    ) = UNSET
    """The integrity (hash) algorithm. The API still defaults to sha1 (and accepts 3des for
    encryption) unless the vpn-no-sha1-3des extension is loaded, but neutron-vpnaas 29 dropped
    both from its database: there, always send another one (the local cloud fails to read such
    a policy back)."""

    encryption_algorithm: (
        Literal[
            "3des",
            "aes-128",
            "aes-192",
            "aes-256",
            "aes-128-ccm-8",
            "aes-192-ccm-8",
            "aes-256-ccm-8",
            "aes-128-ccm-12",
            "aes-192-ccm-12",
            "aes-256-ccm-12",
            "aes-128-ccm-16",
            "aes-192-ccm-16",
            "aes-256-ccm-16",
            "aes-128-gcm-8",
            "aes-192-gcm-8",
            "aes-256-gcm-8",
            "aes-128-gcm-12",
            "aes-192-gcm-12",
            "aes-256-gcm-12",
            "aes-128-gcm-16",
            "aes-192-gcm-16",
            "aes-256-gcm-16",
            "aes-128-ctr",
            "aes-192-ctr",
            "aes-256-ctr",
        ]
        | Unset
    ) = UNSET
    """The encryption algorithm (the ccm/gcm/ctr ones need the vpn-aes-ccm-gcm and vpn-aes-ctr
    extensions)."""

    encapsulation_mode: Literal["tunnel", "transport"] | Unset = UNSET
    """Tunnel (whole packets) or transport (payloads) mode."""

    pfs: (
        Literal[
            "group2",
            "group5",
            "group14",
            "group15",
            "group16",
            "group17",
            "group18",
            "group19",
            "group20",
            "group21",
            "group22",
            "group23",
            "group24",
            "group25",
            "group26",
            "group27",
            "group28",
            "group29",
            "group30",
            "group31",
            "group32",
        ]
        | Unset
    ) = UNSET
    """The Diffie-Hellman group for perfect forward secrecy."""

    lifetime: Lifetime | Unset = UNSET
    """How long the security association lives."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("transform_protocol", "transform_protocol", t.STRING, enum=("esp", "ah", "ah-esp")),
        Param(
            "auth_algorithm",
            "auth_algorithm",
            t.STRING,
            enum=("sha1", "sha256", "sha384", "sha512", "aes-xcbc", "aes-cmac"),
        ),
        Param(
            "encryption_algorithm",
            "encryption_algorithm",
            t.STRING,
            enum=(
                "3des",
                "aes-128",
                "aes-192",
                "aes-256",
                "aes-128-ccm-8",
                "aes-192-ccm-8",
                "aes-256-ccm-8",
                "aes-128-ccm-12",
                "aes-192-ccm-12",
                "aes-256-ccm-12",
                "aes-128-ccm-16",
                "aes-192-ccm-16",
                "aes-256-ccm-16",
                "aes-128-gcm-8",
                "aes-192-gcm-8",
                "aes-256-gcm-8",
                "aes-128-gcm-12",
                "aes-192-gcm-12",
                "aes-256-gcm-12",
                "aes-128-gcm-16",
                "aes-192-gcm-16",
                "aes-256-gcm-16",
                "aes-128-ctr",
                "aes-192-ctr",
                "aes-256-ctr",
            ),
        ),
        Param("encapsulation_mode", "encapsulation_mode", t.STRING, enum=("tunnel", "transport")),
        Param(
            "pfs",
            "pfs",
            t.STRING,
            enum=(
                "group2",
                "group5",
                "group14",
                "group15",
                "group16",
                "group17",
                "group18",
                "group19",
                "group20",
                "group21",
                "group22",
                "group23",
                "group24",
                "group25",
                "group26",
                "group27",
                "group28",
                "group29",
                "group30",
                "group31",
                "group32",
            ),
        ),
        Param("lifetime", "lifetime", t.model(Lifetime)),
    )


_LIST = Operation(
    "vpn_ipsec_policies.list",
    "GET",
    "/vpn/ipsecpolicies",
    ok=(200, 203),
    response_key="ipsecpolicies",
    paging=Paging("marker", next="ipsecpolicies_links[rel=next].href"),
)
_GET = Operation(
    "vpn_ipsec_policies.get",
    "GET",
    "/vpn/ipsecpolicies/{ipsecpolicy_id}",
    ok=(200, 203),
    response_key="ipsecpolicy",
)
_CREATE = Operation(
    "vpn_ipsec_policies.create",
    "POST",
    "/vpn/ipsecpolicies",
    ok=(201,),
    request_kind="json",
    request_key="ipsecpolicy",
    response_key="ipsecpolicy",
)
_UPDATE = Operation(
    "vpn_ipsec_policies.update",
    "PUT",
    "/vpn/ipsecpolicies/{ipsecpolicy_id}",
    ok=(200,),
    request_kind="json",
    request_key="ipsecpolicy",
    response_key="ipsecpolicy",
)
_DELETE = Operation(
    "vpn_ipsec_policies.delete",
    "DELETE",
    "/vpn/ipsecpolicies/{ipsecpolicy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[IpsecPolicy]:
    """List the IPsec policies the caller may see."""
    return client.pager(
        _LIST, None, model=IpsecPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    ipsecpolicy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IpsecPolicy]:
    """Show an IPsec policy."""
    return client.call(
        _GET,
        {"ipsecpolicy_id": ipsecpolicy_id},
        model=IpsecPolicy,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IpsecPolicy]:
    """Create an IPsec policy."""
    return client.call(
        _CREATE, None, model=IpsecPolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    ipsecpolicy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IpsecPolicy]:
    """Change an IPsec policy (409 while a connection in a PENDING state uses it)."""
    return client.call(
        _UPDATE,
        {"ipsecpolicy_id": ipsecpolicy_id},
        model=IpsecPolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    ipsecpolicy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an IPsec policy (409 while a connection uses it)."""
    return client.call(
        _DELETE, {"ipsecpolicy_id": ipsecpolicy_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> IpsecPolicy:
    """The one IpsecPolicy whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=IpsecPolicy,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_vpn_ipsec_policies(page: Page[Any]) -> builtins.list[IpsecPolicy]:
    """The IpsecPolicy items of a page (or of ``all_pages()``)."""
    return page.extract_as(IpsecPolicy)
