# Generated from key-manager/v1/secrets.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A secret: a symmetric key, a key pair's half, a certificate, a passphrase or any opaque blob,
stored encrypted by the project's secret store. Its payload is given at creation or uploaded
once later (upload_payload), and is read back only by get_payload, never with the secret's
metadata. Barbican identifies a secret by its secret_ref (a URL); the functions take the UUID
that ends it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, BinaryData, Field, Model, Operation, Opts, Page, Pager
from stacksdk.runtime import Paging, Param, RequestTimeout, Result, ServiceClient, Unset


class ConsumerRef(Model):
    """A consumer of the secret, as the secret lists it (see secret_consumers)."""

    service: str | Unset = UNSET
    """The consumer's service type."""

    resource_type: str | Unset = UNSET
    """The kind of resource that uses the secret."""

    resource_id: str | Unset = UNSET
    """The ID of the resource that uses the secret."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("service", "service", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_id", "resource_id", t.STRING),
    )


class Secret(Model):
    """A secret: a symmetric key, a key pair's half, a certificate, a passphrase or any opaque
    blob, stored encrypted by the project's secret store. Its payload is given at creation or
    uploaded once later (upload_payload), and is read back only by get_payload, never with the
    secret's metadata. Barbican identifies a secret by its secret_ref (a URL); the functions
    take the UUID that ends it."""

    secret_ref: str | Unset = UNSET
    """The secret's reference, a URL ending with its UUID."""

    name: str | None | Unset = UNSET
    """A human-readable name (at most 255 characters; need not be unique)."""

    secret_type: (
        Literal["symmetric", "public", "private", "passphrase", "certificate", "opaque"] | Unset
    ) = UNSET
    """What the secret is; it decides how the payload may be converted on retrieval."""

    algorithm: str | None | Unset = UNSET
    """The algorithm the secret is for (e.g. "aes", "rsa"); informational for stored secrets."""

    bit_length: int | None | Unset = UNSET
    """The key length in bits (1 to 32767); informational for stored secrets."""

    mode: str | None | Unset = UNSET
    """The block cipher mode the key is for (e.g. "cbc"); informational."""

    expiration: datetime.datetime | None | Unset = UNSET
    """When the secret expires (ISO 8601; must be in the future when set); None for never.
    Expired secrets cannot be read."""

    status: str | Unset = UNSET
    """ACTIVE once stored (secrets have no other state a client sees in practice)."""

    created: datetime.datetime | Unset = UNSET
    """When the secret was created."""

    updated: datetime.datetime | Unset = UNSET
    """When the secret last changed."""

    creator_id: str | Unset = UNSET
    """The ID of the Keystone user who created the secret."""

    content_types: dict[str, str] | Unset = UNSET
    """The payload's media types, with key "default" for the type it was stored with; absent
    while the secret has no payload."""

    consumers: builtins.list[ConsumerRef] | Unset = UNSET
    """The services that registered a use of the secret (microversion 1.1 and later)."""

    transport_key_id: str | Unset = UNSET
    """Only with get's transport_key_needed, the transport key to wrap a session key with."""

    transport_key_ref: str | Unset = UNSET
    """Only in the answer to a creation with transport_key_needed: the transport key to wrap the
    payload with before uploading it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("secret_ref", "secret_ref", t.STRING),
        Field("name", "name", t.STRING),
        Field(
            "secret_type",
            "secret_type",
            t.STRING,
            enum=("symmetric", "public", "private", "passphrase", "certificate", "opaque"),
        ),
        Field("algorithm", "algorithm", t.STRING),
        Field("bit_length", "bit_length", t.INTEGER),
        Field("mode", "mode", t.STRING),
        Field("expiration", "expiration", t.DATETIME),
        Field("status", "status", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("creator_id", "creator_id", t.STRING),
        Field("content_types", "content_types", t.map_of(t.STRING)),
        Field("consumers", "consumers", t.list_of(t.model(ConsumerRef)), since="1.1"),
        Field("transport_key_id", "transport_key_id", t.STRING),
        Field("transport_key_ref", "transport_key_ref", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only secrets with exactly this name."""

    alg: str | Unset = UNSET
    """Only secrets with this algorithm."""

    mode: str | Unset = UNSET
    """Only secrets with this mode."""

    bits: int | Unset = UNSET
    """Only secrets with this bit length."""

    secret_type: (
        Literal["symmetric", "public", "private", "passphrase", "certificate", "opaque"] | Unset
    ) = UNSET
    """Only secrets of this type."""

    acl_only: bool | Unset = UNSET
    """Only the secrets the caller reaches through a user ACL (in any project), not its
    project's."""

    created: str | Unset = UNSET
    """A date filter on creation: an ISO 8601 time, or comparisons separated by commas, each
    "gt:", "gte:", "lt:" or "lte:" and a time (e.g.
    "gte:2024-01-01T00:00:00,lt:2025-01-01T00:00:00")."""

    updated: str | Unset = UNSET
    """A date filter on the last change, in the form of created."""

    expiration: str | Unset = UNSET
    """A date filter on the expiration, in the form of created."""

    sort: str | Unset = UNSET
    """Sort keys separated by commas, each optionally with ":asc" or ":desc": algorithm,
    bit_length, created, expiration, mode, name, secret_type, status, updated."""

    limit: int | Unset = UNSET
    """The most secrets a page holds (Barbican caps it, 100 by default)."""

    offset: int | Unset = UNSET
    """How many secrets to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("alg", "alg", t.STRING, location="query"),
        Param("mode", "mode", t.STRING, location="query"),
        Param("bits", "bits", t.INTEGER, location="query"),
        Param(
            "secret_type",
            "secret_type",
            t.STRING,
            location="query",
            enum=("symmetric", "public", "private", "passphrase", "certificate", "opaque"),
        ),
        Param("acl_only", "acl_only", t.BOOLEAN, location="query"),
        Param("created", "created", t.STRING, location="query"),
        Param("updated", "updated", t.STRING, location="query"),
        Param("expiration", "expiration", t.STRING, location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    transport_key_needed: Literal["true", "false"] | Unset = UNSET
    """"true": add transport_key_id, the transport key to wrap a session key with for get_payload
    (secret stores with transport keys only; others fail)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "transport_key_needed",
            "transport_key_needed",
            t.STRING,
            location="query",
            enum=("true", "false"),
        ),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """A human-readable name (at most 255 characters; need not be unique)."""

    secret_type: (
        Literal["symmetric", "public", "private", "passphrase", "certificate", "opaque"] | Unset
    ) = UNSET
    """What the secret is; it decides how the payload may be converted on retrieval."""

    algorithm: str | None | Unset = UNSET
    """The algorithm the secret is for (e.g. "aes", "rsa"); informational for stored secrets."""

    bit_length: int | None | Unset = UNSET
    """The key length in bits (1 to 32767); informational for stored secrets."""

    mode: str | None | Unset = UNSET
    """The block cipher mode the key is for (e.g. "cbc"); informational."""

    expiration: datetime.datetime | None | Unset = UNSET
    """When the secret expires (ISO 8601; must be in the future when set); None for never.
    Expired secrets cannot be read."""

    payload: str | Unset = UNSET
    """The secret itself: text, or base64 text with payload_content_encoding "base64" (binary
    payloads)."""

    payload_content_type: str | Unset = UNSET
    """The payload's media type, required with a payload: "text/plain" (optionally with ";
    charset=utf-8"), "application/octet-stream" or "application/pkcs8"."""

    payload_content_encoding: Literal["base64"] | Unset = UNSET
    """How the payload is encoded; "base64" for binary content types."""

    transport_key_needed: Literal["true", "false"] | Unset = UNSET
    """"true": answer with a transport key to wrap the payload with (only with a secret store
    that supports transport keys)."""

    transport_key_id: str | Unset = UNSET
    """The transport key the payload is wrapped with."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param(
            "secret_type",
            "secret_type",
            t.STRING,
            enum=("symmetric", "public", "private", "passphrase", "certificate", "opaque"),
        ),
        Param("algorithm", "algorithm", t.STRING, nullable=True),
        Param("bit_length", "bit_length", t.INTEGER, nullable=True),
        Param("mode", "mode", t.STRING, nullable=True),
        Param("expiration", "expiration", t.DATETIME, nullable=True),
        Param("payload", "payload", t.STRING, sensitive=True),
        Param("payload_content_type", "payload_content_type", t.STRING),
        Param("payload_content_encoding", "payload_content_encoding", t.STRING, enum=("base64",)),
        Param("transport_key_needed", "transport_key_needed", t.STRING, enum=("true", "false")),
        Param("transport_key_id", "transport_key_id", t.STRING),
    )


class DeleteOpts(Opts):
    """Options of delete."""

    force: bool | Unset = UNSET
    """Delete even when the secret has consumers (microversion 1.2 and later)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("force", "force", t.BOOLEAN, location="query", since="1.2"),
    )


class UploadPayloadOpts(Opts):
    """Options of upload_payload."""

    content_type: str | Unset = UNSET
    """The payload's media type (default application/octet-stream)."""

    content_encoding: str | Unset = UNSET
    """"base64" when data is base64 text of a binary payload."""

    transport_key_id: str | Unset = UNSET
    """The transport key the payload is wrapped with."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("content_type", "Content-Type", t.STRING, location="header"),
        Param("content_encoding", "Content-Encoding", t.STRING, location="header"),
        Param("transport_key_id", "transport_key_id", t.STRING, location="query"),
    )


class GetPayloadOpts(Opts):
    """Options of get_payload."""

    accept: str = REQUIRED
    """The media type wanted: "application/octet-stream" (any payload), "text/plain" (text
    payloads), or the type the secret was stored with (content_types["default"]). Required:
    the SDK's usual "application/json" is answered with 406."""

    trans_wrapped_session_key: str | Unset = UNSET
    """A session key wrapped with a transport key: the payload comes back encrypted with it
    (secret stores with transport keys only)."""

    transport_key_id: str | Unset = UNSET
    """The transport key that wraps trans_wrapped_session_key."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("accept", "Accept", t.STRING, location="header", required=True),
        Param(
            "trans_wrapped_session_key",
            "trans_wrapped_session_key",
            t.STRING,
            location="query",
            sensitive=True,
        ),
        Param("transport_key_id", "transport_key_id", t.STRING, location="query"),
    )


_LIST = Operation(
    "secrets.list",
    "GET",
    "/secrets",
    ok=(200, 203),
    response_key="secrets",
    paging=Paging("linked", count="total", next="next"),
)
_GET = Operation(
    "secrets.get",
    "GET",
    "/secrets/{secret_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "secrets.create",
    "POST",
    "/secrets",
    ok=(201,),
    request_kind="json",
)
_DELETE = Operation(
    "secrets.delete",
    "DELETE",
    "/secrets/{secret_id}",
    ok=(204,),
    response_kind="empty",
)
_UPLOAD_PAYLOAD = Operation(
    "secrets.upload_payload",
    "PUT",
    "/secrets/{secret_id}",
    ok=(204,),
    request_kind="binary",
    response_kind="empty",
)
_GET_PAYLOAD = Operation(
    "secrets.get_payload",
    "GET",
    "/secrets/{secret_id}/payload",
    ok=(200,),
    response_kind="binary",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Secret]:
    """List the project's secrets the caller may read, oldest first unless sorted, with filters.
    Pages by offset and limit through next links; each page carries the total number of
    matches."""
    return client.pager(
        _LIST, None, model=Secret, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    secret_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Secret]:
    """Show a secret's metadata (never its payload: this always asks for JSON, and Barbican
    answers a GET of the secret that accepts another media type with the payload, as
    get_payload does). A malformed UUID is answered with 404, like an unknown one."""
    return client.call(
        _GET,
        {"secret_id": secret_id},
        model=Secret,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Secret]:
    """Store a secret, with its payload or without (then upload it once with upload_payload). The
    answer carries only secret_ref (and transport_key_ref when asked for). A
    payload_content_type Barbican does not know, or a payload without one, is refused with
    400."""
    return client.call(
        _CREATE, None, model=Secret, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    secret_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a secret and its consumers. Since microversion 1.2 a secret with consumers is
    refused (400) unless force is set."""
    return client.call(
        _DELETE, {"secret_id": secret_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def upload_payload(
    client: ServiceClient,
    secret_id: str,
    data: BinaryData,
    opts: UploadPayloadOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Give a secret created without a payload its payload (once: a second upload is a 409
    Conflict). ``data`` is the bytes (or a file object); the content type is text/plain or
    application/octet-stream."""
    return client.call(
        _UPLOAD_PAYLOAD,
        {"secret_id": secret_id},
        opts=opts,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def get_payload(
    client: ServiceClient,
    secret_id: str,
    opts: GetPayloadOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[bytes]:
    """Read a secret's payload, byte for byte as stored. accept chooses the media type; one the
    secret cannot be given as is answered with 406 (a binary payload as text/plain). A secret
    without a payload answers 404."""
    return client.call(
        _GET_PAYLOAD,
        {"secret_id": secret_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Secret:
    """The one Secret whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Secret,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_secrets(page: Page[Any]) -> builtins.list[Secret]:
    """The Secret items of a page (or of ``all_pages()``)."""
    return page.extract_as(Secret)
