# Generated from compute/v2/aggregates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A host aggregate: a named set of compute hosts with key/value metadata that the scheduler and
the operator use to partition a cloud. An aggregate with an availability_zone (stored as the
metadata key of that name) exposes its hosts as that availability zone to users. Admin-only by
default. The ID in paths is the aggregate's integer ID (given as a string); since 2.41
aggregates also carry a uuid. There is no find: Nova answers a non-integer ID with a 400, not
a 404."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef

ImageRef = _IdRef


class Aggregate(Model):
    """A host aggregate: a named set of compute hosts with key/value metadata that the scheduler
    and the operator use to partition a cloud. An aggregate with an availability_zone (stored
    as the metadata key of that name) exposes its hosts as that availability zone to users.
    Admin-only by default. The ID in paths is the aggregate's integer ID (given as a string);
    since 2.41 aggregates also carry a uuid. There is no find: Nova answers a non-integer ID
    with a 400, not a 404."""

    id: int
    """The aggregate's integer ID (used in paths)."""

    uuid: str | Unset = UNSET
    """The aggregate's UUID (since 2.41; placement knows the aggregate by it)."""

    name: str | Unset = UNSET
    """The aggregate's name (1-255 characters, unique among aggregates)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone the aggregate's hosts form (None when none). Once set it can be
    changed but not cleared (None is a 400). A host may only be in aggregates of one zone (a
    409 otherwise)."""

    hosts: builtins.list[str] | None | Unset = UNSET
    """The compute hosts in the aggregate (add_host/remove_host change it)."""

    metadata: dict[str, str] | None | Unset = UNSET
    """The aggregate's metadata (set_metadata changes it); holds the availability_zone key too
    when a zone is set."""

    created_at: datetime.datetime | Unset = UNSET
    """When the aggregate was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed (None when never)."""

    deleted: bool | Unset = UNSET
    """Always false for a live aggregate."""

    deleted_at: datetime.datetime | None | Unset = UNSET
    """Always None for a live aggregate."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("uuid", "uuid", t.STRING, since="2.41"),
        Field("name", "name", t.STRING),
        Field("availability_zone", "availability_zone", t.STRING),
        Field("hosts", "hosts", t.list_of(t.STRING)),
        Field("metadata", "metadata", t.map_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("deleted", "deleted", t.BOOLEAN),
        Field("deleted_at", "deleted_at", t.DATETIME),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The aggregate's name (1-255 characters, unique among aggregates)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone the aggregate's hosts form (None when none). Once set it can be
    changed but not cleared (None is a 400). A host may only be in aggregates of one zone (a
    409 otherwise)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """The aggregate's name (1-255 characters, unique among aggregates)."""

    availability_zone: str | None | Unset = UNSET
    """The availability zone the aggregate's hosts form (None when none). Once set it can be
    changed but not cleared (None is a 400). A host may only be in aggregates of one zone (a
    409 otherwise)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("availability_zone", "availability_zone", t.STRING, nullable=True),
    )


class AddHostOpts(Opts):
    """Options of add_host. Also the options of remove_host."""

    host: str = REQUIRED
    """The compute service's host name."""

    _params: ClassVar[tuple[Param, ...]] = (Param("host", "host", t.STRING, required=True),)


class SetMetadataOpts(Opts):
    """Options of set_metadata."""

    metadata: dict[str, Any] = REQUIRED
    """Keys to set (1-255 characters) to string values (at most 255), or to None to remove them
    (hence any: the format has no nullable map values)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "metadata", t.map_of(t.ANY), required=True),
    )


class CacheImagesOpts(Opts):
    """Options of cache_images."""

    cache: builtins.list[ImageRef] = REQUIRED
    """The images to cache (at least one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cache", "cache", t.list_of(t.model(ImageRef)), required=True),
    )


RemoveHostOpts = AddHostOpts

_LIST = Operation(
    "aggregates.list",
    "GET",
    "/os-aggregates",
    ok=(200, 203),
    response_key="aggregates",
    paging=Paging("single"),
)
_GET = Operation(
    "aggregates.get",
    "GET",
    "/os-aggregates/{aggregate_id}",
    ok=(200, 203),
    response_key="aggregate",
)
_CREATE = Operation(
    "aggregates.create",
    "POST",
    "/os-aggregates",
    ok=(200,),
    request_kind="json",
    request_key="aggregate",
    response_key="aggregate",
)
_UPDATE = Operation(
    "aggregates.update",
    "PUT",
    "/os-aggregates/{aggregate_id}",
    ok=(200,),
    request_kind="json",
    request_key="aggregate",
    response_key="aggregate",
)
_DELETE = Operation(
    "aggregates.delete",
    "DELETE",
    "/os-aggregates/{aggregate_id}",
    ok=(200,),
    response_kind="empty",
)
_ADD_HOST = Operation(
    "aggregates.add_host",
    "POST",
    "/os-aggregates/{aggregate_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="add_host",
    response_key="aggregate",
)
_REMOVE_HOST = Operation(
    "aggregates.remove_host",
    "POST",
    "/os-aggregates/{aggregate_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="remove_host",
    response_key="aggregate",
)
_SET_METADATA = Operation(
    "aggregates.set_metadata",
    "POST",
    "/os-aggregates/{aggregate_id}/action",
    ok=(200,),
    request_kind="json",
    request_key="set_metadata",
    response_key="aggregate",
)
_CACHE_IMAGES = Operation(
    "aggregates.cache_images",
    "POST",
    "/os-aggregates/{aggregate_id}/images",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
    since="2.81",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Aggregate]:
    """List every aggregate (admin; not paged)."""
    return client.pager(_LIST, None, model=Aggregate, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    aggregate_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Aggregate]:
    """Show an aggregate (a 400 for a non-integer ID, 404 when none has it)."""
    return client.call(
        _GET,
        {"aggregate_id": aggregate_id},
        model=Aggregate,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Aggregate]:
    """Create an aggregate, optionally as an availability zone. A name in use is a 409; an
    availability zone named like the default zone is a 400."""
    return client.call(
        _CREATE, None, model=Aggregate, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    aggregate_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Aggregate]:
    """Rename the aggregate and/or change its availability zone (at least one)."""
    return client.call(
        _UPDATE,
        {"aggregate_id": aggregate_id},
        model=Aggregate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    aggregate_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an empty aggregate (a 400 while it still has hosts)."""
    return client.call(
        _DELETE, {"aggregate_id": aggregate_id}, microversion=microversion, timeout=timeout
    )


def add_host(
    client: ServiceClient,
    aggregate_id: str,
    opts: AddHostOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Aggregate]:
    """Add a compute host (its service host name) to the aggregate and return the aggregate. An
    unknown host is a 404; a host already in it, or in an aggregate of another availability
    zone, is a 409."""
    return client.call(
        _ADD_HOST,
        {"aggregate_id": aggregate_id},
        model=Aggregate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_host(
    client: ServiceClient,
    aggregate_id: str,
    opts: RemoveHostOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Aggregate]:
    """Remove a host from the aggregate and return the aggregate (a 404 when the host is unknown
    or not in it)."""
    return client.call(
        _REMOVE_HOST,
        {"aggregate_id": aggregate_id},
        model=Aggregate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def set_metadata(
    client: ServiceClient,
    aggregate_id: str,
    opts: SetMetadataOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Aggregate]:
    """Add, change or (with a None value) remove metadata keys and return the aggregate; keys not
    given are kept. The availability_zone key moves the aggregate to another zone (with the
    same checks as update)."""
    return client.call(
        _SET_METADATA,
        {"aggregate_id": aggregate_id},
        model=Aggregate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def cache_images(
    client: ServiceClient,
    aggregate_id: str,
    opts: CacheImagesOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Ask every compute host of the aggregate to pre-cache these images (since 2.81; admin).
    Nova answers 202 at once; the caching happens in the background. Duplicate or unknown
    images are a 400."""
    return client.call(
        _CACHE_IMAGES,
        {"aggregate_id": aggregate_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Aggregate:
    """The one Aggregate whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Aggregate,
        name_field="name",
        id_field="id",
    )


def extract_aggregates(page: Page[Any]) -> builtins.list[Aggregate]:
    """The Aggregate items of a page (or of ``all_pages()``)."""
    return page.extract_as(Aggregate)
