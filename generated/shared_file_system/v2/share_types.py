# Generated from shared-file-system/v2/share_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A share type: the extra specs the scheduler matches against backends
(driver_handles_share_servers is required on create; snapshot_support,
create_share_from_snapshot_support and the others are optional) and who may use it. Types are
created by administrators; private types are shared with projects through add_project_access.
Manila answers each type under two keys, share_type and its legacy copy volume_type."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class ShareType(Model):
    """A share type: the extra specs the scheduler matches against backends
    (driver_handles_share_servers is required on create; snapshot_support,
    create_share_from_snapshot_support and the others are optional) and who may use it. Types
    are created by administrators; private types are shared with projects through
    add_project_access. Manila answers each type under two keys, share_type and its legacy
    copy volume_type."""

    id: str
    """The type's ID."""

    name: str | Unset = UNSET
    """The type's name (unique)."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    extra_specs: dict[str, Any] | Unset = UNSET
    """The type's extra specs (values as strings in responses). Non-administrators see only the
    user-visible ones; from 2.24 the defaults of unset optional specs (snapshot_support ...)
    are filled in."""

    required_extra_specs: dict[str, Any] | Unset = UNSET
    """The required extra specs (driver_handles_share_servers)."""

    is_public: bool | Unset = UNSET
    """Whether every project may use the type (default true)."""

    legacy_is_public: bool | Unset = UNSET
    """is_public under its name before 2.7."""

    is_default: bool | Unset = UNSET
    """Whether this is the deployment's default share type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING, since="2.41"),
        Field("extra_specs", "extra_specs", t.map_of(t.ANY)),
        Field("required_extra_specs", "required_extra_specs", t.map_of(t.ANY)),
        Field("is_public", "share_type_access:is_public", t.BOOLEAN, since="2.7"),
        Field("legacy_is_public", "os-share-type-access:is_public", t.BOOLEAN, until="2.6"),
        Field("is_default", "is_default", t.BOOLEAN, since="2.46"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    is_public: Literal["true", "false", "all"] | Unset = UNSET
    """Public types (default), private ones (administrators) or all."""

    extra_specs: str | Unset = UNSET
    """A Python dict literal of extra specs to match, e.g. "{'snapshot_support': 'true'}"."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("is_public", "is_public", t.STRING, location="query", enum=("true", "false", "all")),
        Param("extra_specs", "extra_specs", t.STRING, location="query", since="2.43"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The type's name (unique)."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    extra_specs: dict[str, Any] = REQUIRED
    """The type's extra specs (values as strings in responses). Non-administrators see only the
    user-visible ones; from 2.24 the defaults of unset optional specs (snapshot_support ...)
    are filled in."""

    is_public: bool | Unset = UNSET
    """Whether every project may use the type (default true)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True, since="2.41"),
        Param("extra_specs", "extra_specs", t.map_of(t.ANY), required=True),
        Param("is_public", "share_type_access:is_public", t.BOOLEAN, since="2.7"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The type's name (unique)."""

    description: str | None | Unset = UNSET
    """Free-form text."""

    is_public: bool | Unset = UNSET
    """Whether every project may use the type (default true)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True, since="2.41"),
        Param("is_public", "share_type_access:is_public", t.BOOLEAN, since="2.7"),
    )


class AddProjectAccessOpts(Opts):
    """Options of add_project_access. Also the options of remove_project_access."""

    project: str = REQUIRED
    """The project ID."""

    _params: ClassVar[tuple[Param, ...]] = (Param("project", "project", t.STRING, required=True),)


class SetExtraSpecsOpts(Opts):
    """Options of set_extra_specs."""

    extra_specs: dict[str, str] = REQUIRED
    """Specs to add or overwrite."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("extra_specs", "extra_specs", t.map_of(t.STRING), required=True),
    )


class SetExtraSpecOpts(Opts):
    """Options of set_extra_spec."""

    spec: dict[str, str] = REQUIRED
    """{key: value} for exactly the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("spec", "spec", t.map_of(t.STRING), required=True, style="members"),
    )


RemoveProjectAccessOpts = AddProjectAccessOpts

_LIST = Operation(
    "share_types.list",
    "GET",
    "/types",
    ok=(200, 203),
    response_key="share_types",
    paging=Paging("single"),
)
_GET = Operation(
    "share_types.get",
    "GET",
    "/types/{share_type_id}",
    ok=(200, 203),
    response_key="share_type",
)
_CREATE = Operation(
    "share_types.create",
    "POST",
    "/types",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="share_type",
    response_key="share_type",
)
_UPDATE = Operation(
    "share_types.update",
    "PUT",
    "/types/{share_type_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="share_type",
    response_key="share_type",
    since="2.50",
)
_DELETE = Operation(
    "share_types.delete",
    "DELETE",
    "/types/{share_type_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_GET_DEFAULT = Operation(
    "share_types.get_default",
    "GET",
    "/types/default",
    ok=(200, 203),
    response_key="share_type",
)
_LIST_ACCESS = Operation(
    "share_types.list_access",
    "GET",
    "/types/{share_type_id}/share_type_access",
    ok=(200, 203),
)
_ADD_PROJECT_ACCESS = Operation(
    "share_types.add_project_access",
    "POST",
    "/types/{share_type_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="addProjectAccess",
    response_kind="empty",
)
_REMOVE_PROJECT_ACCESS = Operation(
    "share_types.remove_project_access",
    "POST",
    "/types/{share_type_id}/action",
    ok=(202,),
    request_kind="json",
    request_key="removeProjectAccess",
    response_kind="empty",
)
_LIST_EXTRA_SPECS = Operation(
    "share_types.list_extra_specs",
    "GET",
    "/types/{share_type_id}/extra_specs",
    ok=(200, 203),
)
_SET_EXTRA_SPECS = Operation(
    "share_types.set_extra_specs",
    "POST",
    "/types/{share_type_id}/extra_specs",
    ok=(200, 201, 202),
    request_kind="json",
)
_GET_EXTRA_SPEC = Operation(
    "share_types.get_extra_spec",
    "GET",
    "/types/{share_type_id}/extra_specs/{key}",
    ok=(200, 203),
)
_SET_EXTRA_SPEC = Operation(
    "share_types.set_extra_spec",
    "PUT",
    "/types/{share_type_id}/extra_specs/{key}",
    ok=(200, 201, 202, 204),
    request_kind="json",
)
_DELETE_EXTRA_SPEC = Operation(
    "share_types.delete_extra_spec",
    "DELETE",
    "/types/{share_type_id}/extra_specs/{key}",
    ok=(202,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ShareType]:
    """List share types."""
    return client.pager(
        _LIST, None, model=ShareType, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    share_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareType]:
    """Get a share type."""
    return client.call(
        _GET,
        {"share_type_id": share_type_id},
        model=ShareType,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareType]:
    """Create a share type."""
    return client.call(
        _CREATE, None, model=ShareType, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    share_type_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareType]:
    """Rename, describe or change the visibility of a type (administrators)."""
    return client.call(
        _UPDATE,
        {"share_type_id": share_type_id},
        model=ShareType,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    share_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a share type."""
    return client.call(
        _DELETE, {"share_type_id": share_type_id}, microversion=microversion, timeout=timeout
    )


def get_default(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ShareType]:
    """The deployment's default share type (NotFound when none is configured)."""
    return client.call(
        _GET_DEFAULT, None, model=ShareType, microversion=microversion, timeout=timeout
    )


def list_access(
    client: ServiceClient,
    share_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """The projects a private type is shared with, as {"share_type_access": [{"share_type_id":
    ..., "project_id": ...}]} (NotFound for public types)."""
    return client.call(
        _LIST_ACCESS, {"share_type_id": share_type_id}, microversion=microversion, timeout=timeout
    )


def add_project_access(
    client: ServiceClient,
    share_type_id: str,
    opts: AddProjectAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add project access."""
    return client.call(
        _ADD_PROJECT_ACCESS,
        {"share_type_id": share_type_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_project_access(
    client: ServiceClient,
    share_type_id: str,
    opts: RemoveProjectAccessOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove project access."""
    return client.call(
        _REMOVE_PROJECT_ACCESS,
        {"share_type_id": share_type_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def list_extra_specs(
    client: ServiceClient,
    share_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Every extra spec of the type, as {"extra_specs": {...}}."""
    return client.call(
        _LIST_EXTRA_SPECS,
        {"share_type_id": share_type_id},
        microversion=microversion,
        timeout=timeout,
    )


def set_extra_specs(
    client: ServiceClient,
    share_type_id: str,
    opts: SetExtraSpecsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Add or overwrite extra specs; answers {"extra_specs": {...}} with what was sent."""
    return client.call(
        _SET_EXTRA_SPECS,
        {"share_type_id": share_type_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_extra_spec(
    client: ServiceClient,
    share_type_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """One extra spec, as {key: value}."""
    return client.call(
        _GET_EXTRA_SPEC,
        {"share_type_id": share_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def set_extra_spec(
    client: ServiceClient,
    share_type_id: str,
    key: str,
    opts: SetExtraSpecOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Set one extra spec; answers {key: value}."""
    return client.call(
        _SET_EXTRA_SPEC,
        {"share_type_id": share_type_id, "key": key},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_extra_spec(
    client: ServiceClient,
    share_type_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove an extra spec (the required driver_handles_share_servers cannot be removed)."""
    return client.call(
        _DELETE_EXTRA_SPEC,
        {"share_type_id": share_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ShareType:
    """The one ShareType whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ShareType,
        name_field="name",
        id_field="id",
    )


def extract_share_types(page: Page[Any]) -> builtins.list[ShareType]:
    """The ShareType items of a page (or of ``all_pages()``)."""
    return page.extract_as(ShareType)
