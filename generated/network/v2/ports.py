# Generated from network/v2/ports.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A port: a virtual switch port on a network, with a MAC address and fixed IPs from the
network's subnets, that a device (a server's interface, a router interface or gateway, a DHCP
agent, a floating IP) plugs into. Its binding:* attributes (admin) say which host and how it
is bound; security groups, allowed address pairs and port security decide what traffic it may
send and receive."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import AddressPair as AddressPair


class FixedIp(Model):
    """One of a port's addresses."""

    subnet_id: str | Unset = UNSET
    """The subnet the address is from."""

    ip_address: str | Unset = UNSET
    """The address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("subnet_id", "subnet_id", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
    )


class ExtraDhcpOpt(Model):
    """A DHCP option for the port's device."""

    opt_name: str | Unset = UNSET
    """The option name, e.g. bootfile-name."""

    opt_value: str | None | Unset = UNSET
    """The option value (None removes it on update)."""

    ip_version: int | Unset = UNSET
    """4 or 6 (default 4)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("opt_name", "opt_name", t.STRING),
        Field("opt_value", "opt_value", t.STRING),
        Field("ip_version", "ip_version", t.INTEGER),
    )


class DnsAssignment(Model):
    """The DNS names internal DNS gives one fixed IP."""

    hostname: str | Unset = UNSET
    """The host name."""

    ip_address: str | Unset = UNSET
    """The address."""

    fqdn: str | Unset = UNSET
    """The fully qualified name."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("hostname", "hostname", t.STRING),
        Field("ip_address", "ip_address", t.STRING),
        Field("fqdn", "fqdn", t.STRING),
    )


class RequestGroup(Model):
    """One group of a port's resource request."""

    id: str | Unset = UNSET
    """The group's ID."""

    required: builtins.list[str] | Unset = UNSET
    """The traits the provider must have."""

    resources: dict[str, int] | Unset = UNSET
    """Resource class to amount."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("required", "required", t.list_of(t.STRING)),
        Field("resources", "resources", t.map_of(t.INTEGER)),
    )


class ResourceRequest(Model):
    """The resources a port asks placement for, in groups."""

    request_groups: builtins.list[RequestGroup] | Unset = UNSET
    """One group per resource provider kind."""

    same_subtree: builtins.list[str] | Unset = UNSET
    """The IDs of groups that must be satisfied from one provider subtree."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("request_groups", "request_groups", t.list_of(t.model(RequestGroup))),
        Field("same_subtree", "same_subtree", t.list_of(t.STRING)),
    )


class Port(Model):
    """A port: a virtual switch port on a network, with a MAC address and fixed IPs from the
    network's subnets, that a device (a server's interface, a router interface or gateway, a
    DHCP agent, a floating IP) plugs into. Its binding:* attributes (admin) say which host and
    how it is bound; security groups, allowed address pairs and port security decide what
    traffic it may send and receive."""

    id: str
    """The port's UUID."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    network_id: str | Unset = UNSET
    """The network the port is on."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a port that is down forwards nothing."""

    status: str | Unset = UNSET
    """ACTIVE, DOWN, BUILD or ERROR (DOWN until an agent binds and wires it)."""

    mac_address: str | Unset = UNSET
    """The MAC address (generated when not given; changing it is admin-only)."""

    fixed_ips: builtins.list[FixedIp] | Unset = UNSET
    """The port's addresses. On create each entry names a subnet_id, an ip_address or both;
    without fixed_ips the port gets one address from each subnet (of each IP version) as the
    network's subnets allow."""

    device_id: str | Unset = UNSET
    """The ID of the device using the port (a server, a router, ...)."""

    device_owner: str | Unset = UNSET
    """What kind of device uses it: compute:<zone>, network:router_interface, network:dhcp, ..."""

    security_groups: builtins.list[str] | Unset = UNSET
    """The IDs of the security groups applied to the port (default the project's default group)."""

    allowed_address_pairs: builtins.list[AddressPair] | Unset = UNSET
    """Further IP addresses or CIDRs (with an optional MAC) the port may send from, besides its
    fixed IPs (allowed-address-pairs)."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | Unset = UNSET
    """Extra DHCP options handed to the device (extra_dhcp_opt)."""

    port_security_enabled: bool | Unset = UNSET
    """Whether anti-spoofing and security groups apply (port-security; default the network's).
    Turning it off needs no security groups and no address pairs on the port."""

    binding_host_id: str | Unset = UNSET
    """The host the port is bound on (admin; binding)."""

    binding_profile: dict[str, Any] | None | Unset = UNSET
    """Settings for the mechanism driver that binds the port (admin; binding)."""

    binding_vif_details: dict[str, Any] | Unset = UNSET
    """Details of the bound interface for the hypervisor (admin; binding)."""

    binding_vif_type: str | Unset = UNSET
    """The bound interface type: ovs, bridge, unbound, binding_failed, ... (admin; binding)."""

    binding_vnic_type: str | Unset = UNSET
    """The kind of virtual NIC to bind: normal, macvtap, direct, baremetal, direct-physical,
    virtio-forwarder, smart-nic, vdpa, remote-managed, ..."""

    dns_name: str | Unset = UNSET
    """The host name published in DNS for the port's addresses (dns-integration)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain of dns_name (dns-domain-ports)."""

    dns_assignment: builtins.list[DnsAssignment] | Unset = UNSET
    """The host name and FQDN that internal DNS assigns to each fixed IP."""

    data_plane_status: Literal["ACTIVE", "DOWN"] | None | Unset = UNSET
    """The status of the underlying data plane, set by admins or drivers (data-plane-status)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the port (qos)."""

    qos_network_policy_id: str | None | Unset = UNSET
    """The QoS policy inherited from the network (qos-port-network-policy)."""

    propagate_uplink_status: bool | Unset = UNSET
    """Whether the uplink's status is propagated to the VF (uplink-status-propagation)."""

    ip_allocation: str | Unset = UNSET
    """When addresses are allocated: immediate, deferred or none (ip_allocation)."""

    resource_request: ResourceRequest | None | Unset = UNSET
    """The placement resources the port needs (port-resource-request; admin)."""

    hints: dict[str, Any] | None | Unset = UNSET
    """Backend tuning hints, e.g. {"openvswitch": {"other_config": {"tx-steering": "hash"}}}
    (port-hints)."""

    numa_affinity_policy: Literal["required", "preferred", "legacy", "socket"] | None | Unset = (
        UNSET
    )
    """The NUMA affinity policy of the port's device (port-numa-affinity-policy)."""

    device_profile: str | None | Unset = UNSET
    """The Cyborg device profile of the port (port-device-profile)."""

    hardware_offload_type: str | Unset = UNSET
    """The hardware offload type, "switchdev" or "" (port-hardware-offload-type)."""

    trusted: bool | None | Unset = UNSET
    """Whether the VF is trusted (port-trusted-vif; admin)."""

    mac_learning_enabled: bool | Unset = UNSET
    """Whether MAC learning is on (mac-learning)."""

    pvlan_type: Literal["isolated", "promiscuous", "community"] | None | Unset = UNSET
    """The port's private VLAN role (pvlan)."""

    pvlan_community: str | None | Unset = UNSET
    """The private VLAN community of a community port (pvlan)."""

    trunk_details: dict[str, Any] | Unset = UNSET
    """The trunk of a trunk's parent port and its subports (trunk-details)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    revision_number: int | Unset = UNSET
    """Increases on every change."""

    tags: builtins.list[str] | Unset = UNSET
    """The port's tags (changed through the tags API; create_bulk items may carry "tags" where
    the tag-ports-during-bulk-creation driver is on)."""

    created_at: datetime.datetime | Unset = UNSET
    """When the port was created."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("network_id", "network_id", t.STRING),
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("mac_address", "mac_address", t.STRING),
        Field("fixed_ips", "fixed_ips", t.list_of(t.model(FixedIp))),
        Field("device_id", "device_id", t.STRING),
        Field("device_owner", "device_owner", t.STRING),
        Field("security_groups", "security_groups", t.list_of(t.STRING)),
        Field("allowed_address_pairs", "allowed_address_pairs", t.list_of(t.model(AddressPair))),
        Field("extra_dhcp_opts", "extra_dhcp_opts", t.list_of(t.model(ExtraDhcpOpt))),
        Field("port_security_enabled", "port_security_enabled", t.BOOLEAN),
        Field("binding_host_id", "binding:host_id", t.STRING),
        Field("binding_profile", "binding:profile", t.map_of(t.ANY)),
        Field("binding_vif_details", "binding:vif_details", t.map_of(t.ANY)),
        Field("binding_vif_type", "binding:vif_type", t.STRING),
        Field("binding_vnic_type", "binding:vnic_type", t.STRING),
        Field("dns_name", "dns_name", t.STRING),
        Field("dns_domain", "dns_domain", t.STRING),
        Field("dns_assignment", "dns_assignment", t.list_of(t.model(DnsAssignment))),
        Field("data_plane_status", "data_plane_status", t.STRING, enum=("ACTIVE", "DOWN")),
        Field("qos_policy_id", "qos_policy_id", t.STRING),
        Field("qos_network_policy_id", "qos_network_policy_id", t.STRING),
        Field("propagate_uplink_status", "propagate_uplink_status", t.BOOLEAN),
        Field("ip_allocation", "ip_allocation", t.STRING),
        Field("resource_request", "resource_request", t.model(ResourceRequest)),
        Field("hints", "hints", t.map_of(t.ANY)),
        Field(
            "numa_affinity_policy",
            "numa_affinity_policy",
            t.STRING,
            enum=("required", "preferred", "legacy", "socket"),
        ),
        Field("device_profile", "device_profile", t.STRING),
        Field("hardware_offload_type", "hardware_offload_type", t.STRING),
        Field("trusted", "trusted", t.BOOLEAN),
        Field("mac_learning_enabled", "mac_learning_enabled", t.BOOLEAN),
        Field("pvlan_type", "pvlan_type", t.STRING, enum=("isolated", "promiscuous", "community")),
        Field("pvlan_community", "pvlan_community", t.STRING),
        Field("trunk_details", "trunk_details", t.map_of(t.ANY)),
        Field("project_id", "project_id", t.STRING),
        Field("tenant_id", "tenant_id", t.STRING),
        Field("revision_number", "revision_number", t.INTEGER),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the port with this ID."""

    name: str | Unset = UNSET
    """Only ports with this name."""

    description: str | Unset = UNSET
    """Only ports with this description."""

    network_id: str | Unset = UNSET
    """Only ports on this network."""

    admin_state_up: bool | Unset = UNSET
    """Only ports in this administrative state."""

    status: str | Unset = UNSET
    """Only ports with this status."""

    mac_address: str | Unset = UNSET
    """Only the port with this MAC address."""

    device_id: str | Unset = UNSET
    """Only ports of this device."""

    device_owner: str | Unset = UNSET
    """Only ports with this device owner."""

    fixed_ips: builtins.list[str] | Unset = UNSET
    """Only ports with these addresses: each entry is "ip_address=<ip>", "subnet_id=<id>" or
    "ip_address_substr=<part>"; all must match."""

    security_groups: builtins.list[str] | Unset = UNSET
    """Only ports in these security groups (security-groups-port-filtering)."""

    binding_host_id: str | Unset = UNSET
    """Only ports bound on this host (admin)."""

    ip_allocation: str | Unset = UNSET
    """Only ports with this ip_allocation."""

    mac_learning_enabled: bool | Unset = UNSET
    """Only ports with MAC learning on (or off)."""

    pvlan_type: str | Unset = UNSET
    """Only ports with this private VLAN role."""

    pvlan_community: str | Unset = UNSET
    """Only ports in this private VLAN community."""

    project_id: str | Unset = UNSET
    """Only ports of this project."""

    tenant_id: str | Unset = UNSET
    """Only ports of this project (older name)."""

    revision_number: int | Unset = UNSET
    """Only ports at this revision."""

    tags: builtins.list[str] | Unset = UNSET
    """Only items that have every one of these tags."""

    tags_any: builtins.list[str] | Unset = UNSET
    """Only items that have at least one of these tags."""

    not_tags: builtins.list[str] | Unset = UNSET
    """Leave out items that have every one of these tags."""

    not_tags_any: builtins.list[str] | Unset = UNSET
    """Leave out items that have any of these tags."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (port attribute names, e.g. id, name); Neutron leaves the
    others out of each item. Keep id in the list when paging: the next page starts after the
    last item's id."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes, most significant first (one of admin_state_up, device_id,
    device_owner, id, ip_allocation, mac_address, name, network_id, status, project_id,
    tenant_id); give one sort_dir per sort_key."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """"asc" or "desc" for each sort_key, in the same order."""

    limit: int | Unset = UNSET
    """The most ports one page holds; a full page carries a ports_links entry with rel "next"."""

    marker: str | Unset = UNSET
    """Start after the port with this ID (the previous page's last one)."""

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("network_id", "network_id", t.STRING, location="query"),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("status", "status", t.STRING, location="query"),
        Param("mac_address", "mac_address", t.STRING, location="query"),
        Param("device_id", "device_id", t.STRING, location="query"),
        Param("device_owner", "device_owner", t.STRING, location="query"),
        Param("fixed_ips", "fixed_ips", t.list_of(t.STRING), location="query"),
        Param("security_groups", "security_groups", t.list_of(t.STRING), location="query"),
        Param("binding_host_id", "binding:host_id", t.STRING, location="query"),
        Param("ip_allocation", "ip_allocation", t.STRING, location="query"),
        Param("mac_learning_enabled", "mac_learning_enabled", t.BOOLEAN, location="query"),
        Param("pvlan_type", "pvlan_type", t.STRING, location="query"),
        Param("pvlan_community", "pvlan_community", t.STRING, location="query"),
        Param("project_id", "project_id", t.STRING, location="query"),
        Param("tenant_id", "tenant_id", t.STRING, location="query"),
        Param("revision_number", "revision_number", t.INTEGER, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("tags_any", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags", "not-tags", t.list_of(t.STRING), location="query", style="comma"),
        Param("not_tags_any", "not-tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    network_id: str = REQUIRED
    """The network the port is on."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a port that is down forwards nothing."""

    mac_address: str | Unset = UNSET
    """The MAC address (generated when not given; changing it is admin-only)."""

    fixed_ips: builtins.list[FixedIp] | Unset = UNSET
    """The port's addresses. On create each entry names a subnet_id, an ip_address or both;
    without fixed_ips the port gets one address from each subnet (of each IP version) as the
    network's subnets allow."""

    device_id: str | Unset = UNSET
    """The ID of the device using the port (a server, a router, ...)."""

    device_owner: str | Unset = UNSET
    """What kind of device uses it: compute:<zone>, network:router_interface, network:dhcp, ..."""

    security_groups: builtins.list[str] | Unset = UNSET
    """The IDs of the security groups applied to the port (default the project's default group)."""

    allowed_address_pairs: builtins.list[AddressPair] | Unset = UNSET
    """Further IP addresses or CIDRs (with an optional MAC) the port may send from, besides its
    fixed IPs (allowed-address-pairs)."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | Unset = UNSET
    """Extra DHCP options handed to the device (extra_dhcp_opt)."""

    port_security_enabled: bool | Unset = UNSET
    """Whether anti-spoofing and security groups apply (port-security; default the network's).
    Turning it off needs no security groups and no address pairs on the port."""

    binding_host_id: str | Unset = UNSET
    """The host the port is bound on (admin; binding)."""

    binding_profile: dict[str, Any] | None | Unset = UNSET
    """Settings for the mechanism driver that binds the port (admin; binding)."""

    binding_vnic_type: str | Unset = UNSET
    """The kind of virtual NIC to bind: normal, macvtap, direct, baremetal, direct-physical,
    virtio-forwarder, smart-nic, vdpa, remote-managed, ..."""

    dns_name: str | Unset = UNSET
    """The host name published in DNS for the port's addresses (dns-integration)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain of dns_name (dns-domain-ports)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the port (qos)."""

    propagate_uplink_status: bool | Unset = UNSET
    """Whether the uplink's status is propagated to the VF (uplink-status-propagation)."""

    hints: dict[str, Any] | None | Unset = UNSET
    """Backend tuning hints, e.g. {"openvswitch": {"other_config": {"tx-steering": "hash"}}}
    (port-hints)."""

    numa_affinity_policy: Literal["required", "preferred", "legacy", "socket"] | None | Unset = (
        UNSET
    )
    """The NUMA affinity policy of the port's device (port-numa-affinity-policy)."""

    device_profile: str | None | Unset = UNSET
    """The Cyborg device profile of the port (port-device-profile)."""

    hardware_offload_type: str | Unset = UNSET
    """The hardware offload type, "switchdev" or "" (port-hardware-offload-type)."""

    trusted: bool | None | Unset = UNSET
    """Whether the VF is trusted (port-trusted-vif; admin)."""

    mac_learning_enabled: bool | Unset = UNSET
    """Whether MAC learning is on (mac-learning)."""

    pvlan_type: Literal["isolated", "promiscuous", "community"] | None | Unset = UNSET
    """The port's private VLAN role (pvlan)."""

    pvlan_community: str | None | Unset = UNSET
    """The private VLAN community of a community port (pvlan)."""

    project_id: str | Unset = UNSET
    """The owning project."""

    tenant_id: str | Unset = UNSET
    """The owning project (the older name of project_id; create takes either)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("network_id", "network_id", t.STRING, required=True),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("mac_address", "mac_address", t.STRING),
        Param("fixed_ips", "fixed_ips", t.list_of(t.model(FixedIp))),
        Param("device_id", "device_id", t.STRING),
        Param("device_owner", "device_owner", t.STRING),
        Param("security_groups", "security_groups", t.list_of(t.STRING)),
        Param("allowed_address_pairs", "allowed_address_pairs", t.list_of(t.model(AddressPair))),
        Param("extra_dhcp_opts", "extra_dhcp_opts", t.list_of(t.model(ExtraDhcpOpt))),
        Param("port_security_enabled", "port_security_enabled", t.BOOLEAN),
        Param("binding_host_id", "binding:host_id", t.STRING),
        Param("binding_profile", "binding:profile", t.map_of(t.ANY), nullable=True),
        Param("binding_vnic_type", "binding:vnic_type", t.STRING),
        Param("dns_name", "dns_name", t.STRING),
        Param("dns_domain", "dns_domain", t.STRING),
        Param("qos_policy_id", "qos_policy_id", t.STRING, nullable=True),
        Param("propagate_uplink_status", "propagate_uplink_status", t.BOOLEAN),
        Param("hints", "hints", t.map_of(t.ANY), nullable=True),
        Param(
            "numa_affinity_policy",
            "numa_affinity_policy",
            t.STRING,
            nullable=True,
            enum=("required", "preferred", "legacy", "socket"),
        ),
        Param("device_profile", "device_profile", t.STRING, nullable=True),
        Param("hardware_offload_type", "hardware_offload_type", t.STRING),
        Param("trusted", "trusted", t.BOOLEAN, nullable=True),
        Param("mac_learning_enabled", "mac_learning_enabled", t.BOOLEAN),
        Param(
            "pvlan_type",
            "pvlan_type",
            t.STRING,
            nullable=True,
            enum=("isolated", "promiscuous", "community"),
        ),
        Param("pvlan_community", "pvlan_community", t.STRING, nullable=True),
        Param("project_id", "project_id", t.STRING),
        Param("tenant_id", "tenant_id", t.STRING),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | Unset = UNSET
    """A human-readable name (default "")."""

    description: str | Unset = UNSET
    """Free-form text."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; a port that is down forwards nothing."""

    mac_address: str | Unset = UNSET
    """The MAC address (generated when not given; changing it is admin-only)."""

    fixed_ips: builtins.list[FixedIp] | Unset = UNSET
    """The port's addresses. On create each entry names a subnet_id, an ip_address or both;
    without fixed_ips the port gets one address from each subnet (of each IP version) as the
    network's subnets allow."""

    device_id: str | Unset = UNSET
    """The ID of the device using the port (a server, a router, ...)."""

    device_owner: str | Unset = UNSET
    """What kind of device uses it: compute:<zone>, network:router_interface, network:dhcp, ..."""

    security_groups: builtins.list[str] | Unset = UNSET
    """The IDs of the security groups applied to the port (default the project's default group)."""

    allowed_address_pairs: builtins.list[AddressPair] | Unset = UNSET
    """Further IP addresses or CIDRs (with an optional MAC) the port may send from, besides its
    fixed IPs (allowed-address-pairs)."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | Unset = UNSET
    """Extra DHCP options handed to the device (extra_dhcp_opt)."""

    port_security_enabled: bool | Unset = UNSET
    """Whether anti-spoofing and security groups apply (port-security; default the network's).
    Turning it off needs no security groups and no address pairs on the port."""

    binding_host_id: str | Unset = UNSET
    """The host the port is bound on (admin; binding)."""

    binding_profile: dict[str, Any] | None | Unset = UNSET
    """Settings for the mechanism driver that binds the port (admin; binding)."""

    binding_vnic_type: str | Unset = UNSET
    """The kind of virtual NIC to bind: normal, macvtap, direct, baremetal, direct-physical,
    virtio-forwarder, smart-nic, vdpa, remote-managed, ..."""

    dns_name: str | Unset = UNSET
    """The host name published in DNS for the port's addresses (dns-integration)."""

    dns_domain: str | Unset = UNSET
    """The DNS domain of dns_name (dns-domain-ports)."""

    data_plane_status: Literal["ACTIVE", "DOWN"] | None | Unset = UNSET
    """The status of the underlying data plane, set by admins or drivers (data-plane-status)."""

    qos_policy_id: str | None | Unset = UNSET
    """The QoS policy of the port (qos)."""

    propagate_uplink_status: bool | Unset = UNSET
    """Whether the uplink's status is propagated to the VF (uplink-status-propagation)."""

    hints: dict[str, Any] | None | Unset = UNSET
    """Backend tuning hints, e.g. {"openvswitch": {"other_config": {"tx-steering": "hash"}}}
    (port-hints)."""

    numa_affinity_policy: Literal["required", "preferred", "legacy", "socket"] | None | Unset = (
        UNSET
    )
    """The NUMA affinity policy of the port's device (port-numa-affinity-policy)."""

    trusted: bool | None | Unset = UNSET
    """Whether the VF is trusted (port-trusted-vif; admin)."""

    mac_learning_enabled: bool | Unset = UNSET
    """Whether MAC learning is on (mac-learning)."""

    pvlan_type: Literal["isolated", "promiscuous", "community"] | None | Unset = UNSET
    """The port's private VLAN role (pvlan)."""

    pvlan_community: str | None | Unset = UNSET
    """The private VLAN community of a community port (pvlan)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param("mac_address", "mac_address", t.STRING),
        Param("fixed_ips", "fixed_ips", t.list_of(t.model(FixedIp))),
        Param("device_id", "device_id", t.STRING),
        Param("device_owner", "device_owner", t.STRING),
        Param("security_groups", "security_groups", t.list_of(t.STRING)),
        Param("allowed_address_pairs", "allowed_address_pairs", t.list_of(t.model(AddressPair))),
        Param("extra_dhcp_opts", "extra_dhcp_opts", t.list_of(t.model(ExtraDhcpOpt))),
        Param("port_security_enabled", "port_security_enabled", t.BOOLEAN),
        Param("binding_host_id", "binding:host_id", t.STRING),
        Param("binding_profile", "binding:profile", t.map_of(t.ANY), nullable=True),
        Param("binding_vnic_type", "binding:vnic_type", t.STRING),
        Param("dns_name", "dns_name", t.STRING),
        Param("dns_domain", "dns_domain", t.STRING),
        Param(
            "data_plane_status",
            "data_plane_status",
            t.STRING,
            nullable=True,
            enum=("ACTIVE", "DOWN"),
        ),
        Param("qos_policy_id", "qos_policy_id", t.STRING, nullable=True),
        Param("propagate_uplink_status", "propagate_uplink_status", t.BOOLEAN),
        Param("hints", "hints", t.map_of(t.ANY), nullable=True),
        Param(
            "numa_affinity_policy",
            "numa_affinity_policy",
            t.STRING,
            nullable=True,
            enum=("required", "preferred", "legacy", "socket"),
        ),
        Param("trusted", "trusted", t.BOOLEAN, nullable=True),
        Param("mac_learning_enabled", "mac_learning_enabled", t.BOOLEAN),
        Param(
            "pvlan_type",
            "pvlan_type",
            t.STRING,
            nullable=True,
            enum=("isolated", "promiscuous", "community"),
        ),
        Param("pvlan_community", "pvlan_community", t.STRING, nullable=True),
    )


class CreateBulkOpts(Opts):
    """Options of create_bulk."""

    ports: builtins.list[dict[str, Any]] = REQUIRED
    """The ports to create, as dicts of create attributes."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("ports", "ports", t.list_of(t.map_of(t.ANY)), required=True),
    )


_LIST = Operation(
    "ports.list",
    "GET",
    "/ports",
    ok=(200, 203),
    response_key="ports",
    paging=Paging("marker", next="ports_links[rel=next].href"),
)
_GET = Operation(
    "ports.get",
    "GET",
    "/ports/{port_id}",
    ok=(200, 203),
    response_key="port",
)
_CREATE = Operation(
    "ports.create",
    "POST",
    "/ports",
    ok=(201,),
    request_kind="json",
    request_key="port",
    response_key="port",
)
_UPDATE = Operation(
    "ports.update",
    "PUT",
    "/ports/{port_id}",
    ok=(200,),
    request_kind="json",
    request_key="port",
    response_key="port",
)
_DELETE = Operation(
    "ports.delete",
    "DELETE",
    "/ports/{port_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_BULK = Operation(
    "ports.create_bulk",
    "POST",
    "/ports",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="ports",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Port]:
    """List the ports the caller may see. Filters match exactly except fixed_ips, which takes
    "ip_address=A", "subnet_id=S" or (with ip-substring-filtering) "ip_address_substr=P"
    entries."""
    return client.pager(
        _LIST, None, model=Port, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    port_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Port]:
    """Show a port."""
    return client.call(
        _GET, {"port_id": port_id}, model=Port, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Port]:
    """Create a port. An address already in use is a 409; binding:*, a chosen mac_address and
    ports on other projects' networks need admin by default."""
    return client.call(
        _CREATE, None, model=Port, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    port_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Port]:
    """Change a port (only the attributes set are sent). Lists such as fixed_ips, security_groups
    and allowed_address_pairs are replaced whole."""
    return client.call(
        _UPDATE,
        {"port_id": port_id},
        model=Port,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    port_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a port (its addresses go back to the pools)."""
    return client.call(_DELETE, {"port_id": port_id}, microversion=microversion, timeout=timeout)


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[Port]]:
    """Create several ports in one request (all or none); each item is a dict of create
    attributes."""
    return client.call(
        _CREATE_BULK, None, model=Port, opts=opts, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Port:
    """The one Port whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Port,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_ports(page: Page[Any]) -> builtins.list[Port]:
    """The Port items of a page (or of ``all_pages()``)."""
    return page.extract_as(Port)
