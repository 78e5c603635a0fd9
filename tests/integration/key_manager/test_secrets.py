"""Secrets against a real Barbican: create with a payload and read it back byte for byte,
the two-step upload, find, listing with filters and paging through next links, delete,
and the errors Barbican answers (typed)."""

from __future__ import annotations

import base64
import datetime

import pytest

from stacksdk.key_manager.v1 import secrets
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import secret_id

#: bytes that are no UTF-8 text, with a NUL and every byte value's extremes
BINARY = bytes([0, 1, 2, 0x7F, 0x80, 0xFE, 0xFF]) + b"\r\n tail"
OCTETS = "application/octet-stream"


def make(km: ServiceClient, cleanup: Cleanup, opts: secrets.CreateOpts) -> str:
    """Create a secret (deleted after the test); its UUID."""
    ref = present(secrets.create(km, opts).extract().secret_ref)
    sid = secret_id(ref)
    cleanup(lambda: secrets.delete(km, sid, secrets.DeleteOpts(force=True)))
    return sid


def test_text_payload_roundtrip_get_find_delete(km: ServiceClient, unique: Unique) -> None:
    name = unique("text")
    text = "pässwörd \N{SNOWMAN} with spaces"
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=3)
    result = secrets.create(
        km,
        secrets.CreateOpts(
            name=name,
            payload=text,
            payload_content_type="text/plain",
            secret_type="passphrase",
            algorithm="none",
            expiration=expires,
        ),
    )
    assert result.status_code == 201
    created = result.extract()
    ref = present(created.secret_ref)
    assert result.headers["Location"] == ref and "/v1/secrets/" in ref
    assert not created.is_set("name")  # the answer carries the reference only
    sid = secret_id(ref)

    got = secrets.get(km, sid).extract()
    assert got.secret_ref == ref and got.name == name and got.status == "ACTIVE"
    assert got.secret_type == "passphrase" and got.algorithm == "none"
    assert got.bit_length is None and got.mode is None
    assert got.content_types == {"default": "text/plain"}
    assert got.consumers == []
    expiration = present(got.expiration)
    assert expiration is not None and abs(expiration - expires) < datetime.timedelta(seconds=1)
    assert isinstance(got.created, datetime.datetime) and got.creator_id

    payload = secrets.get_payload(km, sid, secrets.GetPayloadOpts(accept="text/plain"))
    assert payload.extract() == text.encode()
    assert payload.headers["Content-Type"].startswith("text/plain")

    assert secrets.find(km, name).secret_ref == ref
    assert secrets.find(km, sid).secret_ref == ref

    assert secrets.delete(km, sid).status_code == 204
    with pytest.raises(errors.NotFound):
        secrets.get(km, sid)
    with pytest.raises(errors.ResourceNotFound):
        secrets.find(km, name)


def test_binary_payload_base64_roundtrip(
    km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    sid = make(
        km,
        cleanup,
        secrets.CreateOpts(
            name=unique("bin"),
            payload=base64.b64encode(BINARY).decode(),
            payload_content_type=OCTETS,
            payload_content_encoding="base64",
            secret_type="symmetric",
            algorithm="aes",
            bit_length=128,
            mode="cbc",
        ),
    )
    got = secrets.get(km, sid).extract()
    assert (got.secret_type, got.algorithm, got.bit_length, got.mode) == (
        "symmetric",
        "aes",
        128,
        "cbc",
    )
    assert got.content_types == {"default": OCTETS}
    assert secrets.get_payload(km, sid, secrets.GetPayloadOpts(accept=OCTETS)).extract() == BINARY
    # a binary secret cannot be given as text
    with pytest.raises(errors.NotAcceptable):
        secrets.get_payload(km, sid, secrets.GetPayloadOpts(accept="text/plain"))


def test_two_step_upload(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    sid = make(km, cleanup, secrets.CreateOpts(name=unique("later")))
    empty = secrets.get(km, sid).extract()
    assert not empty.is_set("content_types")  # no payload yet
    with pytest.raises(errors.NotFound):
        secrets.get_payload(km, sid, secrets.GetPayloadOpts(accept=OCTETS))

    uploaded = secrets.upload_payload(km, sid, BINARY)
    assert uploaded.status_code == 204
    assert secrets.get(km, sid).extract().content_types == {"default": OCTETS}
    assert secrets.get_payload(km, sid, secrets.GetPayloadOpts(accept=OCTETS)).extract() == BINARY

    # a payload is given once
    with pytest.raises(errors.Conflict):
        secrets.upload_payload(km, sid, b"another")


def test_two_step_upload_text_and_base64(
    km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    text_id = make(km, cleanup, secrets.CreateOpts(name=unique("later-text")))
    secrets.upload_payload(
        km, text_id, b"plain text", secrets.UploadPayloadOpts(content_type="text/plain")
    )
    assert secrets.get(km, text_id).extract().content_types == {"default": "text/plain"}
    got = secrets.get_payload(km, text_id, secrets.GetPayloadOpts(accept="text/plain"))
    assert got.extract() == b"plain text"

    b64_id = make(km, cleanup, secrets.CreateOpts(name=unique("later-b64")))
    secrets.upload_payload(
        km,
        b64_id,
        base64.b64encode(BINARY),
        secrets.UploadPayloadOpts(content_type=OCTETS, content_encoding="base64"),
    )
    assert (
        secrets.get_payload(km, b64_id, secrets.GetPayloadOpts(accept=OCTETS)).extract() == BINARY
    )


def test_list_paging_through_next_links_and_filters(
    km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("paged")
    made = [
        make(km, cleanup, secrets.CreateOpts(name=name, algorithm="aes", bit_length=bits))
        for bits in (128, 192, 256, 256, 256)
    ]
    other = make(km, cleanup, secrets.CreateOpts(name=name + "-x", secret_type="passphrase"))

    pager = secrets.list(km, secrets.ListOpts(name=name, limit=2))
    pages = list(pager.pages())
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert all(p.total == 5 for p in pages)
    listed = [secret_id(present(s.secret_ref)) for p in pages for s in p.extract()]
    assert listed == made  # oldest first, no repeats across pages

    assert len(list(secrets.list(km, secrets.ListOpts(name=name, bits=256)))) == 3
    assert {s.bit_length for s in secrets.list(km, secrets.ListOpts(name=name, alg="aes"))} == {
        128,
        192,
        256,
    }
    newest_first = secrets.list(km, secrets.ListOpts(name=name, sort="bit_length:desc"))
    assert [s.bit_length for s in newest_first] == [256, 256, 256, 192, 128]
    typed = secrets.list(km, secrets.ListOpts(secret_type="passphrase", name=name + "-x"))
    assert [secret_id(present(s.secret_ref)) for s in typed] == [other]
    since = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)).strftime(
        "%Y-%m-%dT%H:%M:%S"
    )
    assert len(list(secrets.list(km, secrets.ListOpts(name=name, created="gte:" + since)))) == 5
    assert list(secrets.list(km, secrets.ListOpts(name=name, created="lt:" + since))) == []

    # two secrets of one name: find refuses to choose
    with pytest.raises(errors.NoUniqueMatch):
        secrets.find(km, name)


def test_errors(km: ServiceClient) -> None:
    with pytest.raises(errors.NotFound):
        secrets.get(km, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(errors.NotFound):  # Barbican answers a malformed id with 404 too
        secrets.get(km, "not-a-uuid")
    with pytest.raises(errors.BadRequest):
        secrets.create(
            km, secrets.CreateOpts(name="bad", payload="x", payload_content_type="image/png")
        )
    with pytest.raises(errors.BadRequest):  # a payload needs its content type
        secrets.create(km, secrets.CreateOpts(name="bad", payload="x"))
    with pytest.raises(errors.BadRequest):
        next(secrets.list(km, secrets.ListOpts(sort="colour")).pages())
    with pytest.raises(errors.BadRequest):
        next(secrets.list(km, secrets.ListOpts(created="gt:yesterday")).pages())
    past = datetime.datetime(2001, 1, 1, tzinfo=datetime.timezone.utc)
    with pytest.raises(errors.BadRequest):
        secrets.create(km, secrets.CreateOpts(name="bad", expiration=past))
    with pytest.raises(ValueError):  # checked before sending
        secrets.CreateOpts(payload_content_encoding="base32")  # type: ignore[arg-type]
