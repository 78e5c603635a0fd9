# Generated from block-storage/v3/group_specs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A group type's group specs (since 3.11): key/value strings such as
consistent_group_snapshot_enabled. Admin-only by default."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class GroupSpecs(Model):
    """A group type's group specs (since 3.11): key/value strings such as
    consistent_group_snapshot_enabled. Admin-only by default."""

    group_specs: dict[str, str] | Unset = UNSET
    """The group specs, key to value."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("group_specs", "group_specs", t.map_of(t.STRING)),
    )


class CreateOpts(Opts):
    """Options of create."""

    group_specs: dict[str, str] = REQUIRED
    """The group specs, key to value."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("group_specs", "group_specs", t.map_of(t.STRING), required=True),
    )


class UpdateKeyOpts(Opts):
    """Options of update_key."""

    group_specs: dict[str, str] = REQUIRED
    """{key: value} for the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("group_specs", "group_specs", t.map_of(t.STRING), required=True, style="members"),
    )


_GET = Operation(
    "group_specs.get",
    "GET",
    "/group_types/{group_type_id}/group_specs",
    ok=(200, 203),
    since="3.11",
)
_CREATE = Operation(
    "group_specs.create",
    "POST",
    "/group_types/{group_type_id}/group_specs",
    ok=(202,),
    request_kind="json",
    since="3.11",
)
_GET_KEY = Operation(
    "group_specs.get_key",
    "GET",
    "/group_types/{group_type_id}/group_specs/{key}",
    ok=(200, 203),
    since="3.11",
)
_UPDATE_KEY = Operation(
    "group_specs.update_key",
    "PUT",
    "/group_types/{group_type_id}/group_specs/{key}",
    ok=(200,),
    request_kind="json",
    since="3.11",
)
_DELETE_KEY = Operation(
    "group_specs.delete_key",
    "DELETE",
    "/group_types/{group_type_id}/group_specs/{key}",
    ok=(202,),
    response_kind="empty",
    since="3.11",
)


def get(
    client: ServiceClient,
    group_type_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupSpecs]:
    """All group specs of a group type."""
    return client.call(
        _GET,
        {"group_type_id": group_type_id},
        model=GroupSpecs,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    group_type_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GroupSpecs]:
    """Add or change group specs (keys not given are kept); returns what was sent."""
    return client.call(
        _CREATE,
        {"group_type_id": group_type_id},
        model=GroupSpecs,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_key(
    client: ServiceClient,
    group_type_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """One group spec as a one-entry dict {key: value}."""
    return client.call(
        _GET_KEY,
        {"group_type_id": group_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def update_key(
    client: ServiceClient,
    group_type_id: str,
    key: str,
    opts: UpdateKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Set one group spec: group_specs holds exactly the key in the path. Returns the dict that
    was sent."""
    return client.call(
        _UPDATE_KEY,
        {"group_type_id": group_type_id, "key": key},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_key(
    client: ServiceClient,
    group_type_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one group spec."""
    return client.call(
        _DELETE_KEY,
        {"group_type_id": group_type_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_group_specs(page: Page[Any]) -> builtins.list[GroupSpecs]:
    """The GroupSpecs items of a page (or of ``all_pages()``)."""
    return page.extract_as(GroupSpecs)
