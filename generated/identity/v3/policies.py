# Generated from identity/v3/policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A policy document stored in Keystone for other services to fetch (deprecated since Queens,
still served); Keystone itself never enforces it."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Policy(Model):
    """A policy document stored in Keystone for other services to fetch (deprecated since Queens,
    still served); Keystone itself never enforces it."""

    id: str
    """The policy ID."""

    type: str | Unset = UNSET
    """The MIME type of the blob, e.g. "application/json"."""

    blob: Any | Unset = UNSET
    """The policy rules as stored. Keystone 30 stores and returns the string it was given; older
    API samples show a JSON object, which this field also reads."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("blob", "blob", t.ANY),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    type: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (Param("type", "type", t.STRING, location="query"),)


class CreateOpts(Opts):
    """Options of create."""

    type: str = REQUIRED
    """The MIME type of the blob, e.g. "application/json"."""

    blob: str = REQUIRED
    """The serialised policy document (Keystone 30 answers 400 to anything but a string)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True),
        Param("blob", "blob", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    type: str | Unset = UNSET
    """The MIME type of the blob, e.g. "application/json"."""

    blob: str | Unset = UNSET
    """The new serialised policy document."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING),
        Param("blob", "blob", t.STRING),
    )


_LIST = Operation(
    "policies.list",
    "GET",
    "/policies",
    ok=(200, 203),
    response_key="policies",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "policies.get",
    "GET",
    "/policies/{policy_id}",
    ok=(200, 203),
    response_key="policy",
)
_CREATE = Operation(
    "policies.create",
    "POST",
    "/policies",
    ok=(201,),
    request_kind="json",
    request_key="policy",
    response_key="policy",
)
_UPDATE = Operation(
    "policies.update",
    "PATCH",
    "/policies/{policy_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="policy",
    response_key="policy",
)
_DELETE = Operation(
    "policies.delete",
    "DELETE",
    "/policies/{policy_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Policy]:
    """List policies, optionally filtered by type."""
    return client.pager(
        _LIST, None, model=Policy, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Policy]:
    """Get a policy."""
    return client.call(
        _GET, {"policy_id": policy_id}, model=Policy, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Policy]:
    """Create a policy."""
    return client.call(
        _CREATE, None, model=Policy, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    policy_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Policy]:
    """Update a policy."""
    return client.call(
        _UPDATE,
        {"policy_id": policy_id},
        model=Policy,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a policy."""
    return client.call(
        _DELETE, {"policy_id": policy_id}, microversion=microversion, timeout=timeout
    )


def extract_policies(page: Page[Any]) -> builtins.list[Policy]:
    """The Policy items of a page (or of ``all_pages()``)."""
    return page.extract_as(Policy)
