"""An ELB v3 client pointed at the signature-checking loopback cloud (``hw``)."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.elb.v3 as elb_v3
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    """Paths below /v3/<project_id>: /v3/<project_id>/elb/loadbalancers, ..."""
    return elb_v3.new_client(hw.provider)


@pytest.fixture
def base(hw: HwCloud) -> str:
    """The path every ELB request starts with."""
    return f"/v3/{hw.project_id}/elb"
