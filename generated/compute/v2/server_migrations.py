# Generated from compute/v2/server_migrations.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The live migrations of a server that are in progress (2.23 and later; admins only by default).
Other migrations, and finished ones, are listed by os-migrations."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class ServerMigration(Model):
    """The live migrations of a server that are in progress (2.23 and later; admins only by
    default). Other migrations, and finished ones, are listed by os-migrations."""

    id: int
    """The migration's ID."""

    uuid: str | Unset = UNSET
    """The migration's UUID."""

    server_uuid: str | Unset = UNSET
    """The server's ID."""

    status: str | Unset = UNSET
    """The migration's status (queued, preparing, running, ...)."""

    source_compute: str | None | Unset = UNSET
    """The source compute service's host (null unless policy shows hosts)."""

    source_node: str | None | Unset = UNSET
    """The source hypervisor node."""

    dest_compute: str | None | Unset = UNSET
    """The destination compute service's host."""

    dest_host: str | None | Unset = UNSET
    """The destination host's IP address."""

    dest_node: str | None | Unset = UNSET
    """The destination hypervisor node."""

    memory_total_bytes: int | None | Unset = UNSET
    """Memory to transfer."""

    memory_processed_bytes: int | None | Unset = UNSET
    """Memory transferred so far."""

    memory_remaining_bytes: int | None | Unset = UNSET
    """Memory left to transfer."""

    disk_total_bytes: int | None | Unset = UNSET
    """Disk to transfer."""

    disk_processed_bytes: int | None | Unset = UNSET
    """Disk transferred so far."""

    disk_remaining_bytes: int | None | Unset = UNSET
    """Disk left to transfer."""

    user_id: str | None | Unset = UNSET
    """The user that started the migration."""

    project_id: str | None | Unset = UNSET
    """The project of the user that started the migration."""

    created_at: datetime.datetime | Unset = UNSET
    """When the migration was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When the migration last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.INTEGER),
        Field("uuid", "uuid", t.STRING, since="2.59"),
        Field("server_uuid", "server_uuid", t.STRING),
        Field("status", "status", t.STRING),
        Field("source_compute", "source_compute", t.STRING),
        Field("source_node", "source_node", t.STRING),
        Field("dest_compute", "dest_compute", t.STRING),
        Field("dest_host", "dest_host", t.STRING),
        Field("dest_node", "dest_node", t.STRING),
        Field("memory_total_bytes", "memory_total_bytes", t.INTEGER),
        Field("memory_processed_bytes", "memory_processed_bytes", t.INTEGER),
        Field("memory_remaining_bytes", "memory_remaining_bytes", t.INTEGER),
        Field("disk_total_bytes", "disk_total_bytes", t.INTEGER),
        Field("disk_processed_bytes", "disk_processed_bytes", t.INTEGER),
        Field("disk_remaining_bytes", "disk_remaining_bytes", t.INTEGER),
        Field("user_id", "user_id", t.STRING, since="2.80"),
        Field("project_id", "project_id", t.STRING, since="2.80"),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


_LIST = Operation(
    "server_migrations.list",
    "GET",
    "/servers/{server_id}/migrations",
    ok=(200, 203),
    response_key="migrations",
    paging=Paging("single"),
    since="2.23",
)
_GET = Operation(
    "server_migrations.get",
    "GET",
    "/servers/{server_id}/migrations/{migration_id}",
    ok=(200, 203),
    response_key="migration",
    since="2.23",
)
_DELETE = Operation(
    "server_migrations.delete",
    "DELETE",
    "/servers/{server_id}/migrations/{migration_id}",
    ok=(202,),
    response_kind="empty",
    since="2.24",
)
_FORCE_COMPLETE = Operation(
    "server_migrations.force_complete",
    "POST",
    "/servers/{server_id}/migrations/{migration_id}/action",
    ok=(202,),
    request_kind="json-null",
    request_key="force_complete",
    response_kind="empty",
    since="2.22",
)


def list(
    client: ServiceClient,
    server_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServerMigration]:
    """The server's live migrations in progress."""
    return client.pager(
        _LIST,
        {"server_id": server_id},
        model=ServerMigration,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    server_id: str,
    migration_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServerMigration]:
    """One live migration in progress (NotFound for others)."""
    return client.call(
        _GET,
        {"server_id": server_id, "migration_id": migration_id},
        model=ServerMigration,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    migration_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Abort a live migration in progress (since 2.65 also one that is queued or preparing); 400
    for one that cannot be aborted, 409 when the server is not migrating."""
    return client.call(
        _DELETE,
        {"server_id": server_id, "migration_id": migration_id},
        microversion=microversion,
        timeout=timeout,
    )


def force_complete(
    client: ServiceClient,
    server_id: str,
    migration_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make a running live migration finish by pausing the server (or post-copy where enabled);
    400 when the migration is not running, 409 when the server is not migrating."""
    return client.call(
        _FORCE_COMPLETE,
        {"server_id": server_id, "migration_id": migration_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_server_migrations(page: Page[Any]) -> builtins.list[ServerMigration]:
    """The ServerMigration items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServerMigration)
