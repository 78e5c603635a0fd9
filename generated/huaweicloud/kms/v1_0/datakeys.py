# Generated from huaweicloud/kms/v1_0/datakeys.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Data encryption keys (DEKs) for envelope encryption: KMS makes a random data key and gives it
back encrypted under a key (cipher_text) and, unless asked not to, in plain (plain_text, hex);
encrypt and decrypt wrap and unwrap a data key the caller holds. Plain data keys are secrets:
masked in every repr."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class DataKey(Model):
    """Data encryption keys (DEKs) for envelope encryption: KMS makes a random data key and gives
    it back encrypted under a key (cipher_text) and, unless asked not to, in plain
    (plain_text, hex); encrypt and decrypt wrap and unwrap a data key the caller holds. Plain
    data keys are secrets: masked in every repr."""

    key_id: str | Unset = UNSET
    """The ID of the key that encrypts the data key (a UUID; decrypt answers leave it out)."""

    datakey_length: str | Unset = UNSET
    """The data key's length in bits, as a string (encrypt and decrypt answers)."""

    plain_text: str | Unset = UNSET
    """The data key in plain, hex (create answers only)."""

    cipher_text: str | Unset = UNSET
    """The data key encrypted under the key, hex (create and encrypt answers)."""

    data_key: str | Unset = UNSET
    """The decrypted data key, hex (decrypt answers)."""

    datakey_dgst: str | Unset = UNSET
    """The SHA-256 (or SM3) digest of the decrypted data key, hex (decrypt answers)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key_id", "key_id", t.STRING),
        Field("datakey_length", "datakey_length", t.STRING),
        Field("plain_text", "plain_text", t.STRING, sensitive=True),
        Field("cipher_text", "cipher_text", t.STRING),
        Field("data_key", "data_key", t.STRING, sensitive=True),
        Field("datakey_dgst", "datakey_dgst", t.STRING),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of create_without_plaintext."""

    key_id: str = REQUIRED
    """The ID of the key that encrypts the data key (a UUID; decrypt answers leave it out)."""

    key_spec: str | Unset = UNSET
    """The data key: AES_256, AES_128, SM4, HMAC_256, HMAC_384, HMAC_512 or HMAC_SM3."""

    datakey_length: str | Unset = UNSET
    """The data key's length in bits, a multiple of 8 from 8 to 8192, as a string (e.g. "512")."""

    additional_authenticated_data: str | Unset = UNSET
    """Additional authenticated data (AAD), up to 1024 characters; decrypting needs the same."""

    pin: str | Unset = UNSET
    """The PIN of a key protected by one."""

    pin_type: str | Unset = UNSET
    """The kind of PIN given in pin."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("key_spec", "key_spec", t.STRING),
        Param("datakey_length", "datakey_length", t.STRING),
        Param("additional_authenticated_data", "additional_authenticated_data", t.STRING),
        Param("pin", "pin", t.STRING, sensitive=True),
        Param("pin_type", "pin_type", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class EncryptOpts(Opts):
    """Options of encrypt."""

    key_id: str = REQUIRED
    """The ID of the key to encrypt with."""

    plain_text: str = REQUIRED
    """The data key then its 32-byte digest, in hex."""

    datakey_plain_length: str = REQUIRED
    """The data key's length in bytes, without the digest, as a string (e.g. "64")."""

    additional_authenticated_data: str | Unset = UNSET
    """Additional authenticated data (AAD), up to 1024 characters; decrypting needs the same."""

    key_spec: str | Unset = UNSET
    """The data key's kind (AES_256, SM4, ...), for keys that need it."""

    pin: str | Unset = UNSET
    """The PIN of a key protected by one."""

    pin_type: str | Unset = UNSET
    """The kind of PIN given in pin."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("plain_text", "plain_text", t.STRING, required=True, sensitive=True),
        Param("datakey_plain_length", "datakey_plain_length", t.STRING, required=True),
        Param("additional_authenticated_data", "additional_authenticated_data", t.STRING),
        Param("key_spec", "key_spec", t.STRING),
        Param("pin", "pin", t.STRING, sensitive=True),
        Param("pin_type", "pin_type", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class DecryptOpts(Opts):
    """Options of decrypt."""

    key_id: str = REQUIRED
    """The ID of the key that encrypted the data key."""

    cipher_text: str = REQUIRED
    """The encrypted data key as create or encrypt answered it (hex)."""

    datakey_cipher_length: str = REQUIRED
    """The data key's length in bytes, as a string (e.g. "64")."""

    additional_authenticated_data: str | Unset = UNSET
    """The additional authenticated data given when the data key was encrypted."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("cipher_text", "cipher_text", t.STRING, required=True),
        Param("datakey_cipher_length", "datakey_cipher_length", t.STRING, required=True),
        Param("additional_authenticated_data", "additional_authenticated_data", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


CreateWithoutPlaintextOpts = CreateOpts

_CREATE = Operation(
    "datakeys.create",
    "POST",
    "/kms/create-datakey",
    ok=(200, 201, 202),
    request_kind="json",
)
_CREATE_WITHOUT_PLAINTEXT = Operation(
    "datakeys.create_without_plaintext",
    "POST",
    "/kms/create-datakey-without-plaintext",
    ok=(200, 201, 202),
    request_kind="json",
)
_ENCRYPT = Operation(
    "datakeys.encrypt",
    "POST",
    "/kms/encrypt-datakey",
    ok=(200, 201, 202),
    request_kind="json",
)
_DECRYPT = Operation(
    "datakeys.decrypt",
    "POST",
    "/kms/decrypt-datakey",
    ok=(200, 201, 202),
    request_kind="json",
)


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DataKey]:
    """Create a data key and answer it in plain and encrypted (create-datakey). Give
    datakey_length or key_spec (datakey_length wins; neither: 256 bits)."""
    return client.call(
        _CREATE, None, model=DataKey, opts=opts, microversion=microversion, timeout=timeout
    )


def create_without_plaintext(
    client: ServiceClient,
    opts: CreateWithoutPlaintextOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DataKey]:
    """Create a data key and answer it only encrypted (create-datakey-without-plaintext):
    plain_text stays unset."""
    return client.call(
        _CREATE_WITHOUT_PLAINTEXT,
        None,
        model=DataKey,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def encrypt(
    client: ServiceClient,
    opts: EncryptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DataKey]:
    """Encrypt a data key the caller holds under a key (encrypt-datakey). The plain text is the
    data key followed by its SHA-256 digest (SM3 for SM4 keys), in hex."""
    return client.call(
        _ENCRYPT, None, model=DataKey, opts=opts, microversion=microversion, timeout=timeout
    )


def decrypt(
    client: ServiceClient,
    opts: DecryptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DataKey]:
    """Decrypt a data key encrypted under a key (decrypt-datakey); the answer's data_key is the
    plain data key and datakey_dgst its digest."""
    return client.call(
        _DECRYPT, None, model=DataKey, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_datakeys(page: Page[Any]) -> builtins.list[DataKey]:
    """The DataKey items of a page (or of ``all_pages()``)."""
    return page.extract_as(DataKey)
