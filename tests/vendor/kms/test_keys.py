"""KMS v1.0 keys: every operation against the signature-checking loopback cloud.

KMS takes every key operation as a POST to an action path with the key ID in the body.
"""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.kms.v1_0 as kms_v1_0
from stacksdk.huaweicloud.kms.v1_0 import keys
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

KEY_ID = "0d0466b0-e727-4d9c-b35d-f84bb474a37f"
ACCOUNT = "b168fe00ff56492495a7d22974df2d0b"
SEQ = "919c82d4-8046-4722-9094-35c3c6524cff"


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    return kms_v1_0.new_client(hw.provider)


@pytest.fixture
def base(hw: HwCloud) -> str:
    return f"/v1.0/{hw.project_id}/kms"


def key_details(**changes: object) -> dict[str, object]:
    """A key as describe-key shows one (values of our own)."""
    body: dict[str, object] = {
        "key_id": KEY_ID,
        "domain_id": ACCOUNT,
        "key_alias": "app/orders",
        "realm": "xx-test-1",
        "key_spec": "AES_256",
        "key_usage": "ENCRYPT_DECRYPT",
        "key_description": "orders data key",
        "creation_date": "1502799822000",
        "scheduled_deletion_date": "",
        "key_state": "2",
        "default_key_flag": "0",
        "key_type": "1",
        "expiration_time": "",
        "origin": "kms",
        "key_rotation_enabled": "false",
        "sys_enterprise_project_id": "0",
        "keystore_id": "0",
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_info": {"key_id": KEY_ID, "domain_id": ACCOUNT, "region_id": "xx-test-1"}})
    opts = keys.CreateOpts(
        key_alias="app/orders",
        key_spec="AES_256",
        key_description="orders data key",
        origin="kms",
        sequence=SEQ,
    )
    got = keys.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/create-key" and req.query == []
    assert req.json() == {
        "key_alias": "app/orders",
        "key_spec": "AES_256",
        "key_description": "orders data key",
        "origin": "kms",
        "sequence": SEQ,
    }
    assert got.key_id == KEY_ID and got.domain_id == ACCOUNT and got.region_id == "xx-test-1"


def test_create_needs_an_alias(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="key_alias"):
        keys.create(client, keys.CreateOpts(key_spec="SM4"))
    assert hw.api_requests == []


def test_describe(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_info": key_details()})
    got = keys.describe(client, keys.DescribeOpts(key_id=KEY_ID)).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/describe-key"
    assert req.json() == {"key_id": KEY_ID}
    assert (
        got.key_alias == "app/orders"
        and got.key_state == "2"
        and got.creation_date == "1502799822000"
    )


def test_list_keys(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "keys": [KEY_ID],
            "key_details": [key_details()],
            "next_marker": "1",
            "truncated": "true",
            "total": 2,
        },
    )
    page = keys.list_keys(
        client, keys.ListKeysOpts(limit="1", key_state="2", key_spec="ALL")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/list-keys"
    assert req.json() == {"limit": "1", "key_state": "2", "key_spec": "ALL"}
    assert (
        page.keys == [KEY_ID]
        and page.truncated == "true"
        and page.next_marker == "1"
        and page.total == 2
    )
    assert page.key_details == [keys.Key.from_dict(key_details())]


def test_list_keys_next_page(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200, {"keys": [], "key_details": [], "next_marker": "", "truncated": "false", "total": 2}
    )
    page = keys.list_keys(client, keys.ListKeysOpts(limit="1", marker="1")).extract()
    assert hw.api_requests[-1].json() == {"limit": "1", "marker": "1"}
    assert page.truncated == "false" and page.key_details == []


@pytest.mark.parametrize(
    ("action", "path", "state"),
    [(keys.enable, "enable-key", "2"), (keys.disable, "disable-key", "3")],
)
def test_enable_disable(
    hw: HwCloud, client: ServiceClient, base: str, action: object, path: str, state: str
) -> None:
    hw.reply(200, {"key_info": {"key_id": KEY_ID, "key_state": state}})
    opts_cls = keys.EnableOpts if path == "enable-key" else keys.DisableOpts
    got = action(client, opts_cls(key_id=KEY_ID, sequence=SEQ)).extract()  # type: ignore[operator]
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/{path}"
    assert req.json() == {"key_id": KEY_ID, "sequence": SEQ}
    assert got == keys.KeyState(key_id=KEY_ID, key_state=state)


def test_schedule_deletion(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_id": KEY_ID, "key_state": "4"})
    got = keys.schedule_deletion(
        client, keys.ScheduleDeletionOpts(key_id=KEY_ID, pending_days="7")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/schedule-key-deletion"
    assert req.json() == {"key_id": KEY_ID, "pending_days": "7"}
    assert got.key_state == "4"


def test_schedule_deletion_needs_the_waiting_period(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="pending_days"):
        keys.schedule_deletion(client, keys.ScheduleDeletionOpts(key_id=KEY_ID))
    assert hw.api_requests == []


def test_cancel_deletion(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_id": KEY_ID, "key_state": "3"})
    got = keys.cancel_deletion(client, keys.CancelDeletionOpts(key_id=KEY_ID)).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/cancel-key-deletion"
    assert req.json() == {"key_id": KEY_ID}
    assert got == keys.KeyState(key_id=KEY_ID, key_state="3")


def test_update_description(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_info": {"key_id": KEY_ID, "key_description": "orders v2"}})
    opts = keys.UpdateDescriptionOpts(key_id=KEY_ID, key_description="orders v2")
    got = keys.update_description(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/update-key-description"
    assert req.json() == {"key_id": KEY_ID, "key_description": "orders v2"}
    assert got.key_description == "orders v2"


def test_update_alias(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_info": {"key_id": KEY_ID, "key_alias": "app/orders-v2"}})
    got = keys.update_alias(
        client, keys.UpdateAliasOpts(key_id=KEY_ID, key_alias="app/orders-v2")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/update-key-alias"
    assert req.json() == {"key_id": KEY_ID, "key_alias": "app/orders-v2"}
    assert got.key_alias == "app/orders-v2"


def test_read_actions_are_retried_but_changes_are_not(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(503, {"error": {"error_code": "KMS.0001", "error_msg": "busy"}}, {"Retry-After": "0"})
    hw.reply(200, {"key_info": key_details()})
    keys.describe(client, keys.DescribeOpts(key_id=KEY_ID))
    assert [r.path.rsplit("/", 1)[1] for r in hw.api_requests] == ["describe-key", "describe-key"]
    hw.reply(503, {"error": {"error_code": "KMS.0001", "error_msg": "busy"}}, {"Retry-After": "0"})
    with pytest.raises(errors.ServiceUnavailable):
        keys.disable(client, keys.DisableOpts(key_id=KEY_ID))
    assert [r.path.rsplit("/", 1)[1] for r in hw.api_requests][2:] == ["disable-key"]
