"""Administrative resources: TLDs, TSIG keys, blacklists, pools, quotas, limits, service statuses."""

from __future__ import annotations

import pytest

from stacksdk.dns.v2 import (
    blacklists,
    limits,
    pools,
    quotas,
    service_statuses,
    tlds,
    tsigkeys,
    zones,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.dns.conftest import MakeZone, zone_name
from tests.integration.helpers import Cleanup, Unique, present

DEFAULT_POOL = "794ccc2c-d751-44fe-b57f-8894c9f5c842"


def test_tlds(
    dns: ServiceClient, demo_dns: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    names = [unique("tld") for _ in range(3)]
    made = []
    for name in names:
        tld = tlds.create(dns, tlds.CreateOpts(name=name, description="test")).extract()
        cleanup(lambda tld_id=tld.id: tlds.delete(dns, tld_id))
        made.append(tld)
    assert made[0].name == names[0] and made[0].description == "test"
    assert tlds.get(dns, made[0].id).extract().name == names[0]
    assert tlds.find(dns, names[1]).id == made[1].id
    pages = list(tlds.list(dns, tlds.ListOpts(limit=2, sort_key="name")).pages())
    seen = [t.name for p in pages for t in p.extract()]
    assert set(names) <= set(seen) and len(pages) >= 2
    changed = tlds.update(dns, made[0].id, tlds.UpdateOpts(description=None)).extract()
    assert changed.description is None
    with pytest.raises(errors.Conflict):
        tlds.create(dns, tlds.CreateOpts(name=names[0]))
    with pytest.raises(errors.Forbidden):
        tlds.create(demo_dns, tlds.CreateOpts(name=unique("tld")))
    tlds.delete(dns, made[2].id)
    with pytest.raises(errors.NotFound):
        tlds.get(dns, made[2].id)


def test_tsigkeys(dns: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    secret = "c2VjcmV0LWtleS1mb3ItdGVzdHM="
    key = tsigkeys.create(
        dns,
        tsigkeys.CreateOpts(
            name=unique("key"),
            algorithm="hmac-sha256",
            secret=secret,
            scope="POOL",
            resource_id=DEFAULT_POOL,
        ),
    ).extract()
    cleanup(lambda: tsigkeys.delete(dns, key.id))
    assert key.secret == secret and key.scope == "POOL" and key.resource_id == DEFAULT_POOL
    assert secret not in repr(key)  # sensitive: masked in every repr
    got = tsigkeys.get(dns, key.id).extract()
    assert got.algorithm == "hmac-sha256"
    listed = list(tsigkeys.list(dns, tsigkeys.ListOpts(name=key.name)))
    assert [k.id for k in listed] == [key.id]
    assert [
        k.id for k in tsigkeys.list(dns, tsigkeys.ListOpts(scope="ZONE")) if k.id == key.id
    ] == []
    renamed = tsigkeys.update(
        dns, key.id, tsigkeys.UpdateOpts(name=unique("key"), algorithm="hmac-sha512")
    ).extract()
    assert renamed.algorithm == "hmac-sha512" and renamed.name != key.name
    with pytest.raises(errors.BadRequest):
        tsigkeys.create(
            dns,
            tsigkeys.CreateOpts(
                name=unique("key"),
                algorithm="hmac-sha256",
                secret=secret,
                scope="POOL",
                resource_id="nope",
            ),
        )
    tsigkeys.delete(dns, key.id)
    with pytest.raises(errors.NotFound):
        tsigkeys.get(dns, key.id)


def test_blacklists(
    dns: ServiceClient,
    demo_dns: ServiceClient,
    unique: Unique,
    cleanup: Cleanup,
    make_zone: MakeZone,
) -> None:
    label = unique("bl")
    entry = blacklists.create(
        dns, blacklists.CreateOpts(pattern=f"^{label}\\.example\\.org\\.$", description="no")
    ).extract()
    cleanup(lambda: blacklists.delete(dns, entry.id))
    assert blacklists.get(dns, entry.id).extract().pattern == entry.pattern
    assert [b.id for b in blacklists.list(dns, blacklists.ListOpts(pattern=entry.pattern))] == [
        entry.id
    ]
    # a member may not create a zone it matches; an admin may
    with pytest.raises(errors.BadRequest) as refused:
        zones.create(
            demo_dns, zones.CreateOpts(name=f"{label}.example.org.", email="a@example.org")
        )
    assert "blacklist" in str(refused.value).lower()
    assert make_zone(name=f"{label}.example.org.").status == "ACTIVE"
    changed = blacklists.update(
        dns, entry.id, blacklists.UpdateOpts(description="changed")
    ).extract()
    assert changed.description == "changed"
    with pytest.raises(errors.Forbidden):
        list(blacklists.list(demo_dns))
    blacklists.delete(dns, entry.id)
    with pytest.raises(errors.NotFound):
        blacklists.get(dns, entry.id)


def test_pools(dns: ServiceClient) -> None:
    found = list(pools.list(dns))
    assert [p.id for p in found] == [DEFAULT_POOL]
    pool = pools.get(dns, DEFAULT_POOL).extract()
    assert pool.name == "default"
    assert [(r.hostname, r.priority) for r in present(pool.ns_records)] == [
        ("ns1.localcloud.test.", 1)
    ]
    assert pools.find(dns, "default").id == DEFAULT_POOL
    with pytest.raises(errors.NotFound):
        pools.get(dns, "1f2d3c4b-0000-4000-8000-000000000000")


def test_quotas(
    dns: ServiceClient, demo_dns: ServiceClient, project_ids: dict[str, str], unique: Unique
) -> None:
    demo = project_ids["demo"]
    own = quotas.get_own(demo_dns).extract()
    assert own.zones == 10 and own.recordset_records == 20
    admin_view = quotas.GetOpts(all_projects=True)
    assert quotas.get(dns, demo, admin_view).extract() == own
    try:
        changed = quotas.update(
            dns, demo, quotas.UpdateOpts(zones=1, zone_records=300, all_projects=True)
        ).extract()
        assert changed.zones == 1 and changed.zone_records == 300 and changed.zone_recordsets == 500
        assert quotas.get_own(demo_dns).extract().zones == 1
        assert limits.get(demo_dns).extract().max_zones == 1
        # the demo project may now own one zone
        first = zones.create(
            demo_dns, zones.CreateOpts(name=zone_name(unique), email="a@example.org")
        ).extract()
        try:
            with pytest.raises(errors.RequestEntityTooLarge):
                zones.create(
                    demo_dns, zones.CreateOpts(name=zone_name(unique), email="a@example.org")
                )
        finally:
            zones.delete(dns, first.id, zones.DeleteOpts(all_projects=True))
        with pytest.raises(errors.Forbidden):
            quotas.update(demo_dns, demo, quotas.UpdateOpts(zones=100))
    finally:
        quotas.delete(dns, demo, admin_view)
    assert quotas.get_own(demo_dns).extract().zones == 10


def test_limits(demo_dns: ServiceClient) -> None:
    got = limits.get(demo_dns).extract()
    assert got.max_page_limit == 1000 and got.max_zone_name_length == 255
    assert got.max_zones == 10


def test_service_statuses(dns: ServiceClient) -> None:
    found = list(service_statuses.list(dns))
    by_name = {s.service_name: s for s in found}
    # every service this cloud runs reports its heartbeat
    assert {"api", "central", "worker", "mdns"} <= set(by_name)
    assert all(s.status == "UP" and s.hostname == "localcloud" for s in by_name.values())
    central = service_statuses.get(dns, by_name["central"].id).extract()
    assert central.service_name == "central" and central.heartbeated_at is not None
    only = list(service_statuses.list(dns, service_statuses.ListOpts(service_name="worker")))
    assert {s.service_name for s in only} == {"worker"}
