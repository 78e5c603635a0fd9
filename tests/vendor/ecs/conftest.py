"""Clients of the generated Huawei ECS modules, pointed at the signature-checking
loopback cloud (``hw``, from tests/vendor/conftest.py)."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.ecs.v1 as ecs_v1
import stacksdk.huaweicloud.ecs.v1_1 as ecs_v1_1
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud


@pytest.fixture
def v1(hw: HwCloud) -> ServiceClient:
    """An ECS v1 client: paths below /v1/<project_id>."""
    return ecs_v1.new_client(hw.provider)


@pytest.fixture
def v1_1(hw: HwCloud) -> ServiceClient:
    """An ECS v1.1 client: paths below /v1.1/<project_id>."""
    return ecs_v1_1.new_client(hw.provider)
