"""A stack's resources and events: listing, attributes, metadata, signals to a wait
condition (the engine really waits for them), health marks."""

from __future__ import annotations

import json

import pytest

from stacksdk.orchestration.v1 import events, resources, stacks
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import present
from tests.integration.orchestration.conftest import DEADLINE_S, POLL_S, MakeStack

WAITING = {
    "heat_template_version": "2021-04-16",
    "resources": {
        # NO_SIGNAL: no stack user is made for the handle (the local cloud has no stack
        # user domain); its owner still signals it through the API
        "handle": {
            "type": "OS::Heat::WaitConditionHandle",
            "properties": {"signal_transport": "NO_SIGNAL"},
        },
        "wait": {
            "type": "OS::Heat::WaitCondition",
            "properties": {"handle": {"get_resource": "handle"}, "timeout": 600, "count": 1},
        },
        "word": {
            "type": "OS::Heat::RandomString",
            "properties": {"length": 6},
            "metadata": {"role": "example"},
        },
    },
    "outputs": {"data": {"value": {"get_attr": ["wait", "data"]}}},
}
"""A wait condition on a handle the test signals through the API."""


def test_resources_list_get_attributes_metadata(
    orchestration: ServiceClient, make_stack: MakeStack
) -> None:
    stack = make_stack()
    args = (orchestration, stack.stack_name, stack.id)
    listed = {r.resource_name: r for r in resources.list(*args)}
    assert set(listed) == {"word", "echo"}
    assert listed["word"].resource_type == "OS::Heat::RandomString"
    assert listed["echo"].required_by == [] and listed["word"].required_by == ["echo"]
    word = resources.get(*args, "word").extract()
    assert word.resource_status == "CREATE_COMPLETE" and word.physical_resource_id
    value = present(word.attributes)["value"]
    assert isinstance(value, str) and len(value) == 8
    detailed = resources.list(*args, resources.ListOpts(with_detail=True, type=["OS::Heat::Value"]))
    assert [(r.resource_name, present(r.attributes)["value"]) for r in detailed] == [
        ("echo", value)
    ]
    assert resources.get_metadata(*args, "word").extract() == {}
    with pytest.raises(errors.NotFound):
        resources.get(*args, "nope")


def test_a_signal_reaches_a_wait_condition_handle(
    orchestration: ServiceClient, make_stack: MakeStack
) -> None:
    stack = make_stack(WAITING, wait=False)
    args = (orchestration, stack.stack_name, stack.id)
    # bounded: the handle exists once the engine created it; the stack waits for its signal
    stacks.wait_for_status(*args, "CREATE_IN_PROGRESS", timeout=DEADLINE_S, interval=POLL_S)
    handle = resources.get(*args, "handle").extract()
    deadline_polls = int(DEADLINE_S / POLL_S)
    for _ in range(deadline_polls):
        if handle.resource_status == "CREATE_COMPLETE":
            break
        handle = stacks_poll(orchestration, stack, "handle")
    assert handle.resource_status == "CREATE_COMPLETE"
    assert resources.get_metadata(*args, "word").extract() == {"role": "example"}
    # (whether the stack still waits here is Heat's: with NO_SIGNAL the handle may hold an
    # entry of its own already, which satisfies count 1; the signal's data is what is checked)
    resources.signal(
        *args,
        "handle",
        resources.SignalOpts(
            data={"status": "SUCCESS", "reason": "ok", "data": "hello", "id": "1"}
        ),
    )
    done = stacks.wait_for_status(*args, "CREATE_COMPLETE", timeout=DEADLINE_S, interval=POLL_S)
    data = json.loads(str({o.output_key: o.output_value for o in present(done.outputs)}["data"]))
    # what the signal carried (Heat keys each signal by an id of its own)
    assert any(
        v == "hello" or (isinstance(v, dict) and v.get("data") == "hello") for v in data.values()
    )


def stacks_poll(client: ServiceClient, stack: stacks.Stack, name: str) -> resources.StackResource:
    import time

    time.sleep(POLL_S)
    return resources.get(client, stack.stack_name, stack.id, name).extract()


def test_mark_unhealthy_and_back(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    stack = make_stack()
    args = (orchestration, stack.stack_name, stack.id)
    resources.mark_unhealthy(
        *args,
        "echo",
        resources.MarkUnhealthyOpts(mark_unhealthy=True, resource_status_reason="broken"),
    )
    echo = resources.get(*args, "echo").extract()
    assert (echo.resource_status, echo.resource_status_reason) == ("CHECK_FAILED", "broken")
    resources.mark_unhealthy(*args, "echo", resources.MarkUnhealthyOpts(mark_unhealthy=False))
    assert resources.get(*args, "echo").extract().resource_status == "CHECK_COMPLETE"


def test_events_list_pages_and_get(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    stack = make_stack()
    args = (orchestration, stack.stack_name, stack.id)
    every = list(events.list(*args))
    assert len(every) >= 5  # stack and two resources, in progress and complete
    pages = list(events.list(*args, events.ListOpts(limit=2)).pages())
    assert len(pages) >= 3 and [e.id for p in pages for e in p.extract()] == [e.id for e in every]
    done = list(
        events.list(*args, events.ListOpts(resource_status=["COMPLETE"], resource_name=["word"]))
    )
    assert [e.resource_status for e in done] == ["CREATE_COMPLETE"]
    word = list(events.list_for_resource(*args, "word"))
    assert {e.resource_name for e in word} == {"word"} and len(word) == 2
    complete = next(e for e in word if e.resource_status == "CREATE_COMPLETE")
    one = events.get(*args, "word", present(complete.id)).extract()
    assert (
        one.resource_status == "CREATE_COMPLETE" and present(one.resource_properties)["length"] == 8
    )
    with pytest.raises(errors.NotFound):
        events.get(*args, "word", "00000000-0000-0000-0000-000000000000")
