"""mistral-api with Mistral's engine, executor, notifier and periodic (cron trigger)
servers in ONE process, for gunicorn (runs inside the cloud venv).

mistral-server would fork one process per component and connect them through a
message broker.  The local cloud has none: this entry point builds the API
application with transport ``fake://`` (oslo.messaging's in-process driver) and
starts the other components in the same process on the same transport, so workflow
executions really run (std.noop, std.echo, std.fail, std.javascript-free actions,
nested workflows, cron triggers).  The event engine (event triggers) is not started:
it listens to other services' notifications, which the local cloud does not send.
"""

from __future__ import annotations

import oslo_service.backend as _backend  # type: ignore[import-not-found,unused-ignore]

_backend.init_backend(_backend.BackendType.THREADING)

from mistral.api import app as _app  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

application = _app.init_wsgi()

from mistral.engine import engine_server  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
from mistral.executors import executor_server  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
from mistral.notifiers import notification_server  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
from mistral.services import periodic_server  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

COMPONENTS = [
    engine_server.get_oslo_service(setup_profiler=False),
    executor_server.get_oslo_service(setup_profiler=False),
    notification_server.get_oslo_service(setup_profiler=False),
    periodic_server.get_oslo_service(),
]
for _component in COMPONENTS:
    _component.start()
