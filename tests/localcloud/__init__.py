"""Run a real local OpenStack cloud on 127.0.0.1 for integration tests and demos:
Keystone plus Glance, Placement, Swift, Neutron, Nova and Cinder (the default
set) and, when named, the services of extra/, from one cached venv.

See README.md in this directory.  Stdlib + requests only.
"""

from .cloud import (
    ALL_SERVICES,
    CORE_SERVICES,
    CloudInfo,
    Credentials,
    LocalCloud,
    cloud_status,
    default_services,
    load_cloud_info,
    parse_services,
    running_cloud,
    stop_cloud,
    supported_services,
)
from .keystone import Keystone, KeystoneInfo, running_info, stop_from_dir
from .venv import ensure_venv

__all__ = [
    "ALL_SERVICES",
    "CORE_SERVICES",
    "CloudInfo",
    "Credentials",
    "Keystone",
    "KeystoneInfo",
    "LocalCloud",
    "cloud_status",
    "default_services",
    "ensure_venv",
    "load_cloud_info",
    "parse_services",
    "running_cloud",
    "running_info",
    "stop_cloud",
    "stop_from_dir",
    "supported_services",
]
