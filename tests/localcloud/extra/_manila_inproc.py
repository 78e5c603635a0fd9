"""WSGI module for manila-api that also runs manila-scheduler and manila-share
in the same process (run INSIDE the cloud venv, copied into the run dir).

Manila's API casts share work to the scheduler, which casts it to the share
service, over oslo.messaging.  With ``transport_url = fake://`` the fake
driver delivers messages only within one process, so both services are started
here, after the API application is loaded, on oslo.service's threading backend
(no eventlet).  The share service runs the DummyDriver that Manila ships in
``manila/tests/share/drivers/dummy.py``: it touches no storage, answers every
driver call at once (its delays are configured to 0) and reports a pool, so
shares, snapshots, replicas and group operations reach their final states.

``application`` is the API; the two services are kept in ``SERVICES``.
"""

import os
import threading

os.environ.setdefault("OS_MANILA_DISABLE_EVENTLET_PATCHING", "1")

from oslo_service import backend as _backend  # noqa: E402

try:  # threads, not eventlet (nothing here is monkey patched)
    _backend.init_backend(_backend.BackendType.THREADING)
except Exception:  # already selected
    pass

from manila.wsgi import api as _api  # noqa: E402  (parses sys.argv: the config file)

application = _api.application

SERVICES = []


def _start_backends() -> None:
    from oslo_config import cfg

    from manila import service

    conf = cfg.CONF
    scheduler = service.Service.create(binary="manila-scheduler")
    scheduler.start()
    SERVICES.append(scheduler)
    for backend in conf.enabled_share_backends or []:
        share = service.Service.create(
            host=f"{conf.host}@{backend}",
            service_name=backend,
            binary="manila-share",
            coordination=True,
        )
        share.start()
        SERVICES.append(share)


_lock = threading.Lock()
with _lock:
    if not SERVICES:
        _start_backends()
