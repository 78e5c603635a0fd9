# Generated from compute/v2/diskconfig.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""How a server's root disk is partitioned (the OS-DCF:diskConfig attribute): AUTO grows the root
partition and file system to the whole disk, MANUAL leaves the image's partitioning as it is.
Read it with extract_get(servers.get(client, id)); set it with this module's CreateOpts or
UpdateOpts (accepted by servers.create and servers.update), or with the disk_config option of
servers.rebuild and servers.resize.

Extends ``stacksdk.compute.v2.servers``: read these fields from its results
with :func:`extract_get` and :func:`extract_servers`, and send them with
this module's CreateOpts / UpdateOpts, which accept everything the
base options do.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Page, Param, Result, Unset
from stacksdk.compute.v2 import servers as _servers


class ServerDiskConfig(Model):
    """How a server's root disk is partitioned (the OS-DCF:diskConfig attribute): AUTO grows the
    root partition and file system to the whole disk, MANUAL leaves the image's partitioning
    as it is. Read it with extract_get(servers.get(client, id)); set it with this module's
    CreateOpts or UpdateOpts (accepted by servers.create and servers.update), or with the
    disk_config option of servers.rebuild and servers.resize."""

    disk_config: Literal["AUTO", "MANUAL"] | Unset = UNSET
    """AUTO (the default for images that allow it) or MANUAL. AUTO needs a single-partition image
    with auto_disk_config allowed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("disk_config", "OS-DCF:diskConfig", t.STRING, enum=("AUTO", "MANUAL")),
    )


class CreateOpts(_servers.CreateOpts):
    """Server's create options plus this extension's."""

    disk_config: Literal["AUTO", "MANUAL"] | Unset = UNSET
    """AUTO (the default for images that allow it) or MANUAL. AUTO needs a single-partition image
    with auto_disk_config allowed."""

    _params: ClassVar[tuple[Param, ...]] = _servers.CreateOpts._params + (
        Param("disk_config", "OS-DCF:diskConfig", t.STRING, enum=("AUTO", "MANUAL")),
    )


class UpdateOpts(_servers.UpdateOpts):
    """Server's update options plus this extension's."""

    disk_config: Literal["AUTO", "MANUAL"] | Unset = UNSET
    """AUTO (the default for images that allow it) or MANUAL. AUTO needs a single-partition image
    with auto_disk_config allowed."""

    _params: ClassVar[tuple[Param, ...]] = _servers.UpdateOpts._params + (
        Param("disk_config", "OS-DCF:diskConfig", t.STRING, enum=("AUTO", "MANUAL")),
    )


def extract_get(result: Result[Any]) -> ServerDiskConfig:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(ServerDiskConfig)


def extract_servers(page: Page[Any]) -> builtins.list[ServerDiskConfig]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(ServerDiskConfig)
