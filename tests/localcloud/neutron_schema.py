"""Run INSIDE the cloud venv: create Neutron's schema on sqlite.

Neutron's alembic migrations do not run on sqlite, so (as Neutron's own unit
tests do) the tables are created from its models' metadata; services.py then
runs ``neutron-db-manage stamp heads`` so that the DB counts as up to date.
The add-on projects' models (FWaaS, VPNaaS, BGPVPN, SFC, TaaS, dynamic
routing) share the same metadata: their head modules (or the model modules
themselves) are imported before create_all. Idempotent: existing tables are left
alone. The file is switched to write-ahead logging (see below).

Usage: python neutron_schema.py sqlite:////path/neutron.db
"""

import sys

import sqlalchemy as sa  # type: ignore[import-not-found,unused-ignore]
from networking_bgpvpn.neutron.db import head as _bgpvpn  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
from networking_sfc.db.migration.models import head as _sfc  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
from neutron.db.migration.models import head  # type: ignore[import-not-found,unused-ignore]  # all models
from neutron_dynamic_routing.db.migration.models import head as _bgp  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
from neutron_fwaas.db.firewall.v2 import models as _fwaas  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
from neutron_taas.db import head as _taas  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
from neutron_taas.db import tap_mirror_db as _tap_mirror  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
from neutron_vpnaas.db.models import head as _vpnaas  # type: ignore[import-not-found,unused-ignore]  # noqa: F401

engine = sa.create_engine(sys.argv[1])
head.get_metadata().create_all(engine)
# Write-ahead logging: a reader's open transaction does not block a writer's
# commit. FWaaS needs it: listing firewall groups, policies or rules inside a
# read transaction creates the project's default firewall group in a second,
# writing session, which a rollback journal would make wait for the first
# until "database is locked". The mode is kept in the file (and its copies).
with engine.connect() as conn:
    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
engine.dispose()
