# Generated from baremetal/v1/runbooks.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A runbook (since 1.92): a named, ordered list of steps that a node runs for manual cleaning or
servicing (set_provision_state with runbook=). Before 1.112 the runbook's name must be one of
the node's traits; since 1.112 the runbook carries its own traits, one of which the node must
have."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.baremetal.v1.nodes import Traits as Traits
from stacksdk.shared import Link as Link


class RunbookStep(Model):
    """A step of a runbook."""

    interface: (
        Literal[
            "bios",
            "deploy",
            "firmware",
            "management",
            "network",
            "power",
            "raid",
            "rescue",
            "storage",
            "boot",
            "console",
            "inspect",
            "vendor",
        ]
        | Unset
    ) = UNSET
    """The driver interface with the step."""

    step: str | Unset = UNSET
    """The step's name."""

    args: dict[str, Any] | Unset = UNSET
    """The step's arguments."""

    order: int | Unset = UNSET
    """Its position (steps run in ascending order)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "interface",
            "interface",
            t.STRING,
            enum=(
                "bios",
                "deploy",
                "firmware",
                "management",
                "network",
                "power",
                "raid",
                "rescue",
                "storage",
                "boot",
                "console",
                "inspect",
                "vendor",
            ),
        ),
        Field("step", "step", t.STRING),
        Field("args", "args", t.map_of(t.ANY)),
        Field("order", "order", t.INTEGER),
    )


class Runbook(Model):
    """A runbook (since 1.92): a named, ordered list of steps that a node runs for manual
    cleaning or servicing (set_provision_state with runbook=). Before 1.112 the runbook's name
    must be one of the node's traits; since 1.112 the runbook carries its own traits, one of
    which the node must have."""

    uuid: str
    """The runbook's UUID; may be chosen on create."""

    name: str | Unset = UNSET
    """A unique name: a trait name (CUSTOM_...) before 1.112, since then any of letters, digits
    and -._~ (at most 255 characters)."""

    steps: builtins.list[RunbookStep] | Unset = UNSET
    """The steps, run by their order."""

    disable_ramdisk: bool | None | Unset = UNSET
    """Run the steps without booting the agent ramdisk."""

    public: bool | None | Unset = UNSET
    """Whether every project may use it."""

    owner: str | None | Unset = UNSET
    """The project that owns it."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    traits: builtins.list[str] | Unset = UNSET
    """The traits a node needs to run the runbook (change them with set_traits, add_trait,
    remove_trait)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("steps", "steps", t.list_of(t.model(RunbookStep))),
        Field("disable_ramdisk", "disable_ramdisk", t.BOOLEAN),
        Field("public", "public", t.BOOLEAN),
        Field("owner", "owner", t.STRING),
        Field("description", "description", t.STRING, since="1.112"),
        Field("traits", "traits", t.list_of(t.STRING), since="1.112"),
        Field("extra_", "extra", t.map_of(t.ANY)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    project: str | Unset = UNSET
    """Only runbooks of this project."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last runbook of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("project", "project", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The runbook's UUID; may be chosen on create."""

    name: str = REQUIRED
    """A unique name: a trait name (CUSTOM_...) before 1.112, since then any of letters, digits
    and -._~ (at most 255 characters)."""

    steps: builtins.list[RunbookStep] = REQUIRED
    """The steps, run by their order."""

    disable_ramdisk: bool | None | Unset = UNSET
    """Run the steps without booting the agent ramdisk."""

    public: bool | None | Unset = UNSET
    """Whether every project may use it."""

    owner: str | None | Unset = UNSET
    """The project that owns it."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("name", "name", t.STRING, required=True),
        Param("steps", "steps", t.list_of(t.model(RunbookStep)), required=True),
        Param("disable_ramdisk", "disable_ramdisk", t.BOOLEAN, nullable=True),
        Param("public", "public", t.BOOLEAN, nullable=True),
        Param("owner", "owner", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True, since="1.112"),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A unique name: a trait name (CUSTOM_...) before 1.112, since then any of letters, digits
    and -._~ (at most 255 characters)."""

    steps: builtins.list[RunbookStep] | Unset = UNSET
    """The steps, run by their order."""

    disable_ramdisk: bool | None | Unset = UNSET
    """Run the steps without booting the agent ramdisk."""

    public: bool | None | Unset = UNSET
    """Whether every project may use it."""

    owner: str | None | Unset = UNSET
    """The project that owns it."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    extra_: dict[str, Any] | Unset = UNSET
    """Free-form data."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("steps", "steps", t.list_of(t.model(RunbookStep))),
        Param("disable_ramdisk", "disable_ramdisk", t.BOOLEAN, nullable=True),
        Param("public", "public", t.BOOLEAN, nullable=True),
        Param("owner", "owner", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True, since="1.112"),
        Param("extra_", "extra", t.map_of(t.ANY)),
    )


class SetTraitsOpts(Opts):
    """Options of set_traits."""

    traits: builtins.list[str] = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("traits", "traits", t.list_of(t.STRING), required=True),
    )


_LIST = Operation(
    "runbooks.list",
    "GET",
    "/runbooks",
    ok=(200, 203),
    response_key="runbooks",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.92",
)
_GET = Operation(
    "runbooks.get",
    "GET",
    "/runbooks/{runbook_id}",
    ok=(200, 203),
    since="1.92",
)
_CREATE = Operation(
    "runbooks.create",
    "POST",
    "/runbooks",
    ok=(201,),
    request_kind="json",
    since="1.92",
)
_UPDATE = Operation(
    "runbooks.update",
    "PATCH",
    "/runbooks/{runbook_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.92",
)
_DELETE = Operation(
    "runbooks.delete",
    "DELETE",
    "/runbooks/{runbook_id}",
    ok=(204,),
    response_kind="empty",
    since="1.92",
)
_LIST_TRAITS = Operation(
    "runbooks.list_traits",
    "GET",
    "/runbooks/{runbook_id}/traits",
    ok=(200, 203),
    since="1.112",
)
_SET_TRAITS = Operation(
    "runbooks.set_traits",
    "PUT",
    "/runbooks/{runbook_id}/traits",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
    since="1.112",
)
_ADD_TRAIT = Operation(
    "runbooks.add_trait",
    "PUT",
    "/runbooks/{runbook_id}/traits/{trait}",
    ok=(204,),
    response_kind="empty",
    since="1.112",
)
_REMOVE_TRAIT = Operation(
    "runbooks.remove_trait",
    "DELETE",
    "/runbooks/{runbook_id}/traits/{trait}",
    ok=(204,),
    response_kind="empty",
    since="1.112",
)
_REMOVE_ALL_TRAITS = Operation(
    "runbooks.remove_all_traits",
    "DELETE",
    "/runbooks/{runbook_id}/traits",
    ok=(204,),
    response_kind="empty",
    since="1.112",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Runbook]:
    """List runbooks, by default their uuid and name only."""
    return client.pager(
        _LIST, None, model=Runbook, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    runbook_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Runbook]:
    """Show a runbook (by UUID or name)."""
    return client.call(
        _GET,
        {"runbook_id": runbook_id},
        model=Runbook,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Runbook]:
    """Create a runbook."""
    return client.call(
        _CREATE, None, model=Runbook, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    runbook_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Runbook]:
    """Change a runbook with a JSON patch built from the options (steps are replaced whole)."""
    return client.call(
        _UPDATE,
        {"runbook_id": runbook_id},
        model=Runbook,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    runbook_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a runbook."""
    return client.call(
        _DELETE, {"runbook_id": runbook_id}, microversion=microversion, timeout=timeout
    )


def list_traits(
    client: ServiceClient,
    runbook_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Traits]:
    """List the runbook's traits (since 1.112)."""
    return client.call(
        _LIST_TRAITS,
        {"runbook_id": runbook_id},
        model=Traits,
        microversion=microversion,
        timeout=timeout,
    )


def set_traits(
    client: ServiceClient,
    runbook_id: str,
    opts: SetTraitsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Replace all of the runbook's traits."""
    return client.call(
        _SET_TRAITS,
        {"runbook_id": runbook_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add_trait(
    client: ServiceClient,
    runbook_id: str,
    trait: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add one trait to the runbook."""
    return client.call(
        _ADD_TRAIT,
        {"runbook_id": runbook_id, "trait": trait},
        microversion=microversion,
        timeout=timeout,
    )


def remove_trait(
    client: ServiceClient,
    runbook_id: str,
    trait: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one trait from the runbook."""
    return client.call(
        _REMOVE_TRAIT,
        {"runbook_id": runbook_id, "trait": trait},
        microversion=microversion,
        timeout=timeout,
    )


def remove_all_traits(
    client: ServiceClient,
    runbook_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove every trait of the runbook."""
    return client.call(
        _REMOVE_ALL_TRAITS, {"runbook_id": runbook_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Runbook:
    """The one Runbook whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Runbook,
        name_field="name",
        id_field="uuid",
    )


def extract_runbooks(page: Page[Any]) -> builtins.list[Runbook]:
    """The Runbook items of a page (or of ``all_pages()``)."""
    return page.extract_as(Runbook)
