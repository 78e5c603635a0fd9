# Generated from compute/v2/server_extended_status.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A server's internal states (the OS-EXT-STS attributes): the VM state Nova tracks, the task in
progress and the hypervisor's power state, finer than the status users see. Read them with
extract_get(servers.get(client, id)) or extract_servers(page) of servers.list_detail.

Extends ``stacksdk.compute.v2.servers``: read these fields from its results
with :func:`extract_get` and :func:`extract_servers`.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Page, Result, Unset


class ServerExtendedStatus(Model):
    """A server's internal states (the OS-EXT-STS attributes): the VM state Nova tracks, the task
    in progress and the hypervisor's power state, finer than the status users see. Read them
    with extract_get(servers.get(client, id)) or extract_servers(page) of servers.list_detail."""

    vm_state: str | None | Unset = UNSET
    """The VM state: active, building, deleted, error, paused, rescued, resized, shelved,
    shelved_offloaded, soft-delete, stopped, suspended."""

    task_state: str | None | Unset = UNSET
    """The task in progress (spawning, rebooting, resize_migrating, image_snapshot, deleting,
    ...), None when idle."""

    power_state: int | None | Unset = UNSET
    """The hypervisor's power state: 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7
    SUSPENDED."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("vm_state", "OS-EXT-STS:vm_state", t.STRING),
        Field("task_state", "OS-EXT-STS:task_state", t.STRING),
        Field("power_state", "OS-EXT-STS:power_state", t.INTEGER),
    )


def extract_get(result: Result[Any]) -> ServerExtendedStatus:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(ServerExtendedStatus)


def extract_servers(page: Page[Any]) -> builtins.list[ServerExtendedStatus]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(ServerExtendedStatus)
