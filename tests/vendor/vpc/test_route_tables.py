"""VPC v1 route tables against the signature-checking loopback cloud."""

from __future__ import annotations

from stacksdk.huaweicloud.vpc.v1 import route_tables
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

VPC_ID = "5b2f1c7e-3a41-4d7e-9c0a-8e6b2f4d1a90"
TABLE_ID = "3d42a0d4-a980-4613-ae76-a2cddecff054"
SUBNET_A = "c1a4e0d2-77b3-4f5e-8a19-3d0b6c2e9f41"
SUBNET_B = "8f0e2b1c-4d5a-4e6f-9a7b-1c2d3e4f5a6b"
SERVER_ID = "7c1e4b0a-2d3f-4a5b-8c9d-0e1f2a3b4c5d"


def table_body(**changes: object) -> dict[str, object]:
    """A route table as show returns it (values of our own)."""
    table: dict[str, object] = {
        "id": TABLE_ID,
        "name": "rtb-app",
        "description": "",
        "vpc_id": VPC_ID,
        "default": False,
        "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "routes": [
            {
                "type": "ecs",
                "destination": "10.20.0.0/16",
                "nexthop": SERVER_ID,
                "description": "to the proxy",
            }
        ],
        "subnets": [{"id": SUBNET_A}],
        "created_at": "2024-05-06T07:38:09",
        "updated_at": "2024-05-06T07:38:09",
    }
    table.update(changes)
    return table


def test_create(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"routetable": table_body(subnets=[])})
    opts = route_tables.CreateOpts(
        name="rtb-app",
        vpc_id=VPC_ID,
        routes=[
            route_tables.Route(
                type="ecs",
                destination="10.20.0.0/16",
                nexthop=SERVER_ID,
                description="to the proxy",
            )
        ],
    )
    got = route_tables.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/routetables"
    assert req.json() == {
        "routetable": {
            "name": "rtb-app",
            "vpc_id": VPC_ID,
            "routes": [
                {
                    "type": "ecs",
                    "destination": "10.20.0.0/16",
                    "nexthop": SERVER_ID,
                    "description": "to the proxy",
                }
            ],
        }
    }
    assert got.id == TABLE_ID and got.default is False and got.subnets == []


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"routetable": table_body()})
    got = route_tables.get(v1, TABLE_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/routetables/{TABLE_ID}"
    assert got.routes == [
        route_tables.Route(
            type="ecs", destination="10.20.0.0/16", nexthop=SERVER_ID, description="to the proxy"
        )
    ]
    assert got.subnets == [route_tables.SubnetRef(id=SUBNET_A)]


def test_list(hw: HwCloud, v1: ServiceClient) -> None:
    default = table_body(id="t-default", name="rtb-default", default=True)
    del default["routes"]  # listed tables carry no routes
    hw.reply(200, {"routetables": [default]})
    got = list(
        route_tables.list(v1, route_tables.ListOpts(vpc_id=VPC_ID, subnet_id=SUBNET_A, limit=10))
    )
    assert [(t.id, t.default, t.is_set("routes")) for t in got] == [("t-default", True, False)]
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/routetables"
    assert sorted(req.query) == [("limit", "10"), ("subnet_id", SUBNET_A), ("vpc_id", VPC_ID)]


def test_update_adds_modifies_and_deletes_routes(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"routetable": table_body(name="rtb-app2")})
    changes = route_tables.RouteChanges(
        add=[route_tables.Route(type="vip", destination="10.30.0.0/16", nexthop="192.168.10.100")],
        modify=[
            route_tables.Route(
                type="ecs", destination="10.20.0.0/16", nexthop=SERVER_ID, description="proxy"
            )
        ],
        remove=[route_tables.RouteRemoval(destination="10.40.0.0/16")],
    )
    opts = route_tables.UpdateOpts(name="rtb-app2", route_changes=changes)
    got = route_tables.update(v1, TABLE_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v1/{hw.project_id}/routetables/{TABLE_ID}"
    assert req.json() == {
        "routetable": {
            "name": "rtb-app2",
            "routes": {
                "add": [
                    {"type": "vip", "destination": "10.30.0.0/16", "nexthop": "192.168.10.100"}
                ],
                "mod": [
                    {
                        "type": "ecs",
                        "destination": "10.20.0.0/16",
                        "nexthop": SERVER_ID,
                        "description": "proxy",
                    }
                ],
                "del": [{"destination": "10.40.0.0/16"}],
            },
        }
    }
    assert got.name == "rtb-app2"


def test_delete(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(204)
    assert route_tables.delete(v1, TABLE_ID).status_code == 204
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"/v1/{hw.project_id}/routetables/{TABLE_ID}"


def test_associate_subnets(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"routetable": table_body(subnets=[{"id": SUBNET_A}, {"id": SUBNET_B}])})
    opts = route_tables.AssociateSubnetsOpts(
        subnets=route_tables.SubnetChanges(associate=[SUBNET_B])
    )
    got = route_tables.associate_subnets(v1, TABLE_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/routetables/{TABLE_ID}/action"
    assert req.json() == {"routetable": {"subnets": {"associate": [SUBNET_B]}}}
    assert [s.id for s in got.subnets or []] == [SUBNET_A, SUBNET_B]


def test_disassociate_subnets(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"routetable": table_body(subnets=[])})
    opts = route_tables.DisassociateSubnetsOpts(
        subnets=route_tables.SubnetChanges(disassociate=[SUBNET_A])
    )
    got = route_tables.disassociate_subnets(v1, TABLE_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/routetables/{TABLE_ID}/action"
    assert req.json() == {"routetable": {"subnets": {"disassociate": [SUBNET_A]}}}
    assert got.subnets == []
