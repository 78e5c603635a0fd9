# Generated from compute/v2/server_scheduler_hints.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The scheduler hints a server was created with (2.100 and later): what the scheduler was asked
to respect, e.g. the same or a different host as other servers, or a server group. Read them
with extract_get(servers.get(client, id)). Hints are given at create time with this module's
CreateOpts (servers.CreateOpts plus scheduler_hints), sent as "OS-SCH-HNT:scheduler_hints"
beside "server" in the request body (Nova also reads the same under "os:scheduler_hints").

Extends ``stacksdk.compute.v2.servers``: read these fields from its results
with :func:`extract_get` and :func:`extract_servers`, and send them with
this module's CreateOpts, which accept everything the
base options do.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Page, Param, Result, Unset
from stacksdk.compute.v2 import servers as _servers


class ServerSchedulerHints(Model):
    """The scheduler hints a server was created with (2.100 and later): what the scheduler was
    asked to respect, e.g. the same or a different host as other servers, or a server group.
    Read them with extract_get(servers.get(client, id)). Hints are given at create time with
    this module's CreateOpts (servers.CreateOpts plus scheduler_hints), sent as
    "OS-SCH-HNT:scheduler_hints" beside "server" in the request body (Nova also reads the same
    under "os:scheduler_hints")."""

    scheduler_hints: dict[str, Any] | Unset = UNSET
    """The hints by name: group (a server group ID), same_host and different_host (server IDs),
    different_cell, query (a JSON filter), target_cell, build_near_host_ip and cidr, or others
    that custom filters read; empty when there were none."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("scheduler_hints", "scheduler_hints", t.map_of(t.ANY), since="2.100"),
    )


class CreateOpts(_servers.CreateOpts):
    """Server's create options plus this extension's."""

    scheduler_hints: dict[str, Any] | Unset = UNSET
    """Hints for the scheduler, by name: group (a server group ID), same_host and different_host
    (lists of server IDs), different_cell, query (a JSON filter), target_cell,
    build_near_host_ip and cidr, or what custom filters read. Sent beside "server" in the
    create body."""

    _params: ClassVar[tuple[Param, ...]] = _servers.CreateOpts._params + (
        Param(
            "scheduler_hints", "OS-SCH-HNT:scheduler_hints", t.map_of(t.ANY), location="envelope"
        ),
    )


def extract_get(result: Result[Any]) -> ServerSchedulerHints:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(ServerSchedulerHints)


def extract_servers(page: Page[Any]) -> builtins.list[ServerSchedulerHints]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(ServerSchedulerHints)
