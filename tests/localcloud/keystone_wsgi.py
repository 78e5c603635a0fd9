"""WSGI entry point for gunicorn, run INSIDE the Keystone venv.

keystone.py copies this file into the work dir and starts
``gunicorn keystone_wsgi:application`` there (this directory cannot be put
on sys.path: its ``keystone.py`` would shadow the real ``keystone`` package).

Keystone reads its config file list from OS_KEYSTONE_CONFIG_FILES (``;``
separated) or OS_KEYSTONE_CONFIG_DIR (see keystone/server/flask/core.py,
``_get_config_files``); keystone.py sets OS_KEYSTONE_CONFIG_FILES.
"""

import os
import sys

if not os.environ.get("OS_KEYSTONE_CONFIG_FILES", "").strip():
    raise RuntimeError("OS_KEYSTONE_CONFIG_FILES is not set")

# oslo.config parses sys.argv when Keystone initialises; gunicorn's own
# command line arguments would make it fail.
sys.argv = [sys.argv[0]]

from keystone.server import wsgi as _keystone_wsgi  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

application = _keystone_wsgi.initialize_public_application()

# Create Keystone's process-wide policy enforcer now, before gunicorn's threads
# serve requests: created lazily by the first requests, two threads can race
# (one sees the enforcer before its attributes are set: AttributeError
# '_warning_emitted', HTTP 500). Seen when services start while Keystone is
# being set up on a busy machine.
from keystone.common.rbac_enforcer.enforcer import RBACEnforcer  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

RBACEnforcer()._enforcer.suppress_deprecation_warnings = True  # as it is inside a request
