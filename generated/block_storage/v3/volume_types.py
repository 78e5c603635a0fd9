# Generated from block-storage/v3/volume_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A volume type: a named set of extra specs (backend selection, capabilities) and an optional
QoS specs association that volumes are created with. Types are public (every project may use
them) or private (only the projects on their access list, see volume_type_access). Creating,
updating and deleting types is admin-only by default; extra specs and qos_specs_id are shown
only to callers whose policy allows it."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class VolumeType(Model):
    """A volume type: a named set of extra specs (backend selection, capabilities) and an
    optional QoS specs association that volumes are created with. Types are public (every
    project may use them) or private (only the projects on their access list, see
    volume_type_access). Creating, updating and deleting types is admin-only by default; extra
    specs and qos_specs_id are shown only to callers whose policy allows it."""

    id: str
    """The volume type's UUID."""

    name: str
    """The name (at most 255 characters, unique among volume types)."""

    description: str | None | Unset = UNSET
    """Free-form text about the type (at most 255 characters)."""

    is_public: bool | Unset = UNSET
    """True when every project may use the type. Set it on create with access_is_public (the wire
    name differs there); update takes it as is."""

    access_is_public: bool | Unset = UNSET
    """The same flag under the volume-type-access extension's name: the one create reads.
    Responses to create, show and list carry it as well."""

    extra_specs: dict[str, str] | None | Unset = UNSET
    """The type's extra specs as key/value strings (create may set them; afterwards change them
    with volume_type_extra_specs). Non-admins see only the user-visible ones."""

    qos_specs_id: str | None | Unset = UNSET
    """The ID of the QoS specs associated with the type (None when there are none); see
    qos_specs.associate."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("is_public", "is_public", t.BOOLEAN),
        Field("access_is_public", "os-volume-type-access:is_public", t.BOOLEAN),
        Field("extra_specs", "extra_specs", t.map_of(t.STRING)),
        Field("qos_specs_id", "qos_specs_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    is_public: Literal["true", "false", "none"] | Unset = UNSET
    """Admins only: "true" (the default) lists public types, "false" private ones, "none" both."""

    extra_specs: str | Unset = UNSET
    """Only types with these extra specs, written as a Python dict literal ("{'key': 'value'}")."""

    sort_key: str | Unset = UNSET
    """The attribute to sort by (default created_at)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction (default desc)."""

    sort: str | Unset = UNSET
    """Sort keys and directions in one: key1:asc,key2:desc."""

    limit: int | Unset = UNSET
    """The most types a page holds (Cinder's osapi_max_limit caps it, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the type with this ID."""

    offset: int | Unset = UNSET
    """Skip this many types first."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("is_public", "is_public", t.STRING, location="query", enum=("true", "false", "none")),
        Param("extra_specs", "extra_specs", t.STRING, location="query", since="3.52"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("sort", "sort", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The name (at most 255 characters, unique among volume types)."""

    description: str | None | Unset = UNSET
    """Free-form text about the type (at most 255 characters)."""

    access_is_public: bool | Unset = UNSET
    """The same flag under the volume-type-access extension's name: the one create reads.
    Responses to create, show and list carry it as well."""

    extra_specs: dict[str, str] | None | Unset = UNSET
    """The type's extra specs as key/value strings (create may set them; afterwards change them
    with volume_type_extra_specs). Non-admins see only the user-visible ones."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("access_is_public", "os-volume-type-access:is_public", t.BOOLEAN),
        Param("extra_specs", "extra_specs", t.map_of(t.STRING), nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The name (at most 255 characters, unique among volume types)."""

    description: str | None | Unset = UNSET
    """Free-form text about the type (at most 255 characters)."""

    is_public: bool | Unset = UNSET
    """True when every project may use the type. Set it on create with access_is_public (the wire
    name differs there); update takes it as is."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("is_public", "is_public", t.BOOLEAN),
    )


_LIST = Operation(
    "volume_types.list",
    "GET",
    "/types",
    ok=(200, 203),
    response_key="volume_types",
    paging=Paging("marker", next="volume_type_links[rel=next].href"),
)
_GET = Operation(
    "volume_types.get",
    "GET",
    "/types/{volume_type_id}",
    ok=(200, 203),
    response_key="volume_type",
)
_CREATE = Operation(
    "volume_types.create",
    "POST",
    "/types",
    ok=(200,),
    request_kind="json",
    request_key="volume_type",
    response_key="volume_type",
)
_UPDATE = Operation(
    "volume_types.update",
    "PUT",
    "/types/{volume_type_id}",
    ok=(200,),
    request_kind="json",
    request_key="volume_type",
    response_key="volume_type",
)
_DELETE = Operation(
    "volume_types.delete",
    "DELETE",
    "/types/{volume_type_id}",
    ok=(202,),
    response_kind="empty",
)
_GET_DEFAULT = Operation(
    "volume_types.get_default",
    "GET",
    "/types/default",
    ok=(200, 203),
    response_key="volume_type",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[VolumeType]:
    """List volume types. Admins see public and private types according to is_public; other users
    see only the public ones and the private ones their project may use."""
    return client.pager(
        _LIST, None, model=VolumeType, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    volume_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeType]:
    """Show a volume type. The ID "default" names the default type of the caller's project (see
    also get_default)."""
    return client.call(
        _GET,
        {"volume_type_id": volume_type_id},
        model=VolumeType,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeType]:
    """Create a volume type (admin). A name in use is a 409."""
    return client.call(
        _CREATE, None, model=VolumeType, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    volume_type_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeType]:
    """Change a type's name, description or visibility (admin)."""
    return client.call(
        _UPDATE,
        {"volume_type_id": volume_type_id},
        model=VolumeType,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    volume_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a volume type (admin). A type still used by volumes, or the default type, is a 400."""
    return client.call(
        _DELETE, {"volume_type_id": volume_type_id}, microversion=microversion, timeout=timeout
    )


def get_default(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[VolumeType]:
    """The default volume type of the caller's project (the project's default type override when
    one is set since 3.62, else the configured one). NotFound when none exists."""
    return client.call(
        _GET_DEFAULT, None, model=VolumeType, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> VolumeType:
    """The one VolumeType whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=VolumeType,
        name_field="name",
        list_opts=ListOpts,
        queries=({"is_public": "none"},),
        id_field="id",
    )


def extract_volume_types(page: Page[Any]) -> builtins.list[VolumeType]:
    """The VolumeType items of a page (or of ``all_pages()``)."""
    return page.extract_as(VolumeType)
