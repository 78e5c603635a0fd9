# Generated from compute/v2/server_scheduler_hints.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The scheduler hints a server was created with (2.100 and later): what the scheduler was asked
to respect, e.g. the same or a different host as other servers, or a server group. Read them
with extract_get(servers.get(client, id)). Hints are given at create time as
"os:scheduler_hints", a sibling of "server" in the request body, which servers.CreateOpts
cannot carry: servers.create_with_scheduler_hints sends them.

Extends ``stacksdk.compute.v2.servers``: read these fields from its results
with :func:`extract_get` and :func:`extract_servers`.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime.model import Field, Model
from stacksdk.runtime.pagination import Page
from stacksdk.runtime.result import Result
from stacksdk.runtime.types import UNSET, Unset


class ServerSchedulerHints(Model):
    """The scheduler hints a server was created with (2.100 and later): what the scheduler was
    asked to respect, e.g. the same or a different host as other servers, or a server group.
    Read them with extract_get(servers.get(client, id)). Hints are given at create time as
    "os:scheduler_hints", a sibling of "server" in the request body, which servers.CreateOpts
    cannot carry: servers.create_with_scheduler_hints sends them."""

    scheduler_hints: dict[str, Any] | Unset = UNSET
    """The hints by name: group (a server group ID), same_host and different_host (server IDs),
    different_cell, query (a JSON filter), target_cell, build_near_host_ip and cidr, or others
    that custom filters read; empty when there were none."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("scheduler_hints", "scheduler_hints", t.map_of(t.ANY), since="2.100"),
    )


def extract_get(result: Result[Any]) -> ServerSchedulerHints:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(ServerSchedulerHints)


def extract_servers(page: Page[Any]) -> builtins.list[ServerSchedulerHints]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(ServerSchedulerHints)
