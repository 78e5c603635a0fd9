# Generated from key-manager/v1/secret_consumers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A consumer of a secret (microversion 1.1 and later): a record that a service's resource uses
the secret (e.g. an image encrypted with it), so that the secret is not deleted under it
(refused since 1.2 unless forced). A consumer is identified by its service, resource type and
resource ID."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.key_manager.v1.secrets import Secret


class SecretConsumer(Model):
    """A consumer of a secret (microversion 1.1 and later): a record that a service's resource
    uses the secret (e.g. an image encrypted with it), so that the secret is not deleted under
    it (refused since 1.2 unless forced). A consumer is identified by its service, resource
    type and resource ID."""

    service: str | Unset = UNSET
    """The service type of the consumer, e.g. "image" (at most 255 characters)."""

    resource_type: str | Unset = UNSET
    """The kind of resource that uses the secret, e.g. "image" (at most 255 characters)."""

    resource_id: str | Unset = UNSET
    """The ID of the resource that uses the secret."""

    status: str | Unset = UNSET
    """ACTIVE (listings only)."""

    created: datetime.datetime | Unset = UNSET
    """When the consumer was registered (listings only)."""

    updated: datetime.datetime | Unset = UNSET
    """When the consumer last changed (listings only)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("service", "service", t.STRING),
        Field("resource_type", "resource_type", t.STRING),
        Field("resource_id", "resource_id", t.STRING),
        Field("status", "status", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most consumers a page holds."""

    offset: int | Unset = UNSET
    """How many consumers to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class AddOpts(Opts):
    """Options of add. Also the options of remove."""

    service: str = REQUIRED
    """The consumer's service type, e.g. "image" (at most 255 characters)."""

    resource_type: str = REQUIRED
    """The kind of resource that uses the secret, e.g. "image" (at most 255 characters)."""

    resource_id: str = REQUIRED
    """The ID of the resource that uses the secret."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("service", "service", t.STRING, required=True),
        Param("resource_type", "resource_type", t.STRING, required=True),
        Param("resource_id", "resource_id", t.STRING, required=True),
    )


RemoveOpts = AddOpts

_LIST = Operation(
    "secret_consumers.list",
    "GET",
    "/secrets/{secret_id}/consumers",
    ok=(200, 203),
    response_key="consumers",
    paging=Paging("linked", count="total", next="next"),
    since="1.1",
)
_ADD = Operation(
    "secret_consumers.add",
    "POST",
    "/secrets/{secret_id}/consumers",
    ok=(200,),
    request_kind="json",
    since="1.1",
)
_REMOVE = Operation(
    "secret_consumers.remove",
    "DELETE",
    "/secrets/{secret_id}/consumers",
    ok=(200,),
    request_kind="json",
    since="1.1",
)


def list(
    client: ServiceClient,
    secret_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecretConsumer]:
    """List a secret's consumers, oldest first. Pages by offset and limit through next links;
    each page carries the total."""
    return client.pager(
        _LIST,
        {"secret_id": secret_id},
        model=SecretConsumer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add(
    client: ServiceClient,
    secret_id: str,
    opts: AddOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Secret]:
    """Register a consumer of a secret (registering one again changes nothing). Answers with the
    secret, its consumers included."""
    return client.call(
        _ADD,
        {"secret_id": secret_id},
        model=Secret,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove(
    client: ServiceClient,
    secret_id: str,
    opts: RemoveOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Secret]:
    """Remove a consumer of a secret, named by its service, resource type and resource ID (404
    when there is none). Answers with the secret."""
    return client.call(
        _REMOVE,
        {"secret_id": secret_id},
        model=Secret,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_secret_consumers(page: Page[Any]) -> builtins.list[SecretConsumer]:
    """The SecretConsumer items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecretConsumer)
