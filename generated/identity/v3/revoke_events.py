# Generated from identity/v3/revoke_events.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A token revocation event (OS-REVOKE): tokens issued before issued_before that match every
other attribute set on the event are invalid."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class RevokeEvent(Model):
    """A token revocation event (OS-REVOKE): tokens issued before issued_before that match every
    other attribute set on the event are invalid."""

    audit_id: str | Unset = UNSET
    """The audit ID of one revoked token."""

    audit_chain_id: str | Unset = UNSET
    """Revokes a token and every token derived from it."""

    user_id: str | Unset = UNSET

    role_id: str | Unset = UNSET

    project_id: str | Unset = UNSET

    domain_id: str | Unset = UNSET

    domain_scope_id: str | Unset = UNSET
    """The domain of domain-scoped tokens."""

    trust_id: str | Unset = UNSET

    consumer_id: str | Unset = UNSET

    access_token_id: str | Unset = UNSET

    expires_at: datetime.datetime | Unset = UNSET
    """Matches tokens expiring at this time."""

    issued_before: datetime.datetime | Unset = UNSET
    """Matches tokens issued before this time."""

    revoked_at: datetime.datetime | Unset = UNSET
    """When the event was recorded."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("audit_id", "audit_id", t.STRING),
        Field("audit_chain_id", "audit_chain_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("role_id", "role_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("domain_scope_id", "domain_scope_id", t.STRING),
        Field("trust_id", "OS-TRUST:trust_id", t.STRING),
        Field("consumer_id", "OS-OAUTH1:consumer_id", t.STRING),
        Field("access_token_id", "OS-OAUTH1:access_token_id", t.STRING),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("issued_before", "issued_before", t.DATETIME),
        Field("revoked_at", "revoked_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    since: datetime.datetime | Unset = UNSET
    """Only events recorded after this time."""

    _params: ClassVar[tuple[Param, ...]] = (Param("since", "since", t.DATETIME, location="query"),)


_LIST = Operation(
    "revoke_events.list",
    "GET",
    "/OS-REVOKE/events",
    ok=(200, 203),
    response_key="events",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RevokeEvent]:
    """List revocation events (admin)."""
    return client.pager(
        _LIST, None, model=RevokeEvent, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_revoke_events(page: Page[Any]) -> builtins.list[RevokeEvent]:
    """The RevokeEvent items of a page (or of ``all_pages()``)."""
    return page.extract_as(RevokeEvent)
