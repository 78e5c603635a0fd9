# Generated from network/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Networking (Neutron) API v2.0: networks, subnets, ports, routers, floating IPs,
security groups, QoS, trunks and the other network resources. Neutron has no microversions:
what a deployment offers is the set of API extensions it loads (see extensions.list). Lists
filter by any attribute, select attributes with fields=, sort with sort_key/sort_dir, and page
with limit/marker and <plural>_links. Errors come as {"NeutronError": {"type": ..., "message":
..., "detail": ...}}.

Modules (imported on first use): address_groups, address_scopes, agents,
auto_allocated_topology, availability_zones, bgp_peers, bgp_speakers,
bgpvpn_network_associations, bgpvpn_port_associations, bgpvpn_router_associations, bgpvpns,
conntrack_helpers, default_security_group_rules, extensions, firewall_groups,
firewall_policies, firewall_rules, flavors, floating_ips, local_ip_associations, local_ips,
loggable_resources, logs, metering_label_rules, metering_labels, ndp_proxies,
network_ip_availabilities, network_segment_ranges, networks, port_bindings, port_forwardings,
ports, qos_bandwidth_limit_rules, qos_dscp_marking_rules, qos_minimum_bandwidth_rules,
qos_minimum_packet_rate_rules, qos_packet_rate_limit_rules, qos_policies, qos_rule_types,
quotas, rbac_policies, routers, security_group_rules, security_groups,
security_groups_default_statefulness, segments, service_profiles, service_providers,
sfc_flow_classifiers, sfc_port_chains, sfc_port_pair_groups, sfc_port_pairs,
sfc_service_graphs, subnet_pools, subnets, tags, tap_flows, tap_mirrors, tap_services, trunks,
versions, vpn_endpoint_groups, vpn_ike_policies, vpn_ipsec_policies,
vpn_ipsec_site_connections, vpn_services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import address_groups as address_groups
    from . import address_scopes as address_scopes
    from . import agents as agents
    from . import auto_allocated_topology as auto_allocated_topology
    from . import availability_zones as availability_zones
    from . import bgp_peers as bgp_peers
    from . import bgp_speakers as bgp_speakers
    from . import bgpvpn_network_associations as bgpvpn_network_associations
    from . import bgpvpn_port_associations as bgpvpn_port_associations
    from . import bgpvpn_router_associations as bgpvpn_router_associations
    from . import bgpvpns as bgpvpns
    from . import conntrack_helpers as conntrack_helpers
    from . import default_security_group_rules as default_security_group_rules
    from . import extensions as extensions
    from . import firewall_groups as firewall_groups
    from . import firewall_policies as firewall_policies
    from . import firewall_rules as firewall_rules
    from . import flavors as flavors
    from . import floating_ips as floating_ips
    from . import local_ip_associations as local_ip_associations
    from . import local_ips as local_ips
    from . import loggable_resources as loggable_resources
    from . import logs as logs
    from . import metering_label_rules as metering_label_rules
    from . import metering_labels as metering_labels
    from . import ndp_proxies as ndp_proxies
    from . import network_ip_availabilities as network_ip_availabilities
    from . import network_segment_ranges as network_segment_ranges
    from . import networks as networks
    from . import port_bindings as port_bindings
    from . import port_forwardings as port_forwardings
    from . import ports as ports
    from . import qos_bandwidth_limit_rules as qos_bandwidth_limit_rules
    from . import qos_dscp_marking_rules as qos_dscp_marking_rules
    from . import qos_minimum_bandwidth_rules as qos_minimum_bandwidth_rules
    from . import qos_minimum_packet_rate_rules as qos_minimum_packet_rate_rules
    from . import qos_packet_rate_limit_rules as qos_packet_rate_limit_rules
    from . import qos_policies as qos_policies
    from . import qos_rule_types as qos_rule_types
    from . import quotas as quotas
    from . import rbac_policies as rbac_policies
    from . import routers as routers
    from . import security_group_rules as security_group_rules
    from . import security_groups as security_groups
    from . import security_groups_default_statefulness as security_groups_default_statefulness
    from . import segments as segments
    from . import service_profiles as service_profiles
    from . import service_providers as service_providers
    from . import sfc_flow_classifiers as sfc_flow_classifiers
    from . import sfc_port_chains as sfc_port_chains
    from . import sfc_port_pair_groups as sfc_port_pair_groups
    from . import sfc_port_pairs as sfc_port_pairs
    from . import sfc_service_graphs as sfc_service_graphs
    from . import subnet_pools as subnet_pools
    from . import subnets as subnets
    from . import tags as tags
    from . import tap_flows as tap_flows
    from . import tap_mirrors as tap_mirrors
    from . import tap_services as tap_services
    from . import trunks as trunks
    from . import versions as versions
    from . import vpn_endpoint_groups as vpn_endpoint_groups
    from . import vpn_ike_policies as vpn_ike_policies
    from . import vpn_ipsec_policies as vpn_ipsec_policies
    from . import vpn_ipsec_site_connections as vpn_ipsec_site_connections
    from . import vpn_services as vpn_services

SERVICE = ServiceSpec(
    type="network",
    version="v2.0",
    aliases=(),
    url_suffix="v2.0",
)

MODULES = (
    "address_groups",
    "address_scopes",
    "agents",
    "auto_allocated_topology",
    "availability_zones",
    "bgp_peers",
    "bgp_speakers",
    "bgpvpn_network_associations",
    "bgpvpn_port_associations",
    "bgpvpn_router_associations",
    "bgpvpns",
    "conntrack_helpers",
    "default_security_group_rules",
    "extensions",
    "firewall_groups",
    "firewall_policies",
    "firewall_rules",
    "flavors",
    "floating_ips",
    "local_ip_associations",
    "local_ips",
    "loggable_resources",
    "logs",
    "metering_label_rules",
    "metering_labels",
    "ndp_proxies",
    "network_ip_availabilities",
    "network_segment_ranges",
    "networks",
    "port_bindings",
    "port_forwardings",
    "ports",
    "qos_bandwidth_limit_rules",
    "qos_dscp_marking_rules",
    "qos_minimum_bandwidth_rules",
    "qos_minimum_packet_rate_rules",
    "qos_packet_rate_limit_rules",
    "qos_policies",
    "qos_rule_types",
    "quotas",
    "rbac_policies",
    "routers",
    "security_group_rules",
    "security_groups",
    "security_groups_default_statefulness",
    "segments",
    "service_profiles",
    "service_providers",
    "sfc_flow_classifiers",
    "sfc_port_chains",
    "sfc_port_pair_groups",
    "sfc_port_pairs",
    "sfc_service_graphs",
    "subnet_pools",
    "subnets",
    "tags",
    "tap_flows",
    "tap_mirrors",
    "tap_services",
    "trunks",
    "versions",
    "vpn_endpoint_groups",
    "vpn_ike_policies",
    "vpn_ipsec_policies",
    "vpn_ipsec_site_connections",
    "vpn_services",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A network v2.0 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
