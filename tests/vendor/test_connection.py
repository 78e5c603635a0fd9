"""``stacksdk.connect`` with a vendor's services: ``cloud.huaweicloud.<svc>`` clients
sign with the connection's AK/SK and reach the endpoints the vendor profile builds."""

from __future__ import annotations

import pytest

import stacksdk
import stacksdk.huaweicloud.vpc.v1 as vpc_v1
from stacksdk.huaweicloud.vpc.v1 import vpcs

from .hwcloud import HwCloud


def test_vendor_namespace_clients_sign_and_reach_the_profile_endpoint(hw: HwCloud) -> None:
    cloud = stacksdk.connect(auth=hw.options())
    hw.reply(
        200, {"vpcs": [{"id": "v-1", "name": "web", "cidr": "192.168.0.0/16", "status": "OK"}]}
    )
    hw.reply(200, {"vpcs": []})
    got = list(vpcs.list(cloud.huaweicloud.vpc_v1))
    assert [v.id for v in got] == ["v-1"]
    req = hw.api_requests[0]
    assert req.path == f"/v1/{hw.project_id}/vpcs"  # the profile's endpoint, the keys' project
    namespace = cloud.huaweicloud
    assert namespace.vpc_v1 is cloud.huaweicloud.vpc_v1 is cloud.client(vpc_v1)
    assert cloud.huaweicloud.vpc_v2_0 is not cloud.huaweicloud.vpc_v1
    assert cloud.huaweicloud.vpc_v2_0.spec.version == "v2.0"


def test_vendor_namespace_is_read_only(hw: HwCloud) -> None:
    cloud = stacksdk.connect(auth=hw.options())
    with pytest.raises(AttributeError, match="huaweicloud"):
        cloud.huaweicloud = None  # type: ignore[assignment,misc]
    with pytest.raises(AttributeError, match="vpc_v1"):
        cloud.huaweicloud.vpc_v1 = cloud.huaweicloud.vpc_v2_0  # type: ignore[misc]
