# Generated from database/v1/flavors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The Nova flavors Trove offers for instances (read only)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Flavor(Model):
    """The Nova flavors Trove offers for instances (read only)."""

    id: str
    """The flavor's id."""

    str_id: str | Unset = UNSET
    """The id as a string."""

    name: str | Unset = UNSET
    """The flavor's name."""

    ram: int | Unset = UNSET
    """Memory in MB."""

    vcpus: int | Unset = UNSET
    """Virtual CPUs."""

    disk: int | Unset = UNSET
    """Root disk in GB."""

    ephemeral: int | Unset = UNSET
    """Ephemeral disk in GB."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("str_id", "str_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("ram", "ram", t.INTEGER),
        Field("vcpus", "vcpus", t.INTEGER),
        Field("disk", "disk", t.INTEGER),
        Field("ephemeral", "ephemeral", t.INTEGER),
        Field("links", "links", t.list_of(t.model(Link))),
    )


_LIST = Operation(
    "flavors.list",
    "GET",
    "/flavors",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("single"),
)
_GET = Operation(
    "flavors.get",
    "GET",
    "/flavors/{flavor_id}",
    ok=(200, 203),
    response_key="flavor",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """The flavors."""
    return client.pager(_LIST, None, model=Flavor, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """One flavor."""
    return client.call(
        _GET, {"flavor_id": flavor_id}, model=Flavor, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Flavor:
    """The one Flavor whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Flavor,
        name_field="name",
        id_field="id",
    )


def extract_flavors(page: Page[Any]) -> builtins.list[Flavor]:
    """The Flavor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Flavor)
