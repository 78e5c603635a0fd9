"""KMS v1.0 data keys (create, create without plaintext, encrypt, decrypt) and small data
(encrypt, decrypt, random numbers) against the signature-checking loopback cloud; plain
data keys and plain text are secrets: never in a repr or a log line."""

from __future__ import annotations

import logging

import pytest

import stacksdk.huaweicloud.kms.v1_0 as kms_v1_0
from stacksdk.huaweicloud.kms.v1_0 import data, datakeys
from stacksdk.runtime import errors
from stacksdk.runtime.pipeline.provider import TRACE
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

KEY_ID = "0d0466b0-e727-4d9c-b35d-f84bb474a37f"
SEQ = "919c82d4-8046-4722-9094-35c3c6524cff"
# values of our own, shaped as KMS answers them (hex for data keys)
PLAIN_DK = "8151014275E426C72EE7D44267EF11590DCE0089E19863BA8CC832187B156A72"
DK_DIGEST = "A3B1C2D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90"
CIPHER_DK = "020098009EEAFCE122CAA5927D2E020086F9548BA1675FDB022E4ECC01AC52D1"
PLAIN_DATA = "card 4111-1111-1111-1111"
CIPHER_DATA = "AgDoAG7EsEc2OHpQxz4gDFDH54Ik2Xw3yHIgfu+aYh9s1bRmYF=="


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    return kms_v1_0.new_client(hw.provider)


@pytest.fixture
def base(hw: HwCloud) -> str:
    return f"/v1.0/{hw.project_id}/kms"


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_id": KEY_ID, "plain_text": PLAIN_DK, "cipher_text": CIPHER_DK})
    opts = datakeys.CreateOpts(
        key_id=KEY_ID, datakey_length="256", additional_authenticated_data="orders", sequence=SEQ
    )
    got = datakeys.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/create-datakey" and req.query == []
    assert req.json() == {
        "key_id": KEY_ID,
        "datakey_length": "256",
        "additional_authenticated_data": "orders",
        "sequence": SEQ,
    }
    assert got.key_id == KEY_ID and got.plain_text == PLAIN_DK and got.cipher_text == CIPHER_DK
    assert PLAIN_DK not in repr(got) and CIPHER_DK in repr(got)


def test_create_by_key_spec_needs_a_key(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="key_id"):
        datakeys.create(client, datakeys.CreateOpts(key_spec="AES_256"))
    assert hw.api_requests == []
    hw.reply(200, {"key_id": KEY_ID, "plain_text": PLAIN_DK, "cipher_text": CIPHER_DK})
    datakeys.create(client, datakeys.CreateOpts(key_id=KEY_ID, key_spec="AES_256"))
    assert hw.api_requests[-1].json() == {"key_id": KEY_ID, "key_spec": "AES_256"}


def test_create_without_plaintext(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_id": KEY_ID, "cipher_text": CIPHER_DK})
    got = datakeys.create_without_plaintext(
        client, datakeys.CreateWithoutPlaintextOpts(key_id=KEY_ID, key_spec="SM4")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/create-datakey-without-plaintext"
    assert req.json() == {"key_id": KEY_ID, "key_spec": "SM4"}
    assert got.cipher_text == CIPHER_DK and not got.is_set("plain_text")
    assert datakeys.CreateWithoutPlaintextOpts is datakeys.CreateOpts


def test_encrypt(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_id": KEY_ID, "cipher_text": CIPHER_DK, "datakey_length": "32"})
    opts = datakeys.EncryptOpts(
        key_id=KEY_ID, plain_text=PLAIN_DK + DK_DIGEST, datakey_plain_length="32"
    )
    assert PLAIN_DK not in repr(opts)
    got = datakeys.encrypt(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/encrypt-datakey"
    assert req.json() == {
        "key_id": KEY_ID,
        "plain_text": PLAIN_DK + DK_DIGEST,
        "datakey_plain_length": "32",
    }
    assert got.cipher_text == CIPHER_DK and got.datakey_length == "32"


def test_encrypt_needs_the_plain_length(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="datakey_plain_length"):
        datakeys.encrypt(client, datakeys.EncryptOpts(key_id=KEY_ID, plain_text=PLAIN_DK))
    assert hw.api_requests == []


def test_decrypt(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"data_key": PLAIN_DK, "datakey_length": "32", "datakey_dgst": DK_DIGEST})
    got = datakeys.decrypt(
        client,
        datakeys.DecryptOpts(key_id=KEY_ID, cipher_text=CIPHER_DK, datakey_cipher_length="32"),
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/decrypt-datakey"
    assert req.json() == {"key_id": KEY_ID, "cipher_text": CIPHER_DK, "datakey_cipher_length": "32"}
    assert got.data_key == PLAIN_DK and got.datakey_dgst == DK_DIGEST and got.datakey_length == "32"
    assert PLAIN_DK not in repr(got)


def test_encrypt_data(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"key_id": KEY_ID, "cipher_text": CIPHER_DATA})
    opts = data.EncryptOpts(
        key_id=KEY_ID, plain_text=PLAIN_DATA, encryption_algorithm="SYMMETRIC_DEFAULT"
    )
    assert PLAIN_DATA not in repr(opts)
    got = data.encrypt(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/encrypt-data"
    assert req.json() == {
        "key_id": KEY_ID,
        "plain_text": PLAIN_DATA,
        "encryption_algorithm": "SYMMETRIC_DEFAULT",
    }
    assert got.key_id == KEY_ID and got.cipher_text == CIPHER_DATA


def test_decrypt_data(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {"key_id": KEY_ID, "plain_text": PLAIN_DATA, "plain_text_base64": "Y2FyZCA0MTExLTExMTE="},
    )
    got = data.decrypt(client, data.DecryptOpts(cipher_text=CIPHER_DATA)).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/decrypt-data"
    assert req.json() == {"cipher_text": CIPHER_DATA}
    assert got.plain_text == PLAIN_DATA and got.plain_text_base64 == "Y2FyZCA0MTExLTExMTE="
    assert PLAIN_DATA not in repr(got) and "Y2FyZCA0MTExLTExMTE=" not in repr(got)
    with pytest.raises(ValueError, match="cipher_text"):
        data.decrypt(client, data.DecryptOpts(key_id=KEY_ID))


def test_gen_random(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"random_data": "5F2C3A2B4E6D7F8091A2B3C4D5E6F708"})
    got = data.gen_random(client, data.GenRandomOpts(random_data_length="128")).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/gen-random"
    assert req.json() == {"random_data_length": "128"}
    assert got == data.RandomData(random_data="5F2C3A2B4E6D7F8091A2B3C4D5E6F708")
    with pytest.raises(ValueError, match="random_data_length"):
        data.gen_random(client, data.GenRandomOpts(sequence=SEQ))


def test_secrets_stay_out_of_trace_logs_and_errors(
    hw: HwCloud, client: ServiceClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(TRACE, logger="stacksdk")
    hw.reply(200, {"key_id": KEY_ID, "plain_text": PLAIN_DK, "cipher_text": CIPHER_DK})
    datakeys.create(client, datakeys.CreateOpts(key_id=KEY_ID, pin="246810"))
    hw.reply(200, {"key_id": KEY_ID, "cipher_text": CIPHER_DATA})
    data.encrypt(client, data.EncryptOpts(key_id=KEY_ID, plain_text=PLAIN_DATA))
    # the server echoes the plain text back in an error
    hw.reply(400, {"error": {"error_code": "KMS.0201", "error_msg": f"bad {PLAIN_DATA}"}})
    with pytest.raises(errors.BadRequest) as caught:
        data.encrypt(client, data.EncryptOpts(key_id=KEY_ID, plain_text=PLAIN_DATA))
    assert PLAIN_DATA not in str(caught.value) and PLAIN_DATA.encode() not in caught.value.body
    text = "\n".join(r.getMessage() for r in caplog.records if r.levelno <= logging.DEBUG)
    assert "create-datakey" in text and CIPHER_DK in text  # bodies were logged, masked
    assert PLAIN_DK not in text and PLAIN_DATA not in text and "246810" not in text
    # the signature covered the real body: the server saw the secrets
    assert hw.api_requests[0].json()["pin"] == "246810"
    assert hw.api_requests[1].json()["plain_text"] == PLAIN_DATA


def test_encrypting_is_not_resent_after_a_503(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(503, {"error": {"error_code": "KMS.0001", "error_msg": "busy"}}, {"Retry-After": "0"})
    with pytest.raises(errors.ServiceUnavailable):
        datakeys.create(client, datakeys.CreateOpts(key_id=KEY_ID))
    assert len(hw.api_requests) == 1
