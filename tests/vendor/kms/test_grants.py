"""KMS v1.0 grants: create, list, list retirable, revoke and retire against the
signature-checking loopback cloud (every grant operation is a POST with a JSON body)."""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.kms.v1_0 as kms_v1_0
from stacksdk.huaweicloud.kms.v1_0 import grants
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

KEY_ID = "0d0466b0-e727-4d9c-b35d-f84bb474a37f"
GRANT_ID = "7c9a3286af4fcca5f0a385ad13e1d21a50e27b6dbcab50f37f30f93b8939827d"
GRANTEE = "134f8f0a4c0b4a4d92c43d5d5f8c3c2e"
ISSUER = "f94ca2a8e32a48a4b4f1ec6c2bd2f6d1"
SEQ = "919c82d4-8046-4722-9094-35c3c6524cff"


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    return kms_v1_0.new_client(hw.provider)


@pytest.fixture
def base(hw: HwCloud) -> str:
    return f"/v1.0/{hw.project_id}/kms"


def grant(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "key_id": KEY_ID,
        "grant_id": GRANT_ID,
        "grantee_principal": GRANTEE,
        "grantee_principal_type": "user",
        "operations": ["describe-key", "create-datakey", "encrypt-datakey"],
        "issuing_principal": ISSUER,
        "creation_date": "1521191065000",
        "name": "batch-jobs",
        "retiring_principal": GRANTEE,
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"grant_id": GRANT_ID})
    opts = grants.CreateOpts(
        key_id=KEY_ID,
        grantee_principal=GRANTEE,
        grantee_principal_type="user",
        operations=["describe-key", "create-datakey"],
        name="batch-jobs",
        retiring_principal=GRANTEE,
        sequence=SEQ,
    )
    got = grants.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/create-grant" and req.query == []
    assert req.json() == {
        "key_id": KEY_ID,
        "grantee_principal": GRANTEE,
        "grantee_principal_type": "user",
        "operations": ["describe-key", "create-datakey"],
        "name": "batch-jobs",
        "retiring_principal": GRANTEE,
        "sequence": SEQ,
    }
    assert got.grant_id == GRANT_ID and not got.is_set("key_id")


@pytest.mark.parametrize("missing", ["key_id", "grantee_principal", "operations"])
def test_create_checks_required_and_enum(hw: HwCloud, client: ServiceClient, missing: str) -> None:
    values: dict[str, object] = {
        "key_id": KEY_ID,
        "grantee_principal": GRANTEE,
        "operations": ["describe-key"],
    }
    del values[missing]
    with pytest.raises(ValueError, match=missing):
        grants.create(client, grants.CreateOpts(**values))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="grantee_principal_type"):
        grants.create(
            client,
            grants.CreateOpts(
                key_id=KEY_ID,
                grantee_principal=GRANTEE,
                operations=["describe-key"],
                grantee_principal_type="group",  # type: ignore[arg-type]
            ),
        )
    assert hw.api_requests == []


def test_list_grants(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"grants": [grant()], "next_marker": "1", "truncated": "true", "total": 2})
    page = grants.list_grants(client, grants.ListGrantsOpts(key_id=KEY_ID, limit="1")).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/list-grants"
    assert req.json() == {"key_id": KEY_ID, "limit": "1"}
    assert page.truncated == "true" and page.next_marker == "1" and page.total == 2
    assert page.grants == [grants.Grant.from_dict(grant())]
    assert page.grants
    g = page.grants[0]
    assert g.grant_id == GRANT_ID and g.operations == [
        "describe-key",
        "create-datakey",
        "encrypt-datakey",
    ]
    assert g.issuing_principal == ISSUER and g.creation_date == "1521191065000"


def test_list_grants_next_page_and_required_key(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="key_id"):
        grants.list_grants(client, grants.ListGrantsOpts(limit="1"))
    assert hw.api_requests == []
    hw.reply(200, {"grants": [], "next_marker": "", "truncated": "false", "total": 2})
    page = grants.list_grants(
        client, grants.ListGrantsOpts(key_id=KEY_ID, limit="1", marker="1")
    ).extract()
    assert hw.api_requests[-1].json() == {"key_id": KEY_ID, "limit": "1", "marker": "1"}
    assert page.grants == [] and page.truncated == "false"


def test_list_retirable(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200, {"grants": [grant(name="other")], "next_marker": "", "truncated": "false", "total": 1}
    )
    page = grants.list_retirable(
        client, grants.ListRetirableOpts(limit="10", sequence=SEQ)
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/list-retirable-grants"
    assert req.json() == {"limit": "10", "sequence": SEQ}
    assert [g.name for g in page.grants or []] == ["other"] and page.total == 1


@pytest.mark.parametrize(
    ("action", "path"), [(grants.revoke, "revoke-grant"), (grants.retire, "retire-grant")]
)
def test_revoke_and_retire(
    hw: HwCloud, client: ServiceClient, base: str, action: object, path: str
) -> None:
    hw.reply(200, None)
    opts = grants.RevokeOpts(key_id=KEY_ID, grant_id=GRANT_ID)
    result = action(client, opts)  # type: ignore[operator]
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/{path}"
    assert req.json() == {"key_id": KEY_ID, "grant_id": GRANT_ID}
    assert result.status_code == 200 and result.extract() is None


def test_retire_takes_the_revoke_options() -> None:
    assert grants.RetireOpts is grants.RevokeOpts
    with pytest.raises(ValueError, match="grant_id"):
        grants.RetireOpts(key_id=KEY_ID).to_dict()


def test_errors_carry_the_kms_message(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(404, {"error": {"error_code": "KMS.0207", "error_msg": "Grant does not exist"}})
    with pytest.raises(errors.NotFound) as caught:
        grants.revoke(client, grants.RevokeOpts(key_id=KEY_ID, grant_id=GRANT_ID))
    assert caught.value.status_code == 404 and "Grant does not exist" in str(caught.value)
    hw.reply(400, {"error": {"error_code": "KMS.0201", "error_msg": "Invalid request"}})
    with pytest.raises(errors.BadRequest, match="Invalid request"):
        grants.create(
            client,
            grants.CreateOpts(key_id=KEY_ID, grantee_principal=GRANTEE, operations=["x"]),
        )
    # creating and revoking change state: a 503 is not retried
    hw.reply(503, {"error": {"error_code": "KMS.0001", "error_msg": "busy"}}, {"Retry-After": "0"})
    with pytest.raises(errors.ServiceUnavailable):
        grants.retire(client, grants.RetireOpts(key_id=KEY_ID, grant_id=GRANT_ID))
    assert [r.path.rsplit("/", 1)[1] for r in hw.api_requests] == [
        "revoke-grant",
        "create-grant",
        "retire-grant",
    ]
