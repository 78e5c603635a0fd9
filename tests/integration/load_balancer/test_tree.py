"""A load balancer's tree built one call at a time, each child waited for: listener,
pool, members (one by one and in a batch), health monitor, L7 policy and rules;
updates, statistics and the status tree; then a cascade delete."""

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
from tests.integration.helpers import Unique

from .conftest import POLL_S, WAIT_S, MakeLB, wait_lb


def test_tree_step_by_step(octavia: ServiceClient, make_lb: MakeLB, unique: Unique) -> None:
    lb = make_lb(description="tree", tags=["t1"])
    assert lb.provisioning_status == "ACTIVE" and lb.vip_subnet_id
    assert lb.vip_address and lb.vip_port_id and lb.provider == "amphora"
    assert lb.tags == ["t1"] and lb.listeners == [] and lb.pools == []

    # listener: created PENDING_CREATE, then ACTIVE; the LB is locked meanwhile
    made = listeners.create(
        octavia,
        listeners.CreateOpts(
            loadbalancer_id=lb.id, protocol="HTTP", protocol_port=80, name=unique("lsn"),
            insert_headers={"X-Forwarded-For": "true"}, timeout_client_data=40000,
        ),
    ).extract()  # fmt: skip
    assert made.provisioning_status == "PENDING_CREATE"
    lsn = listeners.wait_for_status(octavia, made.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert lsn.protocol_port == 80 and lsn.insert_headers == {"X-Forwarded-For": "true"}
    assert lsn.loadbalancers and lsn.loadbalancers[0].id == lb.id
    assert lsn.timeout_client_data == 40000
    wait_lb(octavia, lb.id)

    pool = pools.create(
        octavia,
        pools.CreateOpts(
            listener_id=lsn.id, protocol="HTTP", lb_algorithm="ROUND_ROBIN", name=unique("pool"),
            session_persistence=pools.SessionPersistence(type="APP_COOKIE", cookie_name="sid"),
        ),
    ).extract()  # fmt: skip
    pool = pools.wait_for_status(octavia, pool.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert pool.session_persistence and pool.session_persistence.cookie_name == "sid"
    assert pool.listeners and pool.listeners[0].id == lsn.id
    assert listeners.get(octavia, lsn.id).extract().default_pool_id == pool.id
    wait_lb(octavia, lb.id)

    m1 = members.create(
        octavia, pool.id, members.CreateOpts(address="192.0.2.10", protocol_port=8080, weight=3)
    ).extract()
    m1 = members.wait_for_status(octavia, pool.id, m1.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert m1.address == "192.0.2.10" and m1.weight == 3 and m1.backup is False
    wait_lb(octavia, lb.id)
    m1 = members.update(
        octavia, pool.id, m1.id, members.UpdateOpts(weight=7, name="web-1")
    ).extract()
    assert m1.provisioning_status == "PENDING_UPDATE"
    m1 = members.wait_for_status(octavia, pool.id, m1.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert m1.weight == 7 and members.find(octavia, pool.id, "web-1").id == m1.id
    wait_lb(octavia, lb.id)

    hm = healthmonitors.create(
        octavia,
        healthmonitors.CreateOpts(
            pool_id=pool.id, type="HTTP", delay=5, timeout=3, max_retries=2,
            url_path="/health", expected_codes="200-204", name=unique("hm"),
        ),
    ).extract()  # fmt: skip
    hm = healthmonitors.wait_for_status(octavia, hm.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert hm.url_path == "/health" and hm.pools and hm.pools[0].id == pool.id
    assert pools.get(octavia, pool.id).extract().healthmonitor_id == hm.id
    wait_lb(octavia, lb.id)
    healthmonitors.update(octavia, hm.id, healthmonitors.UpdateOpts(delay=9))
    hm = healthmonitors.wait_for_status(octavia, hm.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert hm.delay == 9
    wait_lb(octavia, lb.id)

    pol = l7policies.create(
        octavia,
        l7policies.CreateOpts(
            listener_id=lsn.id, action="REDIRECT_TO_URL", redirect_url="https://example.com/",
            name=unique("pol"), position=1,
        ),
    ).extract()  # fmt: skip
    pol = l7policies.wait_for_status(octavia, pol.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert pol.redirect_url == "https://example.com/" and pol.rules == []
    wait_lb(octavia, lb.id)
    rule = l7rules.create(
        octavia,
        pol.id,
        l7rules.CreateOpts(type="PATH", compare_type="STARTS_WITH", value="/old"),
    ).extract()
    rule = l7rules.wait_for_status(
        octavia, pol.id, rule.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S
    )
    assert rule.value == "/old" and rule.invert is False
    wait_lb(octavia, lb.id)
    l7rules.update(octavia, pol.id, rule.id, l7rules.UpdateOpts(value="/legacy", invert=True))
    rule = l7rules.wait_for_status(
        octavia, pol.id, rule.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S
    )
    assert rule.value == "/legacy" and rule.invert is True
    assert [r.id for r in l7rules.list(octavia, pol.id)] == [rule.id]
    assert [r.id for r in l7policies.get(octavia, pol.id).extract().rules or []] == [rule.id]
    wait_lb(octavia, lb.id)

    # the status tree shows every level; stats are zero (no traffic)
    tree = loadbalancers.status(octavia, lb.id).extract()
    assert tree.loadbalancer and tree.loadbalancer.id == lb.id
    (tlsn,) = tree.loadbalancer.listeners or []
    assert tlsn.id == lsn.id and tlsn.provisioning_status == "ACTIVE"
    (tpool,) = tlsn.pools or []
    assert tpool.id == pool.id and tpool.health_monitor and tpool.health_monitor.id == hm.id
    assert [m.id for m in tpool.members or []] == [m1.id]
    for st in (
        loadbalancers.stats(octavia, lb.id).extract(),
        listeners.stats(octavia, lsn.id).extract(),
    ):
        assert st.bytes_in == 0 and st.total_connections == 0 and st.active_connections == 0

    # a batch update replaces the member list: m1 is kept (same address/port), a new one added
    members.batch_update(
        octavia,
        pool.id,
        members.BatchUpdateOpts(
            members=[
                members.MemberSpec(address="192.0.2.10", protocol_port=8080, weight=5),
                members.MemberSpec(address="192.0.2.11", protocol_port=8080, name="web-2"),
            ]
        ),
    ).extract()
    pools.wait_for_status(octavia, pool.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    wait_lb(octavia, lb.id)
    after = {m.address: m for m in members.list(octavia, pool.id)}
    assert set(after) == {"192.0.2.10", "192.0.2.11"}
    assert after["192.0.2.10"].id == m1.id and after["192.0.2.10"].weight == 5
    # additive_only: the listed member is added, the others stay
    members.batch_update(
        octavia,
        pool.id,
        members.BatchUpdateOpts(
            members=[members.MemberSpec(address="192.0.2.12", protocol_port=8080)],
            additive_only=True,
        ),
    ).extract()
    wait_lb(octavia, lb.id)
    assert {m.address for m in members.list(octavia, pool.id)} == {
        "192.0.2.10", "192.0.2.11", "192.0.2.12",
    }  # fmt: skip

    # updates of the load balancer itself
    lb = loadbalancers.update(
        octavia, lb.id, loadbalancers.UpdateOpts(description="renamed", tags=["t2"])
    ).extract()
    assert lb.provisioning_status == "PENDING_UPDATE"
    lb = wait_lb(octavia, lb.id)
    assert lb.description == "renamed" and lb.tags == ["t2"]
    assert {x.id for x in lb.listeners or []} == {lsn.id} and {x.id for x in lb.pools or []} == {
        pool.id
    }

    # children are deleted one at a time, each waited for
    l7rules.delete(octavia, pol.id, rule.id)
    l7rules.wait_for_delete(octavia, pol.id, rule.id, timeout=WAIT_S, interval=POLL_S)
    wait_lb(octavia, lb.id)
    healthmonitors.delete(octavia, hm.id)
    healthmonitors.wait_for_delete(octavia, hm.id, timeout=WAIT_S, interval=POLL_S)
    wait_lb(octavia, lb.id)

    # a load balancer with children is refused without cascade, then deleted with it
    try:
        loadbalancers.delete(octavia, lb.id)
        raise AssertionError("a load balancer with listeners was deleted without cascade")
    except errors.BadRequest:
        pass
    loadbalancers.delete(octavia, lb.id, loadbalancers.DeleteOpts(cascade=True))
    loadbalancers.wait_for_delete(octavia, lb.id, timeout=WAIT_S, interval=POLL_S)
    for gone in (
        lambda: listeners.get(octavia, lsn.id),
        lambda: pools.get(octavia, pool.id),
        lambda: l7policies.get(octavia, pol.id),
    ):
        try:
            gone()
            raise AssertionError("a child outlived the cascade delete")
        except errors.NotFound:
            pass
