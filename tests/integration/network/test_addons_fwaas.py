"""FWaaS v2 (neutron-fwaas) against the local Neutron: firewall rules, policies (with
insert_rule and remove_rule) and groups. The agent driver casts to L3 agents that never
run, so a group keeps the status the API server gives it (INACTIVE without ports).

The first listing of a project's firewall rules, policies or groups creates its default
group, in a session of its own. Neutron counts a project's rules (for quotas) before it
creates one by listing them, inside the quota reservation's transaction: on sqlite the
default group's commit then makes that transaction's write fail ("database is locked",
500) — only for the project's very first create. The module fixture lists the groups
first, as a client of a fresh project on sqlite would have to."""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import firewall_groups, firewall_policies, firewall_rules
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present
from tests.integration.network.addons import loaded_aliases, need, paged_ids


@pytest.fixture(scope="module", autouse=True)
def fwaas(network: ServiceClient) -> None:
    need(loaded_aliases(network), "fwaas_v2")
    firewall_groups.list(network).all_pages()  # makes the project's default group


def make_rule(network: ServiceClient, name: str, cleanup: Cleanup, **kw: object) -> str:
    rule = firewall_rules.create(network, firewall_rules.CreateOpts(name=name, **kw)).extract()  # type: ignore[arg-type]
    cleanup(lambda: firewall_rules.delete(network, rule.id))
    return rule.id


def test_firewall_rule_crud_and_paging(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("fwr")
    rule = firewall_rules.create(
        network,
        firewall_rules.CreateOpts(
            name=name, protocol="tcp", destination_port="8000:8080", action="allow",
            source_ip_address="10.1.0.0/16",
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: firewall_rules.delete(network, rule.id))
    assert (rule.protocol, rule.destination_port, rule.action) == ("tcp", "8000:8080", "allow")
    assert rule.ip_version == 4 and rule.enabled is True and rule.shared is False
    assert rule.source_ip_address == "10.1.0.0/16" and rule.destination_ip_address is None
    assert rule.firewall_policy_id is None  # in no policy
    got = firewall_rules.get(network, rule.id).extract()
    assert got.name == name and got.project_id == rule.project_id
    assert firewall_rules.find(network, name).id == rule.id
    changed = firewall_rules.update(
        network, rule.id, firewall_rules.UpdateOpts(action="reject", enabled=False, protocol="udp")
    ).extract()
    assert (changed.action, changed.enabled, changed.protocol) == ("reject", False, "udp")
    assert present(changed.revision_number) > present(rule.revision_number)

    others = [make_rule(network, unique("fwr-page"), cleanup) for _ in range(2)]
    pages = paged_ids(
        firewall_rules.list(
            network,
            firewall_rules.ListOpts(name=name, limit=1),
        )
    )
    assert [p for p in pages if p] == [[rule.id]]
    wanted = sorted([rule.id, *others])
    # FWaaS declares no sort keys: the marker pages go on without repeats
    pages = paged_ids(firewall_rules.list(network, firewall_rules.ListOpts(limit=2)))
    assert all(len(p) <= 2 for p in pages) and len(pages) >= 2
    seen = [i for p in pages for i in p]
    assert set(wanted) <= set(seen) and len(seen) == len(set(seen))

    firewall_rules.delete(network, rule.id)
    with pytest.raises(errors.NotFound):
        firewall_rules.get(network, rule.id)


def test_firewall_rule_errors(network: ServiceClient, unique: Unique) -> None:
    with pytest.raises(errors.BadRequest):  # a port range needs tcp, udp, sctp or dccp
        firewall_rules.create(
            network, firewall_rules.CreateOpts(name=unique("bad"), destination_port="80")
        )
    with pytest.raises(errors.BadRequest):
        firewall_rules.create(
            network, firewall_rules.CreateOpts(source_ip_address="not-an-address")
        )
    with pytest.raises(errors.NotFound):
        firewall_rules.delete(network, "00000000-0000-0000-0000-000000000000")


def test_firewall_policy_insert_and_remove_rule(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    r1, r2, r3 = (make_rule(network, unique(f"fwr{i}"), cleanup) for i in (1, 2, 3))
    name = unique("fwp")
    policy = firewall_policies.create(
        network, firewall_policies.CreateOpts(name=name, firewall_rules=[r1])
    ).extract()
    cleanup(lambda: firewall_policies.delete(network, policy.id))
    assert policy.firewall_rules == [r1] and policy.audited is False
    assert firewall_rules.get(network, r1).extract().firewall_policy_id == [policy.id]

    after = firewall_policies.insert_rule(
        network, policy.id, firewall_policies.InsertRuleOpts(firewall_rule_id=r3, insert_after=r1)
    ).extract()
    assert after.id == policy.id and after.firewall_rules == [r1, r3]
    before = firewall_policies.insert_rule(
        network, policy.id, firewall_policies.InsertRuleOpts(firewall_rule_id=r2, insert_before=r3)
    ).extract()
    assert before.firewall_rules == [r1, r2, r3]
    with pytest.raises(errors.Conflict):  # already in the policy
        firewall_policies.insert_rule(
            network, policy.id, firewall_policies.InsertRuleOpts(firewall_rule_id=r2)
        )
    with pytest.raises(errors.Conflict):  # a rule in a policy cannot be deleted
        firewall_rules.delete(network, r2)

    removed = firewall_policies.remove_rule(
        network, policy.id, firewall_policies.RemoveRuleOpts(firewall_rule_id=r2)
    ).extract()
    assert removed.firewall_rules == [r1, r3]
    with pytest.raises(errors.BadRequest):  # not in the policy any more
        firewall_policies.remove_rule(
            network, policy.id, firewall_policies.RemoveRuleOpts(firewall_rule_id=r2)
        )
    with pytest.raises(errors.NotFound):
        firewall_policies.insert_rule(
            network,
            policy.id,
            firewall_policies.InsertRuleOpts(
                firewall_rule_id="00000000-0000-0000-0000-000000000000"
            ),
        )

    audited = firewall_policies.update(
        network, policy.id, firewall_policies.UpdateOpts(audited=True, firewall_rules=[r3])
    ).extract()
    assert audited.audited is True and audited.firewall_rules == [r3]
    assert firewall_policies.find(network, name).id == policy.id
    listed = firewall_policies.list(network, firewall_policies.ListOpts(name=name))
    assert [p.id for p in listed] == [policy.id]
    firewall_policies.delete(network, policy.id)
    with pytest.raises(errors.NotFound):
        firewall_policies.get(network, policy.id)


def test_firewall_group_crud(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    # the first listing creates the project's default group (and its policies and rules)
    defaults = firewall_groups.list(network, firewall_groups.ListOpts(name="default"))
    default = [g for g in defaults if g.project_id == network.provider.token_info.project_id]  # type: ignore[union-attr]
    assert len(default) == 1 and default[0].ingress_firewall_policy_id

    ingress = firewall_policies.create(
        network, firewall_policies.CreateOpts(name=unique("in"))
    ).extract()
    cleanup(lambda: firewall_policies.delete(network, ingress.id))
    name = unique("fwg")
    group = firewall_groups.create(
        network,
        firewall_groups.CreateOpts(name=name, ingress_firewall_policy_id=ingress.id),
    ).extract()
    cleanup(lambda: firewall_groups.delete(network, group.id))
    assert group.status == "INACTIVE"  # no ports
    assert group.ports == [] and group.egress_firewall_policy_id is None
    assert group.admin_state_up is True
    with pytest.raises(errors.Conflict):  # in use by the group
        firewall_policies.delete(network, ingress.id)

    egress = firewall_policies.create(
        network, firewall_policies.CreateOpts(name=unique("out"))
    ).extract()
    cleanup(lambda: firewall_policies.delete(network, egress.id))
    changed = firewall_groups.update(
        network,
        group.id,
        firewall_groups.UpdateOpts(
            egress_firewall_policy_id=egress.id, ingress_firewall_policy_id=None,
            description="both ways",
        ),
    ).extract()  # fmt: skip
    assert changed.egress_firewall_policy_id == egress.id
    assert changed.ingress_firewall_policy_id is None and changed.description == "both ways"
    assert firewall_groups.find(network, name).id == group.id
    listed = firewall_groups.list(
        network, firewall_groups.ListOpts(egress_firewall_policy_id=egress.id)
    )
    assert [g.id for g in listed] == [group.id]
    with pytest.raises(errors.NotFound):
        firewall_groups.create(
            network,
            firewall_groups.CreateOpts(
                ingress_firewall_policy_id="00000000-0000-0000-0000-000000000000"
            ),
        )
    firewall_groups.delete(network, group.id)
    with pytest.raises(errors.NotFound):
        firewall_groups.get(network, group.id)
