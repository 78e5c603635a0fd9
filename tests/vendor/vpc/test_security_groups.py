"""VPC v1 security groups and security group rules against the signature-checking
loopback cloud."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.vpc.v1 import security_group_rules as rules
from stacksdk.huaweicloud.vpc.v1 import security_groups
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

VPC_ID = "5b2f1c7e-3a41-4d7e-9c0a-8e6b2f4d1a90"
SG_ID = "16b6e77a-08fa-42c7-aa8b-106c048884e6"
RULE_ID = "9c0f2f3a-6a51-4a8b-b2e1-5b6b9f1d0c22"
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def rule_body(**changes: object) -> dict[str, object]:
    """A rule as the API reference shows one: unset matches are null."""
    rule: dict[str, object] = {
        "id": RULE_ID,
        "description": "",
        "security_group_id": SG_ID,
        "direction": "ingress",
        "ethertype": "IPv4",
        "protocol": "tcp",
        "port_range_min": 22,
        "port_range_max": 22,
        "remote_ip_prefix": "10.10.0.0/16",
        "remote_group_id": None,
        "remote_address_group_id": None,
        "tenant_id": PROJECT,
    }
    rule.update(changes)
    return rule


def group_body(**changes: object) -> dict[str, object]:
    group: dict[str, object] = {
        "id": SG_ID,
        "name": "sg-web",
        "description": "",
        "vpc_id": VPC_ID,
        "enterprise_project_id": "0",
        "security_group_rules": [
            rule_body(
                id="r-egress",
                direction="egress",
                protocol=None,
                port_range_min=None,
                port_range_max=None,
                remote_ip_prefix=None,
            ),
            rule_body(
                id="r-self",
                protocol=None,
                port_range_min=None,
                port_range_max=None,
                remote_ip_prefix=None,
                remote_group_id=SG_ID,
            ),
        ],
    }
    group.update(changes)
    return group


# -- security groups ---------------------------------------------------------------


def test_create_group(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"security_group": group_body()})
    opts = security_groups.CreateOpts(name="sg-web", vpc_id=VPC_ID, enterprise_project_id="0")
    got = security_groups.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/security-groups"
    assert req.json() == {
        "security_group": {"name": "sg-web", "vpc_id": VPC_ID, "enterprise_project_id": "0"}
    }
    assert got.id == SG_ID and got.name == "sg-web"
    assert isinstance(got.security_group_rules, list)
    egress, self_rule = got.security_group_rules
    assert isinstance(egress, rules.SecurityGroupRule)
    assert (
        egress.direction == "egress" and egress.protocol is None and egress.port_range_min is None
    )
    assert self_rule.remote_group_id == SG_ID


def test_create_group_needs_a_name(hw: HwCloud, v1: ServiceClient) -> None:
    with pytest.raises((TypeError, ValueError), match="name"):
        security_groups.create(v1, security_groups.CreateOpts(vpc_id=VPC_ID))
    assert hw.api_requests == []


def test_get_group(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"security_group": group_body(description="web tier")})
    got = security_groups.get(v1, SG_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/security-groups/{SG_ID}"
    assert (
        got.description == "web tier" and got.vpc_id == VPC_ID and got.enterprise_project_id == "0"
    )


def test_list_groups(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"security_groups": [group_body(id="g-1"), group_body(id="g-2")]})
    hw.reply(200, {"security_groups": [group_body(id="g-3")]})
    opts = security_groups.ListOpts(vpc_id=VPC_ID, enterprise_project_id="all_granted_eps", limit=2)
    got = list(security_groups.list(v1, opts))
    assert [g.id for g in got] == ["g-1", "g-2", "g-3"]
    one, two = hw.api_requests
    assert one.method == "GET" and one.path == f"/v1/{hw.project_id}/security-groups"
    assert sorted(one.query) == [
        ("enterprise_project_id", "all_granted_eps"),
        ("limit", "2"),
        ("vpc_id", VPC_ID),
    ]
    assert ("marker", "g-2") in two.query


def test_delete_group(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(204)
    assert security_groups.delete(v1, SG_ID).status_code == 204
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"/v1/{hw.project_id}/security-groups/{SG_ID}"


def test_groups_have_no_update() -> None:
    assert not hasattr(security_groups, "update") and not hasattr(security_groups, "UpdateOpts")


# -- security group rules -----------------------------------------------------------


def test_create_rule(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"security_group_rule": rule_body(description="ssh from the office")})
    opts = rules.CreateOpts(
        security_group_id=SG_ID,
        direction="ingress",
        ethertype="IPv4",
        protocol="tcp",
        port_range_min=22,
        port_range_max=22,
        remote_ip_prefix="10.10.0.0/16",
        description="ssh from the office",
    )
    got = rules.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/security-group-rules"
    assert req.json() == {
        "security_group_rule": {
            "security_group_id": SG_ID,
            "direction": "ingress",
            "ethertype": "IPv4",
            "protocol": "tcp",
            "port_range_min": 22,
            "port_range_max": 22,
            "remote_ip_prefix": "10.10.0.0/16",
            "description": "ssh from the office",
        }
    }
    assert got.id == RULE_ID and got.port_range_max == 22 and got.remote_group_id is None


def test_create_rule_checks_the_direction_before_sending(hw: HwCloud, v1: ServiceClient) -> None:
    with pytest.raises(ValueError, match="direction"):
        rules.create(v1, rules.CreateOpts(security_group_id=SG_ID, direction="inbound"))  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_get_rule(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200, {"security_group_rule": rule_body(protocol="icmp", port_range_min=8, port_range_max=0)}
    )
    got = rules.get(v1, RULE_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/security-group-rules/{RULE_ID}"
    assert (got.protocol, got.port_range_min, got.port_range_max) == ("icmp", 8, 0)
    assert got.tenant_id == PROJECT


def test_list_rules(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"security_group_rules": [rule_body()]})
    opts = rules.ListOpts(security_group_id=SG_ID, remote_ip_prefix="10.10.0.0/16", limit=5)
    got = list(rules.list(v1, opts))
    assert [r.id for r in got] == [RULE_ID]
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/security-group-rules"
    assert sorted(req.query) == [
        ("limit", "5"),
        ("remote_ip_prefix", "10.10.0.0/16"),
        ("security_group_id", SG_ID),
    ]
    assert len(hw.api_requests) == 1  # a page shorter than the limit is the last


def test_delete_rule(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(204)
    assert rules.delete(v1, RULE_ID).status_code == 204
    req = hw.api_requests[-1]
    assert (
        req.method == "DELETE" and req.path == f"/v1/{hw.project_id}/security-group-rules/{RULE_ID}"
    )
