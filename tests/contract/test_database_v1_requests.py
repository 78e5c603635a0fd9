"""Trove (database v1) from the wire: the generated functions against a loopback server
that answers with the upstream API samples.

Trove does not run in the local cloud (its instances need Nova servers with a guest
agent), so these tests check each request the SDK sends (method, path below
/v1.0/<project_id>, query, body) and what it makes of the answer, with the bodies of
trove's own api-ref samples.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import stacksdk.database.v1 as trove
from stacksdk.database.v1 import (
    backup_strategies,
    backups,
    clusters,
    configuration_parameters,
    configurations,
    databases,
    datastore_versions,
    datastores,
    flavors,
    instances,
    limits,
    modules,
    quotas,
    users,
    versions,
)
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from tests.contract import upstream
from tests.unit.server import Reply, Request, Server

PROJECT = "9f8dd5eacb074c9f87d2d822c9092aa5"
BASE = f"/v1.0/{PROJECT}"
INSTANCE = "7de1bed8-6983-4d46-9a52-0abfbb0d27a2"


def sample(name: str) -> Any:
    path: Path = upstream.samples_dir() / "database" / name
    return json.loads(path.read_text())


class Trove:
    """Routes ``(method, path)`` to replies (the last one repeats); requests are kept."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.routes: dict[tuple[str, str], list[Reply]] = {}
        server.handler = self._handle

    def on(self, method: str, path: str, *replies: Reply) -> None:
        self.routes[(method, BASE + path if path != "/" else path)] = list(replies)

    def _handle(self, req: Request) -> Reply:
        replies = self.routes.get((req.method, req.path))
        if not replies:
            return Reply(404, {"itemNotFound": {"code": 404, "message": "not found"}})
        return replies.pop(0) if len(replies) > 1 else replies[0]

    @property
    def last(self) -> Request:
        return self.server.requests[-1]


@pytest.fixture
def api() -> Iterator[tuple[Trove, ServiceClient]]:
    with Server() as server:
        provider = ProviderClient(server.url + "/identity/v3")
        provider.set_token("tok-trove")
        provider.sleep = lambda seconds: None
        client = ServiceClient(provider, trove.SERVICE, server.url + BASE)
        yield Trove(server), client


def test_service_spec() -> None:
    spec = trove.SERVICE
    assert (spec.type, spec.version, spec.url_suffix, spec.microversion) == (
        "database",
        "v1",
        None,
        None,
    )


def test_instance_create_sends_the_sample(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("POST", "/instances", Reply(200, sample("instance-create-response.json")))
    body = sample("instance-create-request.json")["instance"]
    opts = instances.CreateOpts(
        name="test",
        flavor_ref=1,
        volume=instances.Volume(size=2),
        nics=[instances.Nic(net_id="a5330d7d-0e8c-48b4-9f6c-0f2c4ab1b854")],
        datastore=instances.DatastoreInfo(type="mysql", version="5.7"),
        databases=[
            databases.Database(
                name="sampledb", character_set="utf8mb3", collate="utf8mb3_general_ci"
            ),
            databases.Database(name="nextround"),
        ],
        users=[
            users.User(
                name="demouser",
                password="demopassword",
                databases=[users.DatabaseRef(name="sampledb")],
            )
        ],
        access=instances.Access(is_public=True, allowed_cidrs=["202.78.240.0/24"]),
    )
    assert "demopassword" not in repr(opts)
    got = instances.create(client, opts).extract()
    assert (got.id, got.status, got.flavor.id) == (
        "b76a6a76-748b-4064-adec-4c9e6c9abd68",
        "BUILD",
        "3ca76fe7-8dc1-4059-b728-de725835abcb",
    )
    assert m.last.path == BASE + "/instances"
    assert m.last.json() == {"instance": body}
    assert "OpenStack-API-Version" not in m.last.headers


def test_instance_get_list_paging_and_detail(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("GET", f"/instances/{INSTANCE}", Reply(200, sample("instance-show-response.json")))
    got = instances.get(client, INSTANCE).extract()
    assert got.volume.used_percent == 13.33 and got.addresses[1].type == "public"
    page1 = sample("instance-list-response.json")
    page1["links"] = [
        {"rel": "next", "href": f"{m.server.url}{BASE}/instances?limit=1&marker={INSTANCE}"}
    ]
    page2 = {"instances": [dict(page1["instances"][0], id="second", name="test-2")]}
    m.on("GET", "/instances", Reply(200, page1), Reply(200, page2))
    found = list(instances.list(client, instances.ListOpts(limit=1)))
    assert [i.id for i in found] == [INSTANCE, "second"]
    assert m.server.requests[-2].query == [("limit", "1")]
    assert ("marker", INSTANCE) in m.last.query
    m.on("GET", "/instances/detail", Reply(200, sample("instance-list-detail-response.json")))
    detail = list(instances.list_detail(client))
    assert detail[1].fault.message
    m.on("GET", "/mgmt/instances", Reply(200, sample("instance-mgmt-list-response.json")))
    mg = list(instances.mgmt_list(client, instances.MgmtListOpts(deleted=False)))
    assert mg[0].encrypted_rpc_messaging is True and m.last.query == [("deleted", "false")]


def test_instance_actions_bodies(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("POST", f"/instances/{INSTANCE}/action", Reply(202))
    calls = [
        (lambda: instances.restart(client, INSTANCE), "instance-action-restart-request.json"),
        (
            lambda: instances.resize_flavor(
                client, INSTANCE, instances.ResizeFlavorOpts(flavor_ref="2")
            ),
            "instance-action-resize-request.json",
        ),
        (
            lambda: instances.resize_volume(
                client, INSTANCE, instances.ResizeVolumeOpts(volume=instances.Volume(size=4))
            ),
            "instance-action-resize-volume-request.json",
        ),
        (
            lambda: instances.promote_to_replica_source(client, INSTANCE),
            "instance-action-promote-replica-request.json",
        ),
        (
            lambda: instances.eject_replica_source(client, INSTANCE),
            "instance-action-eject-replica-request.json",
        ),
        (
            lambda: instances.reset_status(client, INSTANCE),
            "instance-action-reset-status-request.json",
        ),
    ]
    for call, name in calls:
        call().extract()
        assert (m.last.method, m.last.path) == ("POST", f"{BASE}/instances/{INSTANCE}/action")
        assert m.last.json() == sample(name), name


def test_instance_mgmt_actions_bodies(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("POST", f"/mgmt/instances/{INSTANCE}/action", Reply(202))
    calls = [
        (lambda: instances.mgmt_reboot(client, INSTANCE), "instance-mgmt-action-reboot-request"),
        (lambda: instances.mgmt_stop(client, INSTANCE), "instance-mgmt-action-stop-request"),
        (
            lambda: instances.mgmt_reset_task_status(client, INSTANCE),
            "instance-mgmt-action-reset-task-status-request",
        ),
        (
            lambda: instances.mgmt_migrate(
                client, INSTANCE, instances.MgmtMigrateOpts(host="compute-001")
            ),
            "instance-mgmt-action-migrate-request",
        ),
        (
            lambda: instances.mgmt_rebuild(
                client,
                INSTANCE,
                instances.MgmtRebuildOpts(image_id="3e50414a-8532-4646-982c-a66fe8f0411b"),
            ),
            "instance-mgmt-action-rebuild-instance-request",
        ),
    ]
    for call, name in calls:
        call().extract()
        assert m.last.json() == sample(name + ".json"), name
    m.on(
        "GET",
        f"/mgmt/instances/{INSTANCE}/root",
        Reply(200, sample("user-show-root-history-response.json")),
    )
    hist = instances.mgmt_root_history(client, INSTANCE).extract()
    assert hist.user == "7578487d3cc843dca904d2f4eced7dd2"


def test_instance_update_and_edit(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("PUT", f"/instances/{INSTANCE}", Reply(202))
    m.on("PATCH", f"/instances/{INSTANCE}", Reply(202))
    cases = [
        (
            lambda: instances.update(
                client,
                INSTANCE,
                instances.UpdateOpts(configuration_id="2aa51628-5c42-4086-8682-137caffd2ba6"),
            ),
            "instance-put-attach-config-group-request.json",
        ),
        (
            lambda: instances.update(client, INSTANCE, instances.UpdateOpts(configuration_id=None)),
            "instance-put-detach-config-group-request-2.json",
        ),
        (
            lambda: instances.update(client, INSTANCE),
            "instance-put-detach-config-group-request.json",
        ),
        (
            lambda: instances.update(
                client,
                INSTANCE,
                instances.UpdateOpts(
                    access=instances.Access(is_public=True, allowed_cidrs=["10.0.0.0/24"])
                ),
            ),
            "instance-update-access-request.json",
        ),
        (
            lambda: instances.edit(client, INSTANCE, instances.EditOpts(replica_of_id=None)),
            "instance-patch-detach-replica-request.json",
        ),
        (
            lambda: instances.edit(client, INSTANCE, instances.EditOpts(name="sample_instance")),
            "instance-patch-update-name-request.json",
        ),
        (
            lambda: instances.edit(
                client, INSTANCE, instances.EditOpts(datastore_version="sample_datastore_version")
            ),
            "instance-patch-upgrade-datastore-version-request.json",
        ),
    ]
    for call, name in cases:
        call().extract()
        assert m.last.json() == sample(name), name


def test_instance_logs_ssl_root_modules(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("GET", f"/instances/{INSTANCE}/log", Reply(200, sample("instance-log-list-response.json")))
    assert [g.name for g in instances.list_logs(client, INSTANCE).extract()] == [
        "general",
        "slow_query",
    ]
    m.on(
        "POST",
        f"/instances/{INSTANCE}/log",
        Reply(200, sample("instance-log-publish-response.json")),
    )
    log = instances.log_action(
        client, INSTANCE, instances.LogActionOpts(name="general", publish=1)
    ).extract()
    assert log.status == "Published"
    assert m.last.json() == sample("instance-log-publish-request.json")
    m.on(
        "POST",
        f"/instances/{INSTANCE}/ssl",
        Reply(200, sample("instance-ssl-action-response.json")),
    )
    req = sample("instance-ssl-action-request.json")["ssl"]
    ssl = instances.ssl_action(client, INSTANCE, instances.SslActionOpts(**req)).extract()
    assert (ssl.status, ssl.restart_required) == ("on", False)
    assert m.last.json() == {"ssl": req}
    m.on("GET", f"/instances/{INSTANCE}/ssl", Reply(200, sample("instance-ssl-show-response.json")))
    shown = instances.show_ssl(client, INSTANCE).extract()
    assert shown.certificate.cn == "self-signed certificate"
    m.on(
        "POST", f"/instances/{INSTANCE}/root", Reply(200, sample("user-enable-root-response.json"))
    )
    root = instances.enable_root(
        client, INSTANCE, instances.EnableRootOpts(**sample("user-root-enable-request.json"))
    ).extract()
    assert root.name == "root" and root.password not in repr(root)
    assert m.last.json() == sample("user-root-enable-request.json")
    m.on("GET", f"/instances/{INSTANCE}/root", Reply(200, sample("user-check-root-response.json")))
    assert instances.show_root(client, INSTANCE).extract().root_enabled is True
    m.on("DELETE", f"/instances/{INSTANCE}/root", Reply(204))
    instances.disable_root(client, INSTANCE).extract()
    mod = {"id": "mod-1", "name": "ping", "type": "ping", "status": "OK"}
    m.on("POST", f"/instances/{INSTANCE}/modules", Reply(200, {"modules": [mod]}))
    applied = instances.apply_modules(
        client, INSTANCE, instances.ApplyModulesOpts(modules=[instances.ModuleRef(id="mod-1")])
    ).extract()
    assert applied[0].status == "OK"
    assert m.last.json() == {"modules": [{"id": "mod-1"}]}
    m.on("DELETE", f"/instances/{INSTANCE}/modules/mod-1", Reply(200))
    instances.remove_module(client, INSTANCE, "mod-1").extract()
    m.on(
        "GET",
        f"/instances/{INSTANCE}/configuration",
        Reply(200, sample("instance-configuration-list-response.json")),
    )
    conf = instances.show_configuration(client, INSTANCE).extract()
    assert conf.configuration["port"] == 3306
    m.on(
        "GET",
        f"/instances/{INSTANCE}/backups",
        Reply(200, sample("instance-backup-list-response.json")),
    )
    (bk,) = list(instances.list_backups(client, INSTANCE))
    assert bk.location_ref and bk.status == "COMPLETED"


def test_instance_waiters_and_errors(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    shown = sample("instance-show-response.json")
    building = {"instance": dict(shown["instance"], status="BUILD")}
    m.on("GET", f"/instances/{INSTANCE}", Reply(200, building), Reply(200, shown))
    got = instances.wait_for_status(client, INSTANCE, "ACTIVE", timeout=5, interval=0.01)
    assert got.status == "ACTIVE"
    failed = {"instance": dict(shown["instance"], status="ERROR")}
    m.on("GET", f"/instances/{INSTANCE}", Reply(200, failed))
    with pytest.raises(errors.WaitFailed):
        instances.wait_for_status(client, INSTANCE, "ACTIVE", timeout=5, interval=0.01)
    m.on("DELETE", f"/instances/{INSTANCE}", Reply(202))
    instances.delete(client, INSTANCE).extract()
    m.on(
        "GET",
        f"/instances/{INSTANCE}",
        Reply(200, shown),
        Reply(404, {"itemNotFound": {"code": 404, "message": "gone"}}),
    )
    instances.wait_for_delete(client, INSTANCE, timeout=5, interval=0.01)
    m.on(
        "POST",
        f"/instances/{INSTANCE}/action",
        Reply(400, {"badRequest": {"code": 400, "message": "x"}}),
    )
    with pytest.raises(errors.BadRequest):
        instances.restart(client, INSTANCE)
    with pytest.raises(errors.NotFound):
        instances.get(client, "missing")


def test_databases_and_users(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("POST", f"/instances/{INSTANCE}/databases", Reply(202))
    req = sample("databases-create-request.json")
    databases.create_many(client, INSTANCE, databases.CreateManyOpts(**req)).extract()
    assert m.last.json() == req
    m.on(
        "GET",
        f"/instances/{INSTANCE}/databases",
        Reply(200, sample("databases-list-response.json")),
    )
    assert [d.name for d in databases.list(client, INSTANCE)] == [
        "databaseB",
        "databaseC",
        "databaseD",
    ]
    m.on("DELETE", f"/instances/{INSTANCE}/databases/databaseB", Reply(202))
    databases.delete(client, INSTANCE, "databaseB").extract()

    m.on("POST", f"/instances/{INSTANCE}/users", Reply(202))
    ureq = sample("user-create-request.json")
    opts = users.CreateManyOpts(users=[users.User.from_dict(u) for u in ureq["users"]])
    assert "'password'" not in repr(opts) and "password=***" in repr(opts)
    users.create_many(client, INSTANCE, opts).extract()
    assert m.last.json() == ureq
    m.on("PUT", f"/instances/{INSTANCE}/users", Reply(202))
    users.update_passwords(
        client, INSTANCE, users.UpdatePasswordsOpts(**sample("users-put-request.json"))
    ).extract()
    assert m.last.json() == sample("users-put-request.json")
    m.on(
        "GET", f"/instances/{INSTANCE}/users/dbuser1", Reply(200, sample("user-show-response.json"))
    )
    assert users.get(client, INSTANCE, "dbuser1").extract().host == "%"
    m.on("PUT", f"/instances/{INSTANCE}/users/dbuser1", Reply(202))
    users.update(
        client, INSTANCE, "dbuser1", users.UpdateOpts(**sample("user-put-request.json")["user"])
    ).extract()
    assert m.last.json() == sample("user-put-request.json")
    m.on("PUT", f"/instances/{INSTANCE}/users/dbuser1/databases", Reply(202))
    users.grant_access(
        client,
        INSTANCE,
        "dbuser1",
        users.GrantAccessOpts(databases=[users.DatabaseRef(name="test")]),
    ).extract()
    assert m.last.json() == sample("user-grant-databases-access-request.json")
    m.on(
        "GET",
        f"/instances/{INSTANCE}/users/dbuser1/databases",
        Reply(200, {"databases": [{"name": "test"}]}),
    )
    assert [d.name for d in users.list_access(client, INSTANCE, "dbuser1").extract()] == ["test"]
    m.on("DELETE", f"/instances/{INSTANCE}/users/dbuser1/databases/test", Reply(202))
    users.revoke_access(client, INSTANCE, "dbuser1", "test").extract()
    assert m.last.path == f"{BASE}/instances/{INSTANCE}/users/dbuser1/databases/test"
    m.on("GET", f"/instances/{INSTANCE}/users", Reply(200, sample("user-list-response.json")))
    assert [u.name for u in users.list(client, INSTANCE)] == ["dbuser1", "dbuser2", "dbuser3"]


def test_datastores_versions_parameters(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("GET", "/datastores", Reply(200, sample("datastore-list-response.json")))
    stores = list(datastores.list(client))
    assert stores[0].name == "mariadb" and stores[0].versions[0].name == "10.4"
    ds = "cc9ee471-e781-43bf-a796-423c5d549997"
    m.on("GET", f"/datastores/{ds}", Reply(200, sample("datastore-show-response.json")))
    assert datastores.get(client, ds).extract().name == "postgresql"
    m.on(
        "GET",
        f"/datastores/{ds}/versions",
        Reply(200, sample("datastore-version-list-response.json")),
    )
    (ver,) = list(datastore_versions.list(client, ds))
    m.on(
        "GET",
        f"/datastores/versions/{ver.id}",
        Reply(200, sample("datastore-version-show-response.json")),
    )
    assert datastore_versions.get_by_uuid(client, ver.id).extract().image_tags == ["trove"]
    m.on("POST", "/mgmt/datastore-versions", Reply(202))
    req = sample("datastore-version-create-request.json")
    datastore_versions.create(client, datastore_versions.CreateOpts(**req["version"])).extract()
    assert m.last.json() == req
    m.on("PATCH", f"/mgmt/datastore-versions/{ver.id}", Reply(202))
    patch = sample("datastore-version-mgmt-patch-request.json")
    datastore_versions.update(client, ver.id, datastore_versions.UpdateOpts(**patch)).extract()
    assert m.last.json() == patch
    m.on(
        "GET",
        f"/datastores/versions/{ver.id}/parameters",
        Reply(200, sample("datastore-version-parameter-list-response.json")),
    )
    params = configuration_parameters.list_by_version(client, ver.id).extract()
    assert params[-1].name == "wait_timeout" and params[-1].max == 31536000
    m.on(
        "POST",
        f"/mgmt/datastores/versions/{ver.id}/parameters",
        Reply(200, sample("datastore-version-parameter-create-response.json")),
    )
    preq = sample("datastore-version-parameter-create-request.json")
    made = configuration_parameters.mgmt_create(
        client, ver.id, configuration_parameters.MgmtCreateOpts(**preq["configuration-parameter"])
    ).extract()
    assert made[0].min == 64
    assert m.last.json() == preq
    m.on("GET", f"/datastores/{ds}/versions/{ver.id}/flavors", Reply(200, {"flavors": []}))
    assert datastores.list_flavors(client, ds, ver.id).extract() == []


def test_configurations_backups_strategies(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("POST", "/configurations", Reply(200, sample("config-group-create-response.json")))
    creq = sample("config-group-create-request.json")["configuration"]
    made = configurations.create(
        client,
        configurations.CreateOpts(
            name="group1",
            datastore=instances.DatastoreInfo(**creq["datastore"]),
            values={"connect_timeout": 200},
        ),
    ).extract()
    assert made.instance_count == 0
    assert m.last.json() == {"configuration": creq}
    cid = made.id
    m.on("PATCH", f"/configurations/{cid}", Reply(200))
    configurations.edit(client, cid, configurations.EditOpts(values={"connect_timeout": 17}))
    assert m.last.json() == sample("config-group-patch-request.json")
    m.on("PUT", f"/configurations/{cid}", Reply(202))
    configurations.update(
        client,
        cid,
        configurations.UpdateOpts(**sample("config-group-put-request.json")["configuration"]),
    )
    assert m.last.json() == sample("config-group-put-request.json")
    m.on(
        "GET",
        f"/configurations/{cid}/instances",
        Reply(200, sample("config-group-list-instances-response.json")),
    )
    assert [i.name for i in configurations.list_instances(client, cid)] == ["master_1"]

    m.on("POST", "/backups", Reply(202, sample("backup-create-response.json")))
    breq = sample("backup-create-request.json")
    bk = backups.create(client, backups.CreateOpts(**breq["backup"])).extract()
    assert bk.status == "NEW" and m.last.json() == breq
    got = sample("backup-get-response.json")
    m.on(
        "GET",
        f"/backups/{bk.id}",
        Reply(200, sample("backup-create-response.json")),
        Reply(200, got),
    )
    assert (
        backups.wait_for_status(client, bk.id, "COMPLETED", timeout=5, interval=0.01).size == 0.14
    )
    m.on("GET", "/backups", Reply(200, sample("backup-list-response.json")))
    listed = list(
        backups.list(client, backups.ListOpts(instance_id="44b277eb-39be-4921-be31-3d61b43651d7"))
    )
    assert len(listed) == 2 and m.last.query == [
        ("instance_id", "44b277eb-39be-4921-be31-3d61b43651d7")
    ]
    m.on("DELETE", f"/backups/{bk.id}", Reply(202))
    backups.delete(client, bk.id).extract()

    m.on("POST", "/backup_strategies", Reply(200, sample("backup-strategy-create-response.json")))
    sreq = sample("backup-strategy-create-request.json")
    st = backup_strategies.create(
        client, backup_strategies.CreateOpts(**sreq["backup_strategy"])
    ).extract()
    assert st.backend == "swift" and m.last.json() == sreq
    m.on("DELETE", "/backup_strategies", Reply(202))
    backup_strategies.remove(client, backup_strategies.RemoveOpts(instance_id="i1")).extract()
    assert m.last.query == [("instance_id", "i1")] and m.last.body == b""


def test_quotas_limits_flavors_versions_clusters_modules(api: tuple[Trove, ServiceClient]) -> None:
    m, client = api
    m.on("GET", f"/mgmt/quotas/{PROJECT}", Reply(200, sample("quota-show-response.json")))
    assert {q.resource: q.limit for q in quotas.show(client, PROJECT).extract()} == {
        "instances": 15,
        "backups": 50,
        "volumes": 40,
    }
    m.on("PUT", f"/mgmt/quotas/{PROJECT}", Reply(200, sample("quota-update.json")))
    out = quotas.update_limits(
        client, PROJECT, quotas.UpdateLimitsOpts(quotas={"instances": 10, "backups": 30})
    )
    assert out.extract() == sample("quota-update.json")
    assert m.last.json() == sample("quota-update.json")
    m.on("GET", "/limits", Reply(200, sample("limit-show-response.json")))
    got = list(limits.list(client))
    assert got[0].verb == "ABSOLUTE" and got[0].max_instances == 10 and got[1].remaining == 199
    m.on(
        "GET",
        "/flavors",
        Reply(
            200,
            {
                "flavors": [
                    {
                        "id": "6",
                        "name": "ds1G",
                        "ram": 1024,
                        "vcpus": 1,
                        "disk": 0,
                        "str_id": "6",
                        "links": [],
                    }
                ]
            },
        ),
    )
    assert [f.name for f in flavors.list(client)] == ["ds1G"]
    m.on("GET", "/", Reply(200, sample("versions-response.json")))
    (v,) = list(versions.list(client))
    assert v.id == "v1.0" and m.last.path == "/" and "X-Auth-Token" not in m.last.headers

    m.on("POST", "/clusters/c1", Reply(202, {"cluster": {"id": "c1", "name": "cl"}}))
    clusters.grow(
        client,
        "c1",
        clusters.GrowOpts(
            grow=[clusters.ClusterInstance(flavor_ref="7", volume=instances.Volume(size=2))]
        ),
    ).extract()
    assert m.last.json() == {"grow": [{"flavorRef": "7", "volume": {"size": 2}}]}
    clusters.upgrade(client, "c1", clusters.UpgradeOpts(datastore_version="5.7")).extract()
    assert m.last.json() == {"upgrade": {"datastore_version": "5.7"}}
    clusters.reset_status(client, "c1").extract()
    assert m.last.json() == {"reset-status": {}}

    m.on("POST", "/modules", Reply(200, {"module": {"id": "mod-1", "name": "ping", "md5": "x"}}))
    created = modules.create(
        client, modules.CreateOpts(name="ping", module_type="ping", contents="secret-payload")
    ).extract()
    assert created.id == "mod-1"
    assert m.last.json() == {
        "module": {"name": "ping", "module_type": "ping", "contents": "secret-payload"}
    }
    assert "secret-payload" not in repr(modules.CreateOpts(name="p", contents="secret-payload"))
