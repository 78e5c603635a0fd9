"""Run INSIDE the cloud venv: start a Swift server or daemon with its swift
dir set first.

Swift reads /etc/swift/swift.conf at import (hash path suffix, storage
policies, [swift-constraints]); the WSGI servers switch to their swift_dir
later but never reload the constraints, and the daemons do not switch at
all.  So: set_swift_dir + reload_constraints, then the console script's main.

Usage: python swift_server.py SWIFT_DIR MODULE CONF_FILE [options]
       (MODULE e.g. swift.proxy.server, swift.container.updater)
"""

import importlib
import sys

from swift.common import constraints, utils  # type: ignore[import-not-found,unused-ignore]

swift_dir, module, *args = sys.argv[1:]
utils.set_swift_dir(swift_dir)
constraints.reload_constraints()
sys.argv = [f"swift-{module.split('.')[-2]}-{module.split('.')[-1]}", *args]
sys.exit(importlib.import_module(module).main())
