# Generated from compute/v2/migrations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A record of a server's move (os-migrations): cold migration, resize, live migration or
evacuation, across the cloud. Admin-only by default. For one server's in-progress live
migrations see the server-migrations API. Since 2.23 each record has migration_type and, when
in progress and live, links; since 2.59 a uuid, paging (limit, marker = uuid) and
changes-since; 2.66 adds changes-before; 2.80 the user_id and project_id fields and filters."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Migration(Model):
    """A record of a server's move (os-migrations): cold migration, resize, live migration or
    evacuation, across the cloud. Admin-only by default. For one server's in-progress live
    migrations see the server-migrations API. Since 2.23 each record has migration_type and,
    when in progress and live, links; since 2.59 a uuid, paging (limit, marker = uuid) and
    changes-since; 2.66 adds changes-before; 2.80 the user_id and project_id fields and
    filters."""

    id: int
    """The migration's integer ID."""

    uuid: str | Unset = UNSET
    """The migration's UUID (since 2.59; the paging marker)."""

    instance_uuid: str | Unset = UNSET
    """The server's UUID."""

    status: str | Unset = UNSET
    """The migration's state (queued, migrating, finished, confirmed, reverted, error, done,
    ...)."""

    migration_type: Literal["migration", "resize", "live-migration", "evacuation"] | Unset = UNSET
    """What kind of move it is (since 2.23)."""

    source_compute: str | None | Unset = UNSET
    """The source compute host."""

    source_node: str | None | Unset = UNSET
    """The source compute node."""

    dest_compute: str | None | Unset = UNSET
    """The destination compute host."""

    dest_node: str | None | Unset = UNSET
    """The destination compute node."""

    dest_host: str | None | Unset = UNSET
    """The destination host's IP address."""

    old_instance_type_id: int | None | Unset = UNSET
    """The internal ID of the flavor before the move."""

    new_instance_type_id: int | None | Unset = UNSET
    """The internal ID of the flavor after it (differs for a resize)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the migration started."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    links: builtins.list[Link] | Unset = UNSET
    """Since 2.23, for in-progress live migrations: links to the server-migrations resource."""

    user_id: str | Unset = UNSET
    """The user who started the migration (since 2.80)."""

    project_id: str | Unset = UNSET
    """The project of the user who started it (since 2.80)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("uuid", "uuid", t.STRING, since="2.59"),
        Field("instance_uuid", "instance_uuid", t.STRING),
        Field("status", "status", t.STRING),
        Field("migration_type", "migration_type", t.STRING, since="2.23"),
        Field("source_compute", "source_compute", t.STRING),
        Field("source_node", "source_node", t.STRING),
        Field("dest_compute", "dest_compute", t.STRING),
        Field("dest_node", "dest_node", t.STRING),
        Field("dest_host", "dest_host", t.STRING),
        Field("old_instance_type_id", "old_instance_type_id", t.INTEGER),
        Field("new_instance_type_id", "new_instance_type_id", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link)), since="2.23"),
        Field("user_id", "user_id", t.STRING, since="2.80"),
        Field("project_id", "project_id", t.STRING, since="2.80"),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    host: str | Unset = UNSET
    """Only migrations with this source or destination host."""

    instance_uuid: str | Unset = UNSET
    """Only the migrations of this server."""

    source_compute: str | Unset = UNSET
    """Only migrations from this compute host."""

    status: str | Unset = UNSET
    """Only migrations in this state."""

    migration_type: Literal["migration", "resize", "live-migration", "evacuation"] | Unset = UNSET
    """Only migrations of this kind."""

    hidden: str | Unset = UNSET
    """"1"/"true" to include hidden migrations (those of a resize to the same host); default
    hides them."""

    limit: int | Unset = UNSET
    """The most migrations a page holds (capped at Nova's max_limit)."""

    marker: str | Unset = UNSET
    """Start after the migration with this UUID (a 400 when none has it)."""

    changes_since: str | Unset = UNSET
    """Only migrations updated at or after this ISO 8601 time."""

    changes_before: str | Unset = UNSET
    """Only migrations updated at or before this ISO 8601 time."""

    user_id: str | Unset = UNSET
    """Only migrations started by this user."""

    project_id: str | Unset = UNSET
    """Only migrations of this project."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("instance_uuid", "instance_uuid", t.STRING, location="query"),
        Param("source_compute", "source_compute", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param(
            "migration_type",
            "migration_type",
            t.STRING,
            location="query",
            enum=("migration", "resize", "live-migration", "evacuation"),
        ),
        Param("hidden", "hidden", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query", since="2.59"),
        Param("marker", "marker", t.STRING, location="query", since="2.59"),
        Param("changes_since", "changes-since", t.STRING, location="query", since="2.59"),
        Param("changes_before", "changes-before", t.STRING, location="query", since="2.66"),
        Param("user_id", "user_id", t.STRING, location="query", since="2.80"),
        Param("project_id", "project_id", t.STRING, location="query", since="2.80"),
    )


_LIST = Operation(
    "migrations.list",
    "GET",
    "/os-migrations",
    ok=(200, 203),
    response_key="migrations",
    paging=Paging("marker", marker_field="uuid", next="migrations_links[rel=next].href"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Migration]:
    """List migrations, newest first, filtered by the options. Since 2.59 the listing pages; the
    migrations_links "next" entry says whether there is more."""
    return client.pager(
        _LIST, None, model=Migration, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_migrations(page: Page[Any]) -> builtins.list[Migration]:
    """The Migration items of a page (or of ``all_pages()``)."""
    return page.extract_as(Migration)
