"""Environments, cron and event triggers, workflow sharing between projects, code sources
and the dynamic actions they define."""

from __future__ import annotations

import json

import pytest

from stacksdk.runtime import ServiceClient, errors
from stacksdk.workflow.v2 import (
    action_executions,
    code_sources,
    cron_triggers,
    dynamic_actions,
    environments,
    event_triggers,
    executions,
    members,
    workflows,
)
from tests.integration.helpers import Cleanup
from tests.integration.workflow.conftest import (
    DEADLINE_S,
    POLL_S,
    Name,
    definition,
    echo_workflow,
    make_workflow,
)


def test_environments(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    env_name = name("env")
    result = environments.create(
        workflow,
        environments.CreateOpts(
            name=env_name, description="greetings", variables={"greeting": "salut", "n": [1, 2]}
        ),
    )
    assert result.status_code == 201
    env = result.extract()
    cleanup(lambda: environments.delete(workflow, env_name))
    assert (env.name, env.description, env.scope) == (env_name, "greetings", "private")
    assert json.loads(str(env.variables)) == {"greeting": "salut", "n": [1, 2]}
    got = environments.get(workflow, env_name).extract()
    assert got.id == env.id
    assert environments.find(workflow, env_name).id == env.id
    assert env_name in {e.name for e in environments.list(workflow)}

    updated = environments.update(
        workflow,
        environments.UpdateOpts(name=env_name, variables={"greeting": "hola"}),
    ).extract()
    assert json.loads(str(updated.variables)) == {"greeting": "hola"}
    assert updated.description == "greetings"

    # an execution started with the environment's name reads its variables
    wf_name = name("wf")
    text = definition(
        f"{wf_name}:\n"
        "  tasks:\n"
        "    say:\n"
        "      action: std.echo output=<% env().greeting %>\n"
        "      publish:\n"
        "        said: <% task().result %>\n"
        "  output:\n"
        "    out: <% $.said %>\n"
    )
    wf = make_workflow(workflow, cleanup, text)
    ex = executions.create(
        workflow, executions.CreateOpts(workflow_id=wf.id, params={"env": env_name})
    ).extract()
    done = executions.wait_for_status(
        workflow, ex.id, "SUCCESS", timeout=DEADLINE_S, interval=POLL_S
    )
    assert json.loads(str(done.output)) == {"out": "hola"}

    with pytest.raises(errors.Conflict):
        environments.create(workflow, environments.CreateOpts(name=env_name, variables={}))
    environments.delete(workflow, env_name)
    with pytest.raises(errors.NotFound):
        environments.get(workflow, env_name)


def test_environment_scope_is_checked_before_sending(name: Name) -> None:
    with pytest.raises(ValueError):
        environments.CreateOpts(name=name("env"), scope="galaxy").to_dict()  # type: ignore[arg-type]


def test_cron_triggers(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, echo_workflow(name("wf")))
    trigger_name = name("cron")
    result = cron_triggers.create(
        workflow,
        cron_triggers.CreateOpts(
            name=trigger_name,
            workflow_id=wf.id,
            workflow_input={"msg": "tick"},
            pattern="0 0 1 1 *",
            first_execution_time="2099-01-01 00:00",
            remaining_executions=3,
        ),
    )
    assert result.status_code == 201
    trigger = result.extract()
    cleanup(lambda: cron_triggers.delete(workflow, trigger.id))
    assert (trigger.name, trigger.workflow_name, trigger.pattern) == (
        trigger_name,
        wf.name,
        "0 0 1 1 *",
    )
    assert trigger.remaining_executions == 3
    assert json.loads(str(trigger.workflow_input)) == {"msg": "tick"}
    assert trigger.next_execution_time is not None
    assert trigger.next_execution_time.year == 2099  # type: ignore[union-attr]

    assert cron_triggers.get(workflow, trigger_name).extract().id == trigger.id
    assert cron_triggers.get(workflow, trigger.id).extract().name == trigger_name
    assert cron_triggers.find(workflow, trigger_name).id == trigger.id
    listed = cron_triggers.list(workflow, cron_triggers.ListOpts(workflow_id=wf.id))
    assert [t.id for t in listed] == [trigger.id]

    # a workflow a trigger uses cannot be deleted
    with pytest.raises(errors.BadRequest):
        workflows.delete(workflow, wf.id)
    with pytest.raises(errors.Conflict):
        cron_triggers.create(
            workflow,
            cron_triggers.CreateOpts(
                name=trigger_name,
                workflow_id=wf.id,
                workflow_input={"msg": "x"},
                pattern="0 0 1 1 *",
            ),
        )
    with pytest.raises(errors.BadRequest):
        cron_triggers.create(
            workflow,
            cron_triggers.CreateOpts(
                name=name("cron"),
                workflow_id=wf.id,
                workflow_input={"msg": "x"},
                pattern="not cron",
            ),
        )
    cron_triggers.delete(workflow, trigger_name)
    with pytest.raises(errors.NotFound):
        cron_triggers.get(workflow, trigger.id)


def test_event_triggers(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, echo_workflow(name("wf")))
    result = event_triggers.create(
        workflow,
        event_triggers.CreateOpts(
            name=name("evt"),
            workflow_id=wf.id,
            workflow_input={"msg": "event"},
            exchange="nova",
            topic="notifications",
            event="compute.instance.create.end",
        ),
    )
    assert result.status_code == 201
    trigger = result.extract()
    cleanup(lambda: event_triggers.delete(workflow, trigger.id))
    assert (trigger.exchange, trigger.topic, trigger.event) == (
        "nova",
        "notifications",
        "compute.instance.create.end",
    )
    assert event_triggers.get(workflow, trigger.id).extract().name == trigger.name
    assert trigger.id in {t.id for t in event_triggers.list(workflow)}
    renamed = event_triggers.update(
        workflow, trigger.id, event_triggers.UpdateOpts(name="renamed")
    ).extract()
    assert renamed.name == "renamed"
    event_triggers.delete(workflow, trigger.id)
    with pytest.raises(errors.NotFound):
        event_triggers.get(workflow, trigger.id)


def test_sharing_a_workflow(
    workflow: ServiceClient,
    workflow_demo: ServiceClient,
    demo_project_id: str,
    cleanup: Cleanup,
    name: Name,
) -> None:
    wf = make_workflow(workflow, cleanup, echo_workflow(name("wf")))
    with pytest.raises(errors.NotFound):
        workflows.get(workflow_demo, wf.id)

    result = members.create(workflow, wf.id, members.CreateOpts(member_id=demo_project_id))
    assert result.status_code == 201
    member = result.extract()
    cleanup(lambda: members.delete(workflow, wf.id, demo_project_id))
    assert (member.resource_id, member.resource_type, member.status) == (
        wf.id,
        "workflow",
        "pending",
    )
    assert [m.member_id for m in members.list(workflow, wf.id)] == [demo_project_id]
    assert members.get(workflow, wf.id, demo_project_id).extract().status == "pending"
    with pytest.raises(errors.Conflict):
        members.create(workflow, wf.id, members.CreateOpts(member_id=demo_project_id))

    # the member project sees its own membership and accepts it
    assert [m.member_id for m in members.list(workflow_demo, wf.id)] == [demo_project_id]
    accepted = members.update(
        workflow_demo, wf.id, demo_project_id, members.UpdateOpts(status="accepted")
    ).extract()
    assert accepted.status == "accepted"
    assert workflows.get(workflow_demo, wf.id).extract().name == wf.name
    assert wf.id in {w.id for w in workflows.list(workflow_demo)}

    members.delete(workflow, wf.id, demo_project_id)
    assert list(members.list(workflow, wf.id)) == []
    with pytest.raises(errors.NotFound):
        workflows.get(workflow_demo, wf.id)
    with pytest.raises(errors.NotFound):
        members.get(workflow, wf.id, demo_project_id)


MODULE = """\
from mistral_lib import actions


class Shout(actions.Action):
    def __init__(self, word):
        self.word = word

    def run(self, context):
        return self.word.upper() + "!"
"""


def test_code_sources_and_dynamic_actions(
    workflow: ServiceClient, cleanup: Cleanup, name: Name
) -> None:
    mod_name = name("mod")
    result = code_sources.create_from_content(
        workflow,
        MODULE.encode(),
        code_sources.CreateFromContentOpts(accept="text/plain", name=mod_name),
    )
    assert result.status_code == 201
    source = result.extract()
    cleanup(lambda: code_sources.delete(workflow, source.id))
    assert (source.name, source.version, source.content) == (mod_name, 1, MODULE)
    assert code_sources.get(workflow, mod_name).extract().id == source.id
    assert code_sources.find(workflow, mod_name).id == source.id
    assert source.id in {s.id for s in code_sources.list(workflow)}

    action_name = name("shout")
    made = dynamic_actions.create(
        workflow,
        dynamic_actions.CreateOpts(name=action_name, class_name="Shout", code_source_id=source.id),
    )
    assert made.status_code == 201
    action = made.extract()
    cleanup(lambda: dynamic_actions.delete(workflow, action.id))
    assert (action.code_source_name, action.class_name) == (mod_name, "Shout")
    assert dynamic_actions.get(workflow, action_name).extract().id == action.id
    assert action.id in {a.id for a in dynamic_actions.list(workflow)}

    ran = action_executions.create(
        workflow,
        action_executions.CreateOpts(
            name=action_name, input={"word": "hey"}, params={"run_sync": True}
        ),
    ).extract()
    assert (ran.state, json.loads(str(ran.output))) == ("SUCCESS", {"result": "HEY!"})

    # a new version of the module changes what the action does
    louder = MODULE.replace('"!"', '"!!!"')
    updated = code_sources.update_content(
        workflow, source.id, louder.encode(), code_sources.UpdateContentOpts(accept="text/plain")
    ).extract()
    assert (updated.version, updated.content) == (2, louder)
    rebound = dynamic_actions.update(
        workflow, dynamic_actions.UpdateOpts(name=action_name, class_name="Shout")
    ).extract()
    assert rebound.id == action.id

    with pytest.raises(errors.Conflict):
        code_sources.create_from_content(
            workflow,
            MODULE.encode(),
            code_sources.CreateFromContentOpts(accept="text/plain", name=mod_name),
        )
    dynamic_actions.delete(workflow, action_name)
    with pytest.raises(errors.NotFound):
        dynamic_actions.get(workflow, action.id)
    code_sources.delete(workflow, mod_name)
    with pytest.raises(errors.NotFound):
        code_sources.get(workflow, source.id)
