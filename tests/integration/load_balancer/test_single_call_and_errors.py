"""The single-call create of a whole tree, find and list filters, and the errors:
404, 400 (server-side validation), 403 (policy) and 409 (immutable while PENDING)."""

from __future__ import annotations

from stacksdk.load_balancer.v2 import (
    healthmonitors,
    l7policies,
    l7rules,
    listeners,
    loadbalancers,
    members,
    pools,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique

from .conftest import POLL_S, SUBNET, WAIT_S, MakeLB, new_uuid, wait_lb


def test_single_call_create(octavia: ServiceClient, make_lb: MakeLB, unique: Unique) -> None:
    pool_name = unique("pool")
    lb = make_lb(
        listeners=[
            listeners.ListenerSpec(
                protocol="HTTP",
                protocol_port=8080,
                default_pool=pools.PoolSpec(
                    name=pool_name,
                    protocol="HTTP",
                    lb_algorithm="LEAST_CONNECTIONS",
                    members=[
                        members.MemberSpec(address="192.0.2.20", protocol_port=80),
                        members.MemberSpec(address="192.0.2.21", protocol_port=80, backup=True),
                    ],
                    healthmonitor=healthmonitors.HealthMonitorSpec(
                        type="TCP", delay=3, timeout=2, max_retries=3
                    ),
                ),
                l7policies=[
                    l7policies.L7PolicySpec(
                        action="REJECT",
                        rules=[
                            l7rules.L7RuleSpec(
                                type="HEADER", compare_type="EQUAL_TO", key="X-Bad", value="1"
                            )
                        ],
                    )
                ],
            )
        ]
    )
    (lsn_ref,) = lb.listeners or []
    (pool_ref,) = lb.pools or []
    lsn = listeners.get(octavia, str(lsn_ref.id)).extract()
    assert lsn.protocol_port == 8080 and lsn.provisioning_status == "ACTIVE"
    pool = pools.get(octavia, str(pool_ref.id)).extract()
    assert pool.name == pool_name and lsn.default_pool_id == pool.id
    assert pool.lb_algorithm == "LEAST_CONNECTIONS" and pool.healthmonitor_id
    assert {m.address: m.backup for m in members.list(octavia, pool.id)} == {
        "192.0.2.20": False, "192.0.2.21": True,
    }  # fmt: skip
    (pol,) = l7policies.list(octavia, l7policies.ListOpts(listener_id=lsn.id))
    (rule,) = l7rules.list(octavia, pol.id)
    assert pol.action == "REJECT" and rule.key == "X-Bad" and rule.provisioning_status == "ACTIVE"
    # list filters and find
    assert [x.id for x in pools.list(octavia, pools.ListOpts(name=pool_name))] == [pool.id]
    assert pools.find(octavia, pool_name).id == pool.id
    assert loadbalancers.find(octavia, str(lb.name)).id == lb.id
    assert lb.id in {
        x.id
        for x in loadbalancers.list(octavia, loadbalancers.ListOpts(provisioning_status="ACTIVE"))
    }


def test_not_found_and_bad_request(octavia: ServiceClient, make_lb: MakeLB) -> None:
    for call in (
        lambda: loadbalancers.get(octavia, new_uuid()),
        lambda: listeners.get(octavia, new_uuid()),
        lambda: pools.get(octavia, new_uuid()),
        lambda: list(members.list(octavia, new_uuid())),
        lambda: l7rules.get(octavia, new_uuid(), new_uuid()),
        lambda: loadbalancers.delete(octavia, new_uuid()),
    ):
        try:
            call()
            raise AssertionError("found something that does not exist")
        except errors.NotFound:
            pass
    try:
        loadbalancers.find(octavia, "no-such-lb")
        raise AssertionError("find found something")
    except errors.ResourceNotFound:
        pass
    # no VIP subnet, network or port: refused by the API
    try:
        loadbalancers.create(octavia, loadbalancers.CreateOpts(name="novip"))
        raise AssertionError("a load balancer without a VIP was accepted")
    except errors.BadRequest:
        pass
    lb = make_lb()
    # out-of-range port, validated by the server
    try:
        listeners.create(
            octavia, listeners.CreateOpts(loadbalancer_id=lb.id, protocol="TCP", protocol_port=0)
        )
        raise AssertionError("port 0 was accepted")
    except errors.BadRequest:
        pass
    # two listeners may not share a port (the LB stays ACTIVE after the refusal)
    lsn = listeners.create(
        octavia, listeners.CreateOpts(loadbalancer_id=lb.id, protocol="TCP", protocol_port=22)
    ).extract()
    wait_lb(octavia, lb.id)
    try:
        listeners.create(
            octavia, listeners.CreateOpts(loadbalancer_id=lb.id, protocol="TCP", protocol_port=22)
        )
        raise AssertionError("a duplicate port was accepted")
    except errors.Conflict:
        pass
    listeners.delete(octavia, lsn.id)
    listeners.wait_for_delete(octavia, lsn.id, timeout=WAIT_S, interval=POLL_S)


def test_immutable_while_pending(octavia: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    """The noop_driver provider accepts a load balancer and never finishes it: it stays
    PENDING_CREATE, and Octavia refuses every change to it with 409."""
    lb = loadbalancers.create(
        octavia,
        loadbalancers.CreateOpts(
            name=unique("pending"), vip_subnet_id=SUBNET, provider="noop_driver"
        ),
    ).extract()
    assert lb.provisioning_status == "PENDING_CREATE" and lb.provider == "noop_driver"
    assert loadbalancers.get(octavia, lb.id).extract().provisioning_status == "PENDING_CREATE"
    for change in (
        lambda: loadbalancers.update(octavia, lb.id, loadbalancers.UpdateOpts(name="x")),
        lambda: loadbalancers.delete(octavia, lb.id),
        lambda: listeners.create(
            octavia, listeners.CreateOpts(loadbalancer_id=lb.id, protocol="HTTP", protocol_port=80)
        ),
    ):
        try:
            change()
            raise AssertionError("a PENDING_CREATE load balancer was changed")
        except errors.Conflict as exc:
            assert "PENDING_CREATE" in str(exc) or "immutable" in str(exc)
    # the waiter gives up after its timeout, naming the state it saw
    try:
        loadbalancers.wait_for_status(octavia, lb.id, "ACTIVE", timeout=0.5, interval=0.1)
        raise AssertionError("a noop load balancer became ACTIVE")
    except errors.WaitTimeout:
        pass


def test_member_may_not_change_other_projects(
    octavia: ServiceClient, demo_octavia: ServiceClient, make_lb: MakeLB
) -> None:
    lb = make_lb()  # the admin project's
    assert lb.id not in {x.id for x in loadbalancers.list(demo_octavia)}
    try:
        loadbalancers.get(demo_octavia, lb.id)
        raise AssertionError("demo read another project's load balancer")
    except (errors.Forbidden, errors.NotFound):
        pass
    try:
        loadbalancers.failover(demo_octavia, lb.id)
        raise AssertionError("demo failed over a load balancer")
    except errors.Forbidden:
        pass
