"""Ports, port groups, chassis, allocations, deploy templates, runbooks, volume
connectors and targets, inspection rules, drivers, conductors, shards, node
BIOS settings and history, and the version documents, against a real Ironic."""

from __future__ import annotations

import random
import uuid

import pytest

from stacksdk.baremetal.v1 import (
    allocations,
    chassis,
    conductors,
    deploy_templates,
    drivers,
    events,
    inspection_rules,
    node_bios,
    node_history,
    nodes,
    portgroups,
    ports,
    runbooks,
    shards,
    versions,
    volume_connectors,
    volume_targets,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, present

from .conftest import DEADLINE_S, MakeNode, node_name, poll


def mac() -> str:
    return "52:54:00:" + ":".join(f"{random.randrange(256):02x}" for _ in range(3))


def custom_trait(prefix: str) -> str:
    return f"CUSTOM_{prefix}_{uuid.uuid4().hex[:8].upper()}"


def power_off(client: ServiceClient, node_id: str) -> None:
    """Fake power starts unknown (None); one power action makes it known."""
    nodes.set_power_state(client, node_id, nodes.SetPowerStateOpts(target="power off"))
    poll(
        lambda: nodes.get(client, node_id).extract().power_state == "power off",
        "power off",
    )


def make_available(client: ServiceClient, node_id: str) -> None:
    # allocations only pick nodes whose power state is known
    power_off(client, node_id)
    for target, wanted in (("manage", "manageable"), ("provide", "available")):
        nodes.set_provision_state(client, node_id, nodes.SetProvisionStateOpts(target=target))  # type: ignore[arg-type]
        nodes.wait_for_status(client, node_id, wanted, timeout=DEADLINE_S, interval=0.3)


# -- ports and port groups ------------------------------------------------------


def test_port_crud_paging_and_errors(
    baremetal: ServiceClient, make_node: MakeNode, cleanup: Cleanup
) -> None:
    node = make_node()
    made = []
    for i in range(3):
        port = ports.create(
            baremetal,
            ports.CreateOpts(
                address=mac(),
                node_uuid=node.uuid,
                name=node_name(f"port{i}"),
                pxe_enabled=i == 0,
                local_link_connection={"switch_id": "0a:1b:2c:3d:4e:5f", "port_id": f"Eth1/{i}"},
                description="uplink",
                extra_={"cable": str(i)},
            ),
        ).extract()
        cleanup(lambda p=port.uuid: ports.delete(baremetal, p))  # type: ignore[misc]
        made.append(port)
    first = made[0]
    assert first.node_uuid == node.uuid and first.pxe_enabled is True
    assert present(first.local_link_connection)["port_id"] == "Eth1/0"

    assert ports.get(baremetal, str(present(first.name))).extract().uuid == first.uuid
    assert ports.find(baremetal, str(present(first.name))).address == first.address
    assert ports.list(baremetal, ports.ListOpts(address=first.address)).all_pages().extract()[
        0
    ].uuid == (first.uuid)

    pages = list(ports.list(baremetal, ports.ListOpts(node=node.uuid, limit=2)).pages())
    assert [len(ports.extract_ports(p)) for p in pages] == [2, 1]
    by_node = list(ports.list_for_node(baremetal, node.uuid, ports.ListForNodeOpts(detail=True)))
    assert {p.uuid for p in by_node} == {p.uuid for p in made}
    assert {p.description for p in by_node} == {"uplink"}
    detailed = list(ports.list_detail(baremetal, ports.ListDetailOpts(node_uuid=node.uuid)))
    assert {p.extra_["cable"] for p in detailed if p.extra_} == {"0", "1", "2"}

    updated = ports.update(
        baremetal, first.uuid, ports.UpdateOpts(pxe_enabled=False, physical_network="physnet1")
    ).extract()
    assert (updated.pxe_enabled, updated.physical_network) == (False, "physnet1")

    with pytest.raises(errors.Conflict):  # a MAC address is unique
        ports.create(baremetal, ports.CreateOpts(address=str(first.address), node_uuid=node.uuid))
    with pytest.raises(errors.BadRequest):
        ports.create(baremetal, ports.CreateOpts(address="not-a-mac", node_uuid=node.uuid))
    with pytest.raises(errors.MicroversionError):  # name is 1.88+
        ports.create(
            baremetal,
            ports.CreateOpts(address=mac(), node_uuid=node.uuid, name="x"),
            microversion="1.87",
        )
    old = ports.get(baremetal, first.uuid, microversion="1.33").extract()
    assert not old.is_set("physical_network") and not old.is_set("name")

    ports.delete(baremetal, first.uuid)
    with pytest.raises(errors.NotFound):
        ports.get(baremetal, first.uuid)


def test_portgroup_with_ports(
    baremetal: ServiceClient, make_node: MakeNode, cleanup: Cleanup
) -> None:
    node = make_node()
    group = portgroups.create(
        baremetal,
        portgroups.CreateOpts(
            node_uuid=node.uuid,
            name=node_name("bond"),
            address=mac(),
            mode="802.3ad",
            properties={"miimon": "100"},
        ),
    ).extract()
    cleanup(lambda: portgroups.delete(baremetal, group.uuid))
    assert group.mode == "802.3ad" and group.properties == {"miimon": "100"}
    assert group.standalone_ports_supported is True

    member = ports.create(
        baremetal,
        ports.CreateOpts(address=mac(), node_uuid=node.uuid, portgroup_uuid=group.uuid),
    ).extract()
    cleanup(lambda: ports.delete(baremetal, member.uuid))
    in_group = list(ports.list_for_portgroup(baremetal, group.uuid))
    assert [p.uuid for p in in_group] == [member.uuid]
    assert [p.uuid for p in ports.list(baremetal, ports.ListOpts(portgroup=group.uuid))] == [
        member.uuid
    ]
    of_node = list(portgroups.list_for_node(baremetal, node.uuid))
    assert [g.uuid for g in of_node] == [group.uuid]
    assert portgroups.find(baremetal, str(present(group.name))).uuid == group.uuid

    renamed = portgroups.update(
        baremetal, group.uuid, portgroups.UpdateOpts(name=node_name("bond2"), mode="active-backup")
    ).extract()
    assert renamed.mode == "active-backup"
    with pytest.raises(errors.MicroversionError):
        portgroups.list(baremetal, microversion="1.22")
    with pytest.raises(errors.BadRequest):  # not while it has ports
        portgroups.delete(baremetal, group.uuid)
    ports.update(baremetal, member.uuid, ports.UpdateOpts(portgroup_uuid=None))
    portgroups.delete(baremetal, group.uuid)
    assert ports.get(baremetal, member.uuid).extract().portgroup_uuid is None


# -- chassis ---------------------------------------------------------------------


def test_chassis_crud_and_nodes(
    baremetal_system: ServiceClient, baremetal: ServiceClient, make_node: MakeNode, cleanup: Cleanup
) -> None:
    # chassis policies name system scope only
    system = baremetal_system
    box = chassis.create(
        system, chassis.CreateOpts(description="rack 7", extra_={"row": "b"})
    ).extract()
    cleanup(lambda: chassis.delete(system, box.uuid))
    assert box.description == "rack 7"
    node = make_node(chassis_uuid=box.uuid)
    assert node.chassis_uuid == box.uuid

    listed = [c.uuid for c in chassis.list(system, chassis.ListOpts(limit=1))]
    assert box.uuid in listed
    assert any(c.uuid == box.uuid and c.extra_ == {"row": "b"} for c in chassis.list_detail(system))
    members = list(chassis.list_nodes(system, box.uuid, chassis.ListNodesOpts(detail=True)))
    assert [(n.uuid, n.chassis_uuid) for n in members] == [(node.uuid, box.uuid)]

    changed = chassis.update(system, box.uuid, chassis.UpdateOpts(description="rack 8")).extract()
    assert changed.description == "rack 8"
    with pytest.raises(errors.BadRequest):  # not while it holds nodes
        chassis.delete(system, box.uuid)
    nodes.update(baremetal, node.uuid, nodes.UpdateOpts(chassis_uuid=None))
    chassis.delete(system, box.uuid)
    with pytest.raises(errors.NotFound):
        chassis.get(system, box.uuid)


# -- allocations -------------------------------------------------------------------


def test_allocation_picks_an_available_node(
    baremetal: ServiceClient, make_node: MakeNode, cleanup: Cleanup
) -> None:
    rc = f"rc-{uuid.uuid4().hex[:8]}"
    trait = custom_trait("ALLOC")
    node = make_node(resource_class=rc)
    nodes.add_trait(baremetal, node.uuid, trait)
    make_available(baremetal, node.uuid)

    alloc = allocations.create(
        baremetal,
        allocations.CreateOpts(name=node_name("alloc"), resource_class=rc, traits=[trait]),
    ).extract()
    cleanup(lambda: allocations.delete(baremetal, alloc.uuid))
    assert alloc.state in ("allocating", "active")
    done = allocations.wait_for_status(baremetal, alloc.uuid, "active", timeout=DEADLINE_S)
    assert done.node_uuid == node.uuid and done.last_error is None
    assert nodes.get(baremetal, node.uuid).extract().allocation_uuid == alloc.uuid
    assert allocations.get_for_node(baremetal, node.uuid).extract().uuid == alloc.uuid
    assert allocations.find(baremetal, str(present(alloc.name))).uuid == alloc.uuid
    listed = list(allocations.list(baremetal, allocations.ListOpts(resource_class=rc)))
    assert [a.uuid for a in listed] == [alloc.uuid]

    renamed = allocations.update(
        baremetal, alloc.uuid, allocations.UpdateOpts(extra_={"k": "v"})
    ).extract()
    assert renamed.extra_ == {"k": "v"}
    with pytest.raises(errors.MicroversionError):  # updates are 1.57+
        allocations.update(
            baremetal, alloc.uuid, allocations.UpdateOpts(name="x"), microversion="1.56"
        )

    # nothing else matches: the second allocation fails
    again = allocations.create(baremetal, allocations.CreateOpts(resource_class=rc)).extract()
    cleanup(lambda: allocations.delete(baremetal, again.uuid))
    with pytest.raises(errors.WaitFailed):
        allocations.wait_for_status(baremetal, again.uuid, "active", timeout=DEADLINE_S)
    assert allocations.get(baremetal, again.uuid).extract().last_error

    allocations.delete_for_node(baremetal, node.uuid)
    with pytest.raises(errors.NotFound):
        allocations.get(baremetal, alloc.uuid)
    assert nodes.get(baremetal, node.uuid).extract().allocation_uuid is None


# -- deploy templates and runbooks ---------------------------------------------------


def test_deploy_template_crud(baremetal: ServiceClient, cleanup: Cleanup) -> None:
    name = custom_trait("TPL")
    step = deploy_templates.DeployStep(
        interface="bios",
        step="apply_configuration",
        args={"settings": [{"name": "LogicalProc", "value": "Enabled"}]},
        priority=150,
    )
    tpl = deploy_templates.create(
        baremetal, deploy_templates.CreateOpts(name=name, steps=[step])
    ).extract()
    cleanup(lambda: deploy_templates.delete(baremetal, tpl.uuid))
    assert present(tpl.steps)[0].priority == 150
    assert deploy_templates.get(baremetal, name).extract().uuid == tpl.uuid
    assert deploy_templates.find(baremetal, name).uuid == tpl.uuid
    detailed = list(deploy_templates.list(baremetal, deploy_templates.ListOpts(detail=True)))
    assert any(t.uuid == tpl.uuid and t.steps for t in detailed)

    step.priority = 10
    changed = deploy_templates.update(
        baremetal, tpl.uuid, deploy_templates.UpdateOpts(steps=[step], extra_={"a": 1})
    ).extract()
    assert present(changed.steps)[0].priority == 10 and changed.extra_ == {"a": 1}

    with pytest.raises(errors.BadRequest):  # the name must be a trait name
        deploy_templates.create(
            baremetal, deploy_templates.CreateOpts(name="lower-case", steps=[step])
        )
    with pytest.raises(errors.Conflict):
        deploy_templates.create(baremetal, deploy_templates.CreateOpts(name=name, steps=[step]))
    with pytest.raises(errors.MicroversionError):
        deploy_templates.list(baremetal, microversion="1.54")
    with pytest.raises(errors.NotFound):  # the server hides the API below 1.55
        baremetal.provider.request(
            "GET",
            baremetal.url("/deploy_templates"),
            headers={"X-OpenStack-Ironic-API-Version": "1.54"},
        )


def test_runbook_traits_and_manual_cleaning(
    baremetal: ServiceClient, make_node: MakeNode, cleanup: Cleanup
) -> None:
    trait = custom_trait("RB")
    book = runbooks.create(
        baremetal,
        runbooks.CreateOpts(
            name=node_name("rb"),
            description="set BIOS",
            steps=[
                runbooks.RunbookStep(
                    interface="bios",
                    step="apply_configuration",
                    args={"settings": [{"name": "boot_order", "value": "pxe"}]},
                    order=1,
                )
            ],
        ),
    ).extract()
    cleanup(lambda: runbooks.delete(baremetal, book.uuid))
    assert book.traits == [] and book.description == "set BIOS"
    runbooks.add_trait(baremetal, book.uuid, trait)
    assert runbooks.list_traits(baremetal, book.uuid).extract().traits == [trait]

    node = make_node()
    nodes.add_trait(baremetal, node.uuid, trait)
    nodes.set_provision_state(baremetal, node.uuid, nodes.SetProvisionStateOpts(target="manage"))
    nodes.wait_for_status(baremetal, node.uuid, "manageable", timeout=DEADLINE_S)
    nodes.set_provision_state(
        baremetal, node.uuid, nodes.SetProvisionStateOpts(target="clean", runbook=book.uuid)
    )
    nodes.wait_for_status(baremetal, node.uuid, "manageable", timeout=DEADLINE_S)
    settings = list(node_bios.list(baremetal, node.uuid))
    assert {(s.name, s.value) for s in settings} == {("boot_order", "pxe")}
    raw = node_bios.get_setting(baremetal, node.uuid, "boot_order").extract()
    assert node_bios.BiosSetting.from_dict(raw["boot_order"]).value == "pxe"

    changed = runbooks.update(
        baremetal, book.uuid, runbooks.UpdateOpts(description="set the boot order")
    ).extract()
    assert changed.description == "set the boot order"
    with pytest.raises(errors.Forbidden):  # making it public is for system admins
        runbooks.update(baremetal, book.uuid, runbooks.UpdateOpts(public=True))
    runbooks.remove_all_traits(baremetal, book.uuid)
    assert runbooks.get(baremetal, book.uuid).extract().traits == []

    history = list(node_history.list(baremetal, node.uuid, node_history.ListOpts(detail=True)))
    assert history, "transitions leave history events"
    one = node_history.get(baremetal, node.uuid, history[-1].uuid).extract()
    assert one.uuid == history[-1].uuid and one.is_set("event_type")


# -- volume connectors and targets ---------------------------------------------------


def test_volume_connectors_and_targets(
    baremetal: ServiceClient, make_node: MakeNode, cleanup: Cleanup
) -> None:
    node = make_node(storage_interface="fake")
    power_off(baremetal, node.uuid)  # connectors change only on powered-off nodes
    conn = volume_connectors.create(
        baremetal,
        volume_connectors.CreateOpts(
            node_uuid=node.uuid, type="iqn", connector_id=f"iqn.2026-12.org.test:{node.uuid}"
        ),
    ).extract()
    cleanup(lambda: volume_connectors.delete(baremetal, conn.uuid))
    target = volume_targets.create(
        baremetal,
        volume_targets.CreateOpts(
            node_uuid=node.uuid,
            volume_type="iscsi",
            volume_id=str(uuid.uuid4()),
            boot_index=0,
            properties={"auth_password": "s3cret"},
        ),
    ).extract()
    cleanup(lambda: volume_targets.delete(baremetal, target.uuid))
    assert "s3cret" not in repr(target)

    assert [c.uuid for c in volume_connectors.list_for_node(baremetal, node.uuid)] == [conn.uuid]
    assert [
        t.uuid for t in volume_targets.list(baremetal, volume_targets.ListOpts(node=node.uuid))
    ] == [target.uuid]
    links = volume_connectors.get_node_volume(baremetal, node.uuid).extract()
    assert present(links.connectors) and present(links.targets)
    assert present(volume_connectors.get_volume_root(baremetal).extract().connectors)

    with pytest.raises(errors.Conflict):  # boot_index 0 is taken
        volume_targets.create(
            baremetal,
            volume_targets.CreateOpts(
                node_uuid=node.uuid, volume_type="iscsi", volume_id=str(uuid.uuid4()), boot_index=0
            ),
        )
    changed = volume_connectors.update(
        baremetal, conn.uuid, volume_connectors.UpdateOpts(extra_={"k": "v"})
    ).extract()
    assert changed.extra_ == {"k": "v"}
    volume_targets.delete(baremetal, target.uuid)
    volume_connectors.delete(baremetal, conn.uuid)
    assert list(volume_connectors.list_for_node(baremetal, node.uuid)) == []


# -- inspection rules ------------------------------------------------------------------


def test_inspection_rule_crud(baremetal_system: ServiceClient, cleanup: Cleanup) -> None:
    baremetal = baremetal_system  # inspection rule policies name system scope only
    rule = inspection_rules.create(
        baremetal,
        inspection_rules.CreateOpts(
            description="cpus from inventory",
            priority=10,
            conditions=[
                inspection_rules.Condition(op="is-true", args={"value": "{inventory[cpu][count]}"})
            ],
            actions=[
                inspection_rules.Action(
                    op="set-attribute",
                    args={"path": "/properties/cpus", "value": "{inventory[cpu][count]}"},
                )
            ],
        ),
    ).extract()
    cleanup(lambda: inspection_rules.delete(baremetal, rule.uuid))
    assert rule.phase == "main" and rule.priority == 10
    got = inspection_rules.get(baremetal, rule.uuid).extract()
    assert present(got.actions)[0].op == "set-attribute"
    listed = list(inspection_rules.list(baremetal))
    assert any(r.uuid == rule.uuid and not r.is_set("actions") for r in listed)
    changed = inspection_rules.update(
        baremetal, rule.uuid, inspection_rules.UpdateOpts(priority=20)
    ).extract()
    assert changed.priority == 20
    with pytest.raises(errors.BadRequest):
        inspection_rules.create(
            baremetal,
            inspection_rules.CreateOpts(
                actions=[inspection_rules.Action(op="no-such-action", args={})]
            ),
        )


# -- drivers, conductors, shards (system scope) -------------------------------------


def test_drivers(baremetal_system: ServiceClient, baremetal: ServiceClient) -> None:
    listed = list(drivers.list(baremetal_system))
    assert [d.name for d in listed] == ["fake-hardware"]
    assert listed[0].hosts == ["localcloud-conductor"]
    assert not listed[0].is_set("default_deploy_interface")
    fake = drivers.get(baremetal_system, "fake-hardware").extract()
    assert fake.default_deploy_interface == "fake"
    assert set(fake.enabled_firmware_interfaces or []) == {"fake", "no-firmware"}
    assert fake.enabled_network_interfaces == ["noop"]
    detailed = list(drivers.list(baremetal_system, drivers.ListOpts(detail=True)))
    assert detailed[0].default_power_interface == "fake"
    assert isinstance(drivers.get_properties(baremetal_system, "fake-hardware").extract(), dict)
    disks = drivers.get_raid_logical_disk_properties(baremetal_system, "fake-hardware").extract()
    assert "size_gb" in disks
    with pytest.raises(errors.NotFound):
        drivers.get(baremetal_system, "ipmi")
    # project-scoped admins are refused by Ironic's system-scope policy
    with pytest.raises(errors.HTTPError) as err:
        drivers.list(baremetal).all_pages()
    assert err.value.status in (403, 500)


def test_conductors_and_shards(
    baremetal_system: ServiceClient, baremetal: ServiceClient, make_node: MakeNode
) -> None:
    (conductor,) = list(conductors.list(baremetal_system, conductors.ListOpts(detail=True)))
    assert conductor.hostname == "localcloud-conductor"
    assert conductor.drivers == ["fake-hardware"]
    got = conductors.get(baremetal_system, "localcloud-conductor").extract()
    assert got.conductor_group == ""
    node = make_node()
    assert nodes.get(baremetal, node.uuid).extract().conductor == "localcloud-conductor"

    shard = f"shard-{uuid.uuid4().hex[:8]}"
    make_node(shard=shard)
    make_node(shard=shard)
    counts = {s.name: s.count for s in shards.list(baremetal_system)}
    assert counts[shard] == 2
    in_shard = list(nodes.list(baremetal, nodes.ListOpts(shard=[shard])))
    assert len(in_shard) == 2


# -- version documents -----------------------------------------------------------------


def test_version_documents(baremetal: ServiceClient) -> None:
    (v1,) = list(versions.list(baremetal))
    assert (v1.id, v1.min_version, v1.version) == ("v1", "1.1", "1.115")
    assert versions.get(baremetal).extract().version == "1.115"
    root = versions.get_root(baremetal).extract()
    assert present(root.version).id == "v1" and present(root.runbooks)
    server = versions.get_server_root(baremetal).extract()
    assert present(server.default_version).version == "1.115"


# -- events ------------------------------------------------------------------------------


def test_events(baremetal_system: ServiceClient) -> None:
    port_id = str(uuid.uuid4())
    event = events.Event(
        event="network.bind_port",
        port_id=port_id,
        mac_address="52:54:00:12:34:56",
        status="ACTIVE",
        device_id=str(uuid.uuid4()),
        binding_host_id=str(uuid.uuid4()),
        binding_vnic_type="baremetal",
    )
    assert event.to_dict()["binding:vnic_type"] == "baremetal"
    events.send(baremetal_system, events.SendOpts(events=[event]))  # 204, logged by Ironic
    with pytest.raises(errors.BadRequest):  # an unknown event type is refused
        baremetal_system.provider.request(
            "POST",
            baremetal_system.url("/events"),
            json={"events": [{"event": "network.nothing", "port_id": port_id}]},
            headers={"X-OpenStack-Ironic-API-Version": "1.54"},
            ok=(204,),
        )
