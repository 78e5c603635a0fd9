# Generated from dns/v2/floatingips.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The PTR (reverse DNS) record of a Neutron floating IP of the caller's project. Designate asks
Neutron (from the token's catalog) for the project's floating IPs; setting ptrdname creates
the PTR record in a reverse zone (in-addr.arpa.) that Designate manages itself, unset removes
it. The id is "<region>:<floating IP id>"."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.dns.v2.zones import Links as Links


class FloatingIP(Model):
    """The PTR (reverse DNS) record of a Neutron floating IP of the caller's project. Designate
    asks Neutron (from the token's catalog) for the project's floating IPs; setting ptrdname
    creates the PTR record in a reverse zone (in-addr.arpa.) that Designate manages itself,
    unset removes it. The id is "<region>:<floating IP id>"."""

    id: str
    """"<region>:<floating IP id>"."""

    address: str | Unset = UNSET
    """The floating IP address."""

    ptrdname: str | None | Unset = UNSET
    """The name the address points back to (null removes the record)."""

    description: str | None | Unset = UNSET

    ttl: int | None | Unset = UNSET
    """The PTR record's TTL."""

    status: str | None | Unset = UNSET
    """PENDING, ACTIVE or ERROR; INACTIVE while no PTR record is set."""

    action: str | None | Unset = UNSET
    """The change in progress or NONE."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("address", "address", t.STRING),
        Field("ptrdname", "ptrdname", t.STRING),
        Field("description", "description", t.STRING),
        Field("ttl", "ttl", t.INTEGER),
        Field("status", "status", t.STRING),
        Field("action", "action", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of get."""

    all_projects: bool | Unset = UNSET
    """Every project's floating IPs (admins)."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_projects", "x-auth-all-projects", t.BOOLEAN, location="header"),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of unset."""

    ptrdname: str | None | Unset = UNSET
    """The name the address points back to (null removes the record)."""

    description: str | None | Unset = UNSET

    ttl: int | None | Unset = UNSET
    """The PTR record's TTL."""

    sudo_project_id: str | Unset = UNSET
    """Act as this project (admins)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("ptrdname", "ptrdname", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("ttl", "ttl", t.INTEGER, nullable=True),
        Param("sudo_project_id", "x-auth-sudo-project-id", t.STRING, location="header"),
    )


GetOpts = ListOpts
UnsetOpts = UpdateOpts

_LIST = Operation(
    "floatingips.list",
    "GET",
    "/reverse/floatingips",
    ok=(200, 203),
    response_key="floatingips",
    paging=Paging("single"),
)
_GET = Operation(
    "floatingips.get",
    "GET",
    "/reverse/floatingips/{fip_key}",
    ok=(200, 203),
)
_UPDATE = Operation(
    "floatingips.update",
    "PATCH",
    "/reverse/floatingips/{fip_key}",
    ok=(200, 202),
    request_kind="json",
)
_UNSET = Operation(
    "floatingips.unset",
    "PATCH",
    "/reverse/floatingips/{fip_key}",
    ok=(202,),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FloatingIP]:
    """List floatingips."""
    return client.pager(
        _LIST, None, model=FloatingIP, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    fip_key: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FloatingIP]:
    """Get a floating ip."""
    return client.call(
        _GET,
        {"fip_key": fip_key},
        model=FloatingIP,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    fip_key: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FloatingIP]:
    """Set a floating IP's PTR record (ptrdname, and optionally ttl and description); the answer
    is PENDING until the reverse zone's nameservers serve it. To remove the record use unset
    (Designate then answers without a body)."""
    return client.call(
        _UPDATE,
        {"fip_key": fip_key},
        model=FloatingIP,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def unset(
    client: ServiceClient,
    fip_key: str,
    opts: UnsetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a floating IP's PTR record: send UpdateOpts(ptrdname=None). Designate answers 202
    with no body; get shows ptrdname null once it is done."""
    return client.call(
        _UNSET, {"fip_key": fip_key}, opts=opts, microversion=microversion, timeout=timeout
    )


def wait_for_status(
    client: ServiceClient,
    fip_key: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[FloatingIP], None] | None = None,
) -> FloatingIP:
    """Poll get until the FloatingIP's status is ``status`` (one of several, if a list; compared
    without case) and return it. Raises errors.WaitTimeout after ``timeout`` seconds,
    errors.WaitFailed when it becomes ERROR."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"fip_key": fip_key},
        model=FloatingIP,
        field="status",
        wanted=status,
        failures=("ERROR",),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    fip_key: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[FloatingIP], None] | None = None,
) -> None:
    """Poll get until the FloatingIP is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"fip_key": fip_key},
        model=FloatingIP,
        field="status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_floatingips(page: Page[Any]) -> builtins.list[FloatingIP]:
    """The FloatingIP items of a page (or of ``all_pages()``)."""
    return page.extract_as(FloatingIP)
