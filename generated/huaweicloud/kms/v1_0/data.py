# Generated from huaweicloud/kms/v1_0/data.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Small data (up to 4 KB) encrypted and decrypted directly with a key (encrypt-data,
decrypt-data), and random numbers from KMS's generator (gen-random). Plain text is a secret:
masked in every repr."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class RandomData(Model):
    """Random bytes from KMS (gen-random)."""

    random_data: str | Unset = UNSET
    """The random number, in hex."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("random_data", "random_data", t.STRING),)


class Data(Model):
    """Small data (up to 4 KB) encrypted and decrypted directly with a key (encrypt-data,
    decrypt-data), and random numbers from KMS's generator (gen-random). Plain text is a
    secret: masked in every repr."""

    key_id: str
    """The ID of the key used."""

    cipher_text: str | Unset = UNSET
    """The encrypted data, base64 (encrypt answers)."""

    plain_text: str | Unset = UNSET
    """The decrypted data (decrypt answers)."""

    plain_text_base64: str | Unset = UNSET
    """The decrypted data, base64 (decrypt answers)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key_id", "key_id", t.STRING),
        Field("cipher_text", "cipher_text", t.STRING),
        Field("plain_text", "plain_text", t.STRING, sensitive=True),
        Field("plain_text_base64", "plain_text_base64", t.STRING, sensitive=True),
    )


class EncryptOpts(Opts):
    """Options of encrypt."""

    key_id: str = REQUIRED
    """The ID of the key to encrypt with."""

    plain_text: str = REQUIRED
    """The data, 1-4096 bytes."""

    encryption_algorithm: str | Unset = UNSET
    """SYMMETRIC_DEFAULT (the default) for symmetric keys; for asymmetric ones RSAES_OAEP_SHA_1,
    RSAES_OAEP_SHA_256 or SM2_ENCRYPT."""

    additional_authenticated_data: str | Unset = UNSET
    """Additional authenticated data (AAD) for symmetric keys, up to 1024 characters."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("plain_text", "plain_text", t.STRING, required=True, sensitive=True),
        Param("encryption_algorithm", "encryption_algorithm", t.STRING),
        Param("additional_authenticated_data", "additional_authenticated_data", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class DecryptOpts(Opts):
    """Options of decrypt."""

    cipher_text: str = REQUIRED
    """The encrypted data as encrypt answered it (base64)."""

    key_id: str | Unset = UNSET
    """The ID of the key; needed only for asymmetric keys."""

    encryption_algorithm: str | Unset = UNSET
    """The algorithm encrypt used (asymmetric keys; SYMMETRIC_DEFAULT otherwise)."""

    additional_authenticated_data: str | Unset = UNSET
    """The additional authenticated data given when the data was encrypted."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cipher_text", "cipher_text", t.STRING, required=True),
        Param("key_id", "key_id", t.STRING),
        Param("encryption_algorithm", "encryption_algorithm", t.STRING),
        Param("additional_authenticated_data", "additional_authenticated_data", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class GenRandomOpts(Opts):
    """Options of gen_random."""

    random_data_length: str = REQUIRED
    """The length in bits, a multiple of 8 from 8 to 8192, as a string (e.g. "512")."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("random_data_length", "random_data_length", t.STRING, required=True),
        Param("sequence", "sequence", t.STRING),
    )


_ENCRYPT = Operation(
    "data.encrypt",
    "POST",
    "/kms/encrypt-data",
    ok=(200, 201, 202),
    request_kind="json",
)
_DECRYPT = Operation(
    "data.decrypt",
    "POST",
    "/kms/decrypt-data",
    ok=(200, 201, 202),
    request_kind="json",
)
_GEN_RANDOM = Operation(
    "data.gen_random",
    "POST",
    "/kms/gen-random",
    ok=(200, 201, 202),
    request_kind="json",
)


def encrypt(
    client: ServiceClient,
    opts: EncryptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Data]:
    """Encrypt up to 4 KB of data with a key (encrypt-data); the answer's cipher_text holds the
    key's identity, so decrypt needs no key_id for symmetric keys."""
    return client.call(
        _ENCRYPT, None, model=Data, opts=opts, microversion=microversion, timeout=timeout
    )


def decrypt(
    client: ServiceClient,
    opts: DecryptOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Data]:
    """Decrypt data that encrypt encrypted (decrypt-data)."""
    return client.call(
        _DECRYPT, None, model=Data, opts=opts, microversion=microversion, timeout=timeout
    )


def gen_random(
    client: ServiceClient,
    opts: GenRandomOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RandomData]:
    """Generate a random number (gen-random)."""
    return client.call(
        _GEN_RANDOM, None, model=RandomData, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_data(page: Page[Any]) -> builtins.list[Data]:
    """The Data items of a page (or of ``all_pages()``)."""
    return page.extract_as(Data)
