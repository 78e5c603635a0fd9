# Generated from network/v2/qos_rule_types.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A QoS rule type the deployment supports (bandwidth_limit, dscp_marking, minimum_bandwidth,
packet_rate_limit, minimum_packet_rate), with, in the detailed view (qos-rule-type-details),
what each loaded driver accepts for its parameters. Needs the qos extension."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class QosRuleTypeParameter(Model):
    """The values a driver accepts for one parameter of a rule type."""

    parameter_name: str | Unset = UNSET
    """The rule attribute (max_kbps, direction, ...)."""

    parameter_type: str | Unset = UNSET
    """range (parameter_values is {start, end}) or choices (a list)."""

    parameter_values: Any | Unset = UNSET
    """The allowed range ({start, end}) or the allowed values."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("parameter_name", "parameter_name", t.STRING),
        Field("parameter_type", "parameter_type", t.STRING),
        Field("parameter_values", "parameter_values", t.ANY),
    )


class QosRuleTypeDriver(Model):
    """A QoS driver and the parameters it supports for one rule type."""

    name: str | Unset = UNSET
    """The driver's name (openvswitch, ovn, sriovnicswitch, ...)."""

    supported_parameters: builtins.list[QosRuleTypeParameter] | Unset = UNSET
    """The parameters of the rule type the driver accepts."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field(
            "supported_parameters", "supported_parameters", t.list_of(t.model(QosRuleTypeParameter))
        ),
    )


class QosRuleType(Model):
    """A QoS rule type the deployment supports (bandwidth_limit, dscp_marking, minimum_bandwidth,
    packet_rate_limit, minimum_packet_rate), with, in the detailed view
    (qos-rule-type-details), what each loaded driver accepts for its parameters. Needs the qos
    extension."""

    type: str
    """The rule type's name."""

    drivers: builtins.list[QosRuleTypeDriver] | Unset = UNSET
    """Per loaded QoS driver, the parameters it supports (only shown by get, with the
    qos-rule-type-details extension)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("type", "type", t.STRING),
        Field("drivers", "drivers", t.list_of(t.model(QosRuleTypeDriver))),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    all_supported: bool | Unset = UNSET
    """List the rule types at least one loaded driver supports (qos-rule-type-filter)."""

    all_rules: bool | Unset = UNSET
    """List every rule type Neutron implements (qos-rule-type-filter)."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("all_supported", "all_supported", t.BOOLEAN, location="query"),
        Param("all_rules", "all_rules", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
    )


_LIST = Operation(
    "qos_rule_types.list",
    "GET",
    "/qos/rule-types",
    ok=(200, 203),
    response_key="rule_types",
    paging=Paging("single"),
)
_GET = Operation(
    "qos_rule_types.get",
    "GET",
    "/qos/rule-types/{rule_type}",
    ok=(200, 203),
    response_key="rule_type",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[QosRuleType]:
    """List the rule types every loaded driver supports (by default), or with
    qos-rule-type-filter all those any driver supports or all implemented."""
    return client.pager(
        _LIST, None, model=QosRuleType, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    rule_type: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[QosRuleType]:
    """Show a rule type and, per driver, its supported parameters."""
    return client.call(
        _GET,
        {"rule_type": rule_type},
        model=QosRuleType,
        microversion=microversion,
        timeout=timeout,
    )


def extract_qos_rule_types(page: Page[Any]) -> builtins.list[QosRuleType]:
    """The QosRuleType items of a page (or of ``all_pages()``)."""
    return page.extract_as(QosRuleType)
