"""A DNS v2 client pointed at the signature-checking loopback cloud (``hw``)."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.dns.v2 as dns_v2
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    """Paths below /v2, without a project ID: /v2/zones, /v2/recordsets."""
    return dns_v2.new_client(hw.provider)
