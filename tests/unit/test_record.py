"""Immutable value records (runtime/record.py ``Frozen``) and the request record built on them."""

from __future__ import annotations

import dataclasses

import pytest

from stacksdk.runtime import EndpointOpts, Request


def test_a_record_is_immutable_compared_and_hashed_by_value() -> None:
    a, b = EndpointOpts(region="r1", interface="internal"), EndpointOpts(
        region="r1", interface="internalURL"
    )
    assert a == b and hash(a) == hash(b) and a != EndpointOpts(region="r2")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.region = "r2"  # type: ignore[misc]
    match a:
        case EndpointOpts(region, interface):
            assert (region, interface) == ("r1", "internal")


def test_a_pages_request_is_the_first_one_retargeted() -> None:
    body = b"x"
    first = Request(
        "GET",
        "https://h/v2/servers",
        query=[("limit", "2")],
        headers={"X-A": "1"},
        data=body,
        ok=(200, 203),
        authenticated=False,
        stream=True,
        timeout=(1.0, 2.0),
        idempotent=True,
    )
    nxt = first.with_url("https://h/v2/servers", iter([("limit", "2"), ("marker", "m")]))
    assert nxt.query == (("limit", "2"), ("marker", "m")) and first.query == (("limit", "2"),)
    assert nxt.with_url("https://h/other").query is None
    same = [f for f in Request._fields if f not in ("url", "query")]
    assert all(getattr(nxt, f) is getattr(first, f) for f in same)
    assert nxt == Request(
        "GET",
        "https://h/v2/servers",
        query=[("limit", "2"), ("marker", "m")],
        headers={"X-A": "1"},
        data=body,
        ok=(200, 203),
        authenticated=False,
        stream=True,
        timeout=(1.0, 2.0),
        idempotent=True,
    )
    with pytest.raises(TypeError, match="no field 'colour'"):
        first._replace(colour="red")
