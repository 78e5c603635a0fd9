# Generated from huaweicloud/elb/v3/loadbalancers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A dedicated load balancer: private IPv4 and/or IPv6 frontend addresses in a VPC, optional
EIPs, network (L4) and application (L7) flavors, spread over one or more availability zones.
Listeners accept traffic on it and send it to pools of backend servers."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import wait as _wait
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef, Tag as Tag

PoolRef = _IdRef

ListenerRef = _IdRef


class EipInfo(Model):
    """An EIP bound to a load balancer."""

    eip_id: str | Unset = UNSET
    """The EIP's ID."""

    eip_address: str | Unset = UNSET
    """The EIP's address."""

    ip_version: int | Unset = UNSET
    """4 for IPv4, 6 for IPv6."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("eip_id", "eip_id", t.STRING),
        Field("eip_address", "eip_address", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
    )


class PublicIpInfo(Model):
    """A public IP bound to a load balancer."""

    publicip_id: str | Unset = UNSET
    """The EIP's ID."""

    publicip_address: str | Unset = UNSET
    """The EIP's address."""

    ip_version: int | Unset = UNSET
    """4 for IPv4, 6 for IPv6."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("publicip_id", "publicip_id", t.STRING),
        Field("publicip_address", "publicip_address", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
    )


class GlobalEipInfo(Model):
    """A global EIP bound to a load balancer."""

    global_eip_id: str | Unset = UNSET
    """The global EIP's ID."""

    global_eip_address: str | Unset = UNSET
    """The global EIP's address."""

    ip_version: int | Unset = UNSET
    """4 for IPv4, 6 for IPv6."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("global_eip_id", "global_eip_id", t.STRING),
        Field("global_eip_address", "global_eip_address", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
    )


class Autoscaling(Model):
    """Elastic scaling settings."""

    enable: bool | Unset = UNSET
    """Whether elastic scaling is on (required when the block is sent)."""

    min_l7_flavor_id: str | Unset = UNSET
    """The smallest layer-7 flavor (type L7_elastic) to scale down to; needed when the load
    balancer has layer-7 listeners."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("enable", "enable", t.BOOLEAN),
        Field("min_l7_flavor_id", "min_l7_flavor_id", t.STRING),
    )


class L4Limit(Model):
    """Layer-4 rate limits."""

    connection: int | Unset = UNSET
    """The most concurrent connections."""

    cps: int | Unset = UNSET
    """The most new connections per second."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("connection", "connection", t.INTEGER),
        Field("cps", "cps", t.INTEGER),
    )


L7Limit = L4Limit


class CustomQosLimit(Model):
    """The rate limits of a load balancer's flavor."""

    l4: L4Limit | Unset = UNSET
    """The layer-4 limits."""

    l7: L7Limit | Unset = UNSET
    """The layer-7 limits."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("l4", "l4", t.model(L4Limit)),
        Field("l7", "l7", t.model(L7Limit)),
    )


BandwidthRef = _IdRef


class NewBandwidth(Model):
    """The bandwidth of a new EIP."""

    name: str | Unset = UNSET
    """The bandwidth's name (1 to 64 characters); required for a dedicated (PER) bandwidth,
    ignored when id names a shared one."""

    size: int | Unset = UNSET
    """The bandwidth in Mbit/s; required unless id is given."""

    charge_mode: str | Unset = UNSET
    """bandwidth or traffic billing; required unless id is given."""

    share_type: str | Unset = UNSET
    """PER (dedicated) or WHOLE (shared, needs id); required unless id is given."""

    billing_info: str | Unset = UNSET
    """The order of a yearly/monthly bandwidth; empty for pay-per-use."""

    id: str | Unset = UNSET
    """An existing shared bandwidth to use (not with prepaid instances)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("charge_mode", "charge_mode", t.STRING),
        Field("share_type", "share_type", t.STRING),
        Field("billing_info", "billing_info", t.STRING),
        Field("id", "id", t.STRING),
    )


class NewPublicIp(Model):
    """An EIP created together with the load balancer."""

    ip_version: int | Unset = UNSET
    """4 (default) or 6."""

    network_type: str | Unset = UNSET
    """The EIP type, e.g. 5_bgp (dynamic BGP; required)."""

    billing_info: str | Unset = UNSET
    """Empty for pay-per-use, else the order of a yearly/monthly EIP."""

    description: str | Unset = UNSET
    """A description of the EIP."""

    bandwidth: NewBandwidth | Unset = UNSET
    """The EIP's bandwidth (required)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ip_version", "ip_version", t.INTEGER),
        Field("network_type", "network_type", t.STRING),
        Field("billing_info", "billing_info", t.STRING),
        Field("description", "description", t.STRING),
        Field("bandwidth", "bandwidth", t.model(NewBandwidth)),
    )


class PrepaidOptions(Model):
    """The terms of a yearly/monthly subscription."""

    period_type: str | Unset = UNSET
    """month or year (required on create)."""

    period_num: int | Unset = UNSET
    """How many periods (1-9 months or 1-3 years)."""

    auto_renew: bool | Unset = UNSET
    """Whether the subscription renews itself."""

    auto_pay: bool | Unset = UNSET
    """Whether the order is paid from the account at once (cash only)."""

    change_mode: str | Unset = UNSET
    """For a flavor change: immediate, or delay (from the next period, with period_type and
    period_num)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("period_type", "period_type", t.STRING),
        Field("period_num", "period_num", t.INTEGER),
        Field("auto_renew", "auto_renew", t.BOOLEAN),
        Field("auto_pay", "auto_pay", t.BOOLEAN),
        Field("change_mode", "change_mode", t.STRING),
    )


class MonitorStatus(Model):
    """A health monitor in the status tree."""

    id: str | Unset = UNSET
    """The health monitor ID."""

    name: str | Unset = UNSET
    """Its name."""

    type: str | Unset = UNSET
    """The check protocol (TCP, UDP_CONNECT, HTTP, ...)."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
    )


class MemberState(Model):
    """A member in the status tree."""

    id: str | Unset = UNSET
    """The member ID."""

    address: str | Unset = UNSET
    """Its IP address."""

    protocol_port: int | Unset = UNSET
    """Its port."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE."""

    operating_status: str | Unset = UNSET
    """ONLINE, NO_MONITOR, OFFLINE or DISABLE (administratively down; this tree's value can
    differ from the member's own operating_status)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("address", "address", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
    )


class PoolStatus(Model):
    """A pool in the status tree."""

    id: str | Unset = UNSET
    """The pool ID."""

    name: str | Unset = UNSET
    """Its name."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE."""

    operating_status: str | Unset = UNSET
    """ONLINE, DEGRADED (some member is unhealthy) or DISABLED."""

    healthmonitor: MonitorStatus | Unset = UNSET
    """Its health monitor."""

    members: builtins.list[MemberState] | Unset = UNSET
    """Its members."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("healthmonitor", "healthmonitor", t.model(MonitorStatus)),
        Field("members", "members", t.list_of(t.model(MemberState))),
    )


class RuleStatus(Model):
    """A forwarding rule in the status tree."""

    id: str | Unset = UNSET
    """The rule ID."""

    type: str | Unset = UNSET
    """HOST_NAME or PATH (and the advanced match types)."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE or ERROR."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
    )


class PolicyStatus(Model):
    """A forwarding policy in the status tree."""

    id: str | Unset = UNSET
    """The policy ID."""

    name: str | Unset = UNSET
    """Its name."""

    action: str | Unset = UNSET
    """REDIRECT_TO_POOL or REDIRECT_TO_LISTENER (and the advanced actions)."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE or ERROR (conflicts with another policy of the listener)."""

    rules: builtins.list[RuleStatus] | Unset = UNSET
    """Its rules."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("action", "action", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("rules", "rules", t.list_of(t.model(RuleStatus))),
    )


class ListenerStatus(Model):
    """A listener in the status tree."""

    id: str | Unset = UNSET
    """The listener ID."""

    name: str | Unset = UNSET
    """Its name."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE."""

    operating_status: str | Unset = UNSET
    """ONLINE, DEGRADED (a forwarding policy or rule is in error) or DISABLED."""

    pools: builtins.list[PoolStatus] | Unset = UNSET
    """The pools it uses."""

    l7policies: builtins.list[PolicyStatus] | Unset = UNSET
    """Its forwarding policies."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("pools", "pools", t.list_of(t.model(PoolStatus))),
        Field("l7policies", "l7policies", t.list_of(t.model(PolicyStatus))),
    )


class LoadBalancerStatus(Model):
    """A load balancer in the status tree."""

    id: str | Unset = UNSET
    """The load balancer ID."""

    name: str | Unset = UNSET
    """Its name."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE or PENDING_DELETE."""

    operating_status: str | Unset = UNSET
    """ONLINE or FROZEN."""

    listeners: builtins.list[ListenerStatus] | Unset = UNSET
    """Its listeners."""

    pools: builtins.list[PoolStatus] | Unset = UNSET
    """Its pools."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("operating_status", "operating_status", t.STRING),
        Field("listeners", "listeners", t.list_of(t.model(ListenerStatus))),
        Field("pools", "pools", t.list_of(t.model(PoolStatus))),
    )


class StatusTree(Model):
    """The status tree of a load balancer and everything under it."""

    loadbalancer: LoadBalancerStatus | Unset = UNSET
    """The load balancer's own status and its children."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("loadbalancer", "loadbalancer", t.model(LoadBalancerStatus)),
    )


class LoadBalancer(Model):
    """A dedicated load balancer: private IPv4 and/or IPv6 frontend addresses in a VPC, optional
    EIPs, network (L4) and application (L7) flavors, spread over one or more availability
    zones. Listeners accept traffic on it and send it to pools of backend servers."""

    id: str
    """The load balancer ID."""

    description: str | Unset = UNSET
    """A free-form description (up to 255 characters)."""

    provisioning_status: str | Unset = UNSET
    """ACTIVE, or PENDING_DELETE while it is being deleted."""

    admin_state_up: bool | Unset = UNSET
    """Whether the load balancer is enabled (default true)."""

    provider: str | Unset = UNSET
    """The provider; always vlb (no need to send it)."""

    pools: builtins.list[PoolRef] | Unset = UNSET
    """The pools attached directly to the load balancer."""

    listeners: builtins.list[ListenerRef] | Unset = UNSET
    """The listeners of the load balancer."""

    operating_status: str | Unset = UNSET
    """ONLINE, or FROZEN when it has been frozen."""

    name: str | Unset = UNSET
    """The name (up to 255 characters; may be empty)."""

    project_id: str | Unset = UNSET
    """The project that owns it (taken from the URL, never sent)."""

    vip_subnet_cidr_id: str | None | Unset = UNSET
    """The IPv4 subnet (neutron_subnet_id of a VPC subnet) that holds the private IPv4 address,
    the frontend subnet. Required for an IPv4 address; vpc_id, this and ipv6_vip_virsubnet_id
    cannot all be empty and must be in one VPC."""

    vip_address: str | None | Unset = UNSET
    """The private IPv4 address, inside vip_subnet_cidr_id and unused; allocated automatically
    when only the subnet is given, none without a subnet."""

    vip_port_id: str | None | Unset = UNSET
    """The port that holds the private IPv4 address."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created (UTC; older dedicated resources leave it out)."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC; older dedicated resources leave it out)."""

    guaranteed: bool | Unset = UNSET
    """Whether it is a dedicated load balancer (true, the only value create accepts) or a shared
    one."""

    vpc_id: str | Unset = UNSET
    """The VPC the load balancer is in."""

    eips: builtins.list[EipInfo] | Unset = UNSET
    """The EIPs bound to the load balancer (the same as publicips)."""

    ipv6_vip_address: str | None | Unset = UNSET
    """The IPv6 address of a dual-stack load balancer, inside ipv6_vip_virsubnet_id."""

    ipv6_vip_virsubnet_id: str | None | Unset = UNSET
    """The IPv6 network (neutron_network_id of a VPC subnet with IPv6 on) for a dual-stack load
    balancer; required for an IPv6 address."""

    ipv6_vip_port_id: str | None | Unset = UNSET
    """The port that holds the IPv6 address."""

    availability_zone_list: builtins.list[str] | Unset = UNSET
    """The availability zones of the load balancer, all from one of the sets listed by the
    availability-zones API (two or more for zone redundancy)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project it belongs to ("0" is the default one; on create an unknown or
    empty ID is refused)."""

    billing_info: str | None | Unset = UNSET
    """Empty for pay-per-use; for a yearly/monthly instance the order as
    order_id:product_id:region_id:project_id."""

    l4_flavor_id: str | None | Unset = UNSET
    """The network (TCP/UDP) flavor, from the flavors API with type L4; for an elastic instance,
    the upper limit. Without l4/l7 flavors the site's default is used. Changeable only on
    dedicated load balancers."""

    l4_scale_flavor_id: str | None | Unset = UNSET
    """Deprecated elastic layer-4 flavor; do not use."""

    l7_flavor_id: str | None | Unset = UNSET
    """The application (HTTP/HTTPS) flavor, from the flavors API with type L7; for an elastic
    instance, the upper limit. Changeable only on dedicated load balancers."""

    l7_scale_flavor_id: str | None | Unset = UNSET
    """Deprecated elastic layer-7 flavor; do not use."""

    publicips: builtins.list[PublicIpInfo] | Unset = UNSET
    """The EIPs bound to the load balancer (the same as eips)."""

    global_eips: builtins.list[GlobalEipInfo] | Unset = UNSET
    """The global EIPs bound to the load balancer."""

    elb_virsubnet_ids: builtins.list[str] | Unset = UNSET
    """The backend subnets (neutron_network_id), from which the load balancer takes the addresses
    it talks to backend servers with (health checks, full NAT). They must be in the load
    balancer's VPC; the first one is used first."""

    elb_virsubnet_type: str | Unset = UNSET
    """The backend subnets' type: ipv4 or dualstack."""

    ip_target_enable: bool | Unset = UNSET
    """Whether IP-address backends are allowed (servers in other VPCs or on premises); once on it
    cannot be turned off."""

    frozen_scene: str | None | Unset = UNSET
    """Why it is frozen, comma-separated when there are several reasons (e.g. ILLEGAL, VERIFY,
    PARTNER, ARREAR)."""

    deletion_protection_enable: bool | Unset = UNSET
    """Whether deletion protection is on (default false); switch it off on the load balancer and
    its resources before deleting."""

    autoscaling: Autoscaling | None | Unset = UNSET
    """Elastic scaling of the load balancer's flavor."""

    public_border_group: str | None | Unset = UNSET
    """The public border group (center, or an edge site's name)."""

    charge_mode: str | None | Unset = UNSET
    """How the instance is billed: flavor (by flavor) or lcu (by use). On create it is inferred
    from the flavors, so leave it unset."""

    waf_failure_action: str | None | Unset = UNSET
    """What happens to traffic when the bound WAF fails: forward (default) to the backends or
    discard it."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    log_group_id: str | None | Unset = UNSET
    """The LTS log group of the load balancer's access logs."""

    log_topic_id: str | None | Unset = UNSET
    """The LTS log stream of the load balancer's access logs."""

    custom_qos_limit: CustomQosLimit | Unset = UNSET
    """The connection and new-connection limits of the flavor."""

    ipv6_bandwidth: BandwidthRef | Unset = UNSET
    """The shared bandwidth the IPv6 address joins."""

    publicip_ids: builtins.list[str] | Unset = UNSET
    """Existing EIPs to bind on create (only the first is used)."""

    publicip: NewPublicIp | Unset = UNSET
    """A new EIP to create and bind with the load balancer."""

    prepaid_options: PrepaidOptions | Unset = UNSET
    """Yearly/monthly subscription terms; with them create and a flavor change return an order
    instead of an immediate result."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("description", "description", t.STRING),
        Field("provisioning_status", "provisioning_status", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("provider", "provider", t.STRING),
        Field("pools", "pools", t.list_of(t.model(PoolRef))),
        Field("listeners", "listeners", t.list_of(t.model(ListenerRef))),
        Field("operating_status", "operating_status", t.STRING),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("vip_subnet_cidr_id", "vip_subnet_cidr_id", t.STRING),
        Field("vip_address", "vip_address", t.STRING),
        Field("vip_port_id", "vip_port_id", t.STRING),
        Field("tags", "tags", t.list_of(t.model(Tag))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("guaranteed", "guaranteed", t.BOOLEAN),
        Field("vpc_id", "vpc_id", t.STRING),
        Field("eips", "eips", t.list_of(t.model(EipInfo))),
        Field("ipv6_vip_address", "ipv6_vip_address", t.STRING),
        Field("ipv6_vip_virsubnet_id", "ipv6_vip_virsubnet_id", t.STRING),
        Field("ipv6_vip_port_id", "ipv6_vip_port_id", t.STRING),
        Field("availability_zone_list", "availability_zone_list", t.list_of(t.STRING)),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("billing_info", "billing_info", t.STRING),
        Field("l4_flavor_id", "l4_flavor_id", t.STRING),
        Field("l4_scale_flavor_id", "l4_scale_flavor_id", t.STRING),
        Field("l7_flavor_id", "l7_flavor_id", t.STRING),
        Field("l7_scale_flavor_id", "l7_scale_flavor_id", t.STRING),
        Field("publicips", "publicips", t.list_of(t.model(PublicIpInfo))),
        Field("global_eips", "global_eips", t.list_of(t.model(GlobalEipInfo))),
        Field("elb_virsubnet_ids", "elb_virsubnet_ids", t.list_of(t.STRING)),
        Field("elb_virsubnet_type", "elb_virsubnet_type", t.STRING),
        Field("ip_target_enable", "ip_target_enable", t.BOOLEAN),
        Field("frozen_scene", "frozen_scene", t.STRING),
        Field("deletion_protection_enable", "deletion_protection_enable", t.BOOLEAN),
        Field("autoscaling", "autoscaling", t.model(Autoscaling)),
        Field("public_border_group", "public_border_group", t.STRING),
        Field("charge_mode", "charge_mode", t.STRING),
        Field("waf_failure_action", "waf_failure_action", t.STRING),
        Field("protection_status", "protection_status", t.STRING),
        Field("protection_reason", "protection_reason", t.STRING),
        Field("log_group_id", "log_group_id", t.STRING),
        Field("log_topic_id", "log_topic_id", t.STRING),
        Field("custom_qos_limit", "custom_qos_limit", t.model(CustomQosLimit)),
        Field("ipv6_bandwidth", "ipv6_bandwidth", t.model(BandwidthRef)),
        Field("publicip_ids", "publicip_ids", t.list_of(t.STRING)),
        Field("publicip", "publicip", t.model(NewPublicIp)),
        Field("prepaid_options", "prepaid_options", t.model(PrepaidOptions)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    marker: str | Unset = UNSET
    """Start after the item with this ID (the previous page's last); needs limit."""

    limit: int | Unset = UNSET
    """The most items one page holds (0-2000, default 2000)."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from marker (use the previous page's first ID, page_info.previous_marker)."""

    id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose id is one of these."""

    name: str | Unset = UNSET
    """Only items with exactly this name."""

    description: builtins.list[str] | Unset = UNSET
    """Only load balancers whose description is one of these."""

    admin_state_up: bool | Unset = UNSET
    """Only load balancers whose admin_state_up is this."""

    include_recycle_bin: bool | Unset = UNSET
    """Include load balancers in the recycle bin (or their listeners)."""

    provisioning_status: builtins.list[str] | Unset = UNSET
    """Only load balancers whose provisioning_status is one of these."""

    operating_status: builtins.list[str] | Unset = UNSET
    """Only load balancers whose operating_status is one of these."""

    guaranteed: bool | Unset = UNSET
    """Only load balancers whose guaranteed is this."""

    vpc_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose vpc_id is one of these."""

    vip_port_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose vip_port_id is one of these."""

    vip_address: builtins.list[str] | Unset = UNSET
    """Only load balancers whose vip_address is one of these."""

    vip_subnet_cidr_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose vip_subnet_cidr_id is one of these."""

    ipv6_vip_port_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose ipv6_vip_port_id is one of these."""

    ipv6_vip_address: builtins.list[str] | Unset = UNSET
    """Only load balancers whose ipv6_vip_address is one of these."""

    ipv6_vip_virsubnet_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose ipv6_vip_virsubnet_id is one of these."""

    eips: builtins.list[str] | Unset = UNSET
    """Only load balancers with one of these EIPs, each written eip_id=ID, eip_address=IP or
    ip_version=4."""

    publicips: builtins.list[str] | Unset = UNSET
    """Only load balancers with one of these public IPs, each written publicip_id=ID,
    publicip_address=IP or ip_version=4."""

    availability_zone_list: builtins.list[str] | Unset = UNSET
    """Only load balancers whose availability_zone_list is one of these."""

    l4_flavor_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose l4_flavor_id is one of these."""

    l4_scale_flavor_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose l4_scale_flavor_id is one of these."""

    l7_flavor_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose l7_flavor_id is one of these."""

    l7_scale_flavor_id: builtins.list[str] | Unset = UNSET
    """Only load balancers whose l7_scale_flavor_id is one of these."""

    billing_info: builtins.list[str] | Unset = UNSET
    """Only load balancers whose billing_info is one of these."""

    member_device_id: builtins.list[str] | Unset = UNSET
    """Only items with a backend on one of these ECS servers (a filter only)."""

    member_address: builtins.list[str] | Unset = UNSET
    """Only items with a backend at one of these IP addresses (a filter only)."""

    enterprise_project_id: builtins.list[str] | Unset = UNSET
    """Only items of these enterprise projects (all_granted_eps for every one the caller may see;
    without it, the caller's permitted ones)."""

    ip_version: builtins.list[int] | Unset = UNSET
    """Only load balancers with addresses of these IP versions (4, 6)."""

    deletion_protection_enable: bool | Unset = UNSET
    """Only load balancers whose deletion_protection_enable is this."""

    elb_virsubnet_type: builtins.list[str] | Unset = UNSET
    """Only load balancers whose elb_virsubnet_type is one of these."""

    autoscaling: builtins.list[str] | Unset = UNSET
    """Only load balancers whose elastic scaling is on or off: enable=true or enable=false."""

    protection_status: builtins.list[str] | Unset = UNSET
    """Only load balancers whose protection_status is one of these."""

    global_eips: builtins.list[str] | Unset = UNSET
    """Only load balancers with one of these global EIPs, each written global_eip_id=ID,
    global_eip_address=IP or ip_version=4."""

    log_topic_id: str | Unset = UNSET
    """Only load balancers whose log_topic_id is this."""

    log_group_id: str | Unset = UNSET
    """Only load balancers whose log_group_id is this."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("marker", "marker", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.list_of(t.STRING), location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("include_recycle_bin", "include_recycle_bin", t.BOOLEAN, location="query"),
        Param("provisioning_status", "provisioning_status", t.list_of(t.STRING), location="query"),
        Param("operating_status", "operating_status", t.list_of(t.STRING), location="query"),
        Param("guaranteed", "guaranteed", t.BOOLEAN, location="query"),
        Param("vpc_id", "vpc_id", t.list_of(t.STRING), location="query"),
        Param("vip_port_id", "vip_port_id", t.list_of(t.STRING), location="query"),
        Param("vip_address", "vip_address", t.list_of(t.STRING), location="query"),
        Param("vip_subnet_cidr_id", "vip_subnet_cidr_id", t.list_of(t.STRING), location="query"),
        Param("ipv6_vip_port_id", "ipv6_vip_port_id", t.list_of(t.STRING), location="query"),
        Param("ipv6_vip_address", "ipv6_vip_address", t.list_of(t.STRING), location="query"),
        Param(
            "ipv6_vip_virsubnet_id", "ipv6_vip_virsubnet_id", t.list_of(t.STRING), location="query"
        ),
        Param("eips", "eips", t.list_of(t.STRING), location="query"),
        Param("publicips", "publicips", t.list_of(t.STRING), location="query"),
        Param(
            "availability_zone_list",
            "availability_zone_list",
            t.list_of(t.STRING),
            location="query",
        ),
        Param("l4_flavor_id", "l4_flavor_id", t.list_of(t.STRING), location="query"),
        Param("l4_scale_flavor_id", "l4_scale_flavor_id", t.list_of(t.STRING), location="query"),
        Param("l7_flavor_id", "l7_flavor_id", t.list_of(t.STRING), location="query"),
        Param("l7_scale_flavor_id", "l7_scale_flavor_id", t.list_of(t.STRING), location="query"),
        Param("billing_info", "billing_info", t.list_of(t.STRING), location="query"),
        Param("member_device_id", "member_device_id", t.list_of(t.STRING), location="query"),
        Param("member_address", "member_address", t.list_of(t.STRING), location="query"),
        Param(
            "enterprise_project_id", "enterprise_project_id", t.list_of(t.STRING), location="query"
        ),
        Param("ip_version", "ip_version", t.list_of(t.INTEGER), location="query"),
        Param(
            "deletion_protection_enable", "deletion_protection_enable", t.BOOLEAN, location="query"
        ),
        Param("elb_virsubnet_type", "elb_virsubnet_type", t.list_of(t.STRING), location="query"),
        Param("autoscaling", "autoscaling", t.list_of(t.STRING), location="query"),
        Param("protection_status", "protection_status", t.list_of(t.STRING), location="query"),
        Param("global_eips", "global_eips", t.list_of(t.STRING), location="query"),
        Param("log_topic_id", "log_topic_id", t.STRING, location="query"),
        Param("log_group_id", "log_group_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    description: str | Unset = UNSET
    """A free-form description (up to 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """Whether the load balancer is enabled (default true)."""

    provider: str | Unset = UNSET
    """The provider; always vlb (no need to send it)."""

    name: str | Unset = UNSET
    """The name (up to 255 characters; may be empty)."""

    vip_subnet_cidr_id: str | None | Unset = UNSET
    """The IPv4 subnet (neutron_subnet_id of a VPC subnet) that holds the private IPv4 address,
    the frontend subnet. Required for an IPv4 address; vpc_id, this and ipv6_vip_virsubnet_id
    cannot all be empty and must be in one VPC."""

    vip_address: str | None | Unset = UNSET
    """The private IPv4 address, inside vip_subnet_cidr_id and unused; allocated automatically
    when only the subnet is given, none without a subnet."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags."""

    guaranteed: bool | Unset = UNSET
    """Whether it is a dedicated load balancer (true, the only value create accepts) or a shared
    one."""

    vpc_id: str | Unset = UNSET
    """The VPC the load balancer is in."""

    ipv6_vip_address: str | None | Unset = UNSET
    """The IPv6 address of a dual-stack load balancer, inside ipv6_vip_virsubnet_id."""

    ipv6_vip_virsubnet_id: str | None | Unset = UNSET
    """The IPv6 network (neutron_network_id of a VPC subnet with IPv6 on) for a dual-stack load
    balancer; required for an IPv6 address."""

    availability_zone_list: builtins.list[str] = REQUIRED
    """The availability zones of the load balancer, all from one of the sets listed by the
    availability-zones API (two or more for zone redundancy)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project it belongs to ("0" is the default one; on create an unknown or
    empty ID is refused)."""

    billing_info: str | None | Unset = UNSET
    """Empty for pay-per-use; for a yearly/monthly instance the order as
    order_id:product_id:region_id:project_id."""

    l4_flavor_id: str | None | Unset = UNSET
    """The network (TCP/UDP) flavor, from the flavors API with type L4; for an elastic instance,
    the upper limit. Without l4/l7 flavors the site's default is used. Changeable only on
    dedicated load balancers."""

    l7_flavor_id: str | None | Unset = UNSET
    """The application (HTTP/HTTPS) flavor, from the flavors API with type L7; for an elastic
    instance, the upper limit. Changeable only on dedicated load balancers."""

    elb_virsubnet_ids: builtins.list[str] | Unset = UNSET
    """The backend subnets (neutron_network_id), from which the load balancer takes the addresses
    it talks to backend servers with (health checks, full NAT). They must be in the load
    balancer's VPC; the first one is used first."""

    ip_target_enable: bool | Unset = UNSET
    """Whether IP-address backends are allowed (servers in other VPCs or on premises); once on it
    cannot be turned off."""

    deletion_protection_enable: bool | Unset = UNSET
    """Whether deletion protection is on (default false); switch it off on the load balancer and
    its resources before deleting."""

    autoscaling: Autoscaling | None | Unset = UNSET
    """Elastic scaling of the load balancer's flavor."""

    charge_mode: str | None | Unset = UNSET
    """How the instance is billed: flavor (by flavor) or lcu (by use). On create it is inferred
    from the flavors, so leave it unset."""

    waf_failure_action: str | None | Unset = UNSET
    """What happens to traffic when the bound WAF fails: forward (default) to the backends or
    discard it."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    ipv6_bandwidth: BandwidthRef | Unset = UNSET
    """The shared bandwidth the IPv6 address joins."""

    publicip_ids: builtins.list[str] | Unset = UNSET
    """Existing EIPs to bind on create (only the first is used)."""

    publicip: NewPublicIp | Unset = UNSET
    """A new EIP to create and bind with the load balancer."""

    prepaid_options: PrepaidOptions | Unset = UNSET
    """Yearly/monthly subscription terms; with them create and a flavor change return an order
    instead of an immediate result."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("provider", "provider", t.STRING),
        Param("name", "name", t.STRING),
        Param("vip_subnet_cidr_id", "vip_subnet_cidr_id", t.STRING, nullable=True),
        Param("vip_address", "vip_address", t.STRING, nullable=True),
        Param("tags", "tags", t.list_of(t.model(Tag))),
        Param("guaranteed", "guaranteed", t.BOOLEAN),
        Param("vpc_id", "vpc_id", t.STRING),
        Param("ipv6_vip_address", "ipv6_vip_address", t.STRING, nullable=True),
        Param("ipv6_vip_virsubnet_id", "ipv6_vip_virsubnet_id", t.STRING, nullable=True),
        Param(
            "availability_zone_list", "availability_zone_list", t.list_of(t.STRING), required=True
        ),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param("billing_info", "billing_info", t.STRING, nullable=True),
        Param("l4_flavor_id", "l4_flavor_id", t.STRING, nullable=True),
        Param("l7_flavor_id", "l7_flavor_id", t.STRING, nullable=True),
        Param("elb_virsubnet_ids", "elb_virsubnet_ids", t.list_of(t.STRING)),
        Param("ip_target_enable", "ip_target_enable", t.BOOLEAN),
        Param("deletion_protection_enable", "deletion_protection_enable", t.BOOLEAN),
        Param("autoscaling", "autoscaling", t.model(Autoscaling), nullable=True),
        Param("charge_mode", "charge_mode", t.STRING, nullable=True),
        Param("waf_failure_action", "waf_failure_action", t.STRING, nullable=True),
        Param("protection_status", "protection_status", t.STRING),
        Param("protection_reason", "protection_reason", t.STRING, nullable=True),
        Param("ipv6_bandwidth", "ipv6_bandwidth", t.model(BandwidthRef)),
        Param("publicip_ids", "publicip_ids", t.list_of(t.STRING)),
        Param("publicip", "publicip", t.model(NewPublicIp)),
        Param("prepaid_options", "prepaid_options", t.model(PrepaidOptions)),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | Unset = UNSET
    """A free-form description (up to 255 characters)."""

    admin_state_up: bool | Unset = UNSET
    """Whether the load balancer is enabled (default true)."""

    name: str | Unset = UNSET
    """The name (up to 255 characters; may be empty)."""

    vip_subnet_cidr_id: str | None | Unset = UNSET
    """The IPv4 subnet (neutron_subnet_id of a VPC subnet) that holds the private IPv4 address,
    the frontend subnet. Required for an IPv4 address; vpc_id, this and ipv6_vip_virsubnet_id
    cannot all be empty and must be in one VPC."""

    vip_address: str | None | Unset = UNSET
    """The private IPv4 address, inside vip_subnet_cidr_id and unused; allocated automatically
    when only the subnet is given, none without a subnet."""

    ipv6_vip_address: str | None | Unset = UNSET
    """The IPv6 address of a dual-stack load balancer, inside ipv6_vip_virsubnet_id."""

    ipv6_vip_virsubnet_id: str | None | Unset = UNSET
    """The IPv6 network (neutron_network_id of a VPC subnet with IPv6 on) for a dual-stack load
    balancer; required for an IPv6 address."""

    l4_flavor_id: str | None | Unset = UNSET
    """The network (TCP/UDP) flavor, from the flavors API with type L4; for an elastic instance,
    the upper limit. Without l4/l7 flavors the site's default is used. Changeable only on
    dedicated load balancers."""

    l7_flavor_id: str | None | Unset = UNSET
    """The application (HTTP/HTTPS) flavor, from the flavors API with type L7; for an elastic
    instance, the upper limit. Changeable only on dedicated load balancers."""

    elb_virsubnet_ids: builtins.list[str] | Unset = UNSET
    """The backend subnets (neutron_network_id), from which the load balancer takes the addresses
    it talks to backend servers with (health checks, full NAT). They must be in the load
    balancer's VPC; the first one is used first."""

    ip_target_enable: bool | Unset = UNSET
    """Whether IP-address backends are allowed (servers in other VPCs or on premises); once on it
    cannot be turned off."""

    deletion_protection_enable: bool | Unset = UNSET
    """Whether deletion protection is on (default false); switch it off on the load balancer and
    its resources before deleting."""

    autoscaling: Autoscaling | None | Unset = UNSET
    """Elastic scaling of the load balancer's flavor."""

    charge_mode: str | None | Unset = UNSET
    """How the instance is billed: flavor (by flavor) or lcu (by use). On create it is inferred
    from the flavors, so leave it unset."""

    waf_failure_action: str | None | Unset = UNSET
    """What happens to traffic when the bound WAF fails: forward (default) to the backends or
    discard it."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    ipv6_bandwidth: BandwidthRef | Unset = UNSET
    """The shared bandwidth the IPv6 address joins."""

    prepaid_options: PrepaidOptions | Unset = UNSET
    """Yearly/monthly subscription terms; with them create and a flavor change return an order
    instead of an immediate result."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("name", "name", t.STRING),
        Param("vip_subnet_cidr_id", "vip_subnet_cidr_id", t.STRING, nullable=True),
        Param("vip_address", "vip_address", t.STRING, nullable=True),
        Param("ipv6_vip_address", "ipv6_vip_address", t.STRING, nullable=True),
        Param("ipv6_vip_virsubnet_id", "ipv6_vip_virsubnet_id", t.STRING, nullable=True),
        Param("l4_flavor_id", "l4_flavor_id", t.STRING, nullable=True),
        Param("l7_flavor_id", "l7_flavor_id", t.STRING, nullable=True),
        Param("elb_virsubnet_ids", "elb_virsubnet_ids", t.list_of(t.STRING)),
        Param("ip_target_enable", "ip_target_enable", t.BOOLEAN),
        Param("deletion_protection_enable", "deletion_protection_enable", t.BOOLEAN),
        Param("autoscaling", "autoscaling", t.model(Autoscaling), nullable=True),
        Param("charge_mode", "charge_mode", t.STRING, nullable=True),
        Param("waf_failure_action", "waf_failure_action", t.STRING, nullable=True),
        Param("protection_status", "protection_status", t.STRING),
        Param("protection_reason", "protection_reason", t.STRING, nullable=True),
        Param("ipv6_bandwidth", "ipv6_bandwidth", t.model(BandwidthRef)),
        Param("prepaid_options", "prepaid_options", t.model(PrepaidOptions)),
    )


class DeleteCascadeOpts(Opts):
    """Options of delete_cascade."""

    unbounded_pool: bool | Unset = UNSET
    """Whether the pools attached to the load balancer are deleted too (default true; shared load
    balancers accept only true)."""

    public_ip: bool | Unset = UNSET
    """Whether the bound EIPs are released too (default false, which only unbinds them)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("unbounded_pool", "unbounded_pool", t.BOOLEAN),
        Param("public_ip", "public_ip", t.BOOLEAN),
    )


_LIST = Operation(
    "loadbalancers.list",
    "GET",
    "/elb/loadbalancers",
    ok=(200, 203),
    response_key="loadbalancers",
    paging=Paging("marker", next="page_info.next_marker"),
)
_GET = Operation(
    "loadbalancers.get",
    "GET",
    "/elb/loadbalancers/{loadbalancer_id}",
    ok=(200, 203),
    response_key="loadbalancer",
)
_CREATE = Operation(
    "loadbalancers.create",
    "POST",
    "/elb/loadbalancers",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="loadbalancer",
    response_key="loadbalancer",
)
_UPDATE = Operation(
    "loadbalancers.update",
    "PUT",
    "/elb/loadbalancers/{loadbalancer_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="loadbalancer",
    response_key="loadbalancer",
)
_DELETE = Operation(
    "loadbalancers.delete",
    "DELETE",
    "/elb/loadbalancers/{loadbalancer_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_GET_STATUS = Operation(
    "loadbalancers.get_status",
    "GET",
    "/elb/loadbalancers/{loadbalancer_id}/statuses",
    ok=(200, 203),
    response_key="statuses",
)
_FORCE_DELETE = Operation(
    "loadbalancers.force_delete",
    "DELETE",
    "/elb/loadbalancers/{loadbalancer_id}/force-elb",
    ok=(200, 202, 204),
    response_kind="empty",
)
_DELETE_CASCADE = Operation(
    "loadbalancers.delete_cascade",
    "POST",
    "/elb/loadbalancers/{loadbalancer_id}/delete-cascade",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="loadbalancer",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[LoadBalancer]:
    """List load balancers, optionally filtered; most filters take several values (any of them
    matches). Pages with limit and marker; the answer's page_info carries next_marker while
    more follow."""
    return client.pager(
        _LIST, None, model=LoadBalancer, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LoadBalancer]:
    """Show a load balancer."""
    return client.call(
        _GET,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LoadBalancer]:
    """Create a load balancer. Give vip_subnet_cidr_id for a private IPv4 address,
    ipv6_vip_virsubnet_id for IPv6, publicip (new) or publicip_ids (existing, not both) for an
    EIP; at least one of vpc_id, vip_subnet_cidr_id and ipv6_vip_virsubnet_id. A
    yearly/monthly order (prepaid_options) answers with order_id and loadbalancer_id beside
    the object."""
    return client.call(
        _CREATE, None, model=LoadBalancer, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[LoadBalancer]:
    """Change a load balancer: name, description, addresses, flavors, backend subnets, deletion
    protection, elastic scaling. Only the fields set are sent."""
    return client.call(
        _UPDATE,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a load balancer; refused while it has listeners or pools, or deletion protection is
    on (see force_delete and delete_cascade)."""
    return client.call(
        _DELETE, {"loadbalancer_id": loadbalancer_id}, microversion=microversion, timeout=timeout
    )


def get_status(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[StatusTree]:
    """Show the status tree of a load balancer: its listeners, pools, members, health monitors
    and forwarding policies with their states."""
    return client.call(
        _GET_STATUS,
        {"loadbalancer_id": loadbalancer_id},
        model=StatusTree,
        microversion=microversion,
        timeout=timeout,
    )


def force_delete(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a load balancer and everything under it (listeners, pools, members, health
    monitors). EIPs are unbound, not released. Fails when the load balancer or one of its
    pools has deletion protection on."""
    return client.call(
        _FORCE_DELETE,
        {"loadbalancer_id": loadbalancer_id},
        microversion=microversion,
        timeout=timeout,
    )


def delete_cascade(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: DeleteCascadeOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a load balancer with its listeners and members, and choose what happens to its
    pools and EIPs."""
    return client.call(
        _DELETE_CASCADE,
        {"loadbalancer_id": loadbalancer_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> LoadBalancer:
    """The one LoadBalancer whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=LoadBalancer,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def wait_for_status(
    client: ServiceClient,
    loadbalancer_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[LoadBalancer], None] | None = None,
) -> LoadBalancer:
    """Poll get until the LoadBalancer's provisioning_status is ``status`` (one of several, if a
    list; compared without case) and return it. Raises errors.WaitTimeout after ``timeout``
    seconds."""
    return _wait.wait_for_status(
        client,
        _GET,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        field="provisioning_status",
        wanted=status,
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def wait_for_delete(
    client: ServiceClient,
    loadbalancer_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[LoadBalancer], None] | None = None,
) -> None:
    """Poll get until the LoadBalancer is gone (404). Raises errors.WaitTimeout after ``timeout``
    seconds."""
    _wait.wait_for_delete(
        client,
        _GET,
        {"loadbalancer_id": loadbalancer_id},
        model=LoadBalancer,
        field="provisioning_status",
        deleted=(),
        failures=(),
        timeout=timeout,
        interval=interval,
        progress=progress,
    )


def extract_loadbalancers(page: Page[Any]) -> builtins.list[LoadBalancer]:
    """The LoadBalancer items of a page (or of ``all_pages()``)."""
    return page.extract_as(LoadBalancer)
