"""Node sub-resources and actions beyond the life cycle: console, RAID, inspection,
VIFs, vendor passthru, children, inventory, firmware and the maintenance-only
operations, as far as the fake interfaces implement them (and Ironic's own
refusals where they do not)."""

from __future__ import annotations

import uuid

import pytest

from stacksdk.baremetal.v1 import node_firmware, nodes, ports
from stacksdk.runtime import ServiceClient, errors

from .conftest import DEADLINE_S, MakeNode, poll


def test_console_and_raid(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    console = nodes.get_console(baremetal, node.uuid).extract()
    assert console.console_enabled is False and console.console_info is None
    nodes.set_console(baremetal, node.uuid, nodes.SetConsoleOpts(enabled=True))
    poll(
        lambda: nodes.get_console(baremetal, node.uuid).extract().console_enabled is True,
        "console enabled",
    )
    nodes.set_console(baremetal, node.uuid, nodes.SetConsoleOpts(enabled=False))
    poll(
        lambda: nodes.get_console(baremetal, node.uuid).extract().console_enabled is False,
        "console disabled",
    )

    disks = [{"size_gb": 100, "raid_level": "1", "is_root_volume": True}]
    nodes.set_raid_config(baremetal, node.uuid, nodes.SetRaidConfigOpts(logical_disks=disks))
    states = nodes.get_states(baremetal, node.uuid).extract()
    assert states.target_raid_config == {"logical_disks": disks}
    with pytest.raises(errors.BadRequest):  # size_gb is required
        nodes.set_raid_config(
            baremetal, node.uuid, nodes.SetRaidConfigOpts(logical_disks=[{"raid_level": "1"}])
        )


def test_inspect_firmware_inventory_children(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    nodes.set_provision_state(baremetal, node.uuid, nodes.SetProvisionStateOpts(target="manage"))
    nodes.wait_for_status(baremetal, node.uuid, "manageable", timeout=DEADLINE_S)
    nodes.set_provision_state(baremetal, node.uuid, nodes.SetProvisionStateOpts(target="inspect"))
    inspected = nodes.wait_for_status(baremetal, node.uuid, "manageable", timeout=DEADLINE_S)
    assert inspected.inspection_finished_at is not None

    assert list(node_firmware.list(baremetal, node.uuid)) == []
    with pytest.raises(errors.NotFound):  # the fake inspection stores no inventory
        nodes.get_inventory(baremetal, node.uuid)

    child = make_node(parent_node=node.uuid)
    children = nodes.list_children(baremetal, node.uuid).extract()
    assert children["children"] == [child.uuid]
    # children are left out of listings unless asked for
    default = {n.uuid for n in nodes.list(baremetal)}
    assert child.uuid not in default
    with_children = {n.uuid for n in nodes.list(baremetal, nodes.ListOpts(include_children=True))}
    assert child.uuid in with_children
    assert [n.uuid for n in nodes.list(baremetal, nodes.ListOpts(parent_node=node.uuid))] == [
        child.uuid
    ]


def test_vifs(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    port = ports.create(
        baremetal, ports.CreateOpts(address="52:54:00:aa:bb:cc", node_uuid=node.uuid)
    ).extract()
    vif = str(uuid.uuid4())
    # the noop network interface accepts attachments but records none
    nodes.attach_vif(baremetal, node.uuid, nodes.AttachVifOpts(id=vif, port_uuid=port.uuid))
    assert nodes.list_vifs(baremetal, node.uuid).extract().vifs == []
    nodes.detach_vif(baremetal, node.uuid, vif)
    with pytest.raises(errors.BadRequest):  # a VIF ID is a UUID or a name
        nodes.attach_vif(baremetal, node.uuid, nodes.AttachVifOpts(id="not a vif!"))
    with pytest.raises(errors.MicroversionError):  # port_uuid is 1.67+
        nodes.attach_vif(
            baremetal,
            node.uuid,
            nodes.AttachVifOpts(id=vif, port_uuid=port.uuid),
            microversion="1.66",
        )
    ports.delete(baremetal, port.uuid)


def test_vendor_passthru(baremetal: ServiceClient, make_node: MakeNode) -> None:
    node = make_node()
    methods = nodes.list_vendor_methods(baremetal, node.uuid).extract()
    assert "second_method" in methods
    method = nodes.VendorMethod.from_dict(methods["third_method_sync"])
    assert method.http_methods == ["POST"] and method.async_ is False
    # the fake method answers whether bar is "meow"
    for bar, expected in (("meow", True), ("woof", False)):
        out = nodes.call_vendor_method(
            baremetal,
            node.uuid,
            nodes.CallVendorMethodOpts(method="third_method_sync", args={"bar": bar}),
        ).extract()
        assert out is expected
    with pytest.raises(errors.BadRequest):  # bar is required
        nodes.call_vendor_method(
            baremetal, node.uuid, nodes.CallVendorMethodOpts(method="third_method_sync")
        )


def test_refusals_of_unsupported_and_out_of_window(
    baremetal: ServiceClient, make_node: MakeNode
) -> None:
    node = make_node()
    with pytest.raises(errors.BadRequest):  # the fake management interface has no NMI
        nodes.inject_nmi(baremetal, node.uuid)
    with pytest.raises(errors.MicroversionError):
        nodes.set_boot_mode(
            baremetal, node.uuid, nodes.SetBootModeOpts(target="uefi"), microversion="1.75"
        )
    with pytest.raises(errors.NotFound):  # the server hides it below 1.76
        baremetal.provider.request(
            "PUT",
            baremetal.url(f"/nodes/{node.uuid}/states/boot_mode"),
            json={"target": "uefi"},
            headers={"X-OpenStack-Ironic-API-Version": "1.75"},
        )
    with pytest.raises(errors.MicroversionError):  # rescue_password is 1.38+
        nodes.set_provision_state(
            baremetal,
            node.uuid,
            nodes.SetProvisionStateOpts(target="rescue", rescue_password="pw"),
            microversion="1.37",
        )
