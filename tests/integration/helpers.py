"""Helpers shared by the integration tests (the `cleanup` fixture lives in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from stacksdk.identity.v3 import domains, roles
from stacksdk.runtime import ServiceClient, Unset, errors

Unique = Callable[[str], str]
"""The `unique` fixture: unique("proj") -> "proj-1a2b3c4d"."""

Cleanup = Callable[[Callable[[], Any]], None]
"""The `cleanup` fixture: registers an undo step."""

DOMAIN = "default"
"""The domain bootstrap made: test users and projects live in it unless a test makes its own."""

T = TypeVar("T")


def present(value: T | Unset) -> T:
    """A field the server must have sent, narrowed from ``X | Unset`` for type checkers."""
    assert not isinstance(value, Unset), "the server did not send this field"
    return value


def role_id(identity: ServiceClient, name: str) -> str:
    """The id of the one global role called ``name``, e.g. the bootstrap role "member"."""
    return roles.find(identity, name).id


def delete_domain(identity: ServiceClient, domain_id: str) -> None:
    """Disable, then delete a domain (Keystone deletes disabled domains only); gone is fine."""
    try:
        domains.update(identity, domain_id, domains.UpdateOpts(enabled=False))
        domains.delete(identity, domain_id)
    except errors.NotFound:
        pass
