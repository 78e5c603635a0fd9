# Generated from network/v2/vpn_ike_policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An IKE policy (VPNaaS): how the two ends of an IPsec site connection authenticate each other
and agree on keys (phase 1). Needs the vpnaas extension (neutron-vpnaas)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Lifetime(Model):
    """How long a security association lives before it is renegotiated."""

    units: str | Unset = UNSET
    """The unit: seconds (the only one)."""

    value: int | Unset = UNSET
    """The lifetime (at least 60; 3600 by default)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("units", "units", t.STRING),
        Field("value", "value", t.INTEGER),
    )


class IkePolicy(Model):
    """An IKE policy (VPNaaS): how the two ends of an IPsec site connection authenticate each
    other and agree on keys (phase 1). Needs the vpnaas extension (neutron-vpnaas)."""

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

    phase1_negotiation_mode: Literal["main", "aggressive"] | Unset = UNSET
    """The IKE phase 1 mode."""

    ike_version: Literal["v1", "v2"] | Unset = UNSET
    """The IKE version."""

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
        Field(
            "phase1_negotiation_mode",
            "phase1_negotiation_mode",
            t.STRING,
            enum=("main", "aggressive"),
        ),
        Field("ike_version", "ike_version", t.STRING, enum=("v1", "v2")),
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

    phase1_negotiation_mode: Literal["main", "aggressive"] | Unset = UNSET
    """Only policies whose phase1_negotiation_mode is this."""

    ike_version: Literal["v1", "v2"] | Unset = UNSET
    """Only policies whose ike_version is this."""

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
            "phase1_negotiation_mode",
            "phase1_negotiation_mode",
            t.STRING,
            location="query",
            enum=("main", "aggressive"),
        ),
        Param("ike_version", "ike_version", t.STRING, location="query", enum=("v1", "v2")),
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

    phase1_negotiation_mode: Literal["main", "aggressive"] | Unset = UNSET
    """The IKE phase 1 mode."""

    ike_version: Literal["v1", "v2"] | Unset = UNSET
    """The IKE version."""

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
        Param(
            "phase1_negotiation_mode",
            "phase1_negotiation_mode",
            t.STRING,
            enum=("main", "aggressive"),
        ),
        Param("ike_version", "ike_version", t.STRING, enum=("v1", "v2")),
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

    phase1_negotiation_mode: Literal["main", "aggressive"] | Unset = UNSET
    """The IKE phase 1 mode."""

    ike_version: Literal["v1", "v2"] | Unset = UNSET
    """The IKE version."""

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
        Param(
            "phase1_negotiation_mode",
            "phase1_negotiation_mode",
            t.STRING,
            enum=("main", "aggressive"),
        ),
        Param("ike_version", "ike_version", t.STRING, enum=("v1", "v2")),
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
    "vpn_ike_policies.list",
    "GET",
    "/vpn/ikepolicies",
    ok=(200, 203),
    response_key="ikepolicies",
    paging=Paging("marker", next="ikepolicies_links[rel=next].href"),
)
_GET = Operation(
    "vpn_ike_policies.get",
    "GET",
    "/vpn/ikepolicies/{ikepolicy_id}",
    ok=(200, 203),
    response_key="ikepolicy",
)
_CREATE = Operation(
    "vpn_ike_policies.create",
    "POST",
    "/vpn/ikepolicies",
    ok=(201,),
    request_kind="json",
    request_key="ikepolicy",
    response_key="ikepolicy",
)
_UPDATE = Operation(
    "vpn_ike_policies.update",
    "PUT",
    "/vpn/ikepolicies/{ikepolicy_id}",
    ok=(200,),
    request_kind="json",
    request_key="ikepolicy",
    response_key="ikepolicy",
)
_DELETE = Operation(
    "vpn_ike_policies.delete",
    "DELETE",
    "/vpn/ikepolicies/{ikepolicy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[IkePolicy]:
    """List the IKE policies the caller may see."""
    return client.pager(
        _LIST, None, model=IkePolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    ikepolicy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IkePolicy]:
    """Show an IKE policy."""
    return client.call(
        _GET,
        {"ikepolicy_id": ikepolicy_id},
        model=IkePolicy,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IkePolicy]:
    """Create an IKE policy."""
    return client.call(
        _CREATE, None, model=IkePolicy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    ikepolicy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IkePolicy]:
    """Change an IKE policy (409 while a connection in a PENDING state uses it)."""
    return client.call(
        _UPDATE,
        {"ikepolicy_id": ikepolicy_id},
        model=IkePolicy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    ikepolicy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an IKE policy (409 while a connection uses it)."""
    return client.call(
        _DELETE, {"ikepolicy_id": ikepolicy_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> IkePolicy:
    """The one IkePolicy whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=IkePolicy,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_vpn_ike_policies(page: Page[Any]) -> builtins.list[IkePolicy]:
    """The IkePolicy items of a page (or of ``all_pages()``)."""
    return page.extract_as(IkePolicy)
