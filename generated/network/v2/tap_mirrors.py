# Generated from network/v2/tap_mirrors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A tap mirror: mirrors a port's traffic over a GRE or ERSPAN v1 tunnel to a remote IP, each
direction with its own tunnel key. Needs the tap-mirror extension (tap-as-a-service, the
tapmirror service plugin)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class TapMirror(Model):
    """A tap mirror: mirrors a port's traffic over a GRE or ERSPAN v1 tunnel to a remote IP, each
    direction with its own tunnel key. Needs the tap-mirror extension (tap-as-a-service, the
    tapmirror service plugin)."""

    id: str
    """The tap mirror's UUID."""

    name: str | Unset = UNSET
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a tap mirror for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_id: str | Unset = UNSET
    """The port whose traffic is mirrored."""

    directions: dict[str, int] | Unset = UNSET
    """The mirrored directions (IN, OUT), each mapped to its tunnel key (GRE key or ERSPAN
    session ID); unique per remote IP."""

    remote_ip: str | Unset = UNSET
    """The tunnel's remote end."""

    mirror_type: Literal["erspanv1", "gre"] | Unset = UNSET
    """The tunnel type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("port_id", "port_id", t.STRING),
        Field("directions", "directions", t.map_of(t.INTEGER)),
        Field("remote_ip", "remote_ip", t.STRING),
        Field("mirror_type", "mirror_type", t.STRING, enum=("erspanv1", "gre")),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only tap mirrors whose id is this."""

    name: str | Unset = UNSET
    """Only tap mirrors whose name is this."""

    description: str | Unset = UNSET
    """Only tap mirrors whose description is this."""

    port_id: str | Unset = UNSET
    """Only tap mirrors whose port_id is this."""

    remote_ip: str | Unset = UNSET
    """Only tap mirrors whose remote_ip is this."""

    mirror_type: Literal["erspanv1", "gre"] | Unset = UNSET
    """Only tap mirrors whose mirror_type is this."""

    project_id: str | Unset = UNSET
    """Only tap mirrors whose project_id is this."""

    tenant_id: str | Unset = UNSET
    """Only tap mirrors whose tenant_id is this."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    limit: int | Unset = UNSET
    """The most tap mirrors a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("port_id", "port_id", t.STRING, location="query"),
        Param("remote_ip", "remote_ip", t.STRING, location="query"),
        Param("mirror_type", "mirror_type", t.STRING, location="query", enum=("erspanv1", "gre")),
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
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    project_id: str | Unset = UNSET
    """The owner (admins may create a tap mirror for another project)."""

    tenant_id: str | Unset = UNSET
    """The owner (the older name of project_id)."""

    port_id: str = REQUIRED
    """The port whose traffic is mirrored."""

    directions: dict[str, int] = REQUIRED
    """The mirrored directions (IN, OUT), each mapped to its tunnel key (GRE key or ERSPAN
    session ID); unique per remote IP."""

    remote_ip: str = REQUIRED
    """The tunnel's remote end."""

    mirror_type: Literal["erspanv1", "gre"] = REQUIRED
    """The tunnel type."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
        Param("port_id", "port_id", t.STRING, required=True),
        Param("directions", "directions", t.map_of(t.INTEGER), required=True),
        Param("remote_ip", "remote_ip", t.STRING, required=True),
        Param("mirror_type", "mirror_type", t.STRING, required=True, enum=("erspanv1", "gre")),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The display name."""

    description: str | Unset = UNSET
    """Free-form text."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
    )


_LIST = Operation(
    "tap_mirrors.list",
    "GET",
    "/taas/tap_mirrors",
    ok=(200, 203),
    response_key="tap_mirrors",
    paging=Paging("marker", next="tap_mirrors_links[rel=next].href"),
)
_GET = Operation(
    "tap_mirrors.get",
    "GET",
    "/taas/tap_mirrors/{tap_mirror_id}",
    ok=(200, 203),
    response_key="tap_mirror",
)
_CREATE = Operation(
    "tap_mirrors.create",
    "POST",
    "/taas/tap_mirrors",
    ok=(201,),
    request_kind="json",
    request_key="tap_mirror",
    response_key="tap_mirror",
)
_UPDATE = Operation(
    "tap_mirrors.update",
    "PUT",
    "/taas/tap_mirrors/{tap_mirror_id}",
    ok=(200,),
    request_kind="json",
    request_key="tap_mirror",
    response_key="tap_mirror",
)
_DELETE = Operation(
    "tap_mirrors.delete",
    "DELETE",
    "/taas/tap_mirrors/{tap_mirror_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TapMirror]:
    """List the tap mirrors the caller may see. The plugin declares no sort keys (sort_key is
    refused)."""
    return client.pager(
        _LIST, None, model=TapMirror, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    tap_mirror_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapMirror]:
    """Show a tap mirror."""
    return client.call(
        _GET,
        {"tap_mirror_id": tap_mirror_id},
        model=TapMirror,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapMirror]:
    """Create a tap mirror (409 when a direction's key is taken for that remote IP)."""
    return client.call(
        _CREATE, None, model=TapMirror, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    tap_mirror_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TapMirror]:
    """Change a tap mirror's name or description."""
    return client.call(
        _UPDATE,
        {"tap_mirror_id": tap_mirror_id},
        model=TapMirror,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    tap_mirror_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a tap mirror."""
    return client.call(
        _DELETE, {"tap_mirror_id": tap_mirror_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TapMirror:
    """The one TapMirror whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=TapMirror,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_tap_mirrors(page: Page[Any]) -> builtins.list[TapMirror]:
    """The TapMirror items of a page (or of ``all_pages()``)."""
    return page.extract_as(TapMirror)
