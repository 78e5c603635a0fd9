# Generated from shared-file-system/v2/security_services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""How share servers join an identity service: an LDAP server, a Kerberos realm or an Active
Directory domain, with the credentials to use. It is attached to share networks. The summary
listing carries id, name, type and status; list_detail and get carry the rest, including the
password."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SecurityService(Model):
    """How share servers join an identity service: an LDAP server, a Kerberos realm or an Active
    Directory domain, with the credentials to use. It is attached to share networks. The
    summary listing carries id, name, type and status; list_detail and get carry the rest,
    including the password."""

    id: str

    name: str | None | Unset = UNSET

    type: Literal["ldap", "kerberos", "active_directory"] | Unset = UNSET

    description: str | None | Unset = UNSET

    status: str | Unset = UNSET
    """Always "new" (kept for compatibility)."""

    dns_ip: str | None | Unset = UNSET
    """The DNS server's IP."""

    server: str | None | Unset = UNSET
    """The server's address (not together with default_ad_site)."""

    domain: str | None | Unset = UNSET

    user: str | None | Unset = UNSET

    password: str | None | Unset = UNSET

    ou: str | None | Unset = UNSET
    """The organizational unit."""

    default_ad_site: str | None | Unset = UNSET
    """An Active Directory site (not together with server)."""

    project_id: str | Unset = UNSET

    share_networks: builtins.list[str] | Unset = UNSET
    """The IDs of the share networks using it (list_detail only)."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING, enum=("ldap", "kerberos", "active_directory")),
        Field("description", "description", t.STRING),
        Field("status", "status", t.STRING),
        Field("dns_ip", "dns_ip", t.STRING),
        Field("server", "server", t.STRING),
        Field("domain", "domain", t.STRING),
        Field("user", "user", t.STRING),
        Field("password", "password", t.STRING, sensitive=True),
        Field("ou", "ou", t.STRING, since="2.44"),
        Field("default_ad_site", "default_ad_site", t.STRING, since="2.76"),
        Field("project_id", "project_id", t.STRING),
        Field("share_networks", "share_networks", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    name: str | Unset = UNSET

    type: Literal["ldap", "kerberos", "active_directory"] | Unset = UNSET

    user: str | Unset = UNSET

    server: str | Unset = UNSET

    dns_ip: str | Unset = UNSET

    domain: str | Unset = UNSET

    share_network_id: str | Unset = UNSET
    """Only the services of this share network."""

    all_tenants: bool | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param(
            "type",
            "type",
            t.STRING,
            location="query",
            enum=("ldap", "kerberos", "active_directory"),
        ),
        Param("user", "user", t.STRING, location="query"),
        Param("server", "server", t.STRING, location="query"),
        Param("dns_ip", "dns_ip", t.STRING, location="query"),
        Param("domain", "domain", t.STRING, location="query"),
        Param("share_network_id", "share_network_id", t.STRING, location="query"),
        Param("all_tenants", "all_tenants", t.BOOLEAN, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET

    type: Literal["ldap", "kerberos", "active_directory"] = REQUIRED

    description: str | None | Unset = UNSET

    dns_ip: str | None | Unset = UNSET
    """The DNS server's IP."""

    server: str | None | Unset = UNSET
    """The server's address (not together with default_ad_site)."""

    domain: str | None | Unset = UNSET

    user: str | None | Unset = UNSET

    password: str | None | Unset = UNSET

    ou: str | None | Unset = UNSET
    """The organizational unit."""

    default_ad_site: str | None | Unset = UNSET
    """An Active Directory site (not together with server)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param(
            "type", "type", t.STRING, required=True, enum=("ldap", "kerberos", "active_directory")
        ),
        Param("description", "description", t.STRING, nullable=True),
        Param("dns_ip", "dns_ip", t.STRING, nullable=True),
        Param("server", "server", t.STRING, nullable=True),
        Param("domain", "domain", t.STRING, nullable=True),
        Param("user", "user", t.STRING, nullable=True),
        Param("password", "password", t.STRING, nullable=True, sensitive=True),
        Param("ou", "ou", t.STRING, nullable=True, since="2.44"),
        Param("default_ad_site", "default_ad_site", t.STRING, nullable=True, since="2.76"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET

    description: str | None | Unset = UNSET

    dns_ip: str | None | Unset = UNSET
    """The DNS server's IP."""

    server: str | None | Unset = UNSET
    """The server's address (not together with default_ad_site)."""

    domain: str | None | Unset = UNSET

    user: str | None | Unset = UNSET

    password: str | None | Unset = UNSET

    ou: str | None | Unset = UNSET
    """The organizational unit."""

    default_ad_site: str | None | Unset = UNSET
    """An Active Directory site (not together with server)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("dns_ip", "dns_ip", t.STRING, nullable=True),
        Param("server", "server", t.STRING, nullable=True),
        Param("domain", "domain", t.STRING, nullable=True),
        Param("user", "user", t.STRING, nullable=True),
        Param("password", "password", t.STRING, nullable=True, sensitive=True),
        Param("ou", "ou", t.STRING, nullable=True, since="2.44"),
        Param("default_ad_site", "default_ad_site", t.STRING, nullable=True, since="2.76"),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "security_services.list",
    "GET",
    "/security-services",
    ok=(200, 203),
    response_key="security_services",
    paging=Paging("offset", complete_without_limit=True),
)
_GET = Operation(
    "security_services.get",
    "GET",
    "/security-services/{security_service_id}",
    ok=(200, 203),
    response_key="security_service",
)
_CREATE = Operation(
    "security_services.create",
    "POST",
    "/security-services",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="security_service",
    response_key="security_service",
)
_UPDATE = Operation(
    "security_services.update",
    "PUT",
    "/security-services/{security_service_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="security_service",
    response_key="security_service",
)
_DELETE = Operation(
    "security_services.delete",
    "DELETE",
    "/security-services/{security_service_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "security_services.list_detail",
    "GET",
    "/security-services/detail",
    ok=(200, 203),
    response_key="security_services",
    paging=Paging("offset", complete_without_limit=True),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecurityService]:
    """List security services."""
    return client.pager(
        _LIST, None, model=SecurityService, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    security_service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityService]:
    """Get a security service."""
    return client.call(
        _GET,
        {"security_service_id": security_service_id},
        model=SecurityService,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityService]:
    """Create a security service."""
    return client.call(
        _CREATE, None, model=SecurityService, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    security_service_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecurityService]:
    """Change a security service; only name and description while a share network in use by share
    servers has it."""
    return client.call(
        _UPDATE,
        {"security_service_id": security_service_id},
        model=SecurityService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    security_service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a security service."""
    return client.call(
        _DELETE,
        {"security_service_id": security_service_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecurityService]:
    """List detail."""
    return client.pager(
        _LIST_DETAIL,
        None,
        model=SecurityService,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SecurityService:
    """The one SecurityService whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=SecurityService,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_security_services(page: Page[Any]) -> builtins.list[SecurityService]:
    """The SecurityService items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecurityService)
