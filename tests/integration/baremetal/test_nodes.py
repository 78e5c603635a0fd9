"""Nodes (stacksdk.baremetal.v1.nodes) against a real Ironic with fake hardware.

The conductor runs in the API process: provision and power changes go through
Ironic's real state machine; the fake interfaces finish each step at once.
"""

from __future__ import annotations

import uuid

import pytest
import requests

import stacksdk.baremetal.v1 as baremetal_v1
from stacksdk.baremetal.v1 import nodes
from stacksdk.runtime import ServiceClient, errors
from tests.integration.clouds import provider_for
from tests.integration.helpers import present
from tests.localcloud.cloud import CloudInfo

from .conftest import DEADLINE_S, MakeNode, node_name, poll


def provision(client: ServiceClient, node_id: str, target: str, wanted: str) -> nodes.Node:
    nodes.set_provision_state(client, node_id, nodes.SetProvisionStateOpts(target=target))  # type: ignore[arg-type]
    return nodes.wait_for_status(client, node_id, wanted, timeout=DEADLINE_S, interval=0.3)


def test_negotiated_version_is_the_servers_max(
    baremetal: ServiceClient, bm_cloud: CloudInfo
) -> None:
    # Ironic 39 advertises 1.115, which is also the spec's cap
    assert baremetal.microversion is None  # nothing pinned: every call negotiates
    assert baremetal.negotiate() == "1.115"

    sent: list[requests.Response] = []
    provider = provider_for(bm_cloud)
    provider.session.hooks["response"].append(lambda resp, *a, **k: sent.append(resp))
    counted = baremetal_v1.new_client(provider)
    assert list(nodes.list(counted, nodes.ListOpts(resource_class="none-such"))) == []
    last = sent[-1]
    assert last.request.headers["OpenStack-API-Version"] == "baremetal 1.115"
    assert last.request.headers["X-OpenStack-Ironic-API-Version"] == "1.115"
    assert last.headers["X-OpenStack-Ironic-API-Version"] == "1.115"  # what the server used
    provider.session.close()
    resp = baremetal.provider.request("GET", baremetal.url("/nodes"), params=[("limit", "1")])
    assert resp.headers["X-OpenStack-Ironic-API-Version"] == "1.1"  # unversioned: the minimum


def test_create_get_find_update_delete(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node(
        description="a fake machine",
        extra_={"rack": "r1"},
        properties={"cpus": 4, "memory_mb": 1024},
        driver_info={"secret": "hunter2"},
        resource_class="bm-test",
    )
    assert node.provision_state == "enroll"
    assert node.driver == "fake-hardware"
    assert node.power_interface == "fake"
    assert node.extra_ == {"rack": "r1"}
    assert node.properties == {"cpus": 4, "memory_mb": 1024}
    assert "hunter2" not in repr(node)  # driver_info is sensitive
    assert [link.rel for link in present(node.links)] == ["self", "bookmark"]

    by_id = nodes.get(baremetal, node.uuid).extract()
    by_name = nodes.get(baremetal, str(present(node.name))).extract()
    assert by_id.uuid == by_name.uuid == node.uuid
    assert nodes.find(baremetal, str(present(node.name))).uuid == node.uuid
    assert nodes.find(baremetal, node.uuid).name == node.name

    sparse = nodes.get(
        baremetal, node.uuid, nodes.GetOpts(fields=["uuid", "description"])
    ).extract()
    assert sparse.description == "a fake machine"
    assert not sparse.is_set("driver") and not sparse.is_set("name")

    updated = nodes.update(
        baremetal,
        node.uuid,
        nodes.UpdateOpts(description="changed", extra_={"rack": "r2", "row": 7}, retired=True),
    ).extract()
    assert updated.description == "changed"
    assert updated.extra_ == {"rack": "r2", "row": 7}
    assert updated.retired is True
    assert nodes.get(baremetal, node.uuid).extract().extra_ == {"rack": "r2", "row": 7}

    nodes.delete(baremetal, node.uuid)
    with pytest.raises(errors.NotFound):
        nodes.get(baremetal, node.uuid)
    with pytest.raises(errors.ResourceNotFound):
        nodes.find(baremetal, str(present(node.name)))


def test_list_paging_fields_and_detail(baremetal: ServiceClient, make_node: MakeNode) -> None:
    rc = f"rc-{uuid.uuid4().hex[:8]}"
    made = {make_node(resource_class=rc).uuid for _ in range(3)}

    pages = list(nodes.list(baremetal, nodes.ListOpts(resource_class=rc, limit=2)).pages())
    assert [len(nodes.extract_nodes(p)) for p in pages] == [2, 1]
    listed = [n for p in pages for n in nodes.extract_nodes(p)]
    assert {n.uuid for n in listed} == made
    # the default listing is short: no driver, no resource class
    assert all(not n.is_set("driver") and n.provision_state == "enroll" for n in listed)

    picked = list(
        nodes.list(baremetal, nodes.ListOpts(resource_class=rc, fields=["uuid", "resource_class"]))
    )
    assert {n.resource_class for n in picked} == {rc}
    assert all(not n.is_set("name") for n in picked)

    detailed = list(nodes.list(baremetal, nodes.ListOpts(resource_class=rc, detail=True)))
    assert {n.driver for n in detailed} == {"fake-hardware"}
    via_detail = list(
        nodes.list_detail(baremetal, nodes.ListDetailOpts(resource_class=rc, limit=1))
    )
    assert {n.uuid for n in via_detail} == made
    assert {n.deploy_interface for n in via_detail} == {"fake"}

    assert list(nodes.list(baremetal, nodes.ListOpts(resource_class=f"{rc}-none"))) == []


def test_provision_lifecycle_and_power(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    manageable = provision(baremetal, node.uuid, "manage", "manageable")
    assert manageable.target_provision_state is None
    available = provision(baremetal, node.uuid, "provide", "available")
    assert available.last_error is None
    active = provision(baremetal, node.uuid, "active", "active")
    assert active.provision_updated_at is not None

    states = nodes.get_states(baremetal, node.uuid).extract()
    assert states.provision_state == "active"
    assert states.is_set("boot_mode")  # since 1.75

    for target in ("power on", "power off"):
        nodes.set_power_state(baremetal, node.uuid, nodes.SetPowerStateOpts(target=target))
        poll(
            lambda t=target: nodes.get(baremetal, node.uuid).extract().power_state == t,  # type: ignore[misc]
            f"power state {target!r}",
        )
    # an active node cannot be deleted
    with pytest.raises(errors.Conflict):
        nodes.delete(baremetal, node.uuid)

    back = provision(baremetal, node.uuid, "deleted", "available")
    assert back.instance_uuid is None
    provision(baremetal, node.uuid, "manage", "manageable")


def test_provision_errors(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    # "active" is no transition out of enroll
    with pytest.raises(errors.BadRequest):
        nodes.set_provision_state(
            baremetal, node.uuid, nodes.SetProvisionStateOpts(target="active")
        )
    # the enum is checked before sending
    with pytest.raises(ValueError):
        nodes.SetProvisionStateOpts(target="fly")  # type: ignore[arg-type]
    with pytest.raises(errors.BadRequest):
        nodes.create(baremetal, nodes.CreateOpts(driver="no-such-driver", name=node_name()))
    with pytest.raises(errors.NotFound):
        nodes.get(baremetal, str(uuid.uuid4()))
    with pytest.raises(errors.NotFound):
        nodes.delete(baremetal, node_name("missing"))


def test_clean_steps_and_deploy_steps(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    provision(baremetal, node.uuid, "manage", "manageable")
    nodes.set_provision_state(
        baremetal,
        node.uuid,
        nodes.SetProvisionStateOpts(
            target="clean",
            clean_steps=[
                nodes.Step(
                    interface="bios",
                    step="apply_configuration",
                    args={"settings": [{"name": "hyper_threading", "value": "Enabled"}]},
                )
            ],
        ),
    )
    done = nodes.wait_for_status(baremetal, node.uuid, "manageable", timeout=DEADLINE_S)
    assert done.last_error is None
    provision(baremetal, node.uuid, "provide", "available")
    # user deploy steps are validated against the driver's: its core step is refused
    with pytest.raises(errors.BadRequest) as err:
        nodes.set_provision_state(
            baremetal,
            node.uuid,
            nodes.SetProvisionStateOpts(
                target="active",
                deploy_steps=[nodes.Step(interface="deploy", step="deploy", priority=90, args={})],
            ),
        )
    assert "core step" in err.value.message
    nodes.set_provision_state(
        baremetal,
        node.uuid,
        nodes.SetProvisionStateOpts(target="active", configdrive={"meta_data": {"x": "y"}}),
    )
    assert (
        nodes.wait_for_status(baremetal, node.uuid, "active", timeout=DEADLINE_S).last_error is None
    )
    provision(baremetal, node.uuid, "undeploy", "available")


def test_maintenance(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    nodes.set_maintenance(baremetal, node.uuid, nodes.SetMaintenanceOpts(reason="disk swap"))
    got = nodes.get(baremetal, node.uuid).extract()
    assert got.maintenance is True and got.maintenance_reason == "disk swap"
    listed = list(nodes.list(baremetal, nodes.ListOpts(maintenance=True)))
    assert node.uuid in {n.uuid for n in listed}
    nodes.unset_maintenance(baremetal, node.uuid)
    got = nodes.get(baremetal, node.uuid).extract()
    assert got.maintenance is False and got.maintenance_reason is None


def test_validate_and_boot_device(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    result = nodes.validate(baremetal, node.uuid).extract()
    assert present(result.power).result is True
    assert present(result.deploy).result is True
    assert present(result.management).result is True

    supported = nodes.get_supported_boot_devices(baremetal, node.uuid).extract()
    assert supported.supported_boot_devices == ["pxe"]  # all the fake interface has
    nodes.set_boot_device(
        baremetal, node.uuid, nodes.SetBootDeviceOpts(boot_device="pxe", persistent=True)
    )
    current = nodes.get_boot_device(baremetal, node.uuid).extract()
    assert (current.boot_device, current.persistent) == ("pxe", False)
    with pytest.raises(errors.BadRequest):
        nodes.set_boot_device(baremetal, node.uuid, nodes.SetBootDeviceOpts(boot_device="disk"))


def test_indicators(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    listed = nodes.list_indicators(baremetal, node.uuid).extract()
    by_name = {i.name: i for i in present(listed.indicators)}
    assert set(by_name) == {"led@system", "led-0@chassis"}
    assert by_name["led@system"].states == ["blinking", "off", "on"]
    assert by_name["led-0@chassis"].readonly is True
    state = nodes.get_indicator_state(baremetal, node.uuid, "led@system").extract()
    assert state.state == "on"
    # the fake management interface reads indicators but cannot set them
    with pytest.raises(errors.BadRequest) as err:
        nodes.set_indicator_state(
            baremetal, node.uuid, "led@system", nodes.SetIndicatorStateOpts(state="blinking")
        )
    assert "does not support set_indicator_state" in err.value.message


def test_traits(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    nodes.set_traits(
        baremetal, node.uuid, nodes.SetTraitsOpts(traits=["CUSTOM_A", "HW_CPU_X86_VMX"])
    )
    assert nodes.list_traits(baremetal, node.uuid).extract().traits == [
        "CUSTOM_A",
        "HW_CPU_X86_VMX",
    ]
    nodes.add_trait(baremetal, node.uuid, "CUSTOM_B")
    assert nodes.get(baremetal, node.uuid).extract().traits == [
        "CUSTOM_A",
        "CUSTOM_B",
        "HW_CPU_X86_VMX",
    ]
    nodes.remove_trait(baremetal, node.uuid, "CUSTOM_A")
    with pytest.raises(errors.NotFound):
        nodes.remove_trait(baremetal, node.uuid, "CUSTOM_A")
    with pytest.raises(errors.BadRequest):
        nodes.add_trait(baremetal, node.uuid, "not-a-trait")
    nodes.remove_all_traits(baremetal, node.uuid)
    assert nodes.list_traits(baremetal, node.uuid).extract().traits == []


def test_microversion_windows(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node(description="mv")
    old = nodes.get(baremetal, node.uuid, microversion="1.30").extract()
    assert old.is_set("network_interface") and not old.is_set("boot_interface")
    assert not old.is_set("description")
    newer = nodes.get(baremetal, node.uuid, microversion="1.51").extract()
    assert newer.boot_interface == "fake" and newer.description == "mv"
    assert not newer.is_set("lessee")
    # before 1.2 "available" was called None; before 1.5 nodes had no name
    ancient = nodes.get(baremetal, node.uuid, microversion="1.1").extract()
    assert not ancient.is_set("name")

    # fields and operations outside their windows are refused before sending
    with pytest.raises(errors.MicroversionError):
        nodes.create(
            baremetal,
            nodes.CreateOpts(driver="fake-hardware", description="x"),
            microversion="1.50",
        )
    with pytest.raises(errors.MicroversionError):
        nodes.list_traits(baremetal, node.uuid, microversion="1.36")
    # ... and the server agrees: /traits is no sub-resource before 1.37
    with pytest.raises(errors.HTTPError) as err:
        baremetal.provider.request(
            "GET",
            baremetal.url(f"/nodes/{node.uuid}/traits"),
            headers={"X-OpenStack-Ironic-API-Version": "1.36"},
        )
    assert err.value.status == 406  # Ironic: not acceptable at this version
    # a version above the server's maximum is refused by Ironic (406)
    with pytest.raises(errors.NotAcceptable):
        baremetal.provider.request(
            "GET",
            baremetal.url(f"/nodes/{node.uuid}"),
            headers={"X-OpenStack-Ironic-API-Version": "1.999"},
        )


def test_json_patch_of_interfaces_and_reset(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node(raid_interface="no-raid")
    assert node.raid_interface == "no-raid"
    reset = nodes.update(baremetal, node.uuid, nodes.UpdateOpts(raid_interface=None)).extract()
    assert reset.raid_interface == "fake"  # back to the default
    with pytest.raises(errors.BadRequest):
        nodes.update(baremetal, node.uuid, nodes.UpdateOpts(raid_interface="agent"))
