# Generated from specs/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""stacksdk: typed clients for OpenStack-compatible clouds, generated from YAML specs.  ``cloud =
stacksdk.connect("mycloud")`` connects to a clouds.yaml cloud; then import a resource module,
e.g. ``from stacksdk.compute.v2 import servers`` and call ``servers.list(cloud.compute)``. The
hand-written core is ``stacksdk.runtime``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import lazy_modules

if TYPE_CHECKING:
    from stacksdk.connection import Connection as Connection
    from stacksdk.connection import connect as connect

MODULES = (
    "baremetal",
    "block_storage",
    "compute",
    "connection",
    "container_infrastructure_management",
    "database",
    "dns",
    "huaweicloud",
    "identity",
    "image",
    "instance_ha",
    "key_manager",
    "load_balancer",
    "messaging",
    "network",
    "object_store",
    "orchestration",
    "placement",
    "shared",
    "shared_file_system",
    "workflow",
)

__getattr__, __dir__ = lazy_modules(
    __name__, MODULES, globals(), {"Connection": "connection", "connect": "connection"}
)
