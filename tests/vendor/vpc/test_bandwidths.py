"""VPC v1 bandwidths against the signature-checking loopback cloud."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.vpc.v1 import bandwidths
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

BANDWIDTH_ID = "3fa5b383-5a73-4dcb-a314-c6128546d855"
EIP_ID = "2ec9b78d-9368-46f3-8f29-d1a95622a568"


def bandwidth_body(**changes: object) -> dict[str, object]:
    """A dedicated bandwidth as the API reference shows one (values of our own)."""
    bandwidth: dict[str, object] = {
        "id": BANDWIDTH_ID,
        "name": "bw-web",
        "size": 5,
        "share_type": "PER",
        "bandwidth_type": "bgp",
        "charge_mode": "bandwidth",
        "billing_info": "",
        "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "enterprise_project_id": "0",
        "status": "NORMAL",
        "public_border_group": "center",
        "created_at": "2024-05-06T07:28:09",
        "updated_at": "2024-05-06T07:28:09",
        "publicip_info": [
            {
                "publicip_id": EIP_ID,
                "publicip_address": "203.0.113.45",
                "publicip_type": "5_bgp",
                "ip_version": 4,
            }
        ],
    }
    bandwidth.update(changes)
    return bandwidth


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"bandwidth": bandwidth_body()})
    got = bandwidths.get(v1, BANDWIDTH_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/bandwidths/{BANDWIDTH_ID}"
    assert got.size == 5 and got.share_type == "PER" and got.status == "NORMAL"
    assert got.publicip_info == [
        bandwidths.PublicIPInfo(
            publicip_id=EIP_ID, publicip_address="203.0.113.45", publicip_type="5_bgp", ip_version=4
        )
    ]


def test_list_shared(hw: HwCloud, v1: ServiceClient) -> None:
    shared = [
        bandwidth_body(id="b-1", share_type="WHOLE", bandwidth_type="share", publicip_info=[])
    ]
    hw.reply(200, {"bandwidths": shared})
    got = list(bandwidths.list(v1, bandwidths.ListOpts(share_type="WHOLE", limit=10)))
    assert [(b.id, b.share_type) for b in got] == [("b-1", "WHOLE")]
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/bandwidths"
    assert sorted(req.query) == [("limit", "10"), ("share_type", "WHOLE")]


def test_list_checks_the_share_type_before_sending(hw: HwCloud, v1: ServiceClient) -> None:
    with pytest.raises(ValueError, match="share_type"):
        list(bandwidths.list(v1, bandwidths.ListOpts(share_type="SHARED")))  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_update_resizes(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"bandwidth": bandwidth_body(size=10, name="bw-web2")})
    got = bandwidths.update(
        v1, BANDWIDTH_ID, bandwidths.UpdateOpts(name="bw-web2", size=10)
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v1/{hw.project_id}/bandwidths/{BANDWIDTH_ID}"
    assert req.json() == {"bandwidth": {"name": "bw-web2", "size": 10}}
    assert got.size == 10 and got.name == "bw-web2"


def test_update_changes_the_charge_mode(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"bandwidth": bandwidth_body(charge_mode="traffic")})
    got = bandwidths.update(
        v1, BANDWIDTH_ID, bandwidths.UpdateOpts(charge_mode="traffic")
    ).extract()
    assert hw.api_requests[-1].json() == {"bandwidth": {"charge_mode": "traffic"}}
    assert got.charge_mode == "traffic"


def test_bandwidths_are_not_created_or_deleted_in_v1() -> None:
    assert not hasattr(bandwidths, "create") and not hasattr(bandwidths, "delete")
