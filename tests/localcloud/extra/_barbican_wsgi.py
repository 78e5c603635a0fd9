"""WSGI entry for barbican-api, run INSIDE the cloud venv (copied into the run dir).

barbican's own entry (barbican.wsgi.api) loads the paste file from the fixed path
/etc/barbican/barbican-api-paste.ini; this one loads the venv's copy, named by
BARBICAN_PASTE_INI.  barbican.conf itself is found by oslo.config's default search
(``~/barbican.conf``: the server runs with HOME set to its run dir), which matters
because barbican's plugins each parse their own copy of the configuration with the
default search and no command line.
"""

import os

from paste import deploy  # type: ignore[import-not-found,import-untyped,unused-ignore]

application = deploy.loadapp("config:" + os.environ["BARBICAN_PASTE_INI"])
