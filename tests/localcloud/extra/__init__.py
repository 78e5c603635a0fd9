"""Services the local cloud starts only when asked for by name (not in the default set).

One module per service (``barbican.py``, ``ironic.py``, ...), each a ``Service``
subclass from ``..services`` exported as ``SERVICE``.  The registry below finds them:
adding a service to the local cloud is adding a module here.  They run from the same
cached venv as the core services (``../constraints.txt``).

    python -m tests.localcloud start --services barbican,masakari
    LocalCloud(services=("barbican",))       # Keystone + Barbican only
    LocalCloud(services="all")               # the core seven and every service here
"""

from __future__ import annotations

import importlib
import pkgutil

from ..services import Service


def _discover() -> dict[str, type[Service]]:
    found: dict[str, type[Service]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        cls = getattr(module, "SERVICE", None)
        if not (isinstance(cls, type) and issubclass(cls, Service)):
            raise TypeError(f"tests/localcloud/extra/{info.name}.py exports no SERVICE class")
        if cls.name in found:
            raise ValueError(f"two extra services are called {cls.name!r}")
        found[cls.name] = cls
    return found


EXTRA_SERVICES: dict[str, type[Service]] = _discover()
"""name -> Service class, in name order."""
