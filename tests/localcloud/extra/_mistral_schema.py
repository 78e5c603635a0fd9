"""Run INSIDE the cloud venv: create Mistral's schema on sqlite.

Mistral's alembic migrations alter constraints, which sqlite cannot do, so the
tables are created from the models' metadata (as Mistral's own unit tests do);
mistral.py then runs ``mistral-db-manage stamp head`` and ``populate``.
Idempotent: existing tables and rows are left alone.

Usage: python _mistral_schema.py sqlite:////path/mistral.db
"""

import sys

import sqlalchemy as sa  # type: ignore[import-not-found,unused-ignore]
from mistral.db.sqlalchemy import model_base  # type: ignore[import-not-found,unused-ignore]
from mistral.db.v2.sqlalchemy import models  # type: ignore[import-not-found,unused-ignore]  # noqa: F401

engine = sa.create_engine(sys.argv[1])
model_base.MistralModelBase.metadata.create_all(engine)
# the one row a migration inserts (042/044): without it the API refuses every write
# ("Current Mistral state is None")
metrics = models.MistralMetrics.__table__
with engine.begin() as conn:
    if conn.execute(sa.select(metrics.c.id).where(metrics.c.id == 1)).first() is None:
        conn.execute(metrics.insert().values(id=1, name="maintenance_status", value="RUNNING"))
engine.dispose()
