# Generated from identity/v3/user_federation.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The federated identities of a user: which identity providers and protocols map an external
identity onto this Keystone user.

Extends ``stacksdk.identity.v3.users``: read these fields from its results
with :func:`extract_get` and :func:`extract_users`, and send them with
this module's CreateOpts / UpdateOpts, which accept everything the
base options do.
"""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Page, Param, Result, Unset
from stacksdk.identity.v3 import users as _users


class FederatedProtocol(Model):
    """How one protocol of an identity provider names the user."""

    protocol_id: str | Unset = UNSET
    """The federation protocol, e.g. "mapped", "saml2" or "openid"."""

    unique_id: str | Unset = UNSET
    """The user's unique ID as the identity provider asserts it."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("protocol_id", "protocol_id", t.STRING),
        Field("unique_id", "unique_id", t.STRING),
    )


class FederatedIdentity(Model):
    """The user's identity at one identity provider."""

    idp_id: str | Unset = UNSET
    """The identity provider ID."""

    protocols: builtins.list[FederatedProtocol] | Unset = UNSET
    """The protocols (at least one) through which the user arrives."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("idp_id", "idp_id", t.STRING),
        Field("protocols", "protocols", t.list_of(t.model(FederatedProtocol))),
    )


class UserFederation(Model):
    """The federated identities of a user: which identity providers and protocols map an external
    identity onto this Keystone user."""

    federated: builtins.list[FederatedIdentity] | Unset = UNSET
    """One entry per identity provider; empty (or absent) for a local-only user. Send it with
    this module's CreateOpts/UpdateOpts to link a user to IdPs."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("federated", "federated", t.list_of(t.model(FederatedIdentity))),
    )


class CreateOpts(_users.CreateOpts):
    """User's create options plus this extension's."""

    federated: builtins.list[FederatedIdentity] | Unset = UNSET
    """One entry per identity provider; empty (or absent) for a local-only user. Send it with
    this module's CreateOpts/UpdateOpts to link a user to IdPs."""

    _params: ClassVar[tuple[Param, ...]] = _users.CreateOpts._params + (
        Param("federated", "federated", t.list_of(t.model(FederatedIdentity))),
    )


class UpdateOpts(_users.UpdateOpts):
    """User's update options plus this extension's."""

    federated: builtins.list[FederatedIdentity] | Unset = UNSET
    """One entry per identity provider; empty (or absent) for a local-only user. Send it with
    this module's CreateOpts/UpdateOpts to link a user to IdPs."""

    _params: ClassVar[tuple[Param, ...]] = _users.UpdateOpts._params + (
        Param("federated", "federated", t.list_of(t.model(FederatedIdentity))),
    )


def extract_get(result: Result[Any]) -> UserFederation:
    """This extension's fields of a get, create or update result of the base resource."""
    return result.extract_as(UserFederation)


def extract_users(page: Page[Any]) -> builtins.list[UserFederation]:
    """This extension's fields of every item of a page of the base resource."""
    return page.extract_as(UserFederation)
