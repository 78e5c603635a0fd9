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
LOCK_WAIT_S = 30.0


def _serialize_sqlite_writers() -> None:
    """One sqlite connection per thread, and the same one again for a nested
    checkout.

    The API, the scheduler and the share service share one file from several
    threads; each thread has its connection, and a transaction waits for
    another's write lock (up to the ``timeout`` of the connection URL).  But
    Manila opens "independent" transactions inside others (quota
    reservations, the access rules of a deleted share): on sqlite a second
    connection of the same thread would wait for the first one's lock
    forever.  Sharing the thread's connection, the inner work joins the
    outer transaction (its commit commits both): acceptable for a test cloud.

    And one transaction at a time in the process: a process-wide re-entrant
    lock is taken when a transaction begins and released when it ends.  sqlite
    refuses at once ("database is locked", no busy wait) a transaction whose
    read snapshot another thread's commit made stale; serialized, that cannot
    happen.  A transaction that waits more than LOCK_WAIT_S for the lock goes
    ahead without it (sqlite's own busy timeout still applies).
    """
    from manila.db.sqlalchemy import api as db_api
    from sqlalchemy import event
    from sqlalchemy.pool import SingletonThreadPool

    engine = db_api.get_engine()
    old = engine.pool
    engine.pool = SingletonThreadPool(
        old._creator,
        pool_size=200,
        recycle=old._recycle,
        echo=old.echo,
        pre_ping=old._pre_ping,
        logging_name=old._orig_logging_name,
        reset_on_return=old._reset_on_return,
        _dispatch=old.dispatch,
        dialect=old._dialect,
    )
    old.dispose()

    lock = threading.RLock()
    held = threading.local()  # how often this thread holds the lock

    @event.listens_for(engine, "begin")
    def _begin(connection):  # type: ignore[no-untyped-def]
        if lock.acquire(timeout=LOCK_WAIT_S):
            held.n = getattr(held, "n", 0) + 1

    def _end(*_args):  # type: ignore[no-untyped-def]
        if getattr(held, "n", 0) > 0:
            held.n -= 1
            lock.release()

    def _release_all(*_args):  # type: ignore[no-untyped-def]
        while getattr(held, "n", 0) > 0:
            _end()

    event.listen(engine, "commit", _end)
    event.listen(engine, "rollback", _end)
    # a connection returned without commit or rollback (reset by the pool)
    event.listen(engine.pool, "checkin", _release_all)
    event.listen(engine.pool, "reset", _release_all)


def _start_backends() -> None:
    from manila import service
    from oslo_config import cfg

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
        _serialize_sqlite_writers()
        _start_backends()
