"""Stacks against a real Heat engine: lifecycle, updates, listing, actions, snapshots,
abandon and adopt, failures."""

from __future__ import annotations

import copy
import json
import time

import pytest

from stacksdk.orchestration.v1 import resources, stacks
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present
from tests.integration.orchestration.conftest import (
    DEADLINE_S,
    POLL_S,
    RANDOM,
    MakeStack,
    delete_stack,
)


def assert_deleted(client: ServiceClient, name: str, stack_id: str) -> None:
    """Heat shows a deleted stack by name and id as DELETE_COMPLETE until it purges it."""
    try:
        assert stacks.get(client, name, stack_id).extract().stack_status == "DELETE_COMPLETE"
    except errors.NotFound:
        pass
    deleted = stacks.list(client, stacks.ListOpts(show_deleted=True, id=[stack_id]))
    assert [s.stack_status for s in deleted] in ([], ["DELETE_COMPLETE"])


def outputs(client: ServiceClient, stack: stacks.Stack) -> dict[str, object]:
    found = stacks.list_outputs(client, stack.stack_name, stack.id).extract()
    return {
        o.output_key: stacks.get_output(client, stack.stack_name, stack.id, o.output_key)
        .extract()
        .output_value
        for o in found
    }


def test_create_read_update_delete(
    orchestration: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("st")
    result = stacks.create(
        orchestration,
        stacks.CreateOpts(stack_name=name, template=RANDOM, parameters={"length": 12}, tags="a,b"),
    )
    assert result.status_code == 201
    ref = result.extract()
    cleanup(lambda: delete_stack(orchestration, name, ref.id))
    assert present(result.location).endswith(f"/stacks/{name}/{ref.id}")
    stack = stacks.wait_for_status(
        orchestration, name, ref.id, "CREATE_COMPLETE", timeout=DEADLINE_S, interval=POLL_S
    )
    assert (stack.stack_name, stack.description, stack.tags) == (
        name,
        "one random string",
        ["a", "b"],
    )
    assert stack.parameters["length"] == "12" and stack.parameters["OS::stack_name"] == name
    word = {o.output_key: o.output_value for o in present(stack.outputs)}["word"]
    assert isinstance(word, str) and len(word) == 12
    assert outputs(orchestration, stack) == {"word": word, "length": 12}

    # PUT replaces: the new length, and a template without the Value resource
    template = copy.deepcopy(RANDOM)
    del template["resources"]["echo"]
    stacks.update(
        orchestration, name, ref.id, stacks.UpdateOpts(template=template, parameters={"length": 20})
    )
    stack = stacks.wait_for_status(
        orchestration, name, ref.id, "UPDATE_COMPLETE", timeout=DEADLINE_S, interval=POLL_S
    )
    assert len(str(outputs(orchestration, stack)["word"])) == 20
    names = [r.resource_name for r in resources.list(orchestration, name, ref.id)]
    assert names == ["word"]
    # PATCH keeps the template: only the parameter changes
    stacks.update_patch(orchestration, name, ref.id, stacks.UpdateOpts(parameters={"length": 5}))
    stack = stacks.wait_for_status(
        orchestration, name, ref.id, "UPDATE_COMPLETE", timeout=DEADLINE_S, interval=POLL_S
    )
    assert outputs(orchestration, stack)["length"] == 5
    assert "echo" not in stacks.get_template(orchestration, name, ref.id).extract()["resources"]
    assert stacks.get_environment(orchestration, name, ref.id).extract()["parameters"] == {
        "length": 5
    }
    assert stacks.get_files(orchestration, name, ref.id).extract() == {}

    stacks.delete(orchestration, name, ref.id)
    stacks.wait_for_delete(orchestration, name, ref.id, timeout=DEADLINE_S, interval=POLL_S)
    assert_deleted(orchestration, name, ref.id)


def test_lookup_and_find_by_name_or_id(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    stack = make_stack()
    for value in (stack.stack_name, stack.id):
        assert (
            stacks.lookup(orchestration, value)
            .extract()
            .endswith(f"/{stack.stack_name}/{stack.id}")
        )
        found = stacks.find(orchestration, value)
        assert (found.id, found.stack_status) == (stack.id, "CREATE_COMPLETE")
        assert found.parameters  # the final read is get's, not the listing's summary
    with pytest.raises(errors.NotFound):
        stacks.lookup(orchestration, "no-such-stack")
    with pytest.raises(errors.ResourceNotFound):
        stacks.find(orchestration, "no-such-stack")


def test_list_filters_and_pages(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    made = [make_stack(tags="pagetest") for _ in range(3)]
    ids = {s.id for s in made}
    opts = stacks.ListOpts(tags=["pagetest"], limit=1, sort_keys=["creation_time"], sort_dir="asc")
    pages = list(stacks.list(orchestration, opts).pages())
    assert len(pages) >= 3 and all(len(p.extract()) <= 1 for p in pages)
    listed = [s.id for p in pages for s in p.extract()]
    assert listed == [s.id for s in made]  # oldest first, each once
    counted = stacks.list(orchestration, stacks.ListOpts(tags=["pagetest"], with_count=True))
    first = next(iter(counted.pages()))
    assert first.total == 3
    only = stacks.list(orchestration, stacks.ListOpts(stack_name=made[1].stack_name))
    assert [s.id for s in only] == [made[1].id]
    assert {s.id for s in stacks.list(orchestration, stacks.ListOpts(status=["COMPLETE"]))} >= ids
    assert not {s.id for s in stacks.list(orchestration, stacks.ListOpts(status=["FAILED"]))} & ids
    detail = {
        s.id: s for s in stacks.list_detail(orchestration, stacks.ListOpts(tags=["pagetest"]))
    }
    assert set(detail) == ids and all(s.stack_status == "CREATE_COMPLETE" for s in detail.values())


def test_suspend_resume_check(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    stack = make_stack()
    args = (orchestration, stack.stack_name, stack.id)
    for action, state in (
        (stacks.suspend, "SUSPEND_COMPLETE"),
        (stacks.resume, "RESUME_COMPLETE"),
        (stacks.check, "CHECK_COMPLETE"),
    ):
        action(*args)
        got = stacks.wait_for_status(*args, state, timeout=DEADLINE_S, interval=POLL_S)
        assert got.stack_status == state


def test_snapshots_restore(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    stack = make_stack()
    args = (orchestration, stack.stack_name, stack.id)
    snap = stacks.create_snapshot(*args, stacks.CreateSnapshotOpts(name="first")).extract()
    assert snap.name == "first"
    snap = stacks.get_snapshot(*args, present(snap.id)).extract()
    assert snap.status in ("IN_PROGRESS", "COMPLETE")
    assert [s.id for s in stacks.list_snapshots(*args).extract()] == [snap.id]
    stacks.wait_for_status(*args, "SNAPSHOT_COMPLETE", timeout=DEADLINE_S, interval=POLL_S)
    assert stacks.get_snapshot(*args, present(snap.id)).extract().status == "COMPLETE"
    stacks.restore_snapshot(*args, present(snap.id))
    restored = stacks.wait_for_status(
        *args, "RESTORE_COMPLETE", timeout=DEADLINE_S, interval=POLL_S
    )
    assert restored.stack_status == "RESTORE_COMPLETE"
    stacks.delete_snapshot(*args, present(snap.id))  # the engine deletes it a moment later
    deadline = time.monotonic() + DEADLINE_S
    while stacks.list_snapshots(*args).extract():
        assert time.monotonic() < deadline, "the snapshot was never deleted"
        time.sleep(POLL_S)
    with pytest.raises(errors.NotFound):
        stacks.get_snapshot(*args, present(snap.id))


def test_export_abandon_adopt(
    orchestration: ServiceClient, make_stack: MakeStack, unique: Unique, cleanup: Cleanup
) -> None:
    stack = make_stack()
    args = (orchestration, stack.stack_name, stack.id)
    exported = stacks.export(*args).extract()
    assert exported["id"] == stack.id and set(exported["resources"]) == {"word", "echo"}
    data = stacks.abandon(*args).extract()
    assert data["resources"]["word"]["resource_data"]["value"]
    stacks.wait_for_delete(*args, timeout=DEADLINE_S, interval=POLL_S)
    assert_deleted(*args)
    name = unique("adopted")
    ref = stacks.adopt(
        orchestration, stacks.AdoptOpts(stack_name=name, adopt_stack_data=json.dumps(data))
    ).extract()
    cleanup(lambda: delete_stack(orchestration, name, ref.id))
    adopted = stacks.wait_for_status(
        orchestration, name, ref.id, "ADOPT_COMPLETE", timeout=DEADLINE_S, interval=POLL_S
    )
    word = data["resources"]["word"]["resource_data"]["value"]
    assert outputs(orchestration, adopted)["word"] == word  # the same string, not a new one


def test_preview_and_preview_update(orchestration: ServiceClient, make_stack: MakeStack) -> None:
    preview = stacks.preview(
        orchestration, stacks.CreateOpts(stack_name="preview-only", template=RANDOM)
    ).extract()
    assert preview.stack_name == "preview-only"
    assert {r["resource_name"] for r in present(preview.resources)} == {"word", "echo"}
    assert not list(stacks.list(orchestration, stacks.ListOpts(stack_name="preview-only")))
    stack = make_stack()
    template = copy.deepcopy(RANDOM)
    del template["resources"]["echo"]
    changes = stacks.preview_update(
        orchestration, stack.stack_name, stack.id, stacks.UpdateOpts(template=template)
    ).extract()
    assert [r["resource_name"] for r in present(changes.deleted)] == ["echo"]
    assert [r["resource_name"] for r in present(changes.unchanged)] == ["word"]
    changes = stacks.preview_update_patch(
        orchestration, stack.stack_name, stack.id, stacks.UpdateOpts(parameters={"length": 9})
    ).extract()
    assert "word" in [
        r["resource_name"] for r in present(changes.replaced) + present(changes.updated)
    ]


def test_bad_templates_are_400_with_heats_reason(
    orchestration: ServiceClient, unique: Unique
) -> None:
    bad = {"heat_template_version": "2021-04-16", "resources": {"x": {"type": "OS::No::Such"}}}
    with pytest.raises(errors.BadRequest) as info:
        stacks.create(orchestration, stacks.CreateOpts(stack_name=unique("bad"), template=bad))
    assert "OS::No::Such" in info.value.message
    with pytest.raises(errors.BadRequest) as info:
        stacks.create(
            orchestration,
            stacks.CreateOpts(stack_name=unique("bad"), template=RANDOM, parameters={"length": 2}),
        )
    assert "length" in info.value.message


def test_a_failing_resource_ends_the_wait_with_wait_failed(
    orchestration: ServiceClient, make_stack: MakeStack
) -> None:
    failing = {
        "heat_template_version": "2021-04-16",
        "resources": {"boom": {"type": "OS::Heat::TestResource", "properties": {"fail": True}}},
    }
    stack = make_stack(failing, wait=False)
    with pytest.raises(errors.WaitFailed):
        stacks.wait_for_status(
            orchestration,
            stack.stack_name,
            stack.id,
            "CREATE_COMPLETE",
            timeout=DEADLINE_S,
            interval=POLL_S,
        )
    stack = stacks.get(orchestration, stack.stack_name, stack.id).extract()
    assert stack.stack_status == "CREATE_FAILED" and "boom" in stack.stack_status_reason


def test_the_demo_user_does_not_see_admins_stacks(
    orchestration_demo: ServiceClient, make_stack: MakeStack
) -> None:
    stack = make_stack()
    assert stack.id not in {s.id for s in stacks.list(orchestration_demo)}
    with pytest.raises((errors.NotFound, errors.Forbidden)):
        stacks.get(orchestration_demo, stack.stack_name, stack.id)
