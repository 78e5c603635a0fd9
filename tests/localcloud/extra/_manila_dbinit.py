"""Create Manila's sqlite schema (run INSIDE the cloud venv): ``python
_manila_dbinit.py --config-file manila.conf``.

``manila-manage db sync`` cannot migrate a sqlite file: its first migration
creates the tables through a second connection while alembic's own transaction
holds the write lock ("database is locked").  So the schema is created from
Manila's models and stamped at the newest revision, as Manila's own test
fixture does for sqlite (``manila/test.py``: ``setup_sqlite``).
"""

import sys

from manila.common import config  # noqa: F401  (registers the options)
from manila.db import migration
from manila.db.sqlalchemy import api as db_api
from manila.db.sqlalchemy import models
from oslo_config import cfg

cfg.CONF(sys.argv[1:], project="manila")
if not migration.version():
    models.BASE.metadata.create_all(db_api.get_engine())
    migration.stamp("head")
print("manila schema at", migration.version())
