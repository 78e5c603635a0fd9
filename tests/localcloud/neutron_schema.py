"""Run INSIDE the cloud venv: create Neutron's schema on sqlite.

Neutron's alembic migrations do not run on sqlite, so (as Neutron's own unit
tests do) the tables are created from its models' metadata; services.py then
runs ``neutron-db-manage stamp heads`` so that the DB counts as up to date.
Idempotent: existing tables are left alone.

Usage: python neutron_schema.py sqlite:////path/neutron.db
"""

import sys

import sqlalchemy as sa  # type: ignore[import-not-found,unused-ignore]
from neutron.db.migration.models import head  # type: ignore[import-not-found,unused-ignore]  # all models

engine = sa.create_engine(sys.argv[1])
head.get_metadata().create_all(engine)
engine.dispose()
