"""Executions against the real Mistral engine: runs to SUCCESS and ERROR, pause and resume,
stopping, tasks and their reruns, reports, and actions run directly."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from stacksdk.runtime import ServiceClient, errors
from stacksdk.workflow.v2 import action_executions, executions, tasks
from tests.integration.helpers import Cleanup
from tests.integration.workflow.conftest import (
    DEADLINE_S,
    POLL_S,
    Name,
    definition,
    echo_workflow,
    make_workflow,
)

T = TypeVar("T")


def poll(what: str, probe: Callable[[], T | None]) -> T:
    """probe() until it returns something, within DEADLINE_S."""
    deadline = time.monotonic() + DEADLINE_S
    while True:
        found = probe()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} within {DEADLINE_S}s")
        time.sleep(POLL_S)


def failing_workflow(wf_name: str) -> bytes:
    return definition(
        f"{wf_name}:\n"
        "  tasks:\n"
        "    first:\n"
        "      action: std.noop\n"
        "      on-success: boom\n"
        "    boom:\n"
        "      action: std.fail error_data=kaput\n"
    )


def waiting_workflow(wf_name: str) -> bytes:
    """A workflow whose only task waits on an asynchronous action: it stays RUNNING until
    the action execution is completed through the API (no timing involved)."""
    return definition(
        f"{wf_name}:\n"
        "  tasks:\n"
        "    hold:\n"
        "      action: std.async_noop\n"
        "      publish:\n"
        "        got: <% task().result %>\n"
        "  output:\n"
        "    got: <% $.got %>\n"
    )


def wait_state(client: ServiceClient, ex_id: str, state: str) -> executions.Execution:
    return executions.wait_for_status(client, ex_id, state, timeout=DEADLINE_S, interval=POLL_S)


def test_execution_runs_to_success(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, echo_workflow(name("wf")))
    result = executions.create(
        workflow,
        executions.CreateOpts(workflow_id=wf.id, input={"msg": "hello"}, description="first"),
    )
    assert result.status_code == 201
    started = result.extract()
    assert (started.workflow_id, started.workflow_name) == (wf.id, wf.name)
    assert started.state in ("RUNNING", "SUCCESS")
    assert isinstance(started.input, str) and json.loads(started.input) == {"msg": "hello"}

    done = wait_state(workflow, started.id, "SUCCESS")
    assert isinstance(done.output, str)
    assert json.loads(done.output) == {"out": "hello"}
    assert done.description == "first"

    listed = executions.list(workflow, executions.ListOpts(workflow_id=wf.id))
    [only] = list(listed)
    assert only.id == started.id and only.state == "SUCCESS"
    assert not only.is_set("output")
    with_output = executions.list(
        workflow, executions.ListOpts(workflow_id=wf.id, include_output=True)
    )
    assert [json.loads(str(e.output)) for e in with_output] == [{"out": "hello"}]

    [task] = list(tasks.list_for_execution(workflow, started.id))
    assert (task.name, task.state, task.type) == ("say", "SUCCESS", "ACTION")
    assert task.workflow_execution_id == started.id
    full = tasks.get(workflow, task.id).extract()
    assert json.loads(str(full.result)) == "hello"
    assert json.loads(str(full.published)) == {"said": "hello"}
    assert task.id in {
        t.id for t in tasks.list(workflow, tasks.ListOpts(workflow_execution_id=started.id))
    }
    [action_ex] = list(tasks.list_action_executions(workflow, task.id))
    assert (action_ex.name, action_ex.state) == ("std.echo", "SUCCESS")
    assert action_ex.task_execution_id == task.id

    report = executions.report(workflow, started.id).extract()
    assert report.statistics.total_tasks_count == 1
    assert report.statistics.success_tasks_count == 1
    assert report.root_workflow_execution["id"] == started.id
    [sub] = executions.list_sub_executions(workflow, started.id).extract()
    assert sub.id == started.id

    # the description changes on its own
    renamed = executions.update(
        workflow, started.id, executions.UpdateOpts(description="renamed")
    ).extract()
    assert renamed.description == "renamed"
    executions.delete(workflow, started.id)
    with pytest.raises(errors.NotFound):
        executions.get(workflow, started.id)


def test_execution_by_name_with_env_and_given_id(
    workflow: ServiceClient, cleanup: Cleanup, name: Name
) -> None:
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
    make_workflow(workflow, cleanup, text)
    given = "0b5a1b5e-6a41-4c0e-9a3a-" + name("x")[-8:] + "0000"
    opts = executions.CreateOpts(
        id=given, workflow_name=wf_name, params={"env": {"greeting": "bonjour"}}
    )
    first = executions.create(workflow, opts).extract()
    assert first.id == given
    # a second create with the same id answers the same execution (no new run)
    again = executions.create(workflow, opts).extract()
    assert again.id == given
    done = wait_state(workflow, given, "SUCCESS")
    assert json.loads(str(done.output)) == {"out": "bonjour"}
    assert json.loads(str(done.params))["env"] == {"greeting": "bonjour"}
    assert len(list(executions.list(workflow, executions.ListOpts(workflow_name=wf_name)))) == 1


def test_execution_fails(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, failing_workflow(name("wf")))
    started = executions.create(workflow, executions.CreateOpts(workflow_id=wf.id)).extract()
    with pytest.raises(errors.WaitFailed):
        wait_state(workflow, started.id, "SUCCESS")
    failed = executions.get(workflow, started.id).extract()
    assert failed.state == "ERROR" and "boom" in str(failed.state_info)
    states = {t.name: t.state for t in tasks.list_for_execution(workflow, started.id)}
    assert states == {"first": "SUCCESS", "boom": "ERROR"}
    errored = executions.list(workflow, executions.ListOpts(workflow_id=wf.id, state="ERROR"))
    assert [e.id for e in errored] == [started.id]
    report = executions.report(
        workflow, started.id, executions.ReportOpts(errors_only=True)
    ).extract()
    assert report.statistics.error_tasks_count == 1

    # rerun the failed task: the execution runs again and fails again (std.fail always
    # fails), with a second action execution for the task
    boom = next(t for t in tasks.list_for_execution(workflow, started.id) if t.name == "boom")
    with pytest.raises(errors.BadRequest) as no_reset:
        tasks.update(workflow, boom.id, tasks.UpdateOpts(state="RUNNING"))
    assert "Reset field is mandatory" in no_reset.value.message
    rerun = tasks.update(workflow, boom.id, tasks.UpdateOpts(state="RUNNING", reset=True)).extract()
    assert rerun.id == boom.id

    def two_attempts() -> list[action_executions.ActionExecution] | None:
        found = list(tasks.list_action_executions(workflow, boom.id))
        done = len(found) == 2 and all(a.state == "ERROR" for a in found)
        return found if done else None

    poll("second failed attempt", two_attempts)
    with pytest.raises(errors.WaitFailed):
        wait_state(workflow, started.id, "SUCCESS")

    # a task that is not in ERROR cannot be rerun
    first = next(t for t in tasks.list_for_execution(workflow, started.id) if t.name == "first")
    with pytest.raises(errors.BadRequest):
        tasks.update(workflow, first.id, tasks.UpdateOpts(state="RUNNING", reset=True))


def test_skip_failed_task(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, failing_workflow(name("wf")))
    started = executions.create(workflow, executions.CreateOpts(workflow_id=wf.id)).extract()
    with pytest.raises(errors.WaitFailed):
        wait_state(workflow, started.id, "SUCCESS")
    boom = next(t for t in tasks.list_for_execution(workflow, started.id) if t.name == "boom")
    tasks.update(workflow, boom.id, tasks.UpdateOpts(state="SKIPPED"))
    wait_state(workflow, started.id, "SUCCESS")
    assert tasks.get(workflow, boom.id).extract().state == "SKIPPED"


def held_action(client: ServiceClient, ex_id: str) -> action_executions.ActionExecution:
    """The RUNNING std.async_noop action execution of a waiting_workflow execution."""

    def probe() -> action_executions.ActionExecution | None:
        for t in tasks.list_for_execution(client, ex_id):
            for a in tasks.list_action_executions(client, t.id):
                if a.state == "RUNNING":
                    return a
        return None

    return poll("running async action", probe)


def test_pause_resume_and_complete_async_action(
    workflow: ServiceClient, cleanup: Cleanup, name: Name
) -> None:
    wf = make_workflow(workflow, cleanup, waiting_workflow(name("wf")))
    started = executions.create(workflow, executions.CreateOpts(workflow_id=wf.id)).extract()
    action = held_action(workflow, started.id)
    assert executions.get(workflow, started.id).extract().state == "RUNNING"

    with pytest.raises(errors.BadRequest):
        executions.update(
            workflow, started.id, executions.UpdateOpts(state="PAUSED", description="both")
        )
    paused = executions.update(workflow, started.id, executions.UpdateOpts(state="PAUSED"))
    assert paused.extract().state == "PAUSED"
    assert executions.get(workflow, started.id).extract().state == "PAUSED"
    resumed = executions.update(workflow, started.id, executions.UpdateOpts(state="RUNNING"))
    assert resumed.extract().state == "RUNNING"

    # the action is completed from outside: the workflow goes on and succeeds
    completed = action_executions.update(
        workflow,
        str(action.id),
        action_executions.UpdateOpts(state="SUCCESS", output={"answer": 42}),
    ).extract()
    assert completed.state == "SUCCESS"
    done = wait_state(workflow, started.id, "SUCCESS")
    assert json.loads(str(done.output)) == {"got": {"answer": 42}}


def test_cancel_execution(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, waiting_workflow(name("wf")))
    started = executions.create(workflow, executions.CreateOpts(workflow_id=wf.id)).extract()
    held_action(workflow, started.id)
    with pytest.raises(errors.Forbidden) as running:
        executions.delete(workflow, started.id)
    assert "Only completed executions can be deleted" in running.value.message
    stopped = executions.update(
        workflow, started.id, executions.UpdateOpts(state="CANCELLED", state_info="enough")
    ).extract()
    assert stopped.state == "CANCELLED"
    with pytest.raises(errors.WaitFailed):
        wait_state(workflow, started.id, "SUCCESS")
    assert "enough" in str(executions.get(workflow, started.id).extract().state_info)


def test_execution_errors(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, echo_workflow(name("wf")))
    with pytest.raises(errors.BadRequest) as missing_input:
        executions.create(workflow, executions.CreateOpts(workflow_id=wf.id))
    assert "msg" in missing_input.value.message
    # an unknown workflow comes back through the engine's RPC as a 500 (Mistral 23)
    with pytest.raises(errors.ServerError) as unknown:
        executions.create(workflow, executions.CreateOpts(workflow_name=name("nowf")))
    assert "Workflow not found" in unknown.value.message
    with pytest.raises(errors.BadRequest):
        executions.create(workflow, executions.CreateOpts(input={"msg": "x"}))
    with pytest.raises(errors.NotFound):
        executions.get(workflow, "00000000-0000-4000-8000-000000000000")


def test_run_action_directly(workflow: ServiceClient) -> None:
    sync = action_executions.create(
        workflow,
        action_executions.CreateOpts(
            name="std.echo", input={"output": {"a": [1, 2]}}, params={"run_sync": True}
        ),
    )
    assert sync.status_code == 201
    ran = sync.extract()
    assert ran.state == "SUCCESS"
    assert json.loads(str(ran.output)) == {"result": {"a": [1, 2]}}

    background = action_executions.create(
        workflow,
        action_executions.CreateOpts(
            name="std.echo",
            input={"output": "later"},
            description="bg",
            params={"save_result": True},
        ),
    ).extract()
    assert background.id
    done = action_executions.wait_for_status(
        workflow, str(background.id), "SUCCESS", timeout=DEADLINE_S, interval=POLL_S
    )
    assert json.loads(str(done.output)) == {"result": "later"}
    assert not done.task_execution_id  # run directly, not by a task
    assert background.id in {
        a.id for a in action_executions.list(workflow, action_executions.ListOpts(name="std.echo"))
    }

    failed = action_executions.create(
        workflow,
        action_executions.CreateOpts(
            name="std.fail", input={"error_data": "no"}, params={"run_sync": True}
        ),
    ).extract()
    assert failed.state == "ERROR"
    with pytest.raises(errors.BadRequest) as unknown:
        action_executions.create(
            workflow, action_executions.CreateOpts(name="std.nope", params={"run_sync": True})
        )
    assert "Failed to find action" in unknown.value.message
    # the server does not allow deleting action executions unless configured to
    with pytest.raises(errors.Forbidden):
        action_executions.delete(workflow, str(done.id))


def test_execution_paging(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf = make_workflow(workflow, cleanup, echo_workflow(name("wf")))
    started = [
        executions.create(
            workflow, executions.CreateOpts(workflow_id=wf.id, input={"msg": str(i)})
        ).extract()
        for i in range(5)
    ]
    # five executions in pages of two: three requests, each item once, in id order
    by_id = executions.list(
        workflow, executions.ListOpts(workflow_id=wf.id, limit=2, sort_keys=["id"])
    )
    assert [e.id for e in by_id] == sorted(e.id for e in started)
    by_id_desc = executions.list(
        workflow,
        executions.ListOpts(workflow_id=wf.id, limit=2, sort_keys=["id"], sort_dirs=["desc"]),
    )
    assert [e.id for e in by_id_desc] == sorted((e.id for e in started), reverse=True)
    for ex in started:
        executions.wait_for_status(workflow, ex.id, "SUCCESS", timeout=DEADLINE_S, interval=POLL_S)
