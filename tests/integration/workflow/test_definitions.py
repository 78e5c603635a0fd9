"""Definitions written in the workflow language: workflows, workbooks, ad-hoc actions,
their validation, listing and paging, and the errors Mistral answers."""

from __future__ import annotations

import json

import pytest

from stacksdk.runtime import ServiceClient, errors
from stacksdk.workflow.v2 import actions, versions, workbooks, workflows
from tests.integration.helpers import Cleanup
from tests.integration.workflow.conftest import Name, definition, echo_workflow, make_workflow

WF_TEXT = workflows.CreateFromDefinitionOpts(accept="text/plain")
WB_TEXT = workbooks.CreateFromDefinitionOpts(accept="text/plain")
ACT_TEXT = actions.CreateFromDefinitionOpts(accept="text/plain")


def test_versions(workflow: ServiceClient) -> None:
    [v2] = versions.list(workflow)
    assert (v2.id, v2.status) == ("v2.0", "CURRENT")
    assert v2.links[0].href.rstrip("/").endswith("/v2")
    root = versions.get_api_root(workflow).extract()
    assert str(root.uri).rstrip("/") == workflow.endpoint.rstrip("/")


def test_workflow_create_read_update_delete(
    workflow: ServiceClient, cleanup: Cleanup, name: Name
) -> None:
    wf_name = name("wf")
    result = workflows.create_from_definition(workflow, echo_workflow(wf_name), WF_TEXT)
    assert result.status_code == 201
    [wf] = result.extract()
    cleanup(lambda: workflows.delete(workflow, wf.id))
    assert (wf.name, wf.namespace, wf.scope, wf.input) == (wf_name, "", "private", "msg")
    assert wf.interface == {"input": ["msg"], "output": ["out"]}
    assert wf.definition.startswith("version: '2.0'")

    by_id = workflows.get(workflow, wf.id).extract()
    by_name = workflows.get(workflow, wf_name).extract()
    assert by_id.id == by_name.id == wf.id
    assert by_id.checksum == wf.checksum
    # reads answer the interface as JSON text
    assert isinstance(by_id.interface, str)
    assert json.loads(by_id.interface) == {"input": ["msg"], "output": ["out"]}
    assert workflows.find(workflow, wf_name).id == wf.id
    assert [w.id for w in workflows.list(workflow, workflows.ListOpts(name=wf_name))] == [wf.id]
    sparse = workflows.list(workflow, workflows.ListOpts(name=wf_name, fields=["name"]))
    [only] = list(sparse)
    assert only.name == wf_name and not only.is_set("definition")

    # update one workflow by id: a second input with a default
    text = echo_workflow(wf_name).replace(b"    - msg\n", b"    - msg\n    - extra: 1\n")
    updated = workflows.update_definition(workflow, wf.id, text, WF_TEXT).extract()
    assert updated.id == wf.id and updated.input.startswith("msg, extra=")
    assert updated.checksum != wf.checksum
    # update by the names in the text
    [again] = workflows.update_from_definition(workflow, echo_workflow(wf_name), WF_TEXT).extract()
    assert again.id == wf.id and again.input == "msg"

    workflows.delete(workflow, wf_name)
    with pytest.raises(errors.NotFound):
        workflows.get(workflow, wf.id)


def test_workflow_namespaces_and_scope(
    workflow: ServiceClient, workflow_demo: ServiceClient, cleanup: Cleanup, name: Name
) -> None:
    wf_name, ns = name("wf"), name("ns")
    private = make_workflow(workflow, cleanup, echo_workflow(wf_name))
    # the same name again in another namespace, public
    public = make_workflow(
        workflow,
        cleanup,
        echo_workflow(wf_name),
        workflows.CreateFromDefinitionOpts(accept="text/plain", namespace=ns, scope="public"),
    )
    assert (public.namespace, public.scope) == (ns, "public")
    assert public.id != private.id
    got = workflows.get(workflow, wf_name, workflows.GetOpts(namespace=ns)).extract()
    assert got.id == public.id
    listed = workflows.list(workflow, workflows.ListOpts(namespace=ns))
    assert [w.id for w in listed] == [public.id]
    # another project sees the public one, not the private one
    demo_sees = {w.id for w in workflows.list(workflow_demo, workflows.ListOpts(name=wf_name))}
    assert demo_sees == {public.id}
    with pytest.raises(errors.NotFound):
        workflows.get(workflow_demo, private.id)


def test_workflow_paging(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    ns = name("ns")
    made = [
        make_workflow(
            workflow,
            cleanup,
            echo_workflow(name("wf")),
            workflows.CreateFromDefinitionOpts(accept="text/plain", namespace=ns),
        )
        for _ in range(5)
    ]
    first = workflows.list(workflow, workflows.ListOpts(namespace=ns, limit=2))
    got = list(first)
    assert sorted(w.id for w in got) == sorted(w.id for w in made)
    assert len(got) == 5
    by_name = workflows.list(
        workflow, workflows.ListOpts(namespace=ns, limit=2, sort_keys=["name"], sort_dirs=["desc"])
    )
    assert [w.name for w in by_name] == sorted((w.name for w in made), reverse=True)


def test_workflow_errors(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    wf_name = name("wf")
    make_workflow(workflow, cleanup, echo_workflow(wf_name))
    with pytest.raises(errors.Conflict) as conflict:
        workflows.create_from_definition(workflow, echo_workflow(wf_name), WF_TEXT)
    assert wf_name in str(conflict.value.message)
    with pytest.raises(errors.BadRequest) as bad:
        workflows.create_from_definition(
            workflow, definition(f"{name('wf')}:\n  tasks: 3\n"), WF_TEXT
        )
    assert "Invalid DSL" in bad.value.message
    with pytest.raises(errors.NotFound):
        workflows.get(workflow, name("missing"))
    with pytest.raises(errors.NotFound):
        workflows.delete(workflow, name("missing"))


def test_validate(workflow: ServiceClient, name: Name) -> None:
    ok = workflows.validate(workflow, echo_workflow(name("wf"))).extract()
    assert ok.valid is True and not ok.error
    bad = workflows.validate(workflow, definition(f"{name('wf')}:\n  tasks: 3\n")).extract()
    assert bad.valid is False and "Invalid DSL" in bad.error
    wb_ok = workbooks.validate(workflow, workbook_text(name("wb"), name("wf"))).extract()
    assert wb_ok.valid is True
    wb_bad = workbooks.validate(workflow, definition("name: x\nworkflows: 5\n")).extract()
    assert wb_bad.valid is False and wb_bad.error
    act_ok = actions.validate(workflow, adhoc_action(name("greet"))).extract()
    assert act_ok.valid is True
    act_bad = actions.validate(workflow, definition("greet:\n  input: 5\n")).extract()
    assert act_bad.valid is False and act_bad.error


def workbook_text(wb_name: str, wf_name: str, extra_action: str = "") -> bytes:
    body = (
        f"name: {wb_name}\n"
        "workflows:\n"
        f"  {wf_name}:\n"
        "    tasks:\n"
        "      hello:\n"
        "        action: std.noop\n"
    )
    if extra_action:
        body += f"actions:\n  {extra_action}:\n    base: std.echo output=hi\n"
    return definition(body)


def test_workbook_create_read_update_delete(
    workflow: ServiceClient, cleanup: Cleanup, name: Name
) -> None:
    wb_name, wf_name = name("wb"), name("wf")
    result = workbooks.create_from_definition(workflow, workbook_text(wb_name, wf_name), WB_TEXT)
    assert result.status_code == 201
    wb = result.extract()
    cleanup(lambda: workbooks.delete(workflow, wb_name))
    assert (wb.name, wb.scope, wb.namespace) == (wb_name, "private", "")
    # its workflow exists as <workbook>.<workflow>
    assert workflows.get(workflow, f"{wb_name}.{wf_name}").extract().name == f"{wb_name}.{wf_name}"
    got = workbooks.get(workflow, wb_name).extract()
    assert got.id == wb.id and got.definition == wb.definition
    assert wb_name in {w.name for w in workbooks.list(workflow)}
    assert workbooks.find(workflow, wb_name).id == wb.id

    updated = workbooks.update_from_definition(
        workflow, workbook_text(wb_name, wf_name, extra_action="hi"), WB_TEXT
    ).extract()
    assert updated.id == wb.id and "actions:" in updated.definition
    assert actions.get(workflow, f"{wb_name}.hi").extract().name == f"{wb_name}.hi"

    with pytest.raises(errors.Conflict):
        workbooks.create_from_definition(workflow, workbook_text(wb_name, wf_name), WB_TEXT)
    workbooks.delete(workflow, wb_name)
    with pytest.raises(errors.NotFound):
        workbooks.get(workflow, wb_name)


def adhoc_action(action_name: str, greeting: str = "hello") -> bytes:
    return definition(
        f"{action_name}:\n"
        "  input:\n"
        "    - who\n"
        f'  base: std.echo output="{greeting} <% $.who %>"\n'
    )


def test_adhoc_actions(workflow: ServiceClient, cleanup: Cleanup, name: Name) -> None:
    act_name = name("greet")
    result = actions.create_from_definition(workflow, adhoc_action(act_name), ACT_TEXT)
    assert result.status_code == 201
    [act] = result.extract()
    cleanup(lambda: actions.delete(workflow, act_name))
    assert (act.name, act.is_system, act.input, act.scope) == (act_name, False, "who", "private")
    assert actions.get(workflow, act_name).extract().id == act.id
    assert actions.find(workflow, act_name).id == act.id

    [by_name] = actions.update_definition(
        workflow, act_name, adhoc_action(act_name, "hi"), ACT_TEXT
    ).extract()
    assert by_name.id == act.id and "hi <%" in by_name.definition
    [by_text] = actions.update_from_definition(workflow, adhoc_action(act_name), ACT_TEXT).extract()
    assert "hello <%" in by_text.definition

    with pytest.raises(errors.Conflict):
        actions.create_from_definition(workflow, adhoc_action(act_name), ACT_TEXT)
    actions.delete(workflow, act_name)
    with pytest.raises(errors.NotFound):
        actions.get(workflow, act_name)


def test_system_actions(workflow: ServiceClient) -> None:
    echo = actions.get(workflow, "std.echo").extract()
    assert echo.name == "std.echo" and "output" in echo.input
    listed = actions.list(workflow, actions.ListOpts(name="std.echo"))
    assert [a.name for a in listed] == ["std.echo"]
    every = [a.name for a in actions.list(workflow)]
    assert len(every) == len(set(every)) > 7
    assert {"std.echo", "std.noop", "std.fail", "std.async_noop"} <= set(every)
    # the listing does not page (see the spec): a limit truncates it
    assert [a.name for a in actions.list(workflow, actions.ListOpts(limit=7))] == every[:7]
    # system actions are no stored definitions: there is nothing to delete
    with pytest.raises(errors.NotFound):
        actions.delete(workflow, "std.echo")
