"""Run INSIDE the cloud venv: create Octavia's schema on sqlite.

Octavia's alembic migrations stop on sqlite (its second migration alters a
constraint, which sqlite cannot do), so, as Octavia's own functional DB tests
do, the tables are created from its models' metadata and the lookup tables
(statuses, protocols, algorithms, ...) and the DELETED placeholders are
seeded; octavia.py then runs ``octavia-db-manage stamp head``.  Idempotent:
existing tables and rows are left alone.

Usage: python _octavia_schema.py sqlite:////path/octavia.db
"""

import sys

import sqlalchemy as sa  # type: ignore[import-not-found,unused-ignore]
from octavia.common import constants  # type: ignore[import-not-found,unused-ignore]
from octavia.db import base_models, models  # type: ignore[import-not-found,unused-ignore]
from sqlalchemy import orm  # type: ignore[import-not-found,unused-ignore]

LOOKUPS = (
    (constants.SUPPORTED_PROVISIONING_STATUSES, models.ProvisioningStatus),
    (constants.SUPPORTED_HEALTH_MONITOR_TYPES, models.HealthMonitorType),
    (constants.SUPPORTED_LB_ALGORITHMS, models.Algorithm),
    (constants.SUPPORTED_PROTOCOLS, models.Protocol),
    (constants.SUPPORTED_OPERATING_STATUSES, models.OperatingStatus),
    (constants.SUPPORTED_SP_TYPES, models.SessionPersistenceType),
    (constants.SUPPORTED_AMPHORA_ROLES, models.AmphoraRoles),
    (constants.SUPPORTED_LB_TOPOLOGIES, models.LBTopology),
    (constants.SUPPORTED_VRRP_AUTH, models.VRRPAuthMethod),
    (constants.SUPPORTED_L7RULE_TYPES, models.L7RuleType),
    (constants.SUPPORTED_L7RULE_COMPARE_TYPES, models.L7RuleCompareType),
    (constants.SUPPORTED_L7POLICY_ACTIONS, models.L7PolicyAction),
    (constants.SUPPORTED_CLIENT_AUTH_MODES, models.ClientAuthenticationMode),
)

engine = sa.create_engine(sys.argv[1])
base_models.BASE.metadata.create_all(engine)
with orm.Session(engine) as session, session.begin():
    for names, model in LOOKUPS:
        have = {row.name for row in session.query(model)}
        session.add_all(model(name=n) for n in names if n not in have)
    nil = constants.NIL_UUID
    if session.get(models.FlavorProfile, nil) is None:
        session.add(
            models.FlavorProfile(
                id=nil,
                name="DELETED-PLACEHOLDER",
                provider_name=constants.DELETED,
                flavor_data="{}",
            )
        )
        session.flush()
        session.add(
            models.Flavor(
                id=nil,
                flavor_profile_id=nil,
                name="DELETED-PLACEHOLDER",
                enabled=False,
                description="Placeholder for DELETED LBs",
            )
        )
    if session.get(models.AvailabilityZoneProfile, nil) is None:
        session.add(
            models.AvailabilityZoneProfile(
                id=nil,
                name="DELETED-PLACEHOLDER",
                provider_name=constants.DELETED,
                availability_zone_data="{}",
            )
        )
        session.flush()
        session.add(
            models.AvailabilityZone(
                availability_zone_profile_id=nil,
                name=nil,
                enabled=False,
                description="Placeholder for DELETED LBs",
            )
        )
engine.dispose()
