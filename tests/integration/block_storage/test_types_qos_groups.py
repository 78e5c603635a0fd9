"""Volume types (extra specs, access, encryption), QoS specs, quotas, default types, group types,
groups and the read-only Cinder endpoints against the local cloud's real cinder-api.

The local Cinder runs the API alone (no scheduler or volume service, a fake message bus): what
needs a backend answers from the database only, and calls that wait for the scheduler over RPC
(services list from 3.49, scheduler-stats pools) are left out (they would wait for the RPC timeout).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest

from stacksdk.block_storage.v3 import (
    availability_zones,
    capabilities,
    clusters,
    default_types,
    group_snapshots,
    group_specs,
    group_types,
    groups,
    limits,
    qos_specs,
    quota_classes,
    quotas,
    resource_filters,
    services,
    volume_type_access,
    volume_type_encryption,
    volume_type_extra_specs,
    volume_types,
)
from stacksdk.runtime import UNSET, Page, ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


def project_of(provider: ProviderClient) -> str:
    info = provider.token_info
    assert info is not None and info.project_id
    return info.project_id


@pytest.fixture
def vtype(volume: ServiceClient, unique: Unique) -> Iterator[volume_types.VolumeType]:
    """A fresh public volume type, deleted afterwards."""
    vt = volume_types.create(volume, volume_types.CreateOpts(name=unique("vt"))).extract()
    yield vt
    try:
        volume_types.delete(volume, vt.id)
    except errors.NotFound:
        pass


def test_volume_type_crud(volume: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = unique("vt-crud")
    opts = volume_types.CreateOpts(
        name=name,
        description="made by test_types_qos_groups",
        access_is_public=True,
        extra_specs={"capabilities": "gpu"},
    )
    created = volume_types.create(volume, opts).extract()
    cleanup(lambda: volume_types.delete(volume, created.id))
    assert (created.name, created.description, created.is_public) == (
        name,
        "made by test_types_qos_groups",
        True,
    )
    assert created.access_is_public is True
    assert created.extra_specs == {"capabilities": "gpu"}

    got = volume_types.get(volume, created.id).extract()
    assert got.id == created.id and got.qos_specs_id is None
    assert volume_types.find(volume, name).id == created.id

    new_name = unique("vt-renamed")
    updated = volume_types.update(
        volume, created.id, volume_types.UpdateOpts(name=new_name, description="changed")
    ).extract()
    assert (updated.name, updated.description) == (new_name, "changed")
    listed = {t.id: t for t in volume_types.list(volume)}
    assert listed[created.id].name == new_name

    default = volume_types.get_default(volume).extract()
    assert default.name == "__DEFAULT__"

    volume_types.delete(volume, created.id)
    with pytest.raises(errors.NotFound):
        volume_types.get(volume, created.id)


def test_volume_type_extra_specs(volume: ServiceClient, vtype: volume_types.VolumeType) -> None:
    made = volume_type_extra_specs.create(
        volume,
        vtype.id,
        volume_type_extra_specs.CreateOpts(extra_specs={"key1": "v1", "key2": "v2"}),
    ).extract()
    assert made.extra_specs == {"key1": "v1", "key2": "v2"}
    assert volume_type_extra_specs.get_key(volume, vtype.id, "key1").extract() == {"key1": "v1"}
    changed = volume_type_extra_specs.update_key(
        volume, vtype.id, "key1", volume_type_extra_specs.UpdateKeyOpts(extra_specs={"key1": "v9"})
    ).extract()
    assert changed == {"key1": "v9"}
    volume_type_extra_specs.delete_key(volume, vtype.id, "key2")
    assert volume_type_extra_specs.get(volume, vtype.id).extract().extra_specs == {"key1": "v9"}
    assert volume_types.get(volume, vtype.id).extract().extra_specs == {"key1": "v9"}
    with pytest.raises(errors.NotFound):
        volume_type_extra_specs.get_key(volume, vtype.id, "key2")


def test_private_type_access(
    volume: ServiceClient,
    demo_volume: ServiceClient,
    demo_provider: ProviderClient,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    demo_project = project_of(demo_provider)
    vt = volume_types.create(
        volume, volume_types.CreateOpts(name=unique("vt-private"), access_is_public=False)
    ).extract()
    cleanup(lambda: volume_types.delete(volume, vt.id))
    assert vt.is_public is False
    # Cinder does not grant the creating project access
    assert list(volume_type_access.list(volume, vt.id)) == []
    with pytest.raises(errors.NotFound):
        volume_types.get(demo_volume, vt.id)

    volume_type_access.add_project_access(
        volume, vt.id, volume_type_access.AddProjectAccessOpts(project=demo_project)
    )
    entries = volume_type_access.extract_volume_type_access(
        volume_type_access.list(volume, vt.id).all_pages()
    )
    assert demo_project in {e.project_id for e in entries}
    assert all(e.volume_type_id == vt.id for e in entries)
    assert volume_types.get(demo_volume, vt.id).extract().name == vt.name
    with pytest.raises(errors.Conflict):
        volume_type_access.add_project_access(
            volume, vt.id, volume_type_access.AddProjectAccessOpts(project=demo_project)
        )

    volume_type_access.remove_project_access(
        volume, vt.id, volume_type_access.RemoveProjectAccessOpts(project=demo_project)
    )
    assert demo_project not in {e.project_id for e in volume_type_access.list(volume, vt.id)}
    with pytest.raises(errors.NotFound):
        volume_types.get(demo_volume, vt.id)


def test_public_type_has_no_access_list(
    volume: ServiceClient, vtype: volume_types.VolumeType
) -> None:
    with pytest.raises(errors.NotFound):
        list(volume_type_access.list(volume, vtype.id))
    with pytest.raises(errors.BadRequest):
        volume_type_access.add_project_access(
            volume, vtype.id, volume_type_access.AddProjectAccessOpts(project="0" * 32)
        )


def test_volume_type_encryption(volume: ServiceClient, vtype: volume_types.VolumeType) -> None:
    empty = volume_type_encryption.get(volume, vtype.id).extract()
    assert empty.encryption_id is UNSET and empty.extra == {}

    made = volume_type_encryption.create(
        volume,
        vtype.id,
        volume_type_encryption.CreateOpts(
            provider="luks", control_location="front-end", cipher="aes-xts-plain64", key_size=256
        ),
    ).extract()
    assert (made.provider, made.control_location, made.key_size) == ("luks", "front-end", 256)
    got = volume_type_encryption.get(volume, vtype.id).extract()
    assert got.volume_type_id == vtype.id and got.cipher == "aes-xts-plain64"
    enc_id = present(got.encryption_id)
    assert volume_type_encryption.get_key(volume, vtype.id, "cipher").extract() == {
        "cipher": "aes-xts-plain64"
    }
    with pytest.raises(errors.BadRequest):  # Cinder answers 400 for a second set, not 409
        volume_type_encryption.create(
            volume,
            vtype.id,
            volume_type_encryption.CreateOpts(provider="luks", control_location="front-end"),
        )

    upd = volume_type_encryption.update(
        volume,
        vtype.id,
        enc_id,
        volume_type_encryption.UpdateOpts(control_location="back-end", key_size=512),
    ).extract()
    assert (upd.control_location, upd.key_size) == ("back-end", 512)
    assert volume_type_encryption.get(volume, vtype.id).extract().control_location == "back-end"

    volume_type_encryption.delete(volume, vtype.id, enc_id)
    assert volume_type_encryption.get(volume, vtype.id).extract().encryption_id is UNSET


def test_qos_specs_and_associations(
    volume: ServiceClient, vtype: volume_types.VolumeType, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("qos")
    made = qos_specs.create(
        volume,
        qos_specs.CreateOpts(name=name, consumer="both", spec_values={"total_iops_sec": "500"}),
    ).extract()
    cleanup(lambda: qos_specs.delete(volume, made.id, qos_specs.DeleteOpts(force=True)))
    assert (made.name, made.consumer, made.specs) == (name, "both", {"total_iops_sec": "500"})
    assert qos_specs.find(volume, name).id == made.id

    assert qos_specs.set_keys(
        volume,
        made.id,
        qos_specs.SetKeysOpts(specs={"read_iops_sec": "100", "total_iops_sec": "600"}),
    ).extract() == {"read_iops_sec": "100", "total_iops_sec": "600"}
    qos_specs.unset_keys(volume, made.id, qos_specs.UnsetKeysOpts(keys=["read_iops_sec"]))
    assert qos_specs.get(volume, made.id).extract().specs == {"total_iops_sec": "600"}

    assert qos_specs.associations(volume, made.id).extract() == []
    qos_specs.associate(volume, made.id, qos_specs.AssociateOpts(vol_type_id=vtype.id))
    assoc = qos_specs.associations(volume, made.id).extract()
    assert [(a.association_type, a.id, a.name) for a in assoc] == [
        ("volume_type", vtype.id, vtype.name)
    ]
    assert volume_types.get(volume, vtype.id).extract().qos_specs_id == made.id
    with pytest.raises(errors.BadRequest):  # still associated
        qos_specs.delete(volume, made.id)

    qos_specs.disassociate(volume, made.id, qos_specs.DisassociateOpts(vol_type_id=vtype.id))
    assert qos_specs.associations(volume, made.id).extract() == []
    qos_specs.associate(volume, made.id, qos_specs.AssociateOpts(vol_type_id=vtype.id))
    qos_specs.disassociate_all(volume, made.id)
    assert volume_types.get(volume, vtype.id).extract().qos_specs_id is None

    qos_specs.associate(volume, made.id, qos_specs.AssociateOpts(vol_type_id=vtype.id))
    qos_specs.delete(volume, made.id, qos_specs.DeleteOpts(force=True))  # associated: force
    with pytest.raises(errors.NotFound):
        qos_specs.get(volume, made.id)
    assert volume_types.get(volume, vtype.id).extract().qos_specs_id is None


def test_quotas_update_and_reset(
    volume: ServiceClient,
    demo_volume: ServiceClient,
    demo_provider: ProviderClient,
    cleanup: Cleanup,
) -> None:
    demo = project_of(demo_provider)
    defaults = quotas.defaults(volume, demo).extract()
    assert present(defaults.volumes) >= 0 and defaults.id == demo
    cleanup(lambda: quotas.delete(volume, demo))

    new = present(defaults.volumes) + 7
    upd = quotas.update(volume, demo, quotas.UpdateOpts(volumes=new, backups=3)).extract()
    assert (upd.volumes, upd.backups) == (new, 3)
    got = quotas.get(volume, demo).extract()
    assert (got.id, got.volumes, got.backups, got.gigabytes) == (demo, new, 3, defaults.gigabytes)
    # the per volume type limits are kept in extra and set through per_type
    assert "volumes___DEFAULT__" in got.extra
    quotas.update(volume, demo, quotas.UpdateOpts(per_type={"volumes___DEFAULT__": 4}))
    assert quotas.get(volume, demo).extract().extra["volumes___DEFAULT__"] == 4
    usage = quotas.usage(volume, demo, quotas.UsageOpts(usage=True)).extract()
    vols = present(usage.volumes)
    assert (vols.limit, vols.in_use, vols.reserved) == (new, 0, 0)
    # a project member reads its own quotas but may not change them
    assert quotas.get(demo_volume, demo).extract().volumes == new
    with pytest.raises(errors.Forbidden):
        quotas.update(demo_volume, demo, quotas.UpdateOpts(volumes=1))

    quotas.delete(volume, demo)
    assert quotas.get(volume, demo).extract().volumes == defaults.volumes


def test_quota_class_default(volume: ServiceClient) -> None:
    default = quota_classes.get(volume, "default").extract()
    assert default.id == "default" and present(default.volumes) != 0
    assert "gigabytes___DEFAULT__" in default.extra  # per volume type limits
    # writing the values it has changes nothing (the class is shared by every project)
    same = quota_classes.update(
        volume,
        "default",
        quota_classes.UpdateOpts(volumes=default.volumes, snapshots=default.snapshots),
    ).extract()
    assert (same.volumes, same.snapshots, same.id) == (default.volumes, default.snapshots, UNSET)


def test_limits(volume: ServiceClient, demo_provider: ProviderClient) -> None:
    mine = limits.get(volume).extract()
    assert mine.rate == []
    absolute = present(mine.absolute)
    assert present(absolute.max_total_volumes) != 0 and absolute.extra == {}
    other = limits.get(volume, limits.GetOpts(project_id=project_of(demo_provider))).extract()
    assert present(other.absolute).total_volumes_used == 0


def test_default_types(
    volume: ServiceClient,
    demo_provider: ProviderClient,
    vtype: volume_types.VolumeType,
    cleanup: Cleanup,
) -> None:
    demo = project_of(demo_provider)
    cleanup(lambda: default_types.delete(volume, demo))
    with pytest.raises(errors.NotFound):
        default_types.get(volume, demo)
    made = default_types.set_default(
        volume, demo, default_types.SetDefaultOpts(volume_type=vtype.name)
    ).extract()
    assert (made.project_id, made.volume_type_id) == (demo, vtype.id)
    assert default_types.get(volume, demo).extract().volume_type_id == vtype.id
    assert demo in {d.project_id for d in default_types.list(volume)}
    default_types.delete(volume, demo)
    with pytest.raises(errors.NotFound):
        default_types.get(volume, demo)
    with pytest.raises(errors.MicroversionError):
        default_types.get(volume, demo, microversion="3.61")


def test_group_types_and_specs(volume: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = unique("gt")
    gt = group_types.create(
        volume, group_types.CreateOpts(name=name, description="d", group_specs={"a": "1"})
    ).extract()
    cleanup(lambda: group_types.delete(volume, gt.id))
    assert (gt.name, gt.description, gt.is_public, gt.group_specs) == (name, "d", True, {"a": "1"})
    assert group_types.find(volume, name).id == gt.id

    made = group_specs.create(
        volume, gt.id, group_specs.CreateOpts(group_specs={"b": "2"})
    ).extract()
    assert made.group_specs == {"b": "2"}
    assert group_specs.get(volume, gt.id).extract().group_specs == {"a": "1", "b": "2"}
    assert group_specs.get_key(volume, gt.id, "a").extract() == {"a": "1"}
    assert group_specs.update_key(
        volume, gt.id, "a", group_specs.UpdateKeyOpts(group_specs={"a": "9"})
    ).extract() == {"a": "9"}
    group_specs.delete_key(volume, gt.id, "b")
    assert group_specs.get(volume, gt.id).extract().group_specs == {"a": "9"}

    upd = group_types.update(volume, gt.id, group_types.UpdateOpts(description="e")).extract()
    assert upd.description == "e"
    try:
        default = group_types.get_default(volume).extract()
        assert default.id
    except errors.NotFound:
        pass  # no default group type configured
    group_types.delete(volume, gt.id)
    with pytest.raises(errors.NotFound):
        group_types.get(volume, gt.id)
    with pytest.raises(errors.MicroversionError):
        group_types.get(volume, gt.id, microversion="3.10")


def test_groups_without_a_backend(
    volume: ServiceClient, vtype: volume_types.VolumeType, unique: Unique, cleanup: Cleanup
) -> None:
    gt = group_types.create(volume, group_types.CreateOpts(name=unique("gt-grp"))).extract()
    cleanup(lambda: group_types.delete(volume, gt.id))
    name = unique("grp")
    made = groups.create(
        volume,
        groups.CreateOpts(name=name, group_type=gt.id, volume_types=[vtype.id], description="g"),
    ).extract()
    cleanup(
        lambda: groups.delete_group(volume, made.id, groups.DeleteGroupOpts(delete_volumes=True))
    )
    assert made.name == name
    got = groups.get(volume, made.id).extract()
    assert (got.group_type, got.volume_types, got.description) == (gt.id, [vtype.id], "g")
    assert got.status == "creating"  # no scheduler picks it up
    assert got.replication_status is not UNSET and got.project_id is not UNSET
    assert made.id in {g.id for g in groups.list(volume)}
    detail = {g.id: g for g in groups.list_detail(volume, groups.ListDetailOpts(list_volume=True))}
    assert detail[made.id].volumes == []

    groups.update(volume, made.id, groups.UpdateOpts(name=name + "-x"))
    assert groups.get(volume, made.id).extract().name == name + "-x"
    groups.reset_status(volume, made.id, groups.ResetStatusOpts(status="error"))
    assert groups.get(volume, made.id).extract().status == "error"
    # the group never reached a host: Cinder deletes it from the database at once
    groups.delete_group(volume, made.id, groups.DeleteGroupOpts(delete_volumes=False))
    groups.wait_for_delete(volume, made.id, timeout=30)
    assert list(group_snapshots.list(volume, group_snapshots.ListOpts(limit=5))) is not None


def test_read_only_endpoints(volume: ServiceClient) -> None:
    zones = availability_zones.extract_availability_zones(
        availability_zones.list(volume).all_pages()
    )
    for z in zones:
        assert z.zone_name and z.zone_state is not UNSET
    # Cinder reads the filters from resource_filters.json, which the local cloud does not install:
    # the listing is then empty; with the file each resource names its filters
    filters = {f.resource: f.filters for f in resource_filters.list(volume)}
    assert all(isinstance(present(names), list) for names in filters.values())
    one = list(resource_filters.list(volume, resource_filters.ListOpts(resource="snapshot")))
    assert [f.resource for f in one] == (["snapshot"] if "snapshot" in filters else [])
    with pytest.raises(errors.MicroversionError):
        resource_filters.list(volume, microversion="3.32").all_pages()
    # before 3.49 listing services does not ask the (absent) scheduler for backend states
    svcs = list(services.list(volume, microversion="3.48"))
    assert all(s.binary for s in svcs)
    assert "cinder-volume" not in {s.binary for s in svcs}
    with pytest.raises(errors.NotFound):  # no volume service has this host
        capabilities.get(volume, "localcloud@nothing")
    # no volume service, so no cluster either
    assert list(clusters.list(volume)) == [] and list(clusters.list_detail(volume)) == []
    with pytest.raises(errors.NotFound):
        clusters.get(volume, "nocluster")
    with pytest.raises(errors.NotFound):
        clusters.enable(volume, clusters.EnableOpts(name="nocluster"))
    with pytest.raises(errors.MicroversionError):
        list(clusters.list(volume, microversion="3.6"))


def test_volume_type_paging(volume: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    tag = unique("page")
    made = []
    for i in range(5):
        vt = volume_types.create(
            volume, volume_types.CreateOpts(name=f"{tag}-{i}", extra_specs={"pagetag": tag})
        ).extract()
        cleanup(functools.partial(volume_types.delete, volume, vt.id))
        made.append(vt.id)
    opts = volume_types.ListOpts(
        extra_specs=repr({"pagetag": tag}), limit=2, sort_key="name", sort_dir="asc"
    )
    pages: list[list[str]] = []

    def on_page(page: Page[Any]) -> bool:
        pages.append([t.id for t in volume_types.extract_volume_types(page)])
        return True

    volume_types.list(volume, opts).each_page(on_page)
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [i for p in pages for i in p] == made
