"""Segments, hosts, notifications and vmoves against the local cloud's real Masakari.

Masakari's engine runs in the API process, so a notification is really processed:
one of a disabled segment is "ignored", a compute host failure runs the host recovery
workflow (it disables the host's nova-compute service through the real Nova API, finds
no instances to evacuate and ends "finished"). Hosts must be known to Nova (conftest).
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Iterator

import pytest

from stacksdk.instance_ha.v1 import hosts, notifications, segments, versions, vmoves
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Unique, present

from .conftest import ComputeHost

MakeSegment = Callable[..., segments.Segment]


@pytest.fixture
def make_segment(ha: ServiceClient, unique: Unique) -> Iterator[MakeSegment]:
    """Create segments (recovery "auto", service type COMPUTE unless told), deleted after the test."""
    made: list[str] = []

    def make(**kwargs: object) -> segments.Segment:
        fields: dict[str, object] = {
            "name": unique("seg"),
            "recovery_method": "auto",
            "service_type": "COMPUTE",
            **kwargs,
        }
        seg = segments.create(ha, segments.CreateOpts(**fields)).extract()  # type: ignore[arg-type]
        made.append(seg.uuid)
        return seg

    yield make
    for sid in reversed(made):
        try:
            segments.delete(ha, sid)
        except errors.NotFound:
            pass


def add_host(ha: ServiceClient, seg: segments.Segment, name: str, **kwargs: object) -> hosts.Host:
    opts = hosts.CreateOpts(name=name, type="COMPUTE", control_attributes="SSH", **kwargs)  # type: ignore[arg-type]
    return hosts.create(ha, seg.uuid, opts).extract()


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def test_versions_and_microversion(ha: ServiceClient) -> None:
    listed = list(versions.list(ha))
    assert [v.id for v in listed] == ["v1.0"]
    assert (listed[0].min_version, listed[0].version, listed[0].status) == ("1.0", "1.3", "CURRENT")
    v1 = versions.get_v1(ha).extract()
    assert v1.version == "1.3" and present(v1.media_types)[0].base == "application/json"
    assert ha.negotiate() == "1.3"
    result = segments.list(ha).all_pages()
    assert result is not None


def test_segment_crud_and_enabled_window(
    ha: ServiceClient, make_segment: MakeSegment, unique: Unique
) -> None:
    seg = make_segment(description="made by a test", enabled=False)
    assert seg.enabled is False and seg.recovery_method == "auto" and seg.deleted is False
    assert isinstance(seg.id, int) and uuid.UUID(seg.uuid)
    got = segments.get(ha, seg.uuid).extract()
    assert (got.name, got.description, got.service_type) == (seg.name, "made by a test", "COMPUTE")
    assert segments.find(ha, present(seg.name)).uuid == seg.uuid

    new_name = unique("seg-renamed")
    updated = segments.update(
        ha,
        seg.uuid,
        segments.UpdateOpts(name=new_name, recovery_method="reserved_host", enabled=True),
    ).extract()
    assert (updated.name, updated.recovery_method, updated.enabled) == (
        new_name,
        "reserved_host",
        True,
    )
    assert updated.updated_at is not None

    # enabled is 1.2+: the SDK refuses to send it to an older microversion
    with pytest.raises(errors.MicroversionError):
        segments.create(
            ha,
            segments.CreateOpts(
                name=unique("x"), recovery_method="auto", service_type="C", enabled=True
            ),
            microversion="1.1",
        )
    with pytest.raises(errors.MicroversionError):
        segments.update(ha, seg.uuid, segments.UpdateOpts(enabled=False), microversion="1.1")
    old = segments.update(ha, seg.uuid, segments.UpdateOpts(description=None), microversion="1.0")
    assert old.extract().description is None

    # a second segment of the same name is a conflict, an empty update a bad request
    with pytest.raises(errors.Conflict):
        make_segment(name=new_name)
    with pytest.raises(errors.BadRequest):
        segments.update(ha, seg.uuid, segments.UpdateOpts())

    segments.delete(ha, seg.uuid)
    with pytest.raises(errors.NotFound):
        segments.get(ha, seg.uuid)
    with pytest.raises(errors.NotFound):
        segments.delete(ha, seg.uuid)
    with pytest.raises(errors.ResourceNotFound):
        segments.find(ha, new_name)


def test_segment_list_filters_and_paging(ha: ServiceClient, make_segment: MakeSegment) -> None:
    stype = "T" + uuid.uuid4().hex[:8]
    a = make_segment(service_type=stype, recovery_method="rh_priority")
    b = make_segment(service_type=stype, enabled=False)
    c = make_segment(service_type=stype)
    mine = segments.ListOpts(service_type=stype, sort_key=["name"], sort_dir=["asc"])
    assert [s.uuid for s in segments.list(ha, mine)] == [
        s.uuid for s in sorted((a, b, c), key=lambda s: str(s.name))
    ]
    paged = segments.list(
        ha, segments.ListOpts(service_type=stype, limit=1, sort_key=["name"], sort_dir=["asc"])
    )
    pages = [page.extract_as(segments.Segment) for page in paged.pages()]
    assert [len(p) for p in pages] == [1, 1, 1, 0][: len(pages)] and len(pages) >= 3
    assert [p[0].uuid for p in pages[:3]] == [
        s.uuid for s in sorted((a, b, c), key=lambda s: str(s.name))
    ]

    only_rh = segments.list(
        ha, segments.ListOpts(service_type=stype, recovery_method="rh_priority")
    )
    assert [s.uuid for s in only_rh] == [a.uuid]
    disabled = segments.list(ha, segments.ListOpts(service_type=stype, enabled=0))
    assert [s.uuid for s in disabled] == [b.uuid]
    enabled = segments.list(ha, segments.ListOpts(service_type=stype, enabled=1))
    assert {s.uuid for s in enabled} == {a.uuid, c.uuid}
    with pytest.raises(errors.BadRequest):  # an unknown marker
        segments.list(ha, segments.ListOpts(marker=str(uuid.uuid4()))).all_pages()


def test_hosts(
    ha: ServiceClient, make_segment: MakeSegment, compute_host: ComputeHost, unique: Unique
) -> None:
    seg = make_segment()
    name1, name2 = compute_host(unique("cmp")), compute_host(unique("cmp"))

    # Nova is asked: a host it does not know is refused
    with pytest.raises(errors.BadRequest, match="could not be found"):
        add_host(ha, seg, unique("unknown"))

    h1 = add_host(ha, seg, name1)
    h2 = add_host(ha, seg, name2, reserved=True)
    assert (h1.name, h1.type, h1.control_attributes) == (name1, "COMPUTE", "SSH")
    assert h1.reserved is False and h1.on_maintenance is False and h2.reserved is True
    assert h1.failover_segment_id == seg.uuid and present(h1.failover_segment).uuid == seg.uuid
    with pytest.raises(errors.Conflict):  # the segment has it already
        add_host(ha, seg, name1)

    got = hosts.get(ha, seg.uuid, h1.uuid).extract()
    assert got.uuid == h1.uuid and got.name == name1
    assert hosts.find(ha, seg.uuid, name2).uuid == h2.uuid

    everything = hosts.ListOpts(sort_key=["name"], sort_dir=["asc"])
    assert [h.uuid for h in hosts.list(ha, seg.uuid, everything)] == [
        h.uuid for h in sorted((h1, h2), key=lambda h: str(h.name))
    ]
    pages = list(
        hosts.list(
            ha, seg.uuid, hosts.ListOpts(limit=1, sort_key=["name"], sort_dir=["asc"])
        ).pages()
    )
    assert [h.uuid for p in pages for h in p.extract_as(hosts.Host)] == [
        h.uuid for h in sorted((h1, h2), key=lambda h: str(h.name))
    ]
    assert [h.uuid for h in hosts.list(ha, seg.uuid, hosts.ListOpts(reserved=True))] == [h2.uuid]

    upd = hosts.update(
        ha, seg.uuid, h1.uuid, hosts.UpdateOpts(on_maintenance=True, control_attributes="IPMI")
    ).extract()
    assert upd.on_maintenance is True and upd.control_attributes == "IPMI"
    assert [h.uuid for h in hosts.list(ha, seg.uuid, hosts.ListOpts(on_maintenance=True))] == [
        h1.uuid
    ]
    with pytest.raises(errors.BadRequest):  # renamed to a host Nova does not know
        hosts.update(ha, seg.uuid, h1.uuid, hosts.UpdateOpts(name=unique("unknown")))

    hosts.delete(ha, seg.uuid, h1.uuid)
    with pytest.raises(errors.NotFound):
        hosts.get(ha, seg.uuid, h1.uuid)
    with pytest.raises(errors.NotFound):  # not a UUID at all
        hosts.get(ha, seg.uuid, "not-a-uuid")
    with pytest.raises(errors.NotFound):  # the segment does not exist
        list(hosts.list(ha, str(uuid.uuid4())))


def test_notification_of_a_disabled_segment_is_ignored(
    ha: ServiceClient, make_segment: MakeSegment, compute_host: ComputeHost, unique: Unique
) -> None:
    seg = make_segment(enabled=False)
    host = add_host(ha, seg, compute_host(unique("cmp")))
    opts = notifications.CreateOpts(
        type="PROCESS",
        hostname=present(host.name),
        generated_time=now(),
        payload={"process_name": "nova-compute", "event": "STOPPED"},
    )
    created = notifications.create(ha, opts).extract()
    assert created.type == "PROCESS" and created.source_host_uuid == host.uuid
    assert created.failover_segment_uuid == seg.uuid and created.payload == opts.payload
    assert created.status in ("new", "ignored")

    done = notifications.wait_for_status(
        ha, created.notification_uuid, "ignored", timeout=60, interval=0.3
    )
    assert "disabled" in (done.message or "")
    assert done.recovery_workflow_details == []  # shown since 1.1: there was no workflow
    old = notifications.get(ha, created.notification_uuid, microversion="1.0").extract()
    assert old.status == "ignored" and not old.is_set("recovery_workflow_details")

    # the same report again is a duplicate
    with pytest.raises(errors.Conflict):
        notifications.create(ha, opts)
    # vmoves exist only for compute host notifications
    with pytest.raises(errors.BadRequest):
        list(vmoves.list(ha, created.notification_uuid))
    # a host no segment has
    with pytest.raises(errors.BadRequest):
        notifications.create(
            ha,
            notifications.CreateOpts(
                type="PROCESS",
                hostname=unique("nohost"),
                generated_time=now(),
                payload={"process_name": "x", "event": "STOPPED"},
            ),
        )
    # a payload with a key its type does not have
    with pytest.raises(errors.BadRequest):
        notifications.create(
            ha,
            notifications.CreateOpts(
                type="PROCESS",
                hostname=present(host.name),
                generated_time=now(),
                payload={"bogus": "1"},
            ),
        )
    with pytest.raises(errors.NotFound):
        notifications.get(ha, str(uuid.uuid4()))


def test_compute_host_failure_is_recovered(
    ha: ServiceClient, make_segment: MakeSegment, compute_host: ComputeHost, unique: Unique
) -> None:
    seg = make_segment()
    host = add_host(ha, seg, compute_host(unique("cmp")))
    created = notifications.create(
        ha,
        notifications.CreateOpts(
            type="COMPUTE_HOST",
            hostname=present(host.name),
            generated_time=now(),
            payload={"event": "STOPPED", "host_status": "NORMAL", "cluster_status": "ONLINE"},
        ),
    ).extract()
    seen: list[str] = []
    done = notifications.wait_for_status(
        ha,
        created.notification_uuid,
        "finished",
        timeout=90,
        interval=0.5,
        progress=lambda n: seen.append(str(n.status)),
    )
    tasks = {t.name: t for t in present(done.recovery_workflow_details)}
    assert "DisableComputeServiceTask" in tasks
    details = present(tasks["DisableComputeServiceTask"].progress_details)
    assert any("Disabled compute service" in (d.message or "") for d in details)

    # the engine put the host on maintenance: further reports from it are refused
    assert hosts.get(ha, seg.uuid, host.uuid).extract().on_maintenance is True
    with pytest.raises(errors.Conflict):
        notifications.create(
            ha,
            notifications.CreateOpts(
                type="PROCESS",
                hostname=present(host.name),
                generated_time=now(),
                payload={"process_name": "nova-compute", "event": "STOPPED"},
            ),
        )

    # it had no instances, so nothing was moved; vmoves are 1.3+
    assert list(vmoves.list(ha, created.notification_uuid)) == []
    assert list(vmoves.list(ha, created.notification_uuid, vmoves.ListOpts(status="failed"))) == []
    with pytest.raises(errors.MicroversionError):
        vmoves.list(ha, created.notification_uuid, microversion="1.2").all_pages()
    with pytest.raises(errors.NotFound):
        vmoves.get(ha, created.notification_uuid, str(uuid.uuid4()))
    with pytest.raises(errors.NotFound):
        list(vmoves.list(ha, str(uuid.uuid4())))

    # listing with filters and paging
    mine = notifications.ListOpts(source_host_uuid=host.uuid)
    assert [n.notification_uuid for n in notifications.list(ha, mine)] == [
        created.notification_uuid
    ]
    typed = notifications.ListOpts(
        source_host_uuid=host.uuid, type="COMPUTE_HOST", status="finished"
    )
    assert [n.notification_uuid for n in notifications.list(ha, typed)] == [
        created.notification_uuid
    ]
    none = notifications.ListOpts(source_host_uuid=host.uuid, type="VM")
    assert list(notifications.list(ha, none)) == []
    later = notifications.ListOpts(
        source_host_uuid=host.uuid, generated_since=now() + datetime.timedelta(hours=1)
    )
    assert list(notifications.list(ha, later)) == []
    everything = [
        n.notification_uuid for n in notifications.list(ha, notifications.ListOpts(limit=1))
    ]
    assert created.notification_uuid in everything and len(everything) == len(set(everything))


def test_demo_user_is_forbidden(demo_ha: ServiceClient) -> None:
    """Masakari's default policy is admin only."""
    with pytest.raises(errors.Forbidden):
        list(segments.list(demo_ha))
