"""Software configs and deployments (no server runs them: the deployment's status and
outputs are what a server's agent would report, sent by the test)."""

from __future__ import annotations

import pytest

from stacksdk.orchestration.v1 import software_configs, software_deployments
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


def make_config(
    client: ServiceClient, unique: Unique, cleanup: Cleanup
) -> software_configs.SoftwareConfig:
    config = software_configs.create(
        client,
        software_configs.CreateOpts(
            name=unique("cfg"),
            group="script",
            config="#!/bin/sh\necho $foo > $heat_outputs_path.result\n",
            inputs=[software_configs.ConfigInput(name="foo", type="String", default="x")],
            outputs=[software_configs.ConfigOutput(name="result", type="String")],
            options={"k": 1},
        ),
    ).extract()
    cleanup(lambda: software_configs.delete(client, config.id))
    return config


def test_software_config_create_read_list_delete(
    orchestration: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    made = [make_config(orchestration, unique, cleanup) for _ in range(3)]
    got = software_configs.get(orchestration, made[0].id).extract()
    assert (got.group, present(got.inputs)[0].name, present(got.outputs)[0].name) == (
        "script",
        "foo",
        "result",
    )
    assert got.options == {"k": 1} and present(got.config).startswith("#!/bin/sh")
    pages = list(software_configs.list(orchestration, software_configs.ListOpts(limit=1)).pages())
    listed = [c.id for p in pages for c in p.extract()]
    assert {c.id for c in made} <= set(listed) and len(listed) == len(set(listed))
    assert software_configs.find(orchestration, present(made[1].name)).id == made[1].id
    software_configs.delete(orchestration, made[2].id)
    with pytest.raises(errors.NotFound):
        software_configs.get(orchestration, made[2].id)


def test_software_deployment_lifecycle_and_metadata(
    orchestration: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    config = make_config(orchestration, unique, cleanup)
    server_id = unique("server")
    dep = software_deployments.create(
        orchestration,
        software_deployments.CreateOpts(
            server_id=server_id,
            config_id=config.id,
            input_values={"foo": "bar"},
            action="CREATE",
            status="IN_PROGRESS",
        ),
    ).extract()
    cleanup(lambda: software_deployments.delete(orchestration, dep.id))
    assert (dep.server_id, dep.status, dep.action) == (server_id, "IN_PROGRESS", "CREATE")
    meta = software_deployments.get_metadata(orchestration, server_id).extract()
    assert [m.name for m in meta] == [config.name]
    assert (meta[0].id, meta[0].group, meta[0].config) == (config.id, "script", config.config)
    # what the server's agent would report
    done = software_deployments.update(
        orchestration,
        dep.id,
        software_deployments.UpdateOpts(
            config_id=config.id,
            status="COMPLETE",
            status_reason="Outputs received",
            output_values={"result": "bar", "deploy_status_code": 0},
        ),
    ).extract()
    assert (done.status, present(done.output_values)["result"]) == ("COMPLETE", "bar")
    listed = list(
        software_deployments.list(orchestration, software_deployments.ListOpts(server_id=server_id))
    )
    assert [d.id for d in listed] == [dep.id]
    software_deployments.delete(orchestration, dep.id)
    with pytest.raises(errors.NotFound):
        software_deployments.get(orchestration, dep.id)
    assert software_deployments.get_metadata(orchestration, server_id).extract() == []
