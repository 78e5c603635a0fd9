# Generated from object-store/v1/account.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The account (a project's storage space): the endpoint itself. Its usage counters, quota and
metadata travel as response headers; its container listing is containers.list."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, BinaryData, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class BulkDeleteResult(Model):
    """The outcome of a bulk delete. The HTTP status is 200 whatever happened: response_status
    holds the real outcome."""

    number_deleted: int | Unset = UNSET
    """How many objects and containers were deleted."""

    number_not_found: int | Unset = UNSET
    """How many of the paths did not exist (not an error)."""

    response_status: str | Unset = UNSET
    """The overall status, e.g. "200 OK"; "400 Bad Request" when nothing was deleted or a path
    failed, "409 Conflict" for a non-empty container."""

    response_body: str | Unset = UNSET
    """An explanation when the whole request failed."""

    errors: builtins.list[builtins.list[str]] | Unset = UNSET
    """One [path, status] pair per path that could not be deleted."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("number_deleted", "Number Deleted", t.INTEGER),
        Field("number_not_found", "Number Not Found", t.INTEGER),
        Field("response_status", "Response Status", t.STRING),
        Field("response_body", "Response Body", t.STRING),
        Field("errors", "Errors", t.list_of(t.list_of(t.STRING))),
    )


class Account(Model):
    """The account (a project's storage space): the endpoint itself. Its usage counters, quota
    and metadata travel as response headers; its container listing is containers.list."""

    container_count: int | Unset = UNSET
    """The number of containers in the account."""

    object_count: int | Unset = UNSET
    """The number of objects in the account."""

    bytes_used: int | Unset = UNSET
    """The total size in bytes of every object of the account."""

    timestamp: datetime.datetime | Unset = UNSET
    """When the account was created (from a Unix timestamp)."""

    quota_bytes: int | Unset = UNSET
    """The account quota in bytes, when the account_quotas middleware is used and an
    administrator set one (it also appears in metadata as "quota-bytes")."""

    temp_url_key: str | Unset = UNSET
    """The secret key of temporary URLs; only shown to the account owner."""

    temp_url_key_2: str | Unset = UNSET
    """The second temporary URL key (for key rotation); only shown to the account owner."""

    access_control: str | Unset = UNSET
    """The account ACL as a JSON document (tempauth only; Keystone auth does not use it)."""

    storage_policies: dict[str, str] | Unset = UNSET
    """Per storage policy usage, keyed "<policy>-bytes-used", "<policy>-container-count" and
    "<policy>-object-count" (lower case), values as sent (decimal text)."""

    metadata: dict[str, str] | Unset = UNSET
    """Every X-Account-Meta-* header, keyed by the lower-cased name after the prefix (temporary
    URL keys and quotas included). Masked in reprs as a whole, because the temporary URL keys
    are among its entries."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("container_count", "container_count", t.INTEGER, header="X-Account-Container-Count"),
        Field("object_count", "object_count", t.INTEGER, header="X-Account-Object-Count"),
        Field("bytes_used", "bytes_used", t.INTEGER, header="X-Account-Bytes-Used"),
        Field("timestamp", "timestamp", t.DATETIME, header="X-Timestamp"),
        Field("quota_bytes", "quota_bytes", t.INTEGER, header="X-Account-Meta-Quota-Bytes"),
        Field(
            "temp_url_key",
            "temp_url_key",
            t.STRING,
            sensitive=True,
            header="X-Account-Meta-Temp-URL-Key",
        ),
        Field(
            "temp_url_key_2",
            "temp_url_key_2",
            t.STRING,
            sensitive=True,
            header="X-Account-Meta-Temp-URL-Key-2",
        ),
        Field("access_control", "access_control", t.STRING, header="X-Account-Access-Control"),
        Field(
            "storage_policies",
            "storage_policies",
            t.map_of(t.STRING),
            header_prefix="X-Account-Storage-Policy-",
        ),
        Field(
            "metadata",
            "metadata",
            t.map_of(t.STRING),
            sensitive=True,
            header_prefix="X-Account-Meta-",
        ),
    )


class UpdateMetadataOpts(Opts):
    """Options of update_metadata."""

    metadata: dict[str, str] | Unset = UNSET
    """Entries to set, one X-Account-Meta-<key> header each; an empty string removes an entry."""

    temp_url_key: str | Unset = UNSET
    """The secret key of temporary URLs; an empty string removes it."""

    temp_url_key_2: str | Unset = UNSET
    """A second temporary URL key, for rotation; an empty string removes it."""

    quota_bytes: int | Unset = UNSET
    """The account quota in bytes; only a reseller administrator may set it."""

    access_control: str | Unset = UNSET
    """An account ACL as JSON (tempauth only)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "X-Account-Meta-", t.map_of(t.STRING), location="header", style="prefix"),
        Param(
            "temp_url_key",
            "X-Account-Meta-Temp-URL-Key",
            t.STRING,
            location="header",
            sensitive=True,
        ),
        Param(
            "temp_url_key_2",
            "X-Account-Meta-Temp-URL-Key-2",
            t.STRING,
            location="header",
            sensitive=True,
        ),
        Param("quota_bytes", "X-Account-Meta-Quota-Bytes", t.INTEGER, location="header"),
        Param("access_control", "X-Account-Access-Control", t.STRING, location="header"),
    )


_HEAD = Operation(
    "account.head",
    "HEAD",
    "",
    ok=(200, 204),
    response_kind="headers",
)
_UPDATE_METADATA = Operation(
    "account.update_metadata",
    "POST",
    "",
    ok=(204,),
    response_kind="empty",
)
_BULK_DELETE = Operation(
    "account.bulk_delete",
    "POST",
    "/?bulk-delete",
    ok=(200,),
    request_kind="binary",
    content_type="text/plain",
)


def head(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Account]:
    """The account's usage counters, quota and metadata, read from the response headers of HEAD
    on the endpoint."""
    return client.call(_HEAD, None, model=Account, microversion=microversion, timeout=timeout)


def update_metadata(
    client: ServiceClient,
    opts: UpdateMetadataOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set or remove account metadata (POST on the endpoint). Entries not named are kept; an
    empty value removes an entry."""
    return client.call(
        _UPDATE_METADATA, None, opts=opts, microversion=microversion, timeout=timeout
    )


def bulk_delete(
    client: ServiceClient,
    data: BinaryData,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[BulkDeleteResult]:
    """Delete up to 10,000 (configurable) objects and empty containers in one request, where the
    cluster enables the bulk middleware. data is the text/plain body: one URL-encoded path per
    line, "/container/object" or "/container". Objects are deleted before containers. The
    status is 200 even when deletions fail: check the result's response_status and errors. A
    cluster without the middleware answers 204 (a metadata POST), which raises."""
    return client.call(
        _BULK_DELETE,
        None,
        model=BulkDeleteResult,
        data=data,
        microversion=microversion,
        timeout=timeout,
    )


def extract_account(page: Page[Any]) -> builtins.list[Account]:
    """The Account items of a page (or of ``all_pages()``)."""
    return page.extract_as(Account)
