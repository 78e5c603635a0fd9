# Generated from messaging/v2/claims.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A claim: a consumer's hold on some messages of a queue for a TTL, so that no other consumer
gets them; it processes and deletes them (with the claim id), renews the claim, or releases
it. When the claim expires, its messages live on for at least the grace period."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Param, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.messaging.v2.messages import Message as Message


class ClaimedMessages(Model):
    """What a new claim holds; the claim's path is in the Location header (location), its id the
    last segment."""

    messages: builtins.list[Message] | Unset = UNSET
    """The claimed messages."""

    location: str | Unset = UNSET
    """The new claim's path (/v2/queues/<queue>/claims/<claim id>)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("messages", "messages", t.list_of(t.model(Message))),
        Field("location", "location", t.STRING, header="Location"),
    )


class Claim(Model):
    """A claim: a consumer's hold on some messages of a queue for a TTL, so that no other
    consumer gets them; it processes and deletes them (with the claim id), renews the claim,
    or releases it. When the claim expires, its messages live on for at least the grace
    period."""

    id: str
    """The claim's id (not sent by get: the last segment of href)."""

    href: str | Unset = UNSET
    """The claim's path."""

    ttl: int | Unset = UNSET
    """How long the claim lasts (seconds)."""

    age: int | Unset = UNSET
    """Seconds since it was made."""

    messages: builtins.list[Message] | Unset = UNSET
    """The claimed messages (their href carries ?claim_id=)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("href", "href", t.STRING),
        Field("ttl", "ttl", t.INTEGER),
        Field("age", "age", t.INTEGER),
        Field("messages", "messages", t.list_of(t.model(Message))),
    )


class GetOpts(Opts):
    """Options of get. Also the options of delete."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
    )


class ClaimOpts(Opts):
    """Options of claim."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    limit: int | Unset = UNSET
    """The most messages to claim (1 to 20; default 10)."""

    ttl: int | Unset = UNSET
    """How long the claim lasts (60 s to max_claim_ttl; default 300)."""

    grace: int | Unset = UNSET
    """How long claimed messages live on after the claim expires (default 60)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("ttl", "ttl", t.INTEGER),
        Param("grace", "grace", t.INTEGER),
    )


class RenewOpts(Opts):
    """Options of renew."""

    client_id: str | Unset = UNSET
    """A UUID naming the client, sent as the Client-ID header; Zaqar refuses every request below
    /v2 without one (400), so always set it."""

    ttl: int | Unset = UNSET
    """The claim's new TTL (seconds from now)."""

    grace: int | Unset = UNSET
    """The new grace period."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("client_id", "Client-ID", t.STRING, location="header"),
        Param("ttl", "ttl", t.INTEGER),
        Param("grace", "grace", t.INTEGER),
    )


DeleteOpts = GetOpts

_GET = Operation(
    "claims.get",
    "GET",
    "/queues/{queue_name}/claims/{claim_id}",
    ok=(200, 203),
)
_DELETE = Operation(
    "claims.delete",
    "DELETE",
    "/queues/{queue_name}/claims/{claim_id}",
    ok=(204,),
    response_kind="empty",
)
_CLAIM = Operation(
    "claims.claim",
    "POST",
    "/queues/{queue_name}/claims",
    ok=(201, 204),
    request_kind="json",
    response_headers=(("location", "Location"),),
)
_RENEW = Operation(
    "claims.renew",
    "PATCH",
    "/queues/{queue_name}/claims/{claim_id}",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)


def get(
    client: ServiceClient,
    queue_name: str,
    claim_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Claim]:
    """Show a claim with its messages (404 once it expired or was released)."""
    return client.call(
        _GET,
        {"queue_name": queue_name, "claim_id": claim_id},
        model=Claim,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    queue_name: str,
    claim_id: str,
    opts: DeleteOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Release a claim; its messages can be claimed again at once."""
    return client.call(
        _DELETE,
        {"queue_name": queue_name, "claim_id": claim_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def claim(
    client: ServiceClient,
    queue_name: str,
    opts: ClaimOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ClaimedMessages]:
    """Claim up to limit free messages of a queue. With none free the answer is 204 with no body:
    check the result's status_code before extract() (which raises ResponseError on the empty
    body)."""
    return client.call(
        _CLAIM,
        {"queue_name": queue_name},
        model=ClaimedMessages,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def renew(
    client: ServiceClient,
    queue_name: str,
    claim_id: str,
    opts: RenewOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Renew (or shorten) a claim, from now; its messages' lifetimes grow to fit."""
    return client.call(
        _RENEW,
        {"queue_name": queue_name, "claim_id": claim_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_claims(page: Page[Any]) -> builtins.list[Claim]:
    """The Claim items of a page (or of ``all_pages()``)."""
    return page.extract_as(Claim)
