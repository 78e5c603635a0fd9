"""Credentials and (deprecated) policies against a real Keystone."""

from __future__ import annotations

import hashlib
import json

import pytest

from stacksdk.identity.v3 import credentials, policies, projects, users
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import DOMAIN, Cleanup, Unique


@pytest.fixture
def owner(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    """The id of a user that owns the credentials of a test."""
    opts = users.CreateOpts(name=unique("cred-owner"), domain_id=DOMAIN)
    uid = users.create(identity, opts).extract().id
    cleanup(lambda: users.delete(identity, uid))
    return uid


@pytest.fixture
def project_id(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    opts = projects.CreateOpts(name=unique("cred-p"), domain_id=DOMAIN)
    pid = str(projects.create(identity, opts).extract().id)
    cleanup(lambda: projects.delete(identity, pid))
    return pid


# -- credentials ---------------------------------------------------------------


def test_ec2_credential_crud(
    identity: ServiceClient, owner: str, project_id: str, unique: Unique
) -> None:
    access, secret = unique("access"), unique("secret")
    blob = json.dumps({"access": access, "secret": secret})
    opts = credentials.CreateOpts(user_id=owner, type="ec2", project_id=project_id, blob=blob)
    assert secret not in repr(opts) and "blob=***" in repr(opts)
    result = credentials.create(identity, opts)
    assert result.status_code == 201
    cred = result.extract()
    cid = str(cred.id)
    try:
        # an ec2 credential's id is the SHA-256 of its access key
        assert cid == hashlib.sha256(access.encode()).hexdigest()
        assert cred.user_id == owner and cred.type == "ec2" and cred.project_id == project_id
        assert isinstance(cred.blob, str) and json.loads(cred.blob) == {
            "access": access,
            "secret": secret,
        }
        assert secret not in repr(cred)
        assert isinstance(cred.links, credentials.Links) and str(cred.links.self).endswith(cid)
        assert cred.extra == {}

        got = credentials.get(identity, cid).extract()
        assert (
            got.id == cid and got.user_id == owner and json.loads(str(got.blob))["secret"] == secret
        )

        new_blob = json.dumps({"access": access, "secret": secret + "-rotated"})
        updated = credentials.update(identity, cid, credentials.UpdateOpts(blob=new_blob)).extract()
        assert json.loads(str(updated.blob))["secret"] == secret + "-rotated"
        assert updated.type == "ec2" and updated.project_id == project_id
        assert (
            json.loads(str(credentials.get(identity, cid).extract().blob))["secret"]
            == secret + "-rotated"
        )
    finally:
        credentials.delete(identity, cid)
    with pytest.raises(errors.NotFound):
        credentials.get(identity, cid)
    with pytest.raises(errors.NotFound):
        credentials.delete(identity, cid)


def test_credential_update_takes_only_the_blob(identity: ServiceClient, owner: str) -> None:
    """Why UpdateOpts has only `blob` (and why credential-update-request.json is skipped)."""
    with pytest.raises(ValueError, match="blob"):
        credentials.UpdateOpts()
    assert {p.attr for p in credentials.UpdateOpts._params} == {"blob"}
    cid = str(
        credentials.create(
            identity,
            credentials.CreateOpts(user_id=owner, type="cert", blob="-----BEGIN CERTIFICATE-----"),
        )
        .extract()
        .id
    )
    try:
        body = {"credential": {"blob": "other", "type": "cert", "user_id": owner}}
        with pytest.raises(errors.BadRequest):
            identity.provider.request(
                "PATCH", identity.endpoint + f"/credentials/{cid}", json=body, ok=(200,)
            )
        updated = credentials.update(identity, cid, credentials.UpdateOpts(blob="other")).extract()
        assert updated.blob == "other" and updated.type == "cert" and updated.project_id is None
    finally:
        credentials.delete(identity, cid)


def test_credential_list_filters(
    identity: ServiceClient, owner: str, project_id: str, unique: Unique
) -> None:
    made = [
        credentials.create(
            identity,
            credentials.CreateOpts(
                user_id=owner,
                type="ec2",
                project_id=project_id,
                blob=json.dumps({"access": unique("a"), "secret": "s"}),
            ),
        ).extract(),
        credentials.create(
            identity, credentials.CreateOpts(user_id=owner, type="totp", blob="GEZDGNBVGY3TQOJQ")
        ).extract(),
        credentials.create(
            identity, credentials.CreateOpts(user_id=owner, type="cert", blob="cert-data")
        ).extract(),
    ]
    ids = {str(c.id) for c in made}
    try:
        assert ids <= {c.id for c in credentials.list(identity)}
        mine = credentials.list(identity, credentials.ListOpts(user_id=owner)).all_pages()
        assert {c.id for c in credentials.extract_credentials(mine)} == ids
        assert {c.user_id for c in mine.extract()} == {owner}
        totp = (
            credentials.list(identity, credentials.ListOpts(user_id=owner, type="totp"))
            .all_pages()
            .extract()
        )
        assert [(c.type, c.blob) for c in totp] == [("totp", "GEZDGNBVGY3TQOJQ")]
        all_ec2 = {c.id for c in credentials.list(identity, credentials.ListOpts(type="ec2"))}
        assert all_ec2 & ids == {made[0].id}
        assert (
            list(
                credentials.list(identity, credentials.ListOpts(user_id=owner, type="no-such-type"))
            )
            == []
        )
    finally:
        for c in made:
            credentials.delete(identity, str(c.id))


def test_credential_create_checks() -> None:
    with pytest.raises(ValueError, match="user_id"):
        credentials.CreateOpts(type="ec2", blob="{}")
    with pytest.raises(ValueError, match="blob"):
        credentials.CreateOpts(user_id="u", type="ec2", blob={"access": "x"})  # type: ignore[arg-type]


# -- policies ------------------------------------------------------------------


def test_policy_crud(identity: ServiceClient, unique: Unique) -> None:
    rule = unique("rule")
    blob = json.dumps({rule: "role:admin"})
    result = policies.create(identity, policies.CreateOpts(type="application/json", blob=blob))
    assert result.status_code == 201
    policy = result.extract()
    pid = str(policy.id)
    try:
        assert policy.type == "application/json" and policy.blob == blob
        assert isinstance(policy.links, policies.Links) and str(policy.links.self).endswith(pid)
        assert policy.extra == {}
        got = policies.get(identity, pid).extract()
        assert got.id == pid and got.blob == blob

        new_blob = json.dumps({rule: "role:member"})
        updated = policies.update(identity, pid, policies.UpdateOpts(blob=new_blob)).extract()
        assert updated.blob == new_blob and updated.type == "application/json"
        retyped = policies.update(
            identity, pid, policies.UpdateOpts(type="application/x-yaml")
        ).extract()
        assert retyped.type == "application/x-yaml" and retyped.blob == new_blob
        assert policies.get(identity, pid).extract().type == "application/x-yaml"
    finally:
        policies.delete(identity, pid)
    with pytest.raises(errors.NotFound):
        policies.get(identity, pid)


def test_policy_list_filter(identity: ServiceClient, unique: Unique) -> None:
    kind = "application/" + unique("t")
    made = [
        policies.create(identity, policies.CreateOpts(type=kind, blob="{}")).extract(),
        policies.create(identity, policies.CreateOpts(type=kind, blob='{"a": "b"}')).extract(),
        policies.create(
            identity, policies.CreateOpts(type="application/json", blob="{}")
        ).extract(),
    ]
    try:
        everything = {p.id for p in policies.list(identity)}
        assert {p.id for p in made} <= everything
        page = policies.list(identity, policies.ListOpts(type=kind)).all_pages()
        assert {p.id for p in policies.extract_policies(page)} == {made[0].id, made[1].id}
        assert {p.blob for p in page.extract()} == {"{}", '{"a": "b"}'}
    finally:
        for p in made:
            policies.delete(identity, str(p.id))


def test_policy_blob_must_be_a_string(identity: ServiceClient) -> None:
    """Why CreateOpts/UpdateOpts.blob is a str (and policy-update-request.json is skipped)."""
    with pytest.raises(ValueError, match="blob"):
        policies.CreateOpts(type="application/json", blob={"a": "b"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="type"):
        policies.CreateOpts(blob="{}")
    body = {"policy": {"type": "application/json", "blob": {"a": ["role:x"]}}}
    with pytest.raises(errors.BadRequest):
        identity.provider.request("POST", identity.endpoint + "/policies", json=body, ok=(201,))
