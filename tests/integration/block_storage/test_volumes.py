"""Volumes, their metadata and actions, snapshots, backups, attachments, transfers and
messages against the local cloud's real Cinder API.

The local Cinder runs its API only (no scheduler, volume or backup service, and a
message bus that delivers nothing), so volumes stay "creating" with no host. What the
API decides by itself is tested: records, filters, metadata, status bookkeeping done in
the database, refusals of wrong states (typed errors) and microversion windows (refused
before anything is sent). A volume without a host is deleted at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from stacksdk.block_storage.v3 import (
    attachments,
    backups,
    messages,
    snapshots,
    volume_image_metadata,
    volume_metadata,
    volume_transfers,
    volumes,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Unique, present

#: the local Cinder serves 3.0 to 3.71, the specs' maximum too
CINDER_MAX = "3.71"

MakeVolume = Callable[..., volumes.Volume]


def test_microversion_is_negotiated_from_cinders_version_document(volume: ServiceClient) -> None:
    """The catalog URL names the project (/v3/<project_id>, 401 without a token there):
    the document is read above it."""
    assert volume.negotiate() == CINDER_MAX


@pytest.fixture
def make_volume(volume: ServiceClient, unique: Unique) -> Iterator[MakeVolume]:
    """Create volumes (1 GiB unless told) that are deleted after the test."""
    made: list[str] = []

    def make(**kwargs: object) -> volumes.Volume:
        opts = volumes.CreateOpts(**{"name": unique("vol"), "size": 1, **kwargs})  # type: ignore[arg-type]
        v = volumes.create(volume, opts).extract()
        made.append(v.id)
        return v

    yield make
    for vid in reversed(made):
        try:
            volumes.force_delete(volume, vid)
        except errors.NotFound:
            pass


def make_available(volume: ServiceClient, vid: str) -> None:
    """Admin bookkeeping: say the volume is available (it has no backend to get there)."""
    volumes.reset_status(volume, vid, volumes.ResetStatusOpts(status="available"))
    assert volumes.get(volume, vid).extract().status == "available"


def test_microversion_header(volume: ServiceClient, make_volume: MakeVolume) -> None:
    v = make_volume()
    result = volumes.get(volume, v.id)
    assert result.headers["OpenStack-API-Version"] == f"volume {CINDER_MAX}"
    old = volumes.get(volume, v.id, microversion="3.0").extract()
    assert not old.is_set("volume_type_id") and not old.is_set("consumes_quota")
    assert not old.is_set("group_id") and not old.is_set("shared_targets")


def test_create_get_update_delete(volume: ServiceClient, unique: Unique) -> None:
    name = unique("vol-crud")
    created = volumes.create(
        volume,
        volumes.CreateOpts(name=name, size=2, description="made by a test", metadata={"k": "v"}),
    ).extract()
    try:
        assert created.status == "creating" and created.size == 2
        got = volumes.get(volume, created.id).extract()
        assert (got.name, got.description, got.metadata) == (name, "made by a test", {"k": "v"})
        assert got.volume_type == "__DEFAULT__" and present(got.volume_type_id)
        assert got.bootable == "false" and got.encrypted is False and got.attachments == []
        assert got.consumes_quota is True and got.tenant_id and got.user_id
        assert got.is_set("host") and got.host is None  # admin sees the (missing) host
        assert volumes.find(volume, name).id == created.id

        updated = volumes.update(
            volume, created.id, volumes.UpdateOpts(name=name + "-2", metadata={"a": "1"})
        ).extract()
        assert updated.name == name + "-2" and updated.metadata == {"a": "1"}
        with pytest.raises(errors.BadRequest):  # 3.53+: an update must change something
            volumes.update(volume, created.id, volumes.UpdateOpts())
    finally:
        volumes.delete(volume, created.id)
    volumes.wait_for_delete(volume, created.id, timeout=30, interval=0.5)
    with pytest.raises(errors.NotFound):
        volumes.get(volume, created.id)


def test_list_filters_and_paging(
    volume: ServiceClient, make_volume: MakeVolume, unique: Unique
) -> None:
    tag = unique("flt")
    a = make_volume(name=f"{tag}-a", metadata={"grp": tag})
    b = make_volume(name=f"{tag}-b", metadata={"grp": tag}, size=3)
    ids = {a.id, b.id}

    brief = volumes.extract_volumes(
        volumes.list(volume, volumes.ListOpts(name=f"{tag}-a")).all_pages()
    )
    assert [v.id for v in brief] == [a.id]
    assert brief[0].is_set("links") and not brief[0].is_set("status")  # summary view

    like = list(volumes.list_detail(volume, volumes.ListDetailOpts(name_like=tag)))
    assert {v.id for v in like} == ids and all(v.status == "creating" for v in like)
    by_meta = list(
        volumes.list_detail(volume, volumes.ListDetailOpts(metadata=f"{{'grp': '{tag}'}}"))
    )
    assert {v.id for v in by_meta} == ids
    sized = list(volumes.list_detail(volume, volumes.ListDetailOpts(name_like=tag, size=3)))
    assert [v.id for v in sized] == [b.id]
    since = list(
        volumes.list_detail(
            volume, volumes.ListDetailOpts(name_like=tag, created_at="gte:2000-01-01T00:00:00")
        )
    )
    assert {v.id for v in since} == ids

    # marker paging, one volume per page: every one exactly once
    pages = volumes.list(volume, volumes.ListOpts(name_like=tag, limit=1, sort="name:asc"))
    seen = [v.id for v in pages]
    assert seen == [a.id, b.id]

    with pytest.raises(errors.MicroversionError):  # the like filters are 3.34+
        volumes.list(volume, volumes.ListOpts(name_like=tag), microversion="3.33").all_pages()
    with pytest.raises(errors.MicroversionError):  # time comparisons are 3.60+
        list(
            volumes.list_detail(
                volume, volumes.ListDetailOpts(created_at="gt:2000-01-01"), microversion="3.59"
            )
        )

    summary = volumes.summary(volume).extract()
    assert present(summary.total_count) >= 2 and present(summary.total_size) >= 4
    assert tag in present(summary.metadata)["grp"]
    with pytest.raises(errors.MicroversionError):
        volumes.summary(volume, microversion="3.11")


def test_metadata_sub_api(volume: ServiceClient, make_volume: MakeVolume) -> None:
    v = make_volume(metadata={"a": "1"})
    md = volume_metadata.create(
        volume, v.id, volume_metadata.CreateOpts(metadata={"b": "2"})
    ).extract()
    assert md.metadata == {"a": "1", "b": "2"}
    assert volume_metadata.get(volume, v.id).extract().metadata == {"a": "1", "b": "2"}
    item = volume_metadata.get_key(volume, v.id, "b").extract()
    assert item.meta == {"b": "2"}
    assert volume_metadata.update_key(
        volume, v.id, "b", volume_metadata.UpdateKeyOpts(meta={"b": "3"})
    ).extract().meta == {"b": "3"}
    with pytest.raises(errors.BadRequest):  # the body's key must be the path's
        volume_metadata.update_key(
            volume, v.id, "b", volume_metadata.UpdateKeyOpts(meta={"c": "3"})
        )
    replaced = volume_metadata.update(
        volume, v.id, volume_metadata.UpdateOpts(metadata={"z": "9"})
    ).extract()
    assert replaced.metadata == {"z": "9"}
    volume_metadata.delete_key(volume, v.id, "z")
    with pytest.raises(errors.NotFound):
        volume_metadata.get_key(volume, v.id, "z")
    assert volumes.get(volume, v.id).extract().metadata == {}


def test_image_metadata(volume: ServiceClient, make_volume: MakeVolume) -> None:
    v = make_volume()
    make_available(volume, v.id)
    set_ = volume_image_metadata.set_image_metadata(
        volume,
        v.id,
        volume_image_metadata.SetImageMetadataOpts(metadata={"os_distro": "x", "hw_foo": "1"}),
    ).extract()
    assert set_.metadata == {"os_distro": "x", "hw_foo": "1"}
    volume_image_metadata.unset_image_metadata(
        volume, v.id, volume_image_metadata.UnsetImageMetadataOpts(key="hw_foo")
    )
    shown = volume_image_metadata.show_image_metadata(volume, v.id).extract()
    assert shown.metadata == {"os_distro": "x"}
    assert volumes.get(volume, v.id).extract().volume_image_metadata == {"os_distro": "x"}
    with pytest.raises(errors.NotFound):
        volume_image_metadata.unset_image_metadata(
            volume, v.id, volume_image_metadata.UnsetImageMetadataOpts(key="nope")
        )
    filtered = list(
        volumes.list_detail(volume, volumes.ListDetailOpts(glance_metadata="{'os_distro': 'x'}"))
    )
    assert v.id in {x.id for x in filtered}


def test_status_actions(volume: ServiceClient, make_volume: MakeVolume) -> None:
    v = make_volume()
    # a volume that is still creating refuses what needs it available
    with pytest.raises(errors.BadRequest):
        volumes.extend(volume, v.id, volumes.ExtendOpts(new_size=2))
    with pytest.raises(errors.BadRequest):
        volumes.upload_to_image(volume, v.id, volumes.UploadToImageOpts(image_name="img"))
    with pytest.raises(ValueError):  # checked before sending: new_size is required
        volumes.extend(volume, v.id, volumes.ExtendOpts())

    make_available(volume, v.id)
    volumes.set_bootable(volume, v.id, volumes.SetBootableOpts(bootable=True))
    assert volumes.get(volume, v.id).extract().bootable == "true"
    volumes.update_readonly_flag(volume, v.id, volumes.UpdateReadonlyFlagOpts(readonly=True))
    assert volumes.get(volume, v.id).extract().metadata == {"readonly": "True"}

    volumes.reserve(volume, v.id)
    assert volumes.get(volume, v.id).extract().status == "attaching"
    with pytest.raises(errors.BadRequest):  # only an available volume can be reserved
        volumes.reserve(volume, v.id)
    volumes.unreserve(volume, v.id)
    assert volumes.get(volume, v.id).extract().status == "available"

    with pytest.raises(errors.BadRequest):  # in-use needs an attachment (see test_attachments)
        volumes.reset_status(volume, v.id, volumes.ResetStatusOpts(status="in-use"))

    with pytest.raises(errors.NotFound):  # no such volume type
        volumes.retype(volume, v.id, volumes.RetypeOpts(new_type="no-such-type"))
    with pytest.raises(errors.BadRequest):  # 3.40: a volume without snapshots cannot revert
        volumes.revert(volume, v.id, volumes.RevertOpts(snapshot_id=v.id))
    with pytest.raises(errors.MicroversionError):
        volumes.revert(volume, v.id, volumes.RevertOpts(snapshot_id=v.id), microversion="3.39")
    with pytest.raises(errors.MicroversionError):
        volumes.reimage(volume, v.id, volumes.ReimageOpts(image_id=v.id), microversion="3.67")
    with pytest.raises(errors.MicroversionError):  # a 3.1+ option at 3.0
        volumes.upload_to_image(
            volume,
            v.id,
            volumes.UploadToImageOpts(image_name="i", visibility="private"),
            microversion="3.0",
        )
    with pytest.raises(errors.MicroversionError):
        volumes.list_manageable(volume, volumes.ListManageableOpts(host="h"), microversion="3.7")
    with pytest.raises(errors.NotFound):
        volumes.get(volume, "00000000-0000-0000-0000-000000000000")


def test_demo_user_is_refused_admin_actions(
    volume: ServiceClient, demo_volume: ServiceClient, unique: Unique
) -> None:
    v = volumes.create(demo_volume, volumes.CreateOpts(name=unique("demo-vol"), size=1)).extract()
    try:
        got = volumes.get(demo_volume, v.id).extract()
        assert not got.is_set("host") and not got.is_set("migration_status")
        with pytest.raises(errors.Forbidden):
            volumes.reset_status(demo_volume, v.id, volumes.ResetStatusOpts(status="available"))
        with pytest.raises(errors.Forbidden):
            volumes.force_delete(demo_volume, v.id)
    finally:
        volumes.delete(volume, v.id)


def test_force_delete_and_cascade(volume: ServiceClient, make_volume: MakeVolume) -> None:
    a, b = make_volume(), make_volume()
    volumes.force_delete(volume, a.id)
    volumes.wait_for_delete(volume, a.id, timeout=30, interval=0.5)
    volumes.delete(volume, b.id, volumes.DeleteOpts(cascade=True, force=True))
    volumes.wait_for_delete(volume, b.id, timeout=30, interval=0.5)
    with pytest.raises(errors.MicroversionError):  # force is 3.23+
        volumes.delete(volume, b.id, volumes.DeleteOpts(force=True), microversion="3.22")


def test_snapshots(volume: ServiceClient, make_volume: MakeVolume) -> None:
    v = make_volume()
    with pytest.raises(errors.BadRequest):  # the volume is not available yet
        snapshots.create(volume, snapshots.CreateOpts(volume_id=v.id))
    make_available(volume, v.id)
    # Cinder snapshots on the volume's backend: a volume no service took has no host
    with pytest.raises(errors.BadRequest, match="not assigned to a host"):
        snapshots.create(
            volume, snapshots.CreateOpts(volume_id=v.id, name="s", metadata={"k": "v"})
        )
    assert list(snapshots.list_detail(volume, snapshots.ListDetailOpts(volume_id=v.id))) == []
    assert isinstance(
        snapshots.extract_snapshots(
            snapshots.list(volume, snapshots.ListOpts(all_tenants=True)).all_pages()
        ),
        list,
    )
    missing = "00000000-0000-0000-0000-000000000000"
    with pytest.raises(errors.NotFound):
        snapshots.get(volume, missing)
    with pytest.raises(errors.NotFound):
        snapshots.get_metadata(volume, missing)
    with pytest.raises(errors.NotFound):
        snapshots.reset_status(volume, missing, snapshots.ResetStatusOpts(status="available"))
    with pytest.raises(errors.MicroversionError):  # the metadata filter is 3.22+
        list(
            snapshots.list_detail(
                volume, snapshots.ListDetailOpts(metadata="{}"), microversion="3.21"
            )
        )
    with pytest.raises(errors.MicroversionError):
        snapshots.list_manageable(
            volume, snapshots.ListManageableOpts(host="h"), microversion="3.7"
        )


def test_backups(volume: ServiceClient, make_volume: MakeVolume, unique: Unique) -> None:
    v = make_volume()
    with pytest.raises(errors.BadRequest):  # the volume is not available yet
        backups.create(volume, backups.CreateOpts(volume_id=v.id))
    make_available(volume, v.id)
    name = unique("bak")
    # the API records the backup and hands it to the (absent) backup service: it stays creating
    created = backups.create(
        volume, backups.CreateOpts(volume_id=v.id, name=name, metadata={"k": "v"})
    ).extract()
    assert created.name == name and created.is_set("links") and not created.is_set("status")
    got = backups.get(volume, created.id).extract()
    assert (got.status, got.volume_id, got.metadata) == ("creating", v.id, {"k": "v"})
    assert got.is_incremental is False and present(got.project_id) and present(got.user_id)
    assert volumes.get(volume, v.id).extract().status == "backing-up"
    assert backups.find(volume, name).id == created.id
    assert [b.id for b in backups.list_detail(volume, backups.ListDetailOpts(volume_id=v.id))] == [
        created.id
    ]
    listed = backups.extract_backups(
        backups.list(volume, backups.ListOpts(name=name, with_count=True)).all_pages()
    )
    assert [b.id for b in listed] == [created.id]

    brief = backups.update(
        volume, created.id, backups.UpdateOpts(description="d", metadata={"x": "1"})
    ).extract()
    assert brief.id == created.id and not brief.is_set("description")  # the answer is brief
    updated = backups.get(volume, created.id).extract()
    assert updated.description == "d" and updated.metadata == {"x": "1"}
    with pytest.raises(errors.BadRequest):  # only available or error backups are deleted
        backups.delete(volume, created.id)
    with pytest.raises(errors.NotFound, match="cinder-backup"):  # resetting asks the backup service
        backups.reset_status(volume, created.id, backups.ResetStatusOpts(status="available"))
    with pytest.raises(errors.MicroversionError):  # update is 3.9+
        backups.update(volume, created.id, backups.UpdateOpts(name="x"), microversion="3.8")
    with pytest.raises(errors.MicroversionError):  # metadata is 3.43+
        backups.update(volume, created.id, backups.UpdateOpts(metadata={}), microversion="3.42")
    old = backups.get(volume, created.id, microversion="3.0").extract()
    assert not old.is_set("project_id") and not old.is_set("metadata")
    missing = "00000000-0000-0000-0000-000000000000"
    with pytest.raises(errors.NotFound):
        backups.restore(volume, missing, backups.RestoreOpts(name="x"))
    with pytest.raises(ValueError):  # reset_status takes available or error only
        backups.reset_status(volume, created.id, backups.ResetStatusOpts(status="creating"))  # type: ignore[arg-type]


def test_attachments(volume: ServiceClient, make_volume: MakeVolume) -> None:
    v = make_volume()
    with pytest.raises(errors.BadRequest):  # a creating volume cannot be attached
        attachments.create(volume, attachments.CreateOpts(volume_uuid=v.id))
    make_available(volume, v.id)
    server = "11111111-2222-3333-4444-555555555555"
    att = attachments.create(
        volume, attachments.CreateOpts(volume_uuid=v.id, instance_uuid=server)
    ).extract()
    assert att.status == "reserved" and att.volume_id == v.id and att.instance == server
    assert volumes.get(volume, v.id).extract().status == "reserved"
    got = attachments.get(volume, att.id).extract()
    assert got.connection_info in ({}, None) and got.attached_at == ""
    assert [a.id for a in attachments.list(volume, attachments.ListOpts(volume_id=v.id))] == [
        att.id
    ]
    assert [
        a.id for a in attachments.list_detail(volume, attachments.ListDetailOpts(volume_id=v.id))
    ] == [att.id]
    attachments.delete(volume, att.id)
    assert volumes.get(volume, v.id).extract().status == "available"

    # 3.44 complete: the attachment is attached and the volume in-use (database only)
    att = attachments.create(
        volume, attachments.CreateOpts(volume_uuid=v.id, instance_uuid=server)
    ).extract()
    attachments.complete(volume, att.id)
    assert attachments.get(volume, att.id).extract().status == "attached"
    in_use = volumes.get(volume, v.id).extract()
    listed = present(in_use.attachments)
    assert in_use.status == "in-use" and [a.attachment_id for a in listed] == [att.id]
    assert listed[0].server_id == server
    volumes.begin_detaching(volume, v.id)
    assert volumes.get(volume, v.id).extract().status == "detaching"
    volumes.roll_detaching(volume, v.id)
    assert volumes.get(volume, v.id).extract().status == "in-use"
    with pytest.raises(errors.BadRequest):  # an in-use volume cannot be reserved
        volumes.reserve(volume, v.id)
    # detaching an attached attachment needs the volume service; reset_status clears it instead
    volumes.reset_status(
        volume, v.id, volumes.ResetStatusOpts(status="available", attach_status="detached")
    )
    with pytest.raises(errors.NotFound):
        attachments.get(volume, att.id)
    with pytest.raises(errors.MicroversionError):
        attachments.list(volume, microversion="3.26").all_pages()
    with pytest.raises(errors.MicroversionError):  # mode is 3.54+
        attachments.create(
            volume, attachments.CreateOpts(volume_uuid=v.id, mode="ro"), microversion="3.53"
        )
    with pytest.raises(errors.MicroversionError):
        attachments.complete(volume, att.id, microversion="3.43")


def test_transfers(volume: ServiceClient, make_volume: MakeVolume, unique: Unique) -> None:
    v = make_volume()
    with pytest.raises(errors.BadRequest):  # only available volumes can be transferred
        volume_transfers.create(volume, volume_transfers.CreateOpts(volume_id=v.id))
    make_available(volume, v.id)
    name = unique("xfer")
    t = volume_transfers.create(
        volume, volume_transfers.CreateOpts(volume_id=v.id, name=name, no_snapshots=True)
    ).extract()
    try:
        assert present(t.auth_key) and t.volume_id == v.id and t.no_snapshots is True
        assert "auth_key" not in repr(t) or "***" in repr(t)
        assert volumes.get(volume, v.id).extract().status == "awaiting-transfer"
        got = volume_transfers.get(volume, t.id).extract()
        assert not got.is_set("auth_key") and got.accepted is False and got.source_project_id
        assert volume_transfers.find(volume, name).id == t.id
        assert t.id in {x.id for x in volume_transfers.list_detail(volume)}
        assert volume_transfers.legacy_get(volume, t.id).extract().name == name
        with pytest.raises(errors.BadRequest):  # a wrong auth key
            volume_transfers.accept(volume, t.id, volume_transfers.AcceptOpts(auth_key="wrong"))
    finally:
        volume_transfers.delete(volume, t.id)
    assert volumes.get(volume, v.id).extract().status == "available"

    old = volume_transfers.legacy_create(
        volume, volume_transfers.LegacyCreateOpts(volume_id=v.id)
    ).extract()
    assert t.id not in {x.id for x in volume_transfers.legacy_list(volume).extract()}
    assert old.id in {x.id for x in volume_transfers.legacy_list_detail(volume).extract()}
    volume_transfers.legacy_delete(volume, old.id)
    with pytest.raises(errors.MicroversionError):
        volume_transfers.list(volume, microversion="3.54").all_pages()
    with pytest.raises(errors.MicroversionError):  # paging options are 3.59+
        volume_transfers.list(
            volume, volume_transfers.ListOpts(limit=1), microversion="3.58"
        ).all_pages()


def test_messages(volume: ServiceClient) -> None:
    listed = messages.extract_messages(
        messages.list(volume, messages.ListOpts(limit=5)).all_pages()
    )
    assert isinstance(listed, list)
    with pytest.raises(errors.NotFound):
        messages.get(volume, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(errors.MicroversionError):
        messages.list(volume, microversion="3.2").all_pages()
    with pytest.raises(errors.MicroversionError):  # filters are 3.5+
        messages.list(
            volume, messages.ListOpts(event_id="VOLUME_000001"), microversion="3.4"
        ).all_pages()


def test_manage_and_unmanage(volume: ServiceClient, make_volume: MakeVolume) -> None:
    host = "nohost@lvm#pool"
    # every manage operation first looks up the volume service of the host: there is none
    with pytest.raises(errors.NotFound):
        volumes.list_manageable(volume, volumes.ListManageableOpts(host=host))
    with pytest.raises(errors.NotFound):
        volumes.list_manageable_detail(volume, volumes.ListManageableDetailOpts(host=host))
    with pytest.raises(errors.NotFound):
        snapshots.list_manageable(volume, snapshots.ListManageableOpts(host=host))
    ref = {"source-name": "lvol0"}
    with pytest.raises(errors.BadRequest, match="not found"):
        volumes.manage(volume, volumes.ManageOpts(ref=ref, host=host, name="m"))
    with pytest.raises(errors.BadRequest, match="not found"):
        volumes.os_volume_manage(volume, volumes.OsVolumeManageOpts(ref=ref, host=host))
    with pytest.raises(errors.MicroversionError):  # cluster is 3.16+
        volumes.manage(volume, volumes.ManageOpts(ref=ref, cluster="c"), microversion="3.15")
    # unmanaging a volume no backend holds just forgets the record
    v = make_volume()
    make_available(volume, v.id)
    volumes.unmanage(volume, v.id)
    volumes.wait_for_delete(volume, v.id, timeout=30, interval=0.5)


def test_create_with_scheduler_hints(make_volume: MakeVolume) -> None:
    """Hints go beside "volume" in the body; Cinder checks their shape (same_host wants volume IDs)."""
    first = make_volume()
    second = make_volume(scheduler_hints={"same_host": [first.id]})
    assert second.id != first.id
    with pytest.raises(errors.BadRequest):
        make_volume(scheduler_hints={"same_host": ["not-a-uuid"]})
