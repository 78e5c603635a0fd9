# Generated from key-manager/v1/container_consumers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A consumer of a container: a record that a service uses the container (e.g. a load balancer's
TLS certificate), named by the consumer's name and the URL of the resource that uses it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.key_manager.v1.containers import Container


class ContainerConsumer(Model):
    """A consumer of a container: a record that a service uses the container (e.g. a load
    balancer's TLS certificate), named by the consumer's name and the URL of the resource that
    uses it."""

    name: str | Unset = UNSET
    """The consumer's name, e.g. the service type (1 to 36 characters)."""

    url: str | Unset = UNSET
    """The URL of the resource that uses the container (1 to 255 characters)."""

    status: str | Unset = UNSET
    """ACTIVE."""

    created: datetime.datetime | Unset = UNSET
    """When the consumer was registered."""

    updated: datetime.datetime | Unset = UNSET
    """When the consumer last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("url", "URL", t.STRING),
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

    name: str = REQUIRED
    """The consumer's name, e.g. the service type (1 to 36 characters)."""

    url: str = REQUIRED
    """The URL of the resource that uses the container (1 to 255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("url", "URL", t.STRING, required=True),
    )


RemoveOpts = AddOpts

_LIST = Operation(
    "container_consumers.list",
    "GET",
    "/containers/{container_id}/consumers",
    ok=(200, 203),
    response_key="consumers",
    paging=Paging("linked", count="total", next="next"),
)
_ADD = Operation(
    "container_consumers.add",
    "POST",
    "/containers/{container_id}/consumers",
    ok=(200,),
    request_kind="json",
)
_REMOVE = Operation(
    "container_consumers.remove",
    "DELETE",
    "/containers/{container_id}/consumers",
    ok=(200,),
    request_kind="json",
)


def list(
    client: ServiceClient,
    container_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ContainerConsumer]:
    """List a container's consumers, oldest first. Pages by offset and limit through next links;
    each page carries the total."""
    return client.pager(
        _LIST,
        {"container_id": container_id},
        model=ContainerConsumer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def add(
    client: ServiceClient,
    container_id: str,
    opts: AddOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Container]:
    """Register a consumer of a container (registering one again changes nothing). Answers with
    the container, its consumers included."""
    return client.call(
        _ADD,
        {"container_id": container_id},
        model=Container,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove(
    client: ServiceClient,
    container_id: str,
    opts: RemoveOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Container]:
    """Remove a consumer of a container, named by name and URL (404 when there is none). Answers
    with the container."""
    return client.call(
        _REMOVE,
        {"container_id": container_id},
        model=Container,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_container_consumers(page: Page[Any]) -> builtins.list[ContainerConsumer]:
    """The ContainerConsumer items of a page (or of ``all_pages()``)."""
    return page.extract_as(ContainerConsumer)
