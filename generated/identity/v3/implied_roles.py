# Generated from identity/v3/implied_roles.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A role inference rule: whoever holds the prior role also holds the implied role. A rule has no
id of its own; it is named by its two role ids."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.identity.v3.roles import Role


class RoleImplications(Model):
    """A prior role and every role it implies (the rules of one prior role)."""

    prior_role: Role | Unset = UNSET
    """The role that implies the others."""

    implies: builtins.list[Role] | Unset = UNSET
    """The roles it implies."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("prior_role", "prior_role", t.model(Role)),
        Field("implies", "implies", t.list_of(t.model(Role))),
    )


class RoleInference(Model):
    """A role inference rule: whoever holds the prior role also holds the implied role. A rule
    has no id of its own; it is named by its two role ids."""

    prior_role: Role | Unset = UNSET
    """The role that implies the other."""

    implies: Role | Unset = UNSET
    """The role it implies."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("prior_role", "prior_role", t.model(Role)),
        Field("implies", "implies", t.model(Role)),
    )


_GET = Operation(
    "implied_roles.get",
    "GET",
    "/roles/{prior_role_id}/implies/{implies_role_id}",
    ok=(200, 203),
    response_key="role_inference",
)
_DELETE = Operation(
    "implied_roles.delete",
    "DELETE",
    "/roles/{prior_role_id}/implies/{implies_role_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_RULE = Operation(
    "implied_roles.create_rule",
    "PUT",
    "/roles/{prior_role_id}/implies/{implies_role_id}",
    ok=(201,),
    response_key="role_inference",
)
_CHECK_RULE = Operation(
    "implied_roles.check_rule",
    "HEAD",
    "/roles/{prior_role_id}/implies/{implies_role_id}",
    ok=(200, 204),
    response_kind="empty",
)
_LIST_IMPLIED_ROLES = Operation(
    "implied_roles.list_implied_roles",
    "GET",
    "/roles/{prior_role_id}/implies",
    ok=(200, 203),
    response_key="role_inference",
)
_LIST_ROLE_INFERENCES = Operation(
    "implied_roles.list_role_inferences",
    "GET",
    "/role_inferences",
    ok=(200, 203),
    response_key="role_inferences",
    paging=Paging("single"),
)


def get(
    client: ServiceClient,
    prior_role_id: str,
    implies_role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RoleInference]:
    """Get the rule prior_role_id -> implies_role_id; errors.NotFound when there is none."""
    return client.call(
        _GET,
        {"prior_role_id": prior_role_id, "implies_role_id": implies_role_id},
        model=RoleInference,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    prior_role_id: str,
    implies_role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the rule prior_role_id -> implies_role_id."""
    return client.call(
        _DELETE,
        {"prior_role_id": prior_role_id, "implies_role_id": implies_role_id},
        microversion=microversion,
        timeout=timeout,
    )


def create_rule(
    client: ServiceClient,
    prior_role_id: str,
    implies_role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RoleInference]:
    """Create the rule: prior_role_id implies implies_role_id."""
    return client.call(
        _CREATE_RULE,
        {"prior_role_id": prior_role_id, "implies_role_id": implies_role_id},
        model=RoleInference,
        microversion=microversion,
        timeout=timeout,
    )


def check_rule(
    client: ServiceClient,
    prior_role_id: str,
    implies_role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that prior_role_id implies implies_role_id; errors.NotFound when not."""
    return client.call(
        _CHECK_RULE,
        {"prior_role_id": prior_role_id, "implies_role_id": implies_role_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_implied_roles(
    client: ServiceClient,
    prior_role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RoleImplications]:
    """The roles that one role implies, in one object."""
    return client.call(
        _LIST_IMPLIED_ROLES,
        {"prior_role_id": prior_role_id},
        model=RoleImplications,
        microversion=microversion,
        timeout=timeout,
    )


def list_role_inferences(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RoleImplications]:
    """Every inference rule, grouped by prior role."""
    return client.pager(
        _LIST_ROLE_INFERENCES,
        None,
        model=RoleImplications,
        microversion=microversion,
        timeout=timeout,
    )


def extract_implied_roles(page: Page[Any]) -> builtins.list[RoleInference]:
    """The RoleInference items of a page (or of ``all_pages()``)."""
    return page.extract_as(RoleInference)
