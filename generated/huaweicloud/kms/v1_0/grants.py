# Generated from huaweicloud/kms/v1_0/grants.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A grant: permission for another user or account (the grantee) to use one key for a chosen set
of operations, without an IAM policy. The key's owner revokes a grant (revoke); the retiring
principal, or the grantee, retires it (retire)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Grant(Model):
    """A grant: permission for another user or account (the grantee) to use one key for a chosen
    set of operations, without an IAM policy. The key's owner revokes a grant (revoke); the
    retiring principal, or the grantee, retires it (retire)."""

    grant_id: str
    """The grant ID (64 characters)."""

    key_id: str | Unset = UNSET
    """The ID of the key the grant is for (a UUID)."""

    grantee_principal: str | Unset = UNSET
    """The ID of the user or account (domain) that receives the grant."""

    grantee_principal_type: Literal["user", "domain"] | Unset = UNSET
    """Whether grantee_principal is a user (the default) or an account (domain)."""

    operations: builtins.list[str] | Unset = UNSET
    """What the grantee may do with the key: create-datakey, create-datakey-without-plaintext,
    encrypt-datakey, decrypt-datakey, describe-key, create-grant, retire-grant, encrypt-data,
    decrypt-data (and sign, verify for asymmetric keys)."""

    name: str | Unset = UNSET
    """A name for the grant, 1-255 characters of letters, digits, ":", "/", "_" and "-"."""

    retiring_principal: str | Unset = UNSET
    """The ID of the user that may retire the grant."""

    issuing_principal: str | Unset = UNSET
    """The ID of the user that created the grant."""

    creation_date: str | Unset = UNSET
    """When the grant was created, as a Unix timestamp string."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("grant_id", "grant_id", t.STRING),
        Field("key_id", "key_id", t.STRING),
        Field("grantee_principal", "grantee_principal", t.STRING),
        Field(
            "grantee_principal_type", "grantee_principal_type", t.STRING, enum=("user", "domain")
        ),
        Field("operations", "operations", t.list_of(t.STRING)),
        Field("name", "name", t.STRING),
        Field("retiring_principal", "retiring_principal", t.STRING),
        Field("issuing_principal", "issuing_principal", t.STRING),
        Field("creation_date", "creation_date", t.STRING),
    )


class GrantPage(Model):
    """One page of grants. While truncated is "true", ask again with marker=next_marker."""

    grants: builtins.list[Grant] | Unset = UNSET
    """The grants on this page."""

    next_marker: str | Unset = UNSET
    """The marker of the next page (empty on the last page)."""

    truncated: str | Unset = UNSET
    """"true" while more grants follow, "false" on the last page."""

    total: int | Unset = UNSET
    """The number of grants that match."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("grants", "grants", t.list_of(t.model(Grant))),
        Field("next_marker", "next_marker", t.STRING),
        Field("truncated", "truncated", t.STRING),
        Field("total", "total", t.INTEGER),
    )


class CreateOpts(Opts):
    """Options of create."""

    key_id: str = REQUIRED
    """The ID of the key the grant is for (a UUID)."""

    grantee_principal: str = REQUIRED
    """The ID of the user or account (domain) that receives the grant."""

    grantee_principal_type: Literal["user", "domain"] | Unset = UNSET
    """Whether grantee_principal is a user (the default) or an account (domain)."""

    operations: builtins.list[str] = REQUIRED
    """What the grantee may do with the key: create-datakey, create-datakey-without-plaintext,
    encrypt-datakey, decrypt-datakey, describe-key, create-grant, retire-grant, encrypt-data,
    decrypt-data (and sign, verify for asymmetric keys)."""

    name: str | Unset = UNSET
    """A name for the grant, 1-255 characters of letters, digits, ":", "/", "_" and "-"."""

    retiring_principal: str | Unset = UNSET
    """The ID of the user that may retire the grant."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("grantee_principal", "grantee_principal", t.STRING, required=True),
        Param(
            "grantee_principal_type", "grantee_principal_type", t.STRING, enum=("user", "domain")
        ),
        Param("operations", "operations", t.list_of(t.STRING), required=True),
        Param("name", "name", t.STRING),
        Param("retiring_principal", "retiring_principal", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class ListGrantsOpts(Opts):
    """Options of list_grants."""

    key_id: str = REQUIRED
    """The key ID."""

    limit: str | Unset = UNSET
    """The most grants to return, as a string (e.g. "100")."""

    marker: str | Unset = UNSET
    """Where the page starts: the previous answer's next_marker."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("limit", "limit", t.STRING),
        Param("marker", "marker", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class ListRetirableOpts(Opts):
    """Options of list_retirable."""

    limit: str | Unset = UNSET
    """The most grants to return, as a string (e.g. "100")."""

    marker: str | Unset = UNSET
    """Where the page starts: the previous answer's next_marker."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.STRING),
        Param("marker", "marker", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class RevokeOpts(Opts):
    """Options of revoke. Also the options of retire."""

    key_id: str = REQUIRED
    """The key ID."""

    grant_id: str = REQUIRED
    """The grant ID."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("grant_id", "grant_id", t.STRING, required=True),
        Param("sequence", "sequence", t.STRING),
    )


RetireOpts = RevokeOpts

_CREATE = Operation(
    "grants.create",
    "POST",
    "/kms/create-grant",
    ok=(200, 201, 202),
    request_kind="json",
)
_LIST_GRANTS = Operation(
    "grants.list_grants",
    "POST",
    "/kms/list-grants",
    ok=(200, 201, 202),
    request_kind="json",
    idempotent=True,
)
_LIST_RETIRABLE = Operation(
    "grants.list_retirable",
    "POST",
    "/kms/list-retirable-grants",
    ok=(200, 201, 202),
    request_kind="json",
    idempotent=True,
)
_REVOKE = Operation(
    "grants.revoke",
    "POST",
    "/kms/revoke-grant",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="empty",
)
_RETIRE = Operation(
    "grants.retire",
    "POST",
    "/kms/retire-grant",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="empty",
)


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Grant]:
    """Create a grant on a key (create-grant); the answer holds only the new grant_id."""
    return client.call(
        _CREATE, None, model=Grant, opts=opts, microversion=microversion, timeout=timeout
    )


def list_grants(
    client: ServiceClient,
    opts: ListGrantsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GrantPage]:
    """List the grants of one key, one page per call: give limit, then marker=next_marker while
    the answer's truncated is "true" (list-grants; the marker travels in the request body, so
    there is no automatic pager)."""
    return client.call(
        _LIST_GRANTS, None, model=GrantPage, opts=opts, microversion=microversion, timeout=timeout
    )


def list_retirable(
    client: ServiceClient,
    opts: ListRetirableOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[GrantPage]:
    """List the grants the caller may retire, over every key, one page per call
    (list-retirable-grants; paged like list_grants)."""
    return client.call(
        _LIST_RETIRABLE,
        None,
        model=GrantPage,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def revoke(
    client: ServiceClient,
    opts: RevokeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Revoke a grant, as the key's owner (revoke-grant). The answer has no body."""
    return client.call(_REVOKE, None, opts=opts, microversion=microversion, timeout=timeout)


def retire(
    client: ServiceClient,
    opts: RetireOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Retire a grant, as its retiring principal or grantee (retire-grant). The answer has no
    body."""
    return client.call(_RETIRE, None, opts=opts, microversion=microversion, timeout=timeout)


def extract_grants(page: Page[Any]) -> builtins.list[Grant]:
    """The Grant items of a page (or of ``all_pages()``)."""
    return page.extract_as(Grant)
