# Generated from baremetal/v1/inspection_rules.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An inspection rule (since 1.96): conditions on the data that inspection collected and actions
run when they hold (set node attributes, add traits, fail, ...)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class Condition(Model):
    """A condition of an inspection rule."""

    op: str | Unset = UNSET
    """The operator (eq, lt, gt, is-true, contains, matches, ...; "!" negates)."""

    args: Any | Unset = UNSET
    """The operator's arguments (a mapping or a list); values may refer to inventory data."""

    multiple: Literal["any", "all", "first", "last"] | Unset = UNSET
    """How values of a loop or list combine."""

    loop: Any | Unset = UNSET
    """Values to evaluate the condition for, one at a time."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("op", "op", t.STRING),
        Field("args", "args", t.ANY),
        Field("multiple", "multiple", t.STRING, enum=("any", "all", "first", "last")),
        Field("loop", "loop", t.ANY),
    )


class Action(Model):
    """An action of an inspection rule."""

    op: str | Unset = UNSET
    """The action (set-attribute, add-trait, fail, set-capability, ...)."""

    args: Any | Unset = UNSET
    """The action's arguments (a mapping or a list)."""

    loop: Any | Unset = UNSET
    """Values to run the action for, one at a time."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("op", "op", t.STRING),
        Field("args", "args", t.ANY),
        Field("loop", "loop", t.ANY),
    )


class InspectionRule(Model):
    """An inspection rule (since 1.96): conditions on the data that inspection collected and
    actions run when they hold (set node attributes, add traits, fail, ...)."""

    uuid: str
    """The rule's UUID; may be chosen on create."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    phase: str | None | Unset = UNSET
    """When the rule runs (main; the default)."""

    priority: int | Unset = UNSET
    """Rules run by descending priority (0 and up)."""

    sensitive: bool | None | Unset = UNSET
    """A sensitive rule's conditions and actions are hidden in answers (and it is logged less)."""

    conditions: builtins.list[Condition] | Unset = UNSET
    """All must hold for the actions to run (none means always)."""

    actions: builtins.list[Action] | Unset = UNSET
    """What to do (at least one)."""

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    links: builtins.list[Link] | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("description", "description", t.STRING),
        Field("phase", "phase", t.STRING),
        Field("priority", "priority", t.INTEGER),
        Field("sensitive", "sensitive", t.BOOLEAN),
        Field("conditions", "conditions", t.list_of(t.model(Condition))),
        Field("actions", "actions", t.list_of(t.model(Action))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    detail: bool | Unset = UNSET
    """Return every field."""

    phase: str | Unset = UNSET
    """Only rules of this phase."""

    sort_key: str | Unset = UNSET

    sort_dir: Literal["asc", "desc"] | Unset = UNSET

    limit: int | Unset = UNSET

    marker: str | Unset = UNSET
    """The UUID of the last rule of the previous page."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
        Param("detail", "detail", t.BOOLEAN, location="query"),
        Param("phase", "phase", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
    )


class GetOpts(Opts):
    """Options of get."""

    fields: builtins.list[str] | Unset = UNSET
    """The fields to return."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("fields", "fields", t.list_of(t.STRING), location="query", style="comma"),
    )


class CreateOpts(Opts):
    """Options of create."""

    uuid: str | Unset = UNSET
    """The rule's UUID; may be chosen on create."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    phase: str | None | Unset = UNSET
    """When the rule runs (main; the default)."""

    priority: int | Unset = UNSET
    """Rules run by descending priority (0 and up)."""

    sensitive: bool | None | Unset = UNSET
    """A sensitive rule's conditions and actions are hidden in answers (and it is logged less)."""

    conditions: builtins.list[Condition] | Unset = UNSET
    """All must hold for the actions to run (none means always)."""

    actions: builtins.list[Action] = REQUIRED
    """What to do (at least one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("uuid", "uuid", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("phase", "phase", t.STRING, nullable=True),
        Param("priority", "priority", t.INTEGER),
        Param("sensitive", "sensitive", t.BOOLEAN, nullable=True),
        Param("conditions", "conditions", t.list_of(t.model(Condition))),
        Param("actions", "actions", t.list_of(t.model(Action)), required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | None | Unset = UNSET
    """Free text (at most 255 characters)."""

    phase: str | None | Unset = UNSET
    """When the rule runs (main; the default)."""

    priority: int | Unset = UNSET
    """Rules run by descending priority (0 and up)."""

    sensitive: bool | None | Unset = UNSET
    """A sensitive rule's conditions and actions are hidden in answers (and it is logged less)."""

    conditions: builtins.list[Condition] | Unset = UNSET
    """All must hold for the actions to run (none means always)."""

    actions: builtins.list[Action] | Unset = UNSET
    """What to do (at least one)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, nullable=True),
        Param("phase", "phase", t.STRING, nullable=True),
        Param("priority", "priority", t.INTEGER),
        Param("sensitive", "sensitive", t.BOOLEAN, nullable=True),
        Param("conditions", "conditions", t.list_of(t.model(Condition))),
        Param("actions", "actions", t.list_of(t.model(Action))),
    )


_LIST = Operation(
    "inspection_rules.list",
    "GET",
    "/inspection_rules",
    ok=(200, 203),
    response_key="inspection_rules",
    paging=Paging("marker", marker_field="uuid", next="next"),
    since="1.96",
)
_GET = Operation(
    "inspection_rules.get",
    "GET",
    "/inspection_rules/{inspection_rule_id}",
    ok=(200, 203),
    since="1.96",
)
_CREATE = Operation(
    "inspection_rules.create",
    "POST",
    "/inspection_rules",
    ok=(201,),
    request_kind="json",
    since="1.96",
)
_UPDATE = Operation(
    "inspection_rules.update",
    "PATCH",
    "/inspection_rules/{inspection_rule_id}",
    ok=(200,),
    request_kind="json-patch",
    since="1.96",
)
_DELETE = Operation(
    "inspection_rules.delete",
    "DELETE",
    "/inspection_rules/{inspection_rule_id}",
    ok=(204,),
    response_kind="empty",
    since="1.96",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[InspectionRule]:
    """List inspection rules, by default without conditions and actions."""
    return client.pager(
        _LIST, None, model=InspectionRule, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    inspection_rule_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InspectionRule]:
    """Get a inspection rule."""
    return client.call(
        _GET,
        {"inspection_rule_id": inspection_rule_id},
        model=InspectionRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InspectionRule]:
    """Create a inspection rule."""
    return client.call(
        _CREATE, None, model=InspectionRule, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    inspection_rule_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InspectionRule]:
    """Change an inspection rule with a JSON patch built from the options."""
    return client.call(
        _UPDATE,
        {"inspection_rule_id": inspection_rule_id},
        model=InspectionRule,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    inspection_rule_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a inspection rule."""
    return client.call(
        _DELETE,
        {"inspection_rule_id": inspection_rule_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_inspection_rules(page: Page[Any]) -> builtins.list[InspectionRule]:
    """The InspectionRule items of a page (or of ``all_pages()``)."""
    return page.extract_as(InspectionRule)
