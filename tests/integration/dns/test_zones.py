"""Zones: CRUD, the PENDING -> ACTIVE waiter, paging, find, errors, project headers."""

from __future__ import annotations

import pytest

from stacksdk.dns.v2 import zones
from stacksdk.runtime import ServiceClient, errors
from tests.integration.dns.conftest import POLL_S, WAIT_S, MakeZone, zone_name
from tests.integration.helpers import Cleanup, Unique, present


def test_zone_lifecycle(dns: ServiceClient, unique: Unique) -> None:
    name = zone_name(unique)
    created = zones.create(
        dns,
        zones.CreateOpts(name=name, email="admin@example.org", ttl=600, description="first"),
    ).extract()
    assert created.status == "PENDING" and created.action == "CREATE"
    assert created.name == name and created.type == "PRIMARY"

    active = zones.wait_for_status(dns, created.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert active.action == "NONE"
    assert active.ttl == 600 and active.description == "first"
    assert active.pool_id and active.project_id and present(active.serial) > 0
    assert present(active.links).self.endswith(f"/v2/zones/{created.id}")

    got = zones.get(dns, created.id).extract()
    assert got.id == created.id and got.email == "admin@example.org"
    assert zones.find(dns, name).id == created.id

    listed = list(zones.list(dns, zones.ListOpts(name=name)))
    assert [z.id for z in listed] == [created.id]

    updated = zones.update(dns, created.id, zones.UpdateOpts(ttl=900, description=None)).extract()
    assert updated.action == "UPDATE" and updated.ttl == 900
    after = zones.wait_for_status(dns, created.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert after.description is None
    assert present(after.serial) > present(active.serial)
    assert present(after.version) > present(active.version)

    servers = zones.list_nameservers(dns, created.id).extract()
    assert [s.hostname for s in servers] == ["ns1.localcloud.test."]

    deleting = zones.delete(dns, created.id).extract()
    assert deleting.id == created.id and deleting.action == "DELETE"
    zones.wait_for_delete(dns, created.id, timeout=WAIT_S, interval=POLL_S)
    with pytest.raises(errors.NotFound):
        zones.get(dns, created.id)


def test_zone_paging_and_filters(dns: ServiceClient, make_zone: MakeZone, unique: Unique) -> None:
    stem = unique("pg")
    made = [make_zone(name=f"{stem}{n}.example.org.", ttl=1200 + n) for n in range(5)]
    wanted = {z.id for z in made}
    pages = list(zones.list(dns, zones.ListOpts(limit=2, name=f"{stem}*")).pages())
    assert [len(p.extract()) for p in pages] == [2, 2, 1]
    assert pages[0].total == 5
    assert {z.id for p in pages for z in p.extract()} == wanted
    # sorted by name, descending
    names = [
        z.name
        for z in zones.list(dns, zones.ListOpts(name=f"{stem}*", sort_key="name", sort_dir="desc"))
    ]
    assert names == sorted((z.name for z in made), reverse=True)
    assert [z.ttl for z in zones.list(dns, zones.ListOpts(ttl=1202))] == [1202]


def test_zone_errors(dns: ServiceClient, make_zone: MakeZone) -> None:
    zone = make_zone()
    with pytest.raises(errors.Conflict) as conflict:
        zones.create(dns, zones.CreateOpts(name=zone.name, email="x@example.org"))
    assert conflict.value.status == 409
    with pytest.raises(errors.NotFound):
        zones.get(dns, "1f2d3c4b-0000-4000-8000-000000000000")
    with pytest.raises(errors.BadRequest):  # not a fully qualified name
        zones.create(
            dns, zones.CreateOpts(name="no-trailing-dot.example.org", email="x@example.org")
        )
    with pytest.raises(errors.BadRequest):  # a zone id must be a UUID
        zones.update(dns, "not-a-uuid", zones.UpdateOpts(ttl=300))
    with pytest.raises(errors.ResourceNotFound):
        zones.find(dns, "never-made.example.org.")


def test_all_projects_and_sudo_headers(
    dns: ServiceClient, demo_dns: ServiceClient, make_zone: MakeZone, project_ids: dict[str, str]
) -> None:
    theirs = make_zone(client=demo_dns)
    assert theirs.project_id == project_ids["demo"]
    # admin's own project does not hold it ...
    assert theirs.id not in {z.id for z in zones.list(dns, zones.ListOpts(name=theirs.name))}
    with pytest.raises(errors.NotFound):
        zones.get(dns, theirs.id)
    # ... every project's listing does, and so does acting as demo
    every = zones.list(dns, zones.ListOpts(name=theirs.name, all_projects=True))
    assert [z.id for z in every] == [theirs.id]
    assert zones.get(dns, theirs.id, zones.GetOpts(all_projects=True)).extract().id == theirs.id
    sudo = zones.GetOpts(sudo_project_id=project_ids["demo"])
    assert zones.get(dns, theirs.id, sudo).extract().project_id == project_ids["demo"]
    # a member may not look into other projects
    mine = make_zone()
    with pytest.raises(errors.Forbidden):
        list(zones.list(demo_dns, zones.ListOpts(all_projects=True)))
    with pytest.raises(errors.NotFound):
        zones.get(demo_dns, mine.id)


def test_abandon(dns: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    zone = zones.create(
        dns, zones.CreateOpts(name=zone_name(unique), email="a@example.org")
    ).extract()
    cleanup(lambda: zones.delete(dns, zone.id))
    zones.wait_for_status(dns, zone.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    zones.abandon(dns, zone.id).extract()
    # gone from Designate at once (no PENDING DELETE: the backends keep it)
    with pytest.raises(errors.NotFound):
        zones.get(dns, zone.id)


def test_pool_move_to_the_same_pool_is_refused(dns: ServiceClient, make_zone: MakeZone) -> None:
    zone = make_zone()
    with pytest.raises(errors.BadRequest):
        zones.pool_move(dns, zone.id, zones.PoolMoveOpts(pool_id=present(zone.pool_id)))
