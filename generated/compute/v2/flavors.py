# Generated from compute/v2/flavors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A flavor: the virtual hardware a server is built with (vCPUs, memory, root, ephemeral and swap
disk sizes) plus free-form extra specs that guide scheduling and the hypervisor. Flavors are
public (every project may use them) or private (only the projects given access, see
flavor_access). Creating, updating and deleting flavors is admin-only by default. The summary
listing (list) carries only id, name, links and, since 2.55, the description; list_detail and
get carry everything."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Flavor(Model):
    """A flavor: the virtual hardware a server is built with (vCPUs, memory, root, ephemeral and
    swap disk sizes) plus free-form extra specs that guide scheduling and the hypervisor.
    Flavors are public (every project may use them) or private (only the projects given
    access, see flavor_access). Creating, updating and deleting flavors is admin-only by
    default. The summary listing (list) carries only id, name, links and, since 2.55, the
    description; list_detail and get carry everything."""

    id: str
    """The flavor's ID (at most 255 characters of letters, digits, ".", "_", "-" and inner
    spaces). Nova generates a UUID when create gets none."""

    name: str
    """The display name (at most 255 characters, unique among flavors)."""

    ram: int | Unset = UNSET
    """Memory in MiB (positive)."""

    vcpus: int | Unset = UNSET
    """The number of virtual CPUs (positive)."""

    disk: int | Unset = UNSET
    """Root disk size in GiB; 0 means the root disk takes the size of the image (not allowed for
    volume-backed servers by default policy)."""

    ephemeral: int | Unset = UNSET
    """Size of the ephemeral disk in GiB (0 for none)."""

    swap: Any | Unset = UNSET
    """Swap disk size in MiB. Create takes a non-negative integer. Responses carry an integer,
    except that before 2.75 a flavor without swap answers with an empty string instead of 0."""

    rxtx_factor: float | Unset = UNSET
    """The receive/transmit factor (greater than 0) that some network backends used to scale
    bandwidth; removed in 2.102."""

    is_public: bool | Unset = UNSET
    """True when every project may use the flavor; a private one is usable only by the projects
    on its access list (flavor_access)."""

    disabled: bool | Unset = UNSET
    """Whether the flavor is disabled (an internal flag no API call sets); removed from responses
    in 2.102."""

    description: str | None | Unset = UNSET
    """Free-form text about the flavor, at most 65535 characters (None when unset). The only
    thing update can change."""

    extra_specs: dict[str, str] | Unset = UNSET
    """The flavor's extra specs as key/value strings. Nova leaves the key out when policy does
    not let the caller see extra specs. Change them with flavor_extra_specs."""

    links: builtins.list[Link] | Unset = UNSET
    """Self (versioned) and bookmark (unversioned) links to the flavor."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("ram", "ram", t.INTEGER),
        Field("vcpus", "vcpus", t.INTEGER),
        Field("disk", "disk", t.INTEGER),
        Field("ephemeral", "OS-FLV-EXT-DATA:ephemeral", t.INTEGER),
        Field("swap", "swap", t.ANY),
        Field("rxtx_factor", "rxtx_factor", t.NUMBER, until="2.101"),
        Field("is_public", "os-flavor-access:is_public", t.BOOLEAN),
        Field("disabled", "OS-FLV-DISABLED:disabled", t.BOOLEAN, until="2.101"),
        Field("description", "description", t.STRING, since="2.55"),
        Field("extra_specs", "extra_specs", t.map_of(t.STRING), since="2.61"),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    is_public: Literal["true", "false", "none"] | Unset = UNSET
    """Admins only: "true" (the default) lists public flavors, "false" private ones, "none" both.
    Ignored for other users."""

    min_disk: int | Unset = UNSET
    """Only flavors with at least this root disk size (GiB)."""

    min_ram: int | Unset = UNSET
    """Only flavors with at least this much memory (MiB)."""

    name: str | Unset = UNSET
    """Only flavors whose name matches this regular expression."""

    sort_key: (
        Literal[
            "created_at",
            "description",
            "disabled",
            "ephemeral_gb",
            "flavorid",
            "id",
            "is_public",
            "memory_mb",
            "name",
            "root_gb",
            "rxtx_factor",
            "swap",
            "updated_at",
            "vcpu_weight",
            "vcpus",
        ]
        | Unset
    ) = UNSET
    """The attribute to sort by (database column names; default flavorid). rxtx_factor is refused
    since 2.102."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction (default asc)."""

    limit: int | Unset = UNSET
    """The most flavors a page holds (Nova caps it at its max_limit, 1000 by default)."""

    marker: str | Unset = UNSET
    """Start after the flavor with this ID (a 400 when none has it)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("is_public", "is_public", t.STRING, location="query", enum=("true", "false", "none")),
        Param("min_disk", "minDisk", t.INTEGER, location="query"),
        Param("min_ram", "minRam", t.INTEGER, location="query"),
        Param("name", "name", t.STRING, location="query", since="2.102"),
        Param(
            "sort_key",
            "sort_key",
            t.STRING,
            location="query",
            enum=(
                "created_at",
                "description",
                "disabled",
                "ephemeral_gb",
                "flavorid",
                "id",
                "is_public",
                "memory_mb",
                "name",
                "root_gb",
                "rxtx_factor",
                "swap",
                "updated_at",
                "vcpu_weight",
                "vcpus",
            ),
        ),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    id: str | Unset = UNSET
    """The flavor's ID (at most 255 characters of letters, digits, ".", "_", "-" and inner
    spaces). Nova generates a UUID when create gets none."""

    name: str = REQUIRED
    """The display name (at most 255 characters, unique among flavors)."""

    ram: int = REQUIRED
    """Memory in MiB (positive)."""

    vcpus: int = REQUIRED
    """The number of virtual CPUs (positive)."""

    disk: int = REQUIRED
    """Root disk size in GiB; 0 means the root disk takes the size of the image (not allowed for
    volume-backed servers by default policy)."""

    ephemeral: int | Unset = UNSET
    """Size of the ephemeral disk in GiB (0 for none)."""

    swap: Any | Unset = UNSET
    """Swap disk size in MiB. Create takes a non-negative integer. Responses carry an integer,
    except that before 2.75 a flavor without swap answers with an empty string instead of 0."""

    rxtx_factor: float | Unset = UNSET
    """The receive/transmit factor (greater than 0) that some network backends used to scale
    bandwidth; removed in 2.102."""

    is_public: bool | Unset = UNSET
    """True when every project may use the flavor; a private one is usable only by the projects
    on its access list (flavor_access)."""

    description: str | None | Unset = UNSET
    """Free-form text about the flavor, at most 65535 characters (None when unset). The only
    thing update can change."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING),
        Param("name", "name", t.STRING, required=True),
        Param("ram", "ram", t.INTEGER, required=True),
        Param("vcpus", "vcpus", t.INTEGER, required=True),
        Param("disk", "disk", t.INTEGER, required=True),
        Param("ephemeral", "OS-FLV-EXT-DATA:ephemeral", t.INTEGER),
        Param("swap", "swap", t.ANY),
        Param("rxtx_factor", "rxtx_factor", t.NUMBER, until="2.101"),
        Param("is_public", "os-flavor-access:is_public", t.BOOLEAN),
        Param("description", "description", t.STRING, nullable=True, since="2.55"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | None = REQUIRED
    """Free-form text about the flavor, at most 65535 characters (None when unset). The only
    thing update can change."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, required=True, nullable=True, since="2.55"),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "flavors.list",
    "GET",
    "/flavors",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("marker", next="flavors_links[rel=next].href"),
)
_GET = Operation(
    "flavors.get",
    "GET",
    "/flavors/{flavor_id}",
    ok=(200, 203),
    response_key="flavor",
)
_CREATE = Operation(
    "flavors.create",
    "POST",
    "/flavors",
    ok=(200,),
    request_kind="json",
    request_key="flavor",
    response_key="flavor",
)
_UPDATE = Operation(
    "flavors.update",
    "PUT",
    "/flavors/{flavor_id}",
    ok=(200,),
    request_kind="json",
    request_key="flavor",
    response_key="flavor",
    since="2.55",
)
_DELETE = Operation(
    "flavors.delete",
    "DELETE",
    "/flavors/{flavor_id}",
    ok=(202,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "flavors.list_detail",
    "GET",
    "/flavors/detail",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("marker", next="flavors_links[rel=next].href"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """List flavors in brief: id, name, links and (since 2.55) description. Admins see public and
    private flavors according to is_public; other users see the public flavors and the private
    ones their project may use."""
    return client.pager(
        _LIST, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Show a flavor with every attribute the microversion includes."""
    return client.call(
        _GET, {"flavor_id": flavor_id}, model=Flavor, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Create a flavor (admin). A name or ID already in use is a 409. From 2.61 the answer
    carries an empty extra_specs map."""
    return client.call(
        _CREATE, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Change a flavor's description (admin; since 2.55)."""
    return client.call(
        _UPDATE,
        {"flavor_id": flavor_id},
        model=Flavor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a flavor (admin). Servers built from it keep their embedded copy of it."""
    return client.call(
        _DELETE, {"flavor_id": flavor_id}, microversion=microversion, timeout=timeout
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """List flavors with every attribute (the same filters, visibility and paging as list)."""
    return client.pager(
        _LIST_DETAIL, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
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
        list_opts=ListOpts,
        name_param="name",
        name_match="regex",
        queries=({"is_public": "none"},),
        id_field="id",
    )


def extract_flavors(page: Page[Any]) -> builtins.list[Flavor]:
    """The Flavor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Flavor)
