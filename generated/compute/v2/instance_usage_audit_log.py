# Generated from compute/v2/instance_usage_audit_log.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The state of the instance usage audit task (the periodic job that emits
compute.instance.exists notifications when instance_usage_audit is on) on every compute host,
for one audit period. Admin-only by default. get reads the last completed period; get_before
the last period that completed before a time."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class HostAuditLog(Model):
    """The HostAuditLog object."""

    state: Literal["RUNNING", "DONE"] | Unset = UNSET
    """The task's state on the host."""

    instances: int | Unset = UNSET
    """The servers audited."""

    errors: int | Unset = UNSET
    """The errors."""

    message: str | Unset = UNSET
    """The task's message."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("state", "state", t.STRING, enum=("RUNNING", "DONE")),
        Field("instances", "instances", t.INTEGER),
        Field("errors", "errors", t.INTEGER),
        Field("message", "message", t.STRING),
    )


class InstanceUsageAuditLog(Model):
    """The state of the instance usage audit task (the periodic job that emits
    compute.instance.exists notifications when instance_usage_audit is on) on every compute
    host, for one audit period. Admin-only by default. get reads the last completed period;
    get_before the last period that completed before a time."""

    period_beginning: datetime.datetime
    """The start of the audit period (UTC)."""

    period_ending: datetime.datetime | Unset = UNSET
    """The end of the audit period (UTC)."""

    num_hosts: int | Unset = UNSET
    """The number of compute hosts."""

    num_hosts_done: int | Unset = UNSET
    """How many hosts finished the audit of the period."""

    num_hosts_running: int | Unset = UNSET
    """How many hosts are running it."""

    num_hosts_not_run: int | Unset = UNSET
    """How many hosts have not run it."""

    hosts_not_run: builtins.list[str] | Unset = UNSET
    """The hosts that have not run it."""

    total_instances: int | Unset = UNSET
    """The servers audited on all hosts."""

    total_errors: int | Unset = UNSET
    """The errors on all hosts."""

    overall_status: str | Unset = UNSET
    """A summary ("ALL hosts done. 0 errors.", "3 of 4 hosts done. 3 errors.")."""

    log: dict[str, HostAuditLog] | Unset = UNSET
    """Host name -> the audit of that host."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("period_beginning", "period_beginning", t.DATETIME),
        Field("period_ending", "period_ending", t.DATETIME),
        Field("num_hosts", "num_hosts", t.INTEGER),
        Field("num_hosts_done", "num_hosts_done", t.INTEGER),
        Field("num_hosts_running", "num_hosts_running", t.INTEGER),
        Field("num_hosts_not_run", "num_hosts_not_run", t.INTEGER),
        Field("hosts_not_run", "hosts_not_run", t.list_of(t.STRING)),
        Field("total_instances", "total_instances", t.INTEGER),
        Field("total_errors", "total_errors", t.INTEGER),
        Field("overall_status", "overall_status", t.STRING),
        Field("log", "log", t.map_of(t.model(HostAuditLog))),
    )


_GET = Operation(
    "instance_usage_audit_log.get",
    "GET",
    "/os-instance_usage_audit_log",
    ok=(200, 203),
    response_key="instance_usage_audit_logs",
)
_GET_BEFORE = Operation(
    "instance_usage_audit_log.get_before",
    "GET",
    "/os-instance_usage_audit_log/{before}",
    ok=(200,),
    response_key="instance_usage_audit_log",
)


def get(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InstanceUsageAuditLog]:
    """The audit of the last completed period."""
    return client.call(
        _GET, None, model=InstanceUsageAuditLog, microversion=microversion, timeout=timeout
    )


def get_before(
    client: ServiceClient,
    before: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[InstanceUsageAuditLog]:
    """The audit of the last period that completed before a time, given as "YYYY-MM-DD HH:MM:SS"
    with optional ".ffffff" (UTC); any other form is a 400."""
    return client.call(
        _GET_BEFORE,
        {"before": before},
        model=InstanceUsageAuditLog,
        microversion=microversion,
        timeout=timeout,
    )


def extract_instance_usage_audit_log(page: Page[Any]) -> builtins.list[InstanceUsageAuditLog]:
    """The InstanceUsageAuditLog items of a page (or of ``all_pages()``)."""
    return page.extract_as(InstanceUsageAuditLog)
