"""Record sets: CRUD in a zone, the waiter, paging in a zone and across zones, managed records."""

from __future__ import annotations

import pytest

from stacksdk.dns.v2 import recordsets, zones
from stacksdk.runtime import ServiceClient, errors
from tests.integration.dns.conftest import POLL_S, WAIT_S, MakeZone
from tests.integration.helpers import Unique, present


def test_recordset_lifecycle(dns: ServiceClient, make_zone: MakeZone) -> None:
    zone = make_zone()
    name = f"www.{zone.name}"
    created = recordsets.create(
        dns,
        zone.id,
        recordsets.CreateOpts(name=name, type="A", records=["192.0.2.1", "192.0.2.2"], ttl=300),
    ).extract()
    assert created.status == "PENDING" and created.action == "CREATE"
    assert created.zone_id == zone.id and created.zone_name == zone.name
    active = recordsets.wait_for_status(
        dns, zone.id, created.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S
    )
    assert sorted(present(active.records)) == ["192.0.2.1", "192.0.2.2"]

    got = recordsets.get(dns, zone.id, created.id).extract()
    assert got.name == name and got.type == "A" and got.ttl == 300
    # the id alone finds its address below the zone (the server answers with a redirect)
    where = recordsets.locate(dns, created.id).extract()
    assert where is not None
    assert where.endswith(f"/v2/zones/{zone.id}/recordsets/{created.id}")
    assert recordsets.find(dns, zone.id, name).id == created.id

    updated = recordsets.update(
        dns,
        zone.id,
        created.id,
        recordsets.UpdateOpts(records=["192.0.2.3"], ttl=None, description="one"),
    ).extract()
    assert updated.action == "UPDATE"
    after = recordsets.wait_for_status(
        dns, zone.id, created.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S
    )
    assert after.records == ["192.0.2.3"] and after.ttl is None and after.description == "one"

    # the zone's serial moved with the change
    assert present(zones.get(dns, zone.id).extract().serial) > present(zone.serial)

    deleting = recordsets.delete(dns, zone.id, created.id).extract()
    assert deleting.action == "DELETE"
    recordsets.wait_for_delete(dns, zone.id, created.id, timeout=WAIT_S, interval=POLL_S)
    with pytest.raises(errors.NotFound):
        recordsets.get(dns, zone.id, created.id)


def test_recordset_paging_in_a_zone_and_across_zones(
    dns: ServiceClient, make_zone: MakeZone, unique: Unique
) -> None:
    first, second = make_zone(), make_zone()
    label = unique("pg")
    made = []
    for zone in (first, second):
        for n in range(3):
            made.append(
                recordsets.create(
                    dns,
                    zone.id,
                    recordsets.CreateOpts(
                        name=f"{label}{n}.{zone.name}", type="TXT", records=[f'"{n}"']
                    ),
                ).extract()
            )
    # one zone: its SOA and NS record sets and ours, two at a time
    pages = list(recordsets.list(dns, first.id, recordsets.ListOpts(limit=2)).pages())
    assert [len(p.extract()) for p in pages] == [2, 2, 1]
    assert pages[0].total == 5
    types = sorted(r.type for p in pages for r in p.extract())
    assert types == ["NS", "SOA", "TXT", "TXT", "TXT"]
    # every zone: a name filter with a wildcard, paged two at a time
    across = list(recordsets.list_all(dns, recordsets.ListOpts(name=f"{label}*", limit=2)).pages())
    # the third page is full, so Designate links a fourth (empty) one
    assert [len(p.extract()) for p in across] == [2, 2, 2, 0]
    assert {r.id for p in across for r in p.extract()} == {r.id for r in made}
    assert {r.zone_id for p in across for r in p.extract()} == {first.id, second.id}
    # filters: type and data
    txt = list(recordsets.list(dns, first.id, recordsets.ListOpts(type="TXT", data='"1"')))
    assert [r.name for r in txt] == [f"{label}1.{first.name}"]


def test_managed_records_need_the_header(dns: ServiceClient, make_zone: MakeZone) -> None:
    """Designate manages a zone's SOA and apex NS record sets: without the header the
    change is refused as managed; with it, the check passes and the more specific rule
    for these two record sets refuses it (so the header did reach the server)."""
    zone = make_zone()
    for rtype, specific in (("SOA", "SOA recordsets"), ("NS", "root zone NS record")):
        (managed,) = recordsets.list(dns, zone.id, recordsets.ListOpts(type=rtype))
        plain = recordsets.UpdateOpts(ttl=700)
        with pytest.raises(errors.BadRequest) as refused:
            recordsets.update(dns, zone.id, managed.id, plain)
        assert "Managed records may not be updated" in str(refused.value)
        edit = recordsets.UpdateOpts(ttl=700, edit_managed_records=True)
        with pytest.raises(errors.BadRequest) as refused:
            recordsets.update(dns, zone.id, managed.id, edit)
        assert specific in str(refused.value)


def test_recordset_errors(dns: ServiceClient, make_zone: MakeZone) -> None:
    zone = make_zone()
    opts = recordsets.CreateOpts(name=f"a.{zone.name}", type="A", records=["192.0.2.9"])
    recordsets.create(dns, zone.id, opts)
    with pytest.raises(errors.Conflict):
        recordsets.create(dns, zone.id, opts)
    with pytest.raises(errors.BadRequest):  # not an IPv4 address
        recordsets.create(
            dns, zone.id, recordsets.CreateOpts(name=f"b.{zone.name}", type="A", records=["nope"])
        )
    with pytest.raises(errors.BadRequest):  # outside the zone
        recordsets.create(
            dns,
            zone.id,
            recordsets.CreateOpts(name="c.elsewhere.org.", type="A", records=["192.0.2.1"]),
        )
    with pytest.raises(errors.NotFound):
        recordsets.get(dns, zone.id, "1f2d3c4b-0000-4000-8000-000000000000")
