"""EVS v2 snapshots: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

from stacksdk.huaweicloud.evs.v2 import snapshots
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

SNAPSHOT_ID = "2b7c9e10-4d3f-4a8b-b6c5-0e1f2a3b4c5d"
OTHER_ID = "8f7e6d5c-4b3a-4291-8f0e-1d2c3b4a5f6e"
VOLUME_ID = "6d2f8a41-0b7c-4e3d-9f15-2a8c6e4b1d07"


def snapshot_body(**changes: object) -> dict[str, object]:
    """A snapshot as the API reference shows one (values of our own)."""
    snapshot: dict[str, object] = {
        "id": SNAPSHOT_ID,
        "name": "data-01-before-upgrade",
        "description": "taken before the upgrade",
        "status": "available",
        "size": 100,
        "volume_id": VOLUME_ID,
        "metadata": {"owner": "ops"},
        "created_at": "2024-05-06T09:00:00.000001",
        "updated_at": "2024-05-06T09:00:05.000002",
        "os-extended-snapshot-attributes:project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "os-extended-snapshot-attributes:progress": "100%",
        "service_type": "EVS",
        "dedicated_storage_id": None,
        "dedicated_storage_name": None,
    }
    snapshot.update(changes)
    return snapshot


def test_create(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(202, {"snapshot": snapshot_body(status="creating", updated_at=None)})
    opts = snapshots.CreateOpts(
        volume_id=VOLUME_ID,
        name="data-01-before-upgrade",
        description="taken before the upgrade",
        metadata={"owner": "ops"},
        force=True,
    )
    got = snapshots.create(v2, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v2/{hw.project_id}/cloudsnapshots"
    assert req.json() == {
        "snapshot": {
            "name": "data-01-before-upgrade",
            "description": "taken before the upgrade",
            "volume_id": VOLUME_ID,
            "metadata": {"owner": "ops"},
            "force": True,
        }
    }
    assert got.id == SNAPSHOT_ID and got.status == "creating" and got.updated_at is None


def test_get(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"snapshot": snapshot_body()})
    got = snapshots.get(v2, SNAPSHOT_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v2/{hw.project_id}/cloudsnapshots/{SNAPSHOT_ID}"
    assert got.volume_id == VOLUME_ID and got.size == 100 and got.progress == "100%"
    assert got.project_id == "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    assert got.created_at == datetime.datetime(2024, 5, 6, 9, 0, 0, 1, tzinfo=datetime.timezone.utc)


def test_list_pages_by_offset(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(
        200, {"count": 3, "snapshots": [snapshot_body(), snapshot_body(id=OTHER_ID, name="b")]}
    )
    hw.reply(200, {"count": 3, "snapshots": [snapshot_body(id="third", name="c")]})
    pages = list(snapshots.list(v2, snapshots.ListOpts(volume_id=VOLUME_ID, limit=2)).pages())
    first, second = hw.api_requests[-2:]
    assert first.method == "GET" and first.path == f"/v2/{hw.project_id}/cloudsnapshots/detail"
    assert sorted(first.query) == [("limit", "2"), ("volume_id", VOLUME_ID)]
    assert second.q("offset") == "2"
    assert [p.total for p in pages] == [3, 3]
    assert [s.id for p in pages for s in snapshots.extract_snapshots(p)] == [
        SNAPSHOT_ID,
        OTHER_ID,
        "third",
    ]


def test_update(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"snapshot": snapshot_body(name="kept", description="keep for a year")})
    opts = snapshots.UpdateOpts(name="kept", description="keep for a year")
    got = snapshots.update(v2, SNAPSHOT_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v2/{hw.project_id}/cloudsnapshots/{SNAPSHOT_ID}"
    assert req.json() == {"snapshot": {"name": "kept", "description": "keep for a year"}}
    assert got.name == "kept"


def test_delete(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(202)
    snapshots.delete(v2, SNAPSHOT_ID).extract()
    req = hw.api_requests[-1]
    assert (
        req.method == "DELETE" and req.path == f"/v2/{hw.project_id}/cloudsnapshots/{SNAPSHOT_ID}"
    )


def test_rollback(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(202, {"rollback": {"volume_id": VOLUME_ID}})
    opts = snapshots.RollbackOpts(volume_id=VOLUME_ID, name="data-01-restored")
    got = snapshots.rollback(v2, SNAPSHOT_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST"
    assert req.path == f"/v2/{hw.project_id}/cloudsnapshots/{SNAPSHOT_ID}/rollback"
    assert req.json() == {"rollback": {"volume_id": VOLUME_ID, "name": "data-01-restored"}}
    assert got.volume_id == VOLUME_ID


def test_wait_for_delete_ends_on_404(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"snapshot": snapshot_body(status="deleting")})
    hw.reply(404, {"error": {"code": "EVS.2000", "message": "snapshot not found"}})
    snapshots.wait_for_delete(v2, SNAPSHOT_ID, timeout=30, interval=0)
    assert [r.path for r in hw.api_requests] == [
        f"/v2/{hw.project_id}/cloudsnapshots/{SNAPSHOT_ID}"
    ] * 2
