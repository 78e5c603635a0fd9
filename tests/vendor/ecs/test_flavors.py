"""ECS v1 flavors: the marker-paged listing against the signature-checking loopback cloud."""

from __future__ import annotations

from stacksdk.huaweicloud.ecs.v1 import flavors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud


def flavor_body(flavor_id: str, vcpus: str = "2", ram: int = 4096) -> dict[str, object]:
    """A flavor as the API reference shows one (values of our own)."""
    return {
        "id": flavor_id,
        "name": flavor_id,
        "vcpus": vcpus,
        "ram": ram,
        "disk": "0",
        "swap": "",
        "OS-FLV-EXT-DATA:ephemeral": 0,
        "OS-FLV-DISABLED:disabled": False,
        "rxtx_factor": 1.0,
        "rxtx_quota": None,
        "rxtx_cap": None,
        "os-flavor-access:is_public": True,
        "links": [
            {"rel": "self", "href": f"https://ecs.example/flavors/{flavor_id}", "type": None}
        ],
        "os_extra_specs": {
            "ecs:performancetype": "computingv3",
            "ecs:generation": "c7",
            "cond:operation:status": "normal",
            "cond:operation:az": "xx-test-1a(normal),xx-test-1b(sellout)",
            "quota:max_rate": "4000",
        },
        "attachableQuantity": {"free_scsi": 59, "free_blk": 23, "free_disk": 59, "free_nic": 4},
    }


def test_list_pages_by_marker(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"flavors": [flavor_body("c7.large.2"), flavor_body("c7.xlarge.2", "4", 8192)]})
    hw.reply(200, {"flavors": [flavor_body("c7.2xlarge.2", "8", 16384)]})
    opts = flavors.ListOpts(availability_zone="xx-test-1a", limit=2)
    got = list(flavors.list(v1, opts))
    first, second = hw.api_requests[-2:]
    assert first.method == "GET" and first.path == f"/v1/{hw.project_id}/cloudservers/flavors"
    assert sorted(first.query) == [("availability_zone", "xx-test-1a"), ("limit", "2")]
    assert second.q("marker") == "c7.xlarge.2" and second.q("availability_zone") == "xx-test-1a"
    assert [f.id for f in got] == ["c7.large.2", "c7.xlarge.2", "c7.2xlarge.2"]
    flavor = got[1]
    assert flavor.vcpus == "4" and flavor.ram == 8192 and flavor.is_public is True
    assert flavor.disabled is False and flavor.ephemeral == 0 and flavor.rxtx_factor == 1.0
    assert flavor.extra_specs and flavor.extra_specs["cond:operation:status"] == "normal"
    assert flavor.attachable_quantity and flavor.attachable_quantity.free_nic == 4
    assert flavor.links and flavor.links[0].type is None
