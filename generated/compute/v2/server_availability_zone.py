# Generated from compute/v2/server_availability_zone.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The availability zone a server runs in (the OS-EXT-AZ attribute). Read it with
extract_get(servers.get(client, id)); choose it at create with
servers.CreateOpts.availability_zone.

Extends ``stacksdk.compute.v2.servers``: read these fields from its results
with :func:`extract_get` and :func:`extract_servers`.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Page, Result, Unset


class ServerAvailabilityZone(Model):
    """The availability zone a server runs in (the OS-EXT-AZ attribute). Read it with
    extract_get(servers.get(client, id)); choose it at create with
    servers.CreateOpts.availability_zone."""

    availability_zone: str | Unset = UNSET
    """The zone of the server's host, or the zone it was asked for while it has none (empty when
    neither is known; UNKNOWN for a server in a cell Nova cannot reach)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("availability_zone", "OS-EXT-AZ:availability_zone", t.STRING),
    )


def extract_get(result: Result[Any]) -> ServerAvailabilityZone:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(ServerAvailabilityZone)


def extract_servers(page: Page[Any]) -> builtins.list[ServerAvailabilityZone]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(ServerAvailabilityZone)
