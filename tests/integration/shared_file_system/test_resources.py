"""Share types, share networks and subnets, security services, snapshots, quotas, limits,
availability zones, services, pools and messages against the local cloud's real Manila."""

from __future__ import annotations

import pytest

from stacksdk.runtime import ServiceClient, errors
from stacksdk.shared_file_system.v2 import (
    availability_zones,
    limits,
    messages,
    pools,
    quota_class_sets,
    quota_sets,
    security_services,
    services,
    share_network_subnets,
    share_network_subnets_metadata,
    share_networks,
    share_types,
    shares,
    snapshot_instances,
    snapshot_instances_export_locations,
    snapshots,
    snapshots_export_locations,
    snapshots_metadata,
)
from tests.integration.helpers import present

from .conftest import WAIT


def test_share_types(sfs: ServiceClient, demo_sfs: ServiceClient) -> None:
    st = share_types.create(
        sfs,
        share_types.CreateOpts(
            name="private-type", extra_specs={"driver_handles_share_servers": False},
            is_public=False, description="d",
        ),
    ).extract()  # fmt: skip
    try:
        assert st.is_public is False and st.required_extra_specs == {
            "driver_handles_share_servers": False
        }
        assert st.extra_specs["driver_handles_share_servers"] == "False"
        # private types are listed only when asked
        public = {t.id for t in share_types.list(sfs).all_pages().extract()}
        every = share_types.list(sfs, share_types.ListOpts(is_public="all")).all_pages().extract()
        assert st.id not in public and st.id in {t.id for t in every}
        # extra specs
        share_types.set_extra_specs(
            sfs, st.id, share_types.SetExtraSpecsOpts(extra_specs={"snapshot_support": "True"})
        )
        assert share_types.get_extra_spec(sfs, st.id, "snapshot_support").extract() == {
            "snapshot_support": "True"
        }
        specs = share_types.list_extra_specs(sfs, st.id).extract()
        assert specs["extra_specs"]["snapshot_support"] == "True"
        share_types.delete_extra_spec(sfs, st.id, "snapshot_support")
        with pytest.raises(errors.NotFound):
            share_types.get_extra_spec(sfs, st.id, "snapshot_support")
        # project access
        demo_project = "b2b1f3c4d5e6f708192a3b4c5d6e7f80"
        share_types.add_project_access(
            sfs, st.id, share_types.AddProjectAccessOpts(project=demo_project)
        )
        access = share_types.list_access(sfs, st.id).extract()
        assert access["share_type_access"] == [{"share_type_id": st.id, "project_id": demo_project}]
        share_types.remove_project_access(
            sfs, st.id, share_types.AddProjectAccessOpts(project=demo_project)
        )
        # update (2.50)
        renamed = share_types.update(
            sfs, st.id, share_types.UpdateOpts(name="private-type-2")
        ).extract()
        assert renamed.name == "private-type-2" and renamed.description == "d"
        with pytest.raises(errors.MicroversionError):
            share_types.update(sfs, st.id, share_types.UpdateOpts(name="x"), microversion="2.49")
        # before 2.7 the visibility has its extension name
        old = share_types.get(sfs, st.id, microversion="2.6").extract()
        assert old.legacy_is_public is False and not old.is_set("is_public")
        # no default type is configured
        with pytest.raises(errors.NotFound):
            share_types.get_default(sfs)
        # only administrators create types
        with pytest.raises(errors.Forbidden):
            share_types.create(
                demo_sfs,
                share_types.CreateOpts(
                    name="nope", extra_specs={"driver_handles_share_servers": False}
                ),
            )
    finally:
        share_types.delete(sfs, st.id)
    with pytest.raises(errors.NotFound):
        share_types.get(sfs, st.id)


def test_share_networks_and_subnets(sfs: ServiceClient) -> None:
    net = share_networks.create(
        sfs, share_networks.CreateOpts(name="net-a", description="no neutron behind it")
    ).extract()
    try:
        assert net.name == "net-a" and net.status == "active"
        subnets = present(net.share_network_subnets)
        assert len(subnets) == 1 and subnets[0].availability_zone is None
        # summary and detail listings, name filters
        listed = share_networks.list(sfs, share_networks.ListOpts(name="net-a")).all_pages()
        assert [n.id for n in listed.extract()] == [net.id]
        like = share_networks.list_detail(sfs, share_networks.ListOpts(name_like="et-")).all_pages()
        assert net.id in {n.id for n in like.extract()}
        assert share_networks.find(sfs, "net-a").id == net.id
        updated = share_networks.update(
            sfs, net.id, share_networks.UpdateOpts(name="net-b")
        ).extract()
        assert updated.name == "net-b"
        # a second subnet, in the zone of the dummy backend
        sub = share_network_subnets.create(
            sfs, net.id, share_network_subnets.CreateOpts(availability_zone="nova",
                                                          metadata={"k": "v"}),
        ).extract()  # fmt: skip
        assert sub.availability_zone == "nova" and sub.share_network_id == net.id
        assert sub.metadata == {"k": "v"}
        got = share_network_subnets.get(sfs, net.id, sub.id).extract()
        assert got.id == sub.id
        ids = {s.id for s in share_network_subnets.list(sfs, net.id).all_pages().extract()}
        assert ids == {subnets[0].id, sub.id}
        # subnet metadata (2.78)
        md = share_network_subnets_metadata.create(
            sfs, net.id, sub.id, share_network_subnets_metadata.CreateOpts(metadata={"a": "1"})
        ).extract()
        assert md.metadata == {"a": "1"}  # a subnet's create answers what it set
        share_network_subnets_metadata.delete_key(sfs, net.id, sub.id, "a")
        assert share_network_subnets_metadata.get(sfs, net.id, sub.id).extract().metadata == {
            "k": "v"
        }
        share_network_subnets.delete(sfs, net.id, sub.id)
        with pytest.raises(errors.NotFound):
            share_network_subnets.get(sfs, net.id, sub.id)
        # reset_status (2.63)
        share_networks.reset_status(sfs, net.id, share_networks.ResetStatusOpts(status="error"))
        assert share_networks.get(sfs, net.id).extract().status == "error"
        with pytest.raises(errors.WaitFailed):
            share_networks.wait_for_status(sfs, net.id, "active", timeout=5, interval=0.2)
        share_networks.reset_status(sfs, net.id, share_networks.ResetStatusOpts(status="active"))
        # before 2.51 the network carries the subnet's fields itself
        old = share_networks.get(sfs, net.id, microversion="2.50").extract()
        assert old.is_set("cidr") and not old.is_set("share_network_subnets")
    finally:
        share_networks.delete(sfs, net.id)
    with pytest.raises(errors.NotFound):
        share_networks.get(sfs, net.id)


def test_security_services(sfs: ServiceClient) -> None:
    ss = security_services.create(
        sfs,
        security_services.CreateOpts(
            type="ldap", name="ldap-1", server="127.0.0.1", domain="example.org", user="u",
            password="secret-pw", ou="OU=x",
        ),
    ).extract()  # fmt: skip
    try:
        assert ss.type == "ldap" and ss.password == "secret-pw" and ss.ou == "OU=x"
        assert "secret-pw" not in repr(ss)
        summary = security_services.list(sfs).all_pages().extract()
        mine = [s for s in summary if s.id == ss.id]
        assert mine and not mine[0].is_set("server")
        detail = [
            s for s in security_services.list_detail(sfs).all_pages().extract() if s.id == ss.id
        ]
        assert detail and detail[0].share_networks == [] and detail[0].server == "127.0.0.1"
        updated = security_services.update(
            sfs, ss.id, security_services.UpdateOpts(description="changed", dns_ip="127.0.0.2")
        ).extract()
        assert updated.description == "changed" and updated.dns_ip == "127.0.0.2"
        # attach to a share network and back
        net = share_networks.create(sfs, share_networks.CreateOpts(name="net-ss")).extract()
        try:
            share_networks.add_security_service(
                sfs, net.id, share_networks.AddSecurityServiceOpts(security_service_id=ss.id)
            )
            on_net = (
                security_services.list_detail(
                    sfs, security_services.ListOpts(share_network_id=net.id)
                )
                .all_pages()
                .extract()
            )
            assert [s.id for s in on_net] == [ss.id]
            share_networks.remove_security_service(
                sfs, net.id, share_networks.AddSecurityServiceOpts(security_service_id=ss.id)
            )
        finally:
            share_networks.delete(sfs, net.id)
        with pytest.raises(errors.BadRequest):  # server and default_ad_site exclude each other
            security_services.create(
                sfs,
                security_services.CreateOpts(
                    type="active_directory", server="a", default_ad_site="b"
                ),
            )
    finally:
        security_services.delete(sfs, ss.id)
    with pytest.raises(errors.NotFound):
        security_services.get(sfs, ss.id)


def test_snapshots(sfs: ServiceClient, share: shares.Share) -> None:
    snap = snapshots.create(
        sfs, snapshots.CreateOpts(share_id=share.id, name="snap-1", metadata={"k": "v"})
    ).extract()
    snap = snapshots.wait_for_status(sfs, snap.id, "available", timeout=WAIT, interval=0.5)
    try:
        assert snap.share_id == share.id and snap.size == 1 and snap.metadata == {"k": "v"}
        listed = snapshots.list_detail(
            sfs, snapshots.ListOpts(share_id=share.id, with_count=True)
        ).all_pages()
        assert [s.id for s in listed.extract()] == [snap.id]
        assert snapshots.find(sfs, "snap-1").id == snap.id
        renamed = snapshots.update(
            sfs, snap.id, snapshots.UpdateOpts(display_name="snap-2")
        ).extract()
        assert renamed.name == "snap-2"
        # metadata (2.73)
        snapshots_metadata.create(sfs, snap.id, snapshots_metadata.CreateOpts(metadata={"a": "1"}))
        assert snapshots_metadata.get(sfs, snap.id).extract().metadata == {"k": "v", "a": "1"}
        with pytest.raises(errors.MicroversionError):
            snapshots_metadata.get(sfs, snap.id, microversion="2.72")
        # instances (admin)
        inst = (
            snapshot_instances.list(sfs, snapshot_instances.ListOpts(snapshot_id=snap.id))
            .all_pages()
            .extract()
        )
        assert len(inst) == 1 and inst[0].status == "available"
        detail = snapshot_instances.get(sfs, inst[0].id).extract()
        assert detail.share_id == share.id
        inst_locs = snapshot_instances_export_locations.list(sfs, inst[0].id).all_pages()
        first = inst_locs.extract()[0]
        assert first.share_snapshot_instance_id == inst[0].id
        got = snapshot_instances_export_locations.get(sfs, inst[0].id, first.id).extract()
        assert got.path == first.path
        # mountable snapshots (2.32): export locations
        locs = snapshots_export_locations.list(sfs, snap.id).all_pages().extract()
        assert locs and all(loc.path for loc in locs)
        one = snapshots_export_locations.get(sfs, snap.id, locs[0].id).extract()
        assert one.path == locs[0].path and one.is_set("created_at")
        # revert the share to it (2.27)
        shares.revert(sfs, share.id, shares.RevertOpts(snapshot_id=snap.id))
        shares.wait_for_status(sfs, share.id, "available", timeout=WAIT, interval=0.5)
        # reset_status and force_delete (admin)
        snapshots.reset_status(sfs, snap.id, snapshots.ResetStatusOpts(status="error"))
        assert snapshots.get(sfs, snap.id).extract().status == "error"
    finally:
        snapshots.force_delete(sfs, snap.id)
    snapshots.wait_for_delete(sfs, snap.id, timeout=WAIT, interval=0.5)


def test_quotas_and_limits(sfs: ServiceClient, share: shares.Share) -> None:
    lim = limits.get(sfs).extract()
    absolute = present(lim.absolute)
    assert present(absolute.max_total_shares) >= 1 and lim.rate == []
    assert present(absolute.total_shares_used) >= 1  # the package's share
    defaults = quota_class_sets.get(sfs, "default").extract()
    assert present(defaults.shares) == present(absolute.max_total_shares)
    updated = quota_class_sets.update(
        sfs, "default", quota_class_sets.UpdateOpts(share_networks=42)
    ).extract()
    assert updated.share_networks == 42
    quota_class_sets.update(sfs, "default", quota_class_sets.UpdateOpts(share_networks=10))


def test_project_quotas(sfs: ServiceClient, share: shares.Share) -> None:
    project_id = present(share.project_id)
    q = quota_sets.get(sfs, project_id).extract()
    assert q.id == project_id and present(q.shares) >= 1
    detail = quota_sets.get_detail(sfs, project_id).extract()
    assert detail["quota_set"]["shares"]["in_use"] >= 1
    changed = quota_sets.update(sfs, project_id, quota_sets.UpdateOpts(snapshots=7)).extract()
    assert changed.snapshots == 7
    with pytest.raises(errors.BadRequest):  # below what is in use
        quota_sets.update(sfs, project_id, quota_sets.UpdateOpts(shares=0))
    quota_sets.delete(sfs, project_id)
    assert quota_sets.get(sfs, project_id).extract().snapshots == q.snapshots
    assert quota_sets.get_defaults(sfs, project_id).extract().snapshots == q.snapshots
    with pytest.raises(errors.MicroversionError):
        quota_sets.get(sfs, project_id, quota_sets.GetOpts(share_type="x"), microversion="2.38")


def test_zones_services_pools_messages(sfs: ServiceClient, demo_sfs: ServiceClient) -> None:
    zones = availability_zones.list(sfs).all_pages().extract()
    assert "nova" in {z.name for z in zones}
    svcs = services.list(sfs).all_pages().extract()
    assert {s.binary for s in svcs} == {"manila-scheduler", "manila-share"}
    share_svc = services.list(sfs, services.ListOpts(binary="manila-share")).all_pages().extract()
    assert [s.host for s in share_svc] == ["localcloud@dummy"] and share_svc[0].state == "up"
    off = services.disable(
        sfs, services.DisableOpts(host="localcloud@dummy", binary="manila-share",
                                  disabled_reason="test"),
    ).extract()  # fmt: skip
    assert off.status == "disabled" and off.disabled_reason == "test"
    on = services.enable(
        sfs, services.EnableOpts(host="localcloud@dummy", binary="manila-share")
    ).extract()
    assert on.status == "enabled"
    with pytest.raises(errors.Forbidden):
        services.list(demo_sfs).all_pages()
    found = pools.list_detail(sfs).all_pages().extract()
    assert found and found[0].name.startswith("localcloud@dummy#")
    assert present(found[0].capabilities)["share_backend_name"] == "dummy"
    assert not pools.list(sfs).all_pages().extract()[0].is_set("capabilities")
    # a share no backend can hold leaves a user message
    bad = share_types.create(
        sfs,
        share_types.CreateOpts(
            name="dhss-true", extra_specs={"driver_handles_share_servers": True}
        ),
    ).extract()
    net = share_networks.create(sfs, share_networks.CreateOpts(name="net-msg")).extract()
    try:
        s = shares.create(
            sfs,
            shares.CreateOpts(
                share_proto="NFS", size=1, share_type=bad.id, share_network_id=net.id
            ),
        ).extract()
        with pytest.raises(errors.WaitFailed):
            shares.wait_for_status(sfs, s.id, "available", timeout=WAIT, interval=0.5)
        msgs = messages.list(sfs, messages.ListOpts(resource_id=s.id)).all_pages().extract()
        assert msgs and msgs[0].resource_type == "SHARE" and msgs[0].message_level == "ERROR"
        one = messages.get(sfs, msgs[0].id).extract()
        assert one.user_message and one.request_id
        messages.delete(sfs, one.id)
        with pytest.raises(errors.NotFound):
            messages.get(sfs, one.id)
        shares.delete(sfs, s.id)
        shares.wait_for_delete(sfs, s.id, timeout=WAIT, interval=0.5)
    finally:
        share_types.delete(sfs, bad.id)
        share_networks.delete(sfs, net.id)
