"""Keypairs, server groups, aggregates, quotas, limits, usage, availability zones, services,
hypervisors, migrations and the version document against the local cloud's real Nova.

The local Nova runs the API only: no compute service, so no hosts, hypervisors or migrations;
the listings must work (empty), and host-bound actions answer with Nova's typed 404.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

from stacksdk.compute.v2 import (
    aggregates,
    availability_zones,
    compute_services,
    hypervisors,
    keypairs,
    limits,
    migrations,
    quota_classes,
    quotas,
    server_groups,
    usage,
    versions,
)
from stacksdk.runtime import UNSET, Page, ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


def project_of(provider: ProviderClient) -> str:
    info = provider.token_info
    assert info is not None and info.project_id
    return info.project_id


def user_of(provider: ProviderClient) -> str:
    info = provider.token_info
    assert info is not None and info.user_id
    return info.user_id


# -- keypairs ---------------------------------------------------------------------------------


def _keypair_deleter(compute: ServiceClient, name: str, user_id: str) -> Callable[[], object]:
    return lambda: keypairs.delete(compute, name, keypairs.DeleteOpts(user_id=user_id))


def test_keypair_generate_import_get_delete(
    demo_compute: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    gen_name = unique("kp-gen")
    generated = keypairs.create(
        demo_compute, keypairs.CreateOpts(name=gen_name, type="ssh"), microversion="2.91"
    )
    assert generated.status_code == 201
    kp = generated.extract()
    cleanup(lambda: keypairs.delete(demo_compute, gen_name))
    assert kp.name == gen_name and kp.type == "ssh"
    assert present(kp.private_key).startswith("-----BEGIN")
    assert "***" in repr(kp) and present(kp.private_key)[20:40] not in repr(kp)
    public_key = present(kp.public_key)

    # 2.92: no more generation (public_key required); importing works
    with pytest.raises(errors.BadRequest):
        keypairs.create(
            demo_compute, keypairs.CreateOpts(name=unique("kp-no")), microversion="2.92"
        )
    imp_name = unique("kp.imp@x")  # "@" and "." are allowed since 2.92
    imported = keypairs.create(
        demo_compute, keypairs.CreateOpts(name=imp_name, public_key=public_key), microversion="2.92"
    ).extract()
    cleanup(lambda: keypairs.delete(demo_compute, imp_name))
    assert imported.private_key is UNSET
    assert imported.fingerprint == kp.fingerprint
    assert imported.user_id == user_of(demo_compute.provider)

    got = keypairs.get(demo_compute, imp_name).extract()
    assert got.name == imp_name and got.public_key == public_key and got.type == "ssh"
    assert isinstance(got.internal_id, int) and isinstance(got.created_at, datetime.datetime)
    assert got.deleted is False and got.updated_at is None and got.extra == {}

    with pytest.raises(errors.Conflict):
        keypairs.create(demo_compute, keypairs.CreateOpts(name=imp_name, public_key=public_key))
    old = keypairs.get(demo_compute, imp_name, microversion="2.1").extract()
    assert old.type is UNSET  # type appears in 2.2

    assert keypairs.delete(demo_compute, imp_name).status_code == 204
    with pytest.raises(errors.NotFound):
        keypairs.get(demo_compute, imp_name)


def test_keypair_paging_and_other_users(
    compute: ServiceClient, demo_compute: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    demo_user = user_of(demo_compute.provider)
    names = []
    for i in range(3):
        name = unique(f"kp-page{i}")
        kp = keypairs.create(  # the admin creates them for the demo user (2.10+)
            compute, keypairs.CreateOpts(name=name, user_id=demo_user), microversion="2.91"
        ).extract()
        assert kp.user_id == demo_user
        names.append(name)
        cleanup(_keypair_deleter(compute, name, demo_user))

    mine = {k.name for k in keypairs.list(demo_compute)}  # entries unwrapped from {"keypair": ...}
    assert set(names) <= mine
    assert keypairs.find(demo_compute, names[1]).name == names[1]
    whole = keypairs.list(demo_compute).all_pages()
    assert all(set(item) == {"keypair"} for item in whole.body["keypairs"])  # the wire shape
    assert {k.name for k in whole.extract()} == mine

    pages: list[list[str]] = []

    def handler(page: Page[keypairs.Keypair]) -> bool:
        pages.append([k.name for k in page.extract()])
        return True

    pager = keypairs.list(
        compute, keypairs.ListOpts(user_id=demo_user, limit=1), microversion="2.35"
    )
    pager.each_page(handler)
    listed = [n for p in pages for n in p]
    # one keypair a page, every page but the last (empty) one full: the links were followed
    assert [len(p) for p in pages] == [1] * len(listed) + [0] * (len(pages) - len(listed))
    assert set(names) <= set(listed) and len(listed) == len(set(listed))
    old = list(keypairs.list(demo_compute, microversion="2.1"))
    assert old and all(k.type is UNSET and k.fingerprint for k in old)

    with pytest.raises(errors.MicroversionError):  # paging needs 2.35
        keypairs.list(compute, keypairs.ListOpts(limit=1), microversion="2.34").all_pages()
    with pytest.raises(errors.MicroversionError):  # acting for another user needs 2.10
        keypairs.get(compute, names[0], keypairs.GetOpts(user_id=demo_user), microversion="2.9")
    with pytest.raises(errors.NotFound):  # the admin has no keypair by that name
        keypairs.get(compute, names[0])
    other = keypairs.get(compute, names[0], keypairs.GetOpts(user_id=demo_user)).extract()
    assert other.name == names[0] and other.user_id == demo_user
    with pytest.raises(errors.Forbidden):  # a member may not read another user's keypairs
        keypairs.get(demo_compute, names[0], keypairs.GetOpts(user_id=user_of(compute.provider)))


# -- server groups ----------------------------------------------------------------------------


def test_server_group_crud_across_microversions(
    compute: ServiceClient, demo_compute: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    old_name = unique("sg-old")
    old = server_groups.create(
        demo_compute,
        server_groups.CreateOpts(name=old_name, policies=["soft-anti-affinity"]),
        microversion="2.15",
    ).extract()
    cleanup(lambda: server_groups.delete(demo_compute, old.id))
    assert old.policies == ["soft-anti-affinity"] and old.metadata == {} and old.members == []
    assert old.project_id == project_of(demo_compute.provider) and old.policy is UNSET

    new_name = unique("sg-new")
    new = server_groups.create(
        demo_compute,
        server_groups.CreateOpts(
            name=new_name, policy="anti-affinity", rules=server_groups.Rules(max_server_per_host=1)
        ),
    ).extract()
    cleanup(lambda: server_groups.delete(demo_compute, new.id))
    assert new.policy == "anti-affinity" and present(new.rules).max_server_per_host == 1
    with pytest.raises(errors.Conflict):  # above 1 needs every nova-compute new enough: none here
        server_groups.create(
            demo_compute,
            server_groups.CreateOpts(
                name="x", policy="anti-affinity", rules=server_groups.Rules(max_server_per_host=2)
            ),
        )
    assert new.policies is UNSET and new.metadata is UNSET and new.extra == {}

    with pytest.raises(errors.MicroversionError):  # policies ended with 2.63
        server_groups.create(
            demo_compute,
            server_groups.CreateOpts(name="x", policies=["affinity"]),
            microversion="2.64",
        )
    with pytest.raises(errors.BadRequest):  # rules are for anti-affinity only
        server_groups.create(
            demo_compute,
            server_groups.CreateOpts(
                name="x", policy="affinity", rules=server_groups.Rules(max_server_per_host=2)
            ),
        )

    got = server_groups.get(demo_compute, old.id).extract()  # read at the newest version
    assert got.name == old_name and got.policy == "soft-anti-affinity" and got.rules is not UNSET
    assert server_groups.find(demo_compute, new_name).id == new.id

    mine = {g.id for g in server_groups.list(demo_compute)}
    assert {old.id, new.id} <= mine
    # offset paging, one group a page
    paged = [g.id for g in server_groups.list(demo_compute, server_groups.ListOpts(limit=1))]
    assert sorted(paged) == sorted(mine)
    everyone = {
        g.id for g in server_groups.list(compute, server_groups.ListOpts(all_projects=True))
    }
    assert {old.id, new.id} <= everyone
    assert not {old.id, new.id} & {g.id for g in server_groups.list(compute)}  # admin's own only

    assert server_groups.delete(demo_compute, new.id).status_code == 204
    with pytest.raises(errors.NotFound):
        server_groups.get(demo_compute, new.id)


# -- aggregates and availability zones -----------------------------------------------------------


def test_aggregate_crud_and_actions(
    compute: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name, zone = unique("agg"), unique("az")
    created = aggregates.create(
        compute, aggregates.CreateOpts(name=name, availability_zone=zone)
    ).extract()
    agg_id = str(created.id)
    cleanup(lambda: aggregates.delete(compute, agg_id))
    assert (
        isinstance(created.id, int) and created.name == name and created.availability_zone == zone
    )
    assert present(created.uuid) and created.deleted is False

    renamed = aggregates.update(
        compute, agg_id, aggregates.UpdateOpts(name=name + "-2", availability_zone=zone + "b")
    ).extract()
    assert renamed.name == name + "-2" and renamed.availability_zone == zone + "b"
    # by name: Nova answers 400 (not 404) to a name where it wants an integer id
    assert aggregates.find(compute, name + "-2").id == created.id
    assert aggregates.find(compute, agg_id).name == name + "-2"
    with pytest.raises(errors.BadRequest):  # a zone can be changed, not cleared
        aggregates.update(compute, agg_id, aggregates.UpdateOpts(availability_zone=None))

    meta = aggregates.set_metadata(
        compute, agg_id, aggregates.SetMetadataOpts(metadata={"color": "blue", "ssd": "true"})
    ).extract()
    assert meta.metadata == {"color": "blue", "ssd": "true", "availability_zone": zone + "b"}
    meta = aggregates.set_metadata(
        compute, agg_id, aggregates.SetMetadataOpts(metadata={"color": None})
    ).extract()
    assert meta.metadata == {"ssd": "true", "availability_zone": zone + "b"}

    got = aggregates.get(compute, agg_id).extract()
    assert got.hosts == [] and got.metadata == meta.metadata and got.extra == {}
    assert agg_id in {str(a.id) for a in aggregates.list(compute)}
    with pytest.raises(errors.BadRequest):  # IDs are integers
        aggregates.get(compute, name)
    old = aggregates.get(compute, agg_id, microversion="2.40").extract()
    assert old.uuid is UNSET

    # the local cloud has no compute host: Nova's typed 404 (ComputeHostNotFound)
    with pytest.raises(errors.NotFound) as info:
        aggregates.add_host(compute, agg_id, aggregates.AddHostOpts(host="no-such-host"))
    assert "no-such-host" in str(info.value)
    with pytest.raises(errors.NotFound):
        aggregates.remove_host(compute, agg_id, aggregates.RemoveHostOpts(host="no-such-host"))
    with pytest.raises(errors.MicroversionError):
        aggregates.cache_images(
            compute,
            agg_id,
            aggregates.CacheImagesOpts(cache=[aggregates.ImageRef(id="x")]),
            microversion="2.80",
        )
    # Nova asks Glance for each image first: an unknown one is a 400
    with pytest.raises(errors.BadRequest):
        aggregates.cache_images(
            compute,
            agg_id,
            aggregates.CacheImagesOpts(
                cache=[aggregates.ImageRef(id="00000000-0000-4000-8000-000000000000")]
            ),
        )

    assert aggregates.delete(compute, agg_id).status_code == 200
    with pytest.raises(errors.NotFound):
        aggregates.get(compute, agg_id)


def test_availability_zones(compute: ServiceClient, demo_compute: ServiceClient) -> None:
    zones = availability_zones.extract_availability_zones(
        availability_zones.list(demo_compute).all_pages()
    )
    for z in zones:  # no compute service: the list may be empty
        assert z.zone_name and present(z.zone_state).available in (True, False) and z.hosts is None
    detail = list(availability_zones.list_detail(compute))
    names = {z.zone_name for z in detail}
    assert {z.zone_name for z in zones} <= names
    for z in detail:
        for host, services in (z.hosts or {}).items():
            assert host and all(s.active in (True, False) for s in services.values())
    with pytest.raises(errors.Forbidden):
        list(availability_zones.list_detail(demo_compute))


# -- quotas, quota classes, limits, usage ---------------------------------------------------------


def test_quota_update_and_restore(
    compute: ServiceClient, demo_compute: ServiceClient, cleanup: Cleanup
) -> None:
    demo = project_of(demo_compute.provider)
    demo_user = user_of(demo_compute.provider)
    cleanup(lambda: quotas.delete(compute, demo))
    before = quotas.get(compute, demo).extract()
    assert before.id == demo and before.instances is not UNSET
    assert before.fixed_ips is UNSET and before.injected_files is UNSET  # gone in 2.36 / 2.57
    defaults = quotas.get_defaults(compute, demo).extract()
    assert defaults.id == demo

    updated = quotas.update(
        compute, demo, quotas.UpdateOpts(instances=7, key_pairs=33, server_groups=-1)
    ).extract()
    assert (updated.instances, updated.key_pairs, updated.server_groups) == (7, 33, -1)
    assert updated.cores == before.cores
    mine = quotas.get(demo_compute, demo).extract()  # a member may read its own project's
    assert mine.instances == 7
    detail = quotas.get_detail(compute, demo).extract()
    assert present(detail.instances).limit == 7 and present(detail.instances).in_use == 0
    assert present(detail.key_pairs).reserved == 0

    old = quotas.get(compute, demo, microversion="2.35").extract()
    assert old.fixed_ips == -1 and old.injected_files is not UNSET
    with pytest.raises(errors.MicroversionError):
        quotas.update(compute, demo, quotas.UpdateOpts(floating_ips=3))  # gone since 2.36

    per_user = quotas.update(
        compute, demo, quotas.UpdateOpts(user_id=demo_user, instances=3, force=True)
    ).extract()
    assert per_user.instances == 3
    got_user = quotas.get(compute, demo, quotas.GetOpts(user_id=demo_user)).extract()
    assert got_user.instances == 3
    assert (
        present(
            quotas.get_detail(compute, demo, quotas.GetDetailOpts(user_id=demo_user))
            .extract()
            .instances
        ).limit
        == 3
    )
    assert quotas.delete(compute, demo, quotas.DeleteOpts(user_id=demo_user)).status_code == 202
    assert (
        quotas.get(compute, demo, quotas.GetOpts(user_id=demo_user)).extract().instances == 7
    )  # back to the project's

    with pytest.raises(errors.Forbidden):
        quotas.update(demo_compute, demo, quotas.UpdateOpts(instances=100))

    assert quotas.delete(compute, demo).status_code == 202  # restore the defaults
    restored = quotas.get(compute, demo).extract()
    assert restored.to_dict() == before.to_dict()


def test_quota_classes(compute: ServiceClient, cleanup: Cleanup) -> None:
    default = quota_classes.get(compute, "default").extract()
    assert default.id == "default" and default.instances is not UNSET
    assert default.server_groups is not UNSET
    assert (
        quota_classes.get(compute, "default", microversion="2.49").extract().server_groups is UNSET
    )
    original = default.metadata_items
    assert isinstance(original, int)
    cleanup(
        lambda: quota_classes.update(
            compute, "default", quota_classes.UpdateOpts(metadata_items=original)
        )
    )
    changed = quota_classes.update(
        compute, "default", quota_classes.UpdateOpts(metadata_items=original + 1)
    ).extract()
    assert changed.metadata_items == original + 1 and changed.id is UNSET
    quota_classes.update(compute, "default", quota_classes.UpdateOpts(metadata_items=original))
    assert quota_classes.get(compute, "default").extract().metadata_items == original


def test_limits(compute: ServiceClient, demo_compute: ServiceClient) -> None:
    mine = limits.get(demo_compute).extract()
    absolute = mine.absolute
    assert isinstance(absolute.max_total_instances, int) and absolute.total_instances_used == 0
    assert absolute.max_image_meta is UNSET and absolute.max_personality is UNSET
    assert mine.rate == [] and absolute.extra == {}
    old = limits.get(demo_compute, microversion="2.35").extract().absolute
    assert isinstance(old.max_security_groups, int) and isinstance(old.max_image_meta, int)
    demo = project_of(demo_compute.provider)
    theirs = limits.get(compute, limits.GetOpts(project_id=demo)).extract()
    assert theirs.absolute.max_total_cores == absolute.max_total_cores


def test_usage(compute: ServiceClient, demo_compute: ServiceClient) -> None:
    start, end = "2020-01-01T00:00:00", "2020-01-02T00:00:00"
    everyone = list(usage.list(compute, usage.ListOpts(start=start, end=end, detailed=1, limit=1)))
    assert everyone == []  # nothing ran in 2020
    demo = project_of(demo_compute.provider)
    page = usage.get_usage(
        demo_compute, demo, usage.GetUsageOpts(start=start, end=end, limit=1)
    ).extract()
    assert present(page.tenant_usage).to_dict() == {}  # no server in the period
    assert page.tenant_usage_links is UNSET
    with pytest.raises(errors.BadRequest):  # the start after the end
        list(usage.list(compute, usage.ListOpts(start=end, end=start)))
    with pytest.raises(errors.MicroversionError):
        usage.list(compute, usage.ListOpts(limit=1), microversion="2.39")


# -- services, hypervisors, migrations (no compute service in the local cloud) ---------------------


def test_services_and_hypervisors_list_empty(
    compute: ServiceClient, demo_compute: ServiceClient
) -> None:
    services = list(compute_services.list(compute))
    assert all(s.binary and s.host for s in services)
    assert not [s for s in services if s.binary == "nova-compute"]
    assert (
        list(compute_services.list(compute, compute_services.ListOpts(binary="nova-compute"))) == []
    )
    with pytest.raises(errors.Forbidden):
        list(compute_services.list(demo_compute))
    with pytest.raises(errors.NotFound):
        compute_services.update(
            compute,
            "00000000-0000-4000-8000-000000000000",
            compute_services.UpdateOpts(status="disabled", disabled_reason="test"),
        )
    with pytest.raises(errors.NotFound):  # the pre-2.53 action names the host
        compute_services.disable(
            compute,
            compute_services.DisableOpts(host="no-such-host", binary="nova-compute"),
            microversion="2.52",
        )
    with pytest.raises(errors.MicroversionError):
        compute_services.disable(
            compute, compute_services.DisableOpts(host="h", binary="nova-compute")
        )

    assert list(hypervisors.list(compute)) == []
    assert list(hypervisors.list_detail(compute, hypervisors.ListDetailOpts(limit=1))) == []
    assert list(hypervisors.list(compute, hypervisors.ListOpts(with_servers=True))) == []
    with pytest.raises(errors.NotFound):
        hypervisors.get(compute, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(errors.NotFound):  # with_servers reaches Nova from 2.53 ...
        hypervisors.get(
            compute, "00000000-0000-4000-8000-000000000000", hypervisors.GetOpts(with_servers=True)
        )
    with pytest.raises(errors.MicroversionError):  # ... and is refused before it
        hypervisors.get(compute, "x", hypervisors.GetOpts(with_servers=True), microversion="2.52")
    stats = hypervisors.statistics(compute, microversion="2.87").extract()
    assert stats.count == 0 and stats.running_vms == 0 and stats.extra == {}
    with pytest.raises(errors.MicroversionError):
        hypervisors.statistics(compute)  # gone in 2.88
    with pytest.raises(errors.NotFound):
        hypervisors.search(compute, "no-such-host", microversion="2.52")


def test_migrations_list(compute: ServiceClient) -> None:
    assert list(migrations.list(compute)) == []
    assert (
        list(
            migrations.list(
                compute,
                migrations.ListOpts(
                    limit=1, migration_type="live-migration", changes_since="2020-01-01T00:00:00Z"
                ),
            )
        )
        == []
    )
    with pytest.raises(errors.MicroversionError):
        list(migrations.list(compute, migrations.ListOpts(limit=1), microversion="2.58"))


def test_version_document(compute: ServiceClient) -> None:
    doc = versions.get(compute).extract()
    assert doc.id == "v2.1" and doc.status == "CURRENT"
    assert doc.min_version == "2.1" and doc.version == compute.negotiate()
    assert present(doc.media_types)[0].base == "application/json" and doc.extra == {}
    # the list of every API version lives at the server's root, outside the endpoint
    listed = {v.id: v for v in versions.list(compute)}
    assert set(listed) == {"v2.0", "v2.1"} and listed["v2.1"].version == doc.version
