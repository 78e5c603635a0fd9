"""Zone tasks: transfers between projects, export, import, sharing, xfr."""

from __future__ import annotations

import time

import pytest

from stacksdk.dns.v2 import (
    recordsets,
    zone_exports,
    zone_imports,
    zone_shares,
    zone_transfer_accepts,
    zone_transfer_requests,
    zones,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.dns.conftest import POLL_S, WAIT_S, MakeZone, zone_name
from tests.integration.helpers import Cleanup, Unique, present

DEFAULT_POOL = "794ccc2c-d751-44fe-b57f-8894c9f5c842"


def test_transfer_a_zone_to_another_project(
    dns: ServiceClient, demo_dns: ServiceClient, make_zone: MakeZone, project_ids: dict[str, str]
) -> None:
    zone = make_zone(client=demo_dns)
    offer = zone_transfer_requests.create(
        demo_dns,
        zone.id,
        zone_transfer_requests.CreateOpts(
            target_project_id=project_ids["admin"], description="take it"
        ),
    ).extract()
    assert offer.zone_id == zone.id and offer.zone_name == zone.name
    assert offer.status == "ACTIVE" and offer.key
    assert present(offer.key) not in repr(offer)  # the key is a secret
    assert zone_transfer_requests.get(dns, offer.id).extract().zone_id == zone.id
    assert offer.id in {r.id for r in zone_transfer_requests.list(demo_dns)}
    changed = zone_transfer_requests.update(
        demo_dns, offer.id, zone_transfer_requests.UpdateOpts(description="changed")
    ).extract()
    assert changed.description == "changed"

    with pytest.raises(errors.Forbidden):  # a wrong key
        zone_transfer_accepts.create(
            dns,
            zone_transfer_accepts.CreateOpts(zone_transfer_request_id=offer.id, key="WRONGKEY"),
        )
    accepted = zone_transfer_accepts.create(
        dns,
        zone_transfer_accepts.CreateOpts(zone_transfer_request_id=offer.id, key=present(offer.key)),
    ).extract()
    assert accepted.status == "COMPLETE" and accepted.zone_id == zone.id
    assert present(accepted.links).zone.endswith(f"/v2/zones/{zone.id}")
    assert (
        zone_transfer_accepts.get(dns, accepted.id).extract().zone_transfer_request_id == offer.id
    )
    assert accepted.id in {a.id for a in zone_transfer_accepts.list(dns)}
    moved = zones.get(dns, zone.id).extract()
    assert moved.project_id == project_ids["admin"]
    assert zone_transfer_requests.get(dns, offer.id).extract().status == "COMPLETE"


def test_transfer_request_update_and_delete(
    demo_dns: ServiceClient, make_zone: MakeZone, project_ids: dict[str, str]
) -> None:
    zone = make_zone(client=demo_dns)
    offer = zone_transfer_requests.create(demo_dns, zone.id).extract()
    assert offer.target_project_id is None  # any project may accept it
    # a target may be set while there is none, but not changed
    scoped = zone_transfer_requests.update(
        demo_dns,
        offer.id,
        zone_transfer_requests.UpdateOpts(target_project_id=project_ids["admin"]),
    ).extract()
    assert scoped.target_project_id == project_ids["admin"]
    with pytest.raises(errors.BadRequest):
        zone_transfer_requests.update(
            demo_dns,
            offer.id,
            zone_transfer_requests.UpdateOpts(target_project_id=project_ids["demo"]),
        )
    zone_transfer_requests.delete(demo_dns, offer.id)
    with pytest.raises(errors.NotFound):
        zone_transfer_requests.get(demo_dns, offer.id)


def test_export_a_zone(dns: ServiceClient, make_zone: MakeZone) -> None:
    zone = make_zone()
    recordsets.create(
        dns,
        zone.id,
        recordsets.CreateOpts(name=f"www.{zone.name}", type="A", records=["192.0.2.7"]),
    )
    started = zone_exports.create(dns, zone.id).extract()
    assert started.zone_id == zone.id
    done = zone_exports.wait_for_status(
        dns, started.id, "COMPLETE", timeout=WAIT_S, interval=POLL_S
    )
    assert done.location == f"designate://v2/zones/tasks/exports/{started.id}/export"
    assert started.id in {
        e.id for e in zone_exports.list(dns, zone_exports.ListOpts(zone_id=zone.id))
    }
    text = (
        zone_exports.download(dns, started.id, zone_exports.DownloadOpts(accept="text/dns"))
        .extract()
        .decode()
    )
    assert f"$ORIGIN {zone.name}" in text
    assert "IN SOA ns1.localcloud.test." in text and "192.0.2.7" in text
    zone_exports.delete(dns, started.id)
    with pytest.raises(errors.NotFound):
        zone_exports.get(dns, started.id)


def test_import_a_zone(dns: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = zone_name(unique, "imp")
    text = (
        f"$ORIGIN {name}\n$TTL 300\n"
        f"@ IN SOA ns1.localcloud.test. hostmaster.{name} 1 3600 600 86400 300\n"
        "@ IN NS ns1.localcloud.test.\n"
        "www IN A 192.0.2.10\n"
        'txt IN TXT "imported"\n'
    )
    started = zone_imports.import_zone(dns, text.encode()).extract()
    done = zone_imports.wait_for_status(
        dns, started.id, "COMPLETE", timeout=WAIT_S, interval=POLL_S
    )
    zone_id = present(done.zone_id)
    cleanup(lambda: zones.delete(dns, zone_id))
    assert done.message == f"{name} imported"
    assert zones.get(dns, zone_id).extract().name == name
    www = list(recordsets.list(dns, zone_id, recordsets.ListOpts(name=f"www.{name}")))
    assert [r.records for r in www] == [["192.0.2.10"]]
    assert started.id in {
        i.id for i in zone_imports.list(dns, zone_imports.ListOpts(status="COMPLETE"))
    }
    zone_imports.delete(dns, started.id)
    with pytest.raises(errors.NotFound):
        zone_imports.get(dns, started.id)


def test_import_a_zone_from_json(dns: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = zone_name(unique, "json")
    text = (
        f"$ORIGIN {name}\n$TTL 300\n"
        f"@ IN SOA ns1.localcloud.test. hostmaster.{name} 1 3600 600 86400 300\n"
        "@ IN NS ns1.localcloud.test.\n"
        "www IN A 192.0.2.11\n"
    )
    opts = zone_imports.ImportJsonOpts(zonefile=text, attributes={"pool_id": DEFAULT_POOL})
    started = zone_imports.import_json(dns, opts).extract()
    done = zone_imports.wait_for_status(
        dns, started.id, "COMPLETE", timeout=WAIT_S, interval=POLL_S
    )
    zone_id = present(done.zone_id)
    cleanup(lambda: zones.delete(dns, zone_id))
    made = zones.get(dns, zone_id).extract()
    assert made.name == name and made.pool_id == DEFAULT_POOL
    zone_imports.delete(dns, started.id)


def test_import_of_a_bad_file_fails(dns: ServiceClient) -> None:
    started = zone_imports.import_zone(dns, b"this is not a zone file\n").extract()
    deadline = time.monotonic() + WAIT_S
    while (got := zone_imports.get(dns, started.id).extract()).status == "PENDING":
        assert time.monotonic() < deadline
        time.sleep(POLL_S)
    assert got.status == "ERROR" and got.message
    with pytest.raises(errors.WaitFailed):
        zone_imports.wait_for_status(dns, started.id, "COMPLETE", timeout=WAIT_S, interval=POLL_S)
    zone_imports.delete(dns, started.id)


def test_share_a_zone(
    dns: ServiceClient, demo_dns: ServiceClient, make_zone: MakeZone, project_ids: dict[str, str]
) -> None:
    zone = make_zone()
    with pytest.raises(errors.NotFound):
        zones.get(demo_dns, zone.id)
    share = zone_shares.create(
        dns, zone.id, zone_shares.CreateOpts(target_project_id=project_ids["demo"])
    ).extract()
    assert share.zone_id == zone.id and share.target_project_id == project_ids["demo"]
    assert zone_shares.get(dns, zone.id, share.id).extract().id == share.id
    listed = list(
        zone_shares.list(dns, zone.id, zone_shares.ListOpts(target_project_id=project_ids["demo"]))
    )
    assert [s.id for s in listed] == [share.id]
    # the demo project now sees the zone and may add record sets to it
    seen = zones.get(demo_dns, zone.id).extract()
    assert seen.shared is True
    made = recordsets.create(
        demo_dns,
        zone.id,
        recordsets.CreateOpts(name=f"demo.{zone.name}", type="A", records=["192.0.2.5"]),
    ).extract()
    assert made.zone_id == zone.id
    # a shared zone is deleted only together with its shares
    with pytest.raises(errors.BadRequest):
        zones.delete(dns, zone.id)
    recordsets.delete(demo_dns, zone.id, made.id)
    recordsets.wait_for_delete(demo_dns, zone.id, made.id, timeout=WAIT_S, interval=POLL_S)
    zone_shares.delete(dns, zone.id, share.id)
    with pytest.raises(errors.NotFound):
        zones.get(demo_dns, zone.id)


def test_delete_shares_header(
    dns: ServiceClient, unique: Unique, project_ids: dict[str, str]
) -> None:
    zone = zones.create(
        dns, zones.CreateOpts(name=zone_name(unique), email="a@example.org")
    ).extract()
    zone_shares.create(dns, zone.id, zone_shares.CreateOpts(target_project_id=project_ids["demo"]))
    deleting = zones.delete(dns, zone.id, zones.DeleteOpts(delete_shares=True)).extract()
    assert deleting.action == "DELETE"
    zones.wait_for_delete(dns, zone.id, timeout=WAIT_S, interval=POLL_S)


def test_xfr_needs_a_secondary_zone(dns: ServiceClient, make_zone: MakeZone) -> None:
    zone = make_zone()
    with pytest.raises(errors.BadRequest):
        zones.xfr(dns, zone.id)
