"""Run a real OpenStack Keystone on 127.0.0.1 for integration tests and demos.

See README.md in this directory.  Stdlib + requests only.
"""

from .keystone import Keystone, KeystoneInfo, running_info, stop_from_dir
from .venv import ensure_venv

__all__ = ["Keystone", "KeystoneInfo", "ensure_venv", "running_info", "stop_from_dir"]
