"""A secret's user metadata (whole and per key) and its consumers (microversion 1.1+,
with 1.2's refusal to delete a consumed secret), against a real Barbican."""

from __future__ import annotations

import pytest

from stacksdk.key_manager.v1 import (
    secret_consumers,
    secret_metadata,
    secret_metadata_items,
    secrets,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import secret_id


def new_secret(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    ref = present(
        secrets.create(km, secrets.CreateOpts(name=unique("extras"))).extract().secret_ref
    )
    sid = secret_id(ref)
    cleanup(lambda: secrets.delete(km, sid, secrets.DeleteOpts(force=True)))
    return sid


def test_metadata_whole_and_per_key(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    sid = new_secret(km, unique, cleanup)
    assert secret_metadata.get(km, sid).extract().metadata == {}

    put = secret_metadata.update(
        km, sid, secret_metadata.UpdateOpts(metadata={"Colour": "blue", "size": "9"})
    )
    assert put.status_code == 201
    assert present(put.extract().metadata_ref).endswith(f"/secrets/{sid}/metadata")
    # keys are lower-cased by Barbican
    assert secret_metadata.get(km, sid).extract().metadata == {"colour": "blue", "size": "9"}

    added = secret_metadata_items.create(
        km, sid, secret_metadata_items.CreateOpts(key="shape", value="round")
    )
    assert added.status_code == 201
    assert (added.extract().key, added.extract().value) == ("shape", "round")
    with pytest.raises(errors.Conflict):  # already there
        secret_metadata_items.create(
            km, sid, secret_metadata_items.CreateOpts(key="shape", value="square")
        )

    one = secret_metadata_items.get(km, sid, "colour").extract()
    assert (one.key, one.value) == ("colour", "blue")
    changed = secret_metadata_items.update(
        km, sid, "colour", secret_metadata_items.UpdateOpts(key="colour", value="red")
    ).extract()
    assert changed.value == "red"
    with pytest.raises(errors.Conflict):  # the body names another key than the path
        secret_metadata_items.update(
            km, sid, "colour", secret_metadata_items.UpdateOpts(key="size", value="1")
        )
    with pytest.raises(errors.NotFound):
        secret_metadata_items.update(
            km, sid, "absent", secret_metadata_items.UpdateOpts(key="absent", value="1")
        )

    assert secret_metadata_items.delete(km, sid, "size").status_code == 204
    with pytest.raises(errors.NotFound):
        secret_metadata_items.get(km, sid, "size")
    assert secret_metadata.get(km, sid).extract().metadata == {"colour": "red", "shape": "round"}

    # a replacement drops the keys it does not name
    secret_metadata.update(km, sid, secret_metadata.UpdateOpts(metadata={"only": "this"}))
    assert secret_metadata.get(km, sid).extract().metadata == {"only": "this"}


def test_consumers_and_forced_delete(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    sid = new_secret(km, unique, cleanup)
    for rid in ("img-1", "img-2", "img-3"):
        result = secret_consumers.add(
            km,
            sid,
            secret_consumers.AddOpts(service="image", resource_type="image", resource_id=rid),
        )
        assert result.status_code == 200
    secret = result.extract()  # the secret, with its consumers
    assert isinstance(secret, secrets.Secret)
    assert [c.resource_id for c in present(secret.consumers)] == ["img-1", "img-2", "img-3"]

    pages = list(secret_consumers.list(km, sid, secret_consumers.ListOpts(limit=2)).pages())
    assert [len(p.items) for p in pages] == [2, 1] and pages[0].total == 3
    first = pages[0].extract()[0]
    assert (first.service, first.resource_type, first.resource_id) == ("image", "image", "img-1")
    assert first.status == "ACTIVE" and first.created

    removed = secret_consumers.remove(
        km,
        sid,
        secret_consumers.RemoveOpts(service="image", resource_type="image", resource_id="img-2"),
    ).extract()
    assert [c.resource_id for c in present(removed.consumers)] == ["img-1", "img-3"]
    with pytest.raises(errors.NotFound):
        secret_consumers.remove(
            km,
            sid,
            secret_consumers.RemoveOpts(service="image", resource_type="image", resource_id="nope"),
        )

    # since 1.2 a consumed secret is only deleted by force
    with pytest.raises(errors.BadRequest):
        secrets.delete(km, sid)
    assert secrets.delete(km, sid, secrets.DeleteOpts(force=True)).status_code == 204
    with pytest.raises(errors.NotFound):
        secrets.get(km, sid)


def test_microversion_windows(
    km: ServiceClient, v10: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    sid = new_secret(km, unique, cleanup)
    secret_consumers.add(
        km, sid, secret_consumers.AddOpts(service="s", resource_type="t", resource_id="r")
    )
    # 1.0 (what a client without a microversion uses) shows no consumers ...
    old = secrets.get(v10, sid)
    assert old.headers["OpenStack-API-Version"] == "key-manager 1.0"
    assert not old.extract().is_set("consumers")
    assert present(secrets.get(km, sid).extract().consumers)[0].resource_id == "r"
    # ... and has no consumer API; force is a 1.2 option
    with pytest.raises(errors.MicroversionError):
        secret_consumers.list(v10, sid)
    with pytest.raises(errors.MicroversionError):
        secrets.delete(v10, sid, secrets.DeleteOpts(force=True))
    # 1.1 deletes a consumed secret without being forced (the 1.2 rule does not apply)
    assert secrets.delete(km, sid, microversion="1.1").status_code == 204
