"""KMS v1.0 key rotation (enable, disable, status, interval) and key tags against the
signature-checking loopback cloud."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.kms.v1_0 as kms_v1_0
from stacksdk.huaweicloud.kms.v1_0 import keys
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

KEY_ID = "0d0466b0-e727-4d9c-b35d-f84bb474a37f"
SEQ = "919c82d4-8046-4722-9094-35c3c6524cff"


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    return kms_v1_0.new_client(hw.provider)


@pytest.fixture
def base(hw: HwCloud) -> str:
    return f"/v1.0/{hw.project_id}/kms"


@pytest.mark.parametrize(
    ("action", "opts_cls", "path"),
    [
        (keys.enable_rotation, keys.EnableRotationOpts, "enable-key-rotation"),
        (keys.disable_rotation, keys.DisableRotationOpts, "disable-key-rotation"),
    ],
)
def test_enable_disable_rotation(
    hw: HwCloud, client: ServiceClient, base: str, action: object, opts_cls: type, path: str
) -> None:
    hw.reply(200, None)
    result = action(client, opts_cls(key_id=KEY_ID, sequence=SEQ))  # type: ignore[operator]
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/{path}"
    assert req.json() == {"key_id": KEY_ID, "sequence": SEQ}
    assert result.status_code == 200 and result.extract() is None


def test_show_rotation_status(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "key_rotation_enabled": True,
            "rotation_interval": 90,
            "last_rotation_time": "1502799822000",
            "number_of_rotations": 3,
            "key_materials": [
                {
                    "material_id": "m-1",
                    "charge_id": "c-1",
                    "create_time": "1502799822000",
                    "expiration_time": "",
                    "state": 1,
                }
            ],
        },
    )
    got = keys.show_rotation_status(client, keys.ShowRotationStatusOpts(key_id=KEY_ID)).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/get-key-rotation-status"
    assert req.json() == {"key_id": KEY_ID}
    assert got.key_rotation_enabled is True and got.rotation_interval == 90
    assert got.last_rotation_time == "1502799822000" and got.number_of_rotations == 3
    assert got.key_materials == [
        keys.KeyMaterial(
            material_id="m-1",
            charge_id="c-1",
            create_time="1502799822000",
            expiration_time="",
            state=1,
        )
    ]
    assert got.invalid == {}


def test_show_rotation_status_is_retried(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(503, {"error": {"error_code": "KMS.0001", "error_msg": "busy"}}, {"Retry-After": "0"})
    hw.reply(200, {"key_rotation_enabled": False})
    got = keys.show_rotation_status(client, keys.ShowRotationStatusOpts(key_id=KEY_ID)).extract()
    assert got.key_rotation_enabled is False and len(hw.api_requests) == 2


def test_update_rotation_interval(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, None)
    keys.update_rotation_interval(
        client, keys.UpdateRotationIntervalOpts(key_id=KEY_ID, rotation_interval=90)
    )
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/update-key-rotation-interval"
    assert req.json() == {"key_id": KEY_ID, "rotation_interval": 90}
    with pytest.raises(ValueError, match="rotation_interval"):
        keys.update_rotation_interval(
            client,
            keys.UpdateRotationIntervalOpts(key_id=KEY_ID, rotation_interval="90"),  # type: ignore[arg-type]
        )
    assert len(hw.api_requests) == 1


def test_rotation_errors(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(400, {"error": {"error_code": "KMS.0301", "error_msg": "key is not symmetric"}})
    with pytest.raises(errors.BadRequest, match="key is not symmetric"):
        keys.enable_rotation(client, keys.EnableRotationOpts(key_id=KEY_ID))


def test_list_tags(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"tags": [{"key": "team", "value": "orders"}], "existTagsNum": 1})
    got = keys.list_tags(client, KEY_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/{KEY_ID}/tags" and req.body == b""
    assert got.tags == [keys.Tag(key="team", value="orders")] and got.exist_tags_num == 1


def test_list_project_tags(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"tags": [{"key": "team", "values": ["orders", "billing"]}]})
    got = keys.list_project_tags(client).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/tags"
    assert got.tags == [keys.TagValues(key="team", values=["orders", "billing"])]


def test_add_and_remove_tag(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204, None)
    keys.add_tag(client, KEY_ID, keys.AddTagOpts(tag=keys.Tag(key="team", value="orders")))
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/{KEY_ID}/tags"
    assert req.json() == {"tag": {"key": "team", "value": "orders"}}
    hw.reply(204, None)
    keys.remove_tag(client, KEY_ID, "team")
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/{KEY_ID}/tags/team"
    with pytest.raises(ValueError, match="tag"):
        keys.add_tag(client, KEY_ID, keys.AddTagOpts(sequence=SEQ))
    hw.reply(404, {"error": {"error_code": "KMS.0205", "error_msg": "tag not found"}})
    with pytest.raises(errors.NotFound, match="tag not found"):
        keys.remove_tag(client, KEY_ID, "nope")


def test_update_tags(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204, None)
    keys.update_tags(
        client,
        KEY_ID,
        keys.UpdateTagsOpts(
            tags=[keys.Tag(key="team", value="orders"), keys.Tag(key="env", value="prod")],
            action="create",
        ),
    )
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/{KEY_ID}/tags/action"
    assert req.json() == {
        "tags": [{"key": "team", "value": "orders"}, {"key": "env", "value": "prod"}],
        "action": "create",
    }
    with pytest.raises(ValueError, match="action"):
        keys.update_tags(
            client, KEY_ID, keys.UpdateTagsOpts(tags=[], action="replace")  # type: ignore[arg-type]
        )
    assert len(hw.api_requests) == 1
