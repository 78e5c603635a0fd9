# Generated from baremetal/v1/node_bios.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A BIOS setting of a node (since 1.40), as the BIOS interface last cached it (e.g. after the
bios apply_configuration clean step); since 1.74 with its registry entry (type, allowed
values, bounds)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class BiosSetting(Model):
    """A BIOS setting of a node (since 1.40), as the BIOS interface last cached it (e.g. after
    the bios apply_configuration clean step); since 1.74 with its registry entry (type,
    allowed values, bounds)."""

    name: str
    """The setting's name."""

    value: str | None | Unset = UNSET
    """Its current value."""

    attribute_type: str | None | Unset = UNSET
    """Enumeration, String, Integer, Boolean or Password."""

    allowable_values: builtins.list[str] | None | Unset = UNSET
    """The values an Enumeration accepts."""

    lower_bound: int | None | Unset = UNSET
    """The smallest value of an Integer."""

    upper_bound: int | None | Unset = UNSET
    """The largest value of an Integer."""

    min_length: int | None | Unset = UNSET
    """The shortest value of a String."""

    max_length: int | None | Unset = UNSET
    """The longest value of a String."""

    read_only: bool | None | Unset = UNSET
    """Whether the setting cannot be changed."""

    reset_required: bool | None | Unset = UNSET
    """Whether a change needs a reboot."""

    unique: bool | None | Unset = UNSET
    """Whether the value must be unique."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("value", "value", t.STRING),
        Field("attribute_type", "attribute_type", t.STRING, since="1.74"),
        Field("allowable_values", "allowable_values", t.list_of(t.STRING), since="1.74"),
        Field("lower_bound", "lower_bound", t.INTEGER, since="1.74"),
        Field("upper_bound", "upper_bound", t.INTEGER, since="1.74"),
        Field("min_length", "min_length", t.INTEGER, since="1.74"),
        Field("max_length", "max_length", t.INTEGER, since="1.74"),
        Field("read_only", "read_only", t.BOOLEAN, since="1.74"),
        Field("reset_required", "reset_required", t.BOOLEAN, since="1.74"),
        Field("unique", "unique", t.BOOLEAN, since="1.74"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    detail: bool | Unset = UNSET
    """Include the registry fields."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("detail", "detail", t.BOOLEAN, location="query", since="1.74"),
        Param(
            "fields", "fields", t.list_of(t.STRING), location="query", since="1.74", style="comma"
        ),
    )


_LIST = Operation(
    "node_bios.list",
    "GET",
    "/nodes/{node_id}/bios",
    ok=(200, 203),
    response_key="bios",
    paging=Paging("single"),
    since="1.40",
)
_GET_SETTING = Operation(
    "node_bios.get_setting",
    "GET",
    "/nodes/{node_id}/bios/{setting_name}",
    ok=(200, 203),
    since="1.40",
)


def list(
    client: ServiceClient,
    node_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[BiosSetting]:
    """List a node's BIOS settings (names and values; detail or fields for the registry data)."""
    return client.pager(
        _LIST,
        {"node_id": node_id},
        model=BiosSetting,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_setting(
    client: ServiceClient,
    node_id: str,
    setting_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Show one BIOS setting; the answer is keyed by the setting's name ({"<name>": {...}}):
    decode it with BiosSetting.from_dict(raw[name])."""
    return client.call(
        _GET_SETTING,
        {"node_id": node_id, "setting_name": setting_name},
        microversion=microversion,
        timeout=timeout,
    )


def extract_node_bios(page: Page[Any]) -> builtins.list[BiosSetting]:
    """The BiosSetting items of a page (or of ``all_pages()``)."""
    return page.extract_as(BiosSetting)
