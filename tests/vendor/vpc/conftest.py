"""Clients of the generated Huawei VPC modules, pointed at the signature-checking
loopback cloud (``hw``, from tests/vendor/conftest.py)."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.vpc.v1 as vpc_v1
import stacksdk.huaweicloud.vpc.v2_0 as vpc_v2_0
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud


@pytest.fixture
def v1(hw: HwCloud) -> ServiceClient:
    """A VPC v1 client: paths below /v1/<project_id>."""
    return vpc_v1.new_client(hw.provider)


@pytest.fixture
def v2(hw: HwCloud) -> ServiceClient:
    """A VPC v2.0 client: paths below /v2.0, without a project ID."""
    return vpc_v2_0.new_client(hw.provider)
