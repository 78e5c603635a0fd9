# Generated from identity/v3/token_trust.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The trust of a trust-scoped token (OS-TRUST): which trust, trustor and trustee the token acts
under.

Extends ``stacksdk.identity.v3.tokens``: read these fields from its results
with :func:`extract_get` and :func:`extract_tokens`.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Page, Result, Unset
from stacksdk.shared import Links as Links


class TrustUser(Model):
    """The trustor or trustee of the trust."""

    id: str | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class TrustScope(Model):
    """The trust a token is scoped to."""

    id: str | Unset = UNSET
    """The trust ID."""

    impersonation: bool | Unset = UNSET
    """Whether the token's user is the trustor (true) or the trustee (false)."""

    trustor_user: TrustUser | Unset = UNSET

    trustee_user: TrustUser | Unset = UNSET

    redelegated_trust_id: str | None | Unset = UNSET
    """The trust this one was redelegated from."""

    redelegation_count: int | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("impersonation", "impersonation", t.BOOLEAN),
        Field("trustor_user", "trustor_user", t.model(TrustUser)),
        Field("trustee_user", "trustee_user", t.model(TrustUser)),
        Field("redelegated_trust_id", "redelegated_trust_id", t.STRING),
        Field("redelegation_count", "redelegation_count", t.INTEGER),
        Field("links", "links", t.model(Links)),
    )


class TokenTrust(Model):
    """The trust of a trust-scoped token (OS-TRUST): which trust, trustor and trustee the token
    acts under."""

    trust: TrustScope | Unset = UNSET
    """Present only on trust-scoped tokens."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("trust", "OS-TRUST:trust", t.model(TrustScope)),)


def extract_get(result: Result[Any]) -> TokenTrust:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(TokenTrust)


def extract_tokens(page: Page[Any]) -> builtins.list[TokenTrust]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(TokenTrust)
