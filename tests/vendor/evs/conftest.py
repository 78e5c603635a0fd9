"""A client of the generated Huawei EVS module, pointed at the signature-checking
loopback cloud (``hw``, from tests/vendor/conftest.py)."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.evs.v2 as evs_v2
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud


@pytest.fixture
def v2(hw: HwCloud) -> ServiceClient:
    """An EVS v2 client: paths below /v2/<project_id>."""
    return evs_v2.new_client(hw.provider)
