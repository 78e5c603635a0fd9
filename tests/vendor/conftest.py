"""Fixtures for vendor contract tests: ``hw`` is a loopback Huawei Cloud that checks
every request's AK/SK signature with huaweicloudsdkcore (see hwcloud.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.server import Server

from .hwcloud import HwCloud


@pytest.fixture
def hw() -> Iterator[HwCloud]:
    with Server() as server:
        cloud = HwCloud(server)
        yield cloud
        assert cloud.bad_signatures == [], "a request's signature did not verify"
