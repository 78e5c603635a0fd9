"""Secret material never shows: payloads and passphrases are masked in reprs, left out of
the SDK's logs (TRACE included), and scrubbed from errors whose server echoes them."""

from __future__ import annotations

import base64
import uuid

import pytest

from stacksdk.key_manager.v1 import orders, secrets
from stacksdk.runtime import ServiceClient
from tests.integration.helpers import Cleanup, present

from .conftest import secret_id

TRACE = 5


def test_reprs_mask_payloads_and_passphrases() -> None:
    payload = "repr-" + uuid.uuid4().hex
    opts = secrets.CreateOpts(name="n", payload=payload, payload_content_type="text/plain")
    assert payload not in repr(opts) and payload not in str(opts)
    assert "payload=***" in repr(opts)
    assert opts.to_dict()["payload"] == payload  # sent as given
    meta = orders.OrderMeta(algorithm="rsa", bit_length=2048, passphrase=payload)
    assert payload not in repr(meta) and payload not in repr(
        orders.CreateOpts(type="asymmetric", meta=meta)
    )
    wrapped = secrets.GetPayloadOpts(accept="*/*", trans_wrapped_session_key=payload)
    assert payload not in repr(wrapped)


def test_payload_never_logged(
    km: ServiceClient, cleanup: Cleanup, caplog: pytest.LogCaptureFixture
) -> None:
    payload = "logged-" + uuid.uuid4().hex
    binary = uuid.uuid4().bytes + b"-binary-" + uuid.uuid4().hex.encode()
    with caplog.at_level(TRACE, logger="stacksdk"):
        ref = present(
            secrets.create(
                km,
                secrets.CreateOpts(
                    name="logged", payload=payload, payload_content_type="text/plain"
                ),
            )
            .extract()
            .secret_ref
        )
        sid = secret_id(ref)
        cleanup(lambda: secrets.delete(km, sid))
        got = secrets.get_payload(km, sid, secrets.GetPayloadOpts(accept="text/plain"))
        assert got.extract() == payload.encode()

        later = secret_id(
            present(secrets.create(km, secrets.CreateOpts(name="l")).extract().secret_ref)
        )
        cleanup(lambda: secrets.delete(km, later))
        secrets.upload_payload(km, later, binary)
        assert (
            secrets.get_payload(km, later, secrets.GetPayloadOpts(accept="*/*")).extract() == binary
        )
    text = caplog.text
    assert "/v1/secrets" in text and "request headers" in text  # TRACE lines were written
    assert payload not in text
    assert binary.hex() not in text and base64.b64encode(binary).decode() not in text
    assert binary.decode("latin-1") not in text
    # the result's repr shows no payload either (it is bytes the caller asked for)
    assert payload not in repr(got)


def test_order_passphrase_echo_masked(
    km: ServiceClient, cleanup: Cleanup, caplog: pytest.LogCaptureFixture
) -> None:
    """Barbican keeps an asymmetric order's passphrase in the order's meta and sends it
    back with the order: the model holds it, its repr and the TRACE log do not."""
    phrase = "phrase-" + uuid.uuid4().hex
    with caplog.at_level(TRACE, logger="stacksdk"):
        made = orders.create(
            km,
            orders.CreateOpts(
                type="asymmetric",
                meta=orders.OrderMeta(
                    name="with-phrase", algorithm="rsa", bit_length=1024, passphrase=phrase
                ),
            ),
        ).extract()
        oid = secret_id(present(made.order_ref))
        cleanup(lambda: orders.delete(km, oid))
        done = orders.wait_for_status(km, oid, "ACTIVE", timeout=60, interval=0.2)
    meta = present(done.meta)
    assert meta.passphrase == phrase  # echoed by the server, kept in the model
    assert phrase not in repr(done) and phrase not in str(done)
    assert '"passphrase": "***"' in caplog.text  # the echo reached the TRACE log, masked
    assert phrase not in caplog.text
    container_id = secret_id(present(done.container_ref))
    from stacksdk.key_manager.v1 import containers

    cleanup(lambda: containers.delete(km, container_id))
    refs = {
        s.name: present(s.secret_ref)
        for s in present(containers.get(km, container_id).extract().secret_refs)
    }
    assert set(refs) == {"public_key", "private_key", "private_key_passphrase"}
    for ref in refs.values():
        cleanup(lambda ref=ref: secrets.delete(km, secret_id(ref)))  # type: ignore[misc]
    stored = secrets.get_payload(
        km, secret_id(refs["private_key_passphrase"]), secrets.GetPayloadOpts(accept="*/*")
    ).extract()
    assert stored == phrase.encode()
