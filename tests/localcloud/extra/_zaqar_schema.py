"""Create Zaqar's management-store schema in a sqlite file from its table
definitions (run INSIDE the cloud venv: ``python _zaqar_schema.py sqlite:///...``).

zaqar-sql-db-manage's migrations use MySQL's ``ALTER TABLE ... CHANGE COLUMN``,
which sqlite refuses; the tables of zaqar.storage.sqlalchemy.tables are the
schema those migrations end with, and the database is stamped head afterwards.
"""

import sys

import sqlalchemy as sa
from zaqar.storage.sqlalchemy import tables

engine = sa.create_engine(sys.argv[1])
tables.metadata.create_all(engine)
engine.dispose()
