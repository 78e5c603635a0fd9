"""Magnum (container-infrastructure-management v1) from the wire: the generated functions
against a loopback server that answers with the upstream API samples.

Magnum does not run in the local cloud (no driver can build a cluster here), so these
tests check each request the SDK sends (method, path, query, microversion header, body)
and what it makes of the answer, with the bodies of magnum's own api-ref samples.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import stacksdk.container_infrastructure_management.v1 as magnum
from stacksdk.container_infrastructure_management.v1 import (
    certificates,
    cluster_templates,
    clusters,
    federations,
    mservices,
    nodegroups,
    quotas,
    stats,
    versions,
)
from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, errors
from stacksdk.runtime.resources import service as service_mod
from tests.contract import upstream
from tests.unit.server import Reply, Request, Server

HEADER = "OpenStack-API-Version"
CLUSTER = "746e779a-751a-456b-a3e9-c883d734946f"


def sample(name: str) -> Any:
    path: Path = upstream.samples_dir() / "container-infrastructure-management" / name
    return json.loads(path.read_text())


class Magnum:
    """Routes ``(method, path)`` to a reply; every request is kept in ``server.requests``."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.routes: dict[tuple[str, str], list[Reply]] = {}
        server.handler = self._handle

    def on(self, method: str, path: str, *replies: Reply) -> None:
        self.routes[(method, path)] = list(replies)

    def _handle(self, req: Request) -> Reply:
        replies = self.routes.get((req.method, req.path))
        if not replies:
            return Reply(404, {"errors": [{"status": 404, "title": "Not Found"}]})
        return replies.pop(0) if len(replies) > 1 else replies[0]

    @property
    def last(self) -> Request:
        return self.server.requests[-1]


@pytest.fixture
def api() -> Iterator[tuple[Magnum, ServiceClient]]:
    with Server() as server:
        provider = ProviderClient(server.url + "/identity/v3")
        provider.set_token("tok-magnum")
        provider.sleep = lambda seconds: None
        client = ServiceClient(provider, magnum.SERVICE, server.url + "/v1", microversion="1.14")
        yield Magnum(server), client


def test_service_spec() -> None:
    spec = magnum.SERVICE
    assert spec.type == "container-infrastructure-management"
    assert spec.aliases == ("container-infra",)
    assert spec.microversion is not None
    assert (spec.microversion.service, spec.microversion.min, spec.microversion.max) == (
        "container-infra",
        "1.1",
        "1.14",
    )


def test_negotiation_reads_the_version_document() -> None:
    """The versions sample names max_version 1.4: the client speaks 1.4, not our 1.14."""
    with Server() as server:
        m = Magnum(server)
        m.on("GET", "/v1/", Reply(404, {}))
        m.on("GET", "/", Reply(200, sample("versions-get-resp.json")))
        m.on("GET", "/v1/stats", Reply(200, sample("stats-get-resp.json")))
        provider = ProviderClient(server.url + "/identity/v3")
        provider.set_token("tok")
        provider.sleep = lambda seconds: None
        service_mod._negotiated.pop(server.url + "/v1", None)
        client = magnum.new_client(provider, EndpointOpts(url=server.url + "/v1"))
        got = stats.get(client).extract()
        assert (got.clusters, got.nodes) == (1, 2)
        assert m.last.headers[HEADER] == "container-infra 1.4"
        # resize needs 1.7: refused before anything is sent
        before = len(server.requests)
        with pytest.raises(errors.MicroversionError):
            clusters.resize(client, CLUSTER, clusters.ResizeOpts(node_count=3))
        assert len(server.requests) == before


def test_versions_list_and_v1_document(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("GET", "/", Reply(200, sample("versions-get-resp.json")))
    found = list(versions.list(client))
    assert [(v.id, v.status, v.min_version, v.max_version) for v in found] == [
        ("v1", "CURRENT", "1.1", "1.4")
    ]
    assert "X-Auth-Token" not in m.last.headers
    m.on("GET", "/v1/", Reply(200, sample("versions-01-get-resp.json")))
    doc = versions.show_v1(client).extract()
    assert doc.id == "v1" and doc.media_types[0].base == "application/json"
    assert doc.clusters[0].rel == "self"


def test_cluster_create(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("POST", "/v1/clusters", Reply(202, sample("cluster-create-resp.json")))
    req = sample("cluster-create-req.json")
    opts = clusters.CreateOpts(
        name="k8s",
        discovery_url=None,
        master_count=2,
        cluster_template_id=req["cluster_template_id"],
        node_count=2,
        create_timeout=60,
        keypair="my_keypair",
        master_flavor_id=None,
        labels={},
        flavor_id=None,
    )
    created = clusters.create(client, opts).extract()
    assert created.uuid == CLUSTER
    assert m.last.json() == req
    assert m.last.headers[HEADER] == "container-infra 1.14"
    assert m.last.headers["X-Auth-Token"] == "tok-magnum"


def test_cluster_get_list_detail_and_paging(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("GET", f"/v1/clusters/{CLUSTER}", Reply(200, sample("cluster-get-one-resp.json")))
    got = clusters.get(client, CLUSTER).extract()
    assert (got.name, got.status, got.master_addresses, got.node_count) == (
        "k8s",
        "CREATE_COMPLETE",
        ["172.24.4.6"],
        1,
    )
    page1 = sample("cluster-get-all-resp.json")
    page1["next"] = f"{m.server.url}/v1/clusters?sort_key=id&sort_dir=asc&limit=1&marker=m1"
    page2 = {"clusters": [dict(page1["clusters"][0], uuid="second", name="k8s-2")]}
    m.on("GET", "/v1/clusters", Reply(200, page1), Reply(200, page2))
    found = list(clusters.list(client, clusters.ListOpts(limit=1, sort_dir="asc")))
    assert [c.uuid for c in found] == ["731387cf-a92b-4c36-981e-3271d63e5597", "second"]
    first, second = m.server.requests[-2:]
    assert first.query == [("limit", "1"), ("sort_dir", "asc")]
    assert ("marker", "m1") in second.query
    m.on("GET", "/v1/clusters/detail", Reply(200, sample("cluster-get-all-resp.json")))
    assert [c.name for c in list(clusters.list_detail(client))] == ["k8s"]


def test_cluster_find_by_name(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("GET", "/v1/clusters", Reply(200, sample("cluster-get-all-resp.json")))
    m.on(
        "GET",
        "/v1/clusters/731387cf-a92b-4c36-981e-3271d63e5597",
        Reply(200, sample("cluster-get-one-resp.json")),
    )
    assert clusters.find(client, "k8s").uuid in (CLUSTER, "731387cf-a92b-4c36-981e-3271d63e5597")
    with pytest.raises(errors.ResourceNotFound):
        clusters.find(client, "nope")


def test_cluster_update_sends_json_patch(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("PATCH", f"/v1/clusters/{CLUSTER}", Reply(202, {"uuid": CLUSTER}))
    got = clusters.update(client, CLUSTER, clusters.UpdateOpts(node_count=2))
    assert got.extract().uuid == CLUSTER
    assert m.last.json() == sample("cluster-update-req.json")
    assert m.last.query == []
    assert m.last.headers["Content-Type"] == "application/json"


def test_cluster_resize_and_upgrade(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    path = f"/v1/clusters/{CLUSTER}/actions"
    m.on("POST", path + "/resize", Reply(202, sample("cluster-resize-resp.json")))
    opts = clusters.ResizeOpts(
        node_count=3,
        nodes_to_remove=["e74c40e0-d825-11e2-a28f-0800200c9a66"],
        nodegroup="production_group",
    )
    assert clusters.resize(client, CLUSTER, opts).extract().uuid == CLUSTER
    assert m.last.json() == {
        "node_count": 3,
        "nodes_to_remove": ["e74c40e0-d825-11e2-a28f-0800200c9a66"],
        "nodegroup": "production_group",
    }
    m.on("POST", path + "/upgrade", Reply(202, sample("cluster-upgrade-resp.json")))
    up = clusters.UpgradeOpts(
        cluster_template="e74c40e0-d825-11e2-a28f-0800200c9a66",
        max_batch_size=1,
        nodegroup="production_group",
    )
    assert clusters.upgrade(client, CLUSTER, up).extract().uuid == CLUSTER
    assert m.last.json() == {
        "cluster_template": "e74c40e0-d825-11e2-a28f-0800200c9a66",
        "max_batch_size": 1,
        "nodegroup": "production_group",
    }
    assert m.last.headers[HEADER] == "container-infra 1.14"
    with pytest.raises(errors.MicroversionError):
        clusters.upgrade(client, CLUSTER, up, microversion="1.7")


def test_cluster_delete_and_waiters(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    one = sample("cluster-get-one-resp.json")
    m.on(
        "GET",
        f"/v1/clusters/{CLUSTER}",
        Reply(200, dict(one, status="CREATE_IN_PROGRESS")),
        Reply(200, one),
    )
    done = clusters.wait_for_status(client, CLUSTER, "CREATE_COMPLETE", timeout=5, interval=0.01)
    assert done.status == "CREATE_COMPLETE"
    m.on("GET", f"/v1/clusters/{CLUSTER}", Reply(200, dict(one, status="UPDATE_FAILED")))
    with pytest.raises(errors.WaitFailed):
        clusters.wait_for_status(client, CLUSTER, "UPDATE_COMPLETE", timeout=5, interval=0.01)
    m.on("DELETE", f"/v1/clusters/{CLUSTER}", Reply(204))
    clusters.delete(client, CLUSTER).extract()
    assert m.last.method == "DELETE"
    m.on(
        "GET",
        f"/v1/clusters/{CLUSTER}",
        Reply(200, dict(one, status="DELETE_IN_PROGRESS")),
        Reply(404, {"errors": [{"status": 404}]}),
    )
    clusters.wait_for_delete(client, CLUSTER, timeout=5, interval=0.01)
    m.on("GET", f"/v1/clusters/{CLUSTER}", Reply(404, {"errors": [{"status": 404}]}))
    with pytest.raises(errors.NotFound):
        clusters.get(client, CLUSTER)


def test_rotate_credentials(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("PATCH", f"/v1/credentials/{CLUSTER}", Reply(202, {"uuid": CLUSTER}))
    assert clusters.rotate_credentials(client, CLUSTER).extract().uuid == CLUSTER
    assert m.last.body == b""
    with pytest.raises(errors.MicroversionError):
        clusters.rotate_credentials(client, CLUSTER, microversion="1.11")


def test_cluster_templates(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    created = sample("clustertemplate-create-resp.json")
    m.on("POST", "/v1/clustertemplates", Reply(201, created))
    req = sample("clustertemplate-create-req.json")
    opts = cluster_templates.CreateOpts(**req)
    got = cluster_templates.create(client, opts).extract()
    assert got.uuid == created["uuid"] and got.cluster_distro == "fedora-atomic"
    assert m.last.json() == req
    tid = created["uuid"]
    m.on("PATCH", f"/v1/clustertemplates/{tid}", Reply(200, created))
    cluster_templates.update(
        client, tid, cluster_templates.UpdateOpts(master_lb_enabled=True, registry_enabled=True)
    ).extract()
    # the sample sends the values as strings ("True"); Magnum takes JSON booleans as well
    sent = sorted(m.last.json(), key=lambda op: str(op["path"]))
    assert sent == [
        {"op": "replace", "path": "/master_lb_enabled", "value": True},
        {"op": "replace", "path": "/registry_enabled", "value": True},
    ]
    assert sorted(o["path"] for o in sample("clustertemplate-update-req.json")) == [
        o["path"] for o in sent
    ]
    m.on("GET", "/v1/clustertemplates", Reply(200, sample("clustertemplate-get-all-resp.json")))
    assert [t.name for t in list(cluster_templates.list(client))] == ["k8s-bm"]
    m.on("DELETE", f"/v1/clustertemplates/{tid}", Reply(204))
    cluster_templates.delete(client, tid).extract()
    with pytest.raises(ValueError):
        cluster_templates.CreateOpts(coe="swarm", image_id="x")  # type: ignore[arg-type]


def test_nodegroups(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    base = f"/v1/clusters/{CLUSTER}/nodegroups"
    group = {
        "uuid": "ng-1",
        "name": "extra",
        "cluster_id": CLUSTER,
        "node_count": 2,
        "role": "worker",
        "status": "CREATE_IN_PROGRESS",
        "node_labels": {"tier": "db"},
        "node_taints": [{"key": "db", "value": "yes", "effect": "NoSchedule"}],
    }
    m.on("POST", base, Reply(202, group))
    opts = nodegroups.CreateOpts(
        name="extra",
        node_count=2,
        node_labels={"tier": "db"},
        node_taints=[nodegroups.NodeTaint(key="db", value="yes", effect="NoSchedule")],
    )
    got = nodegroups.create(client, CLUSTER, opts).extract()
    assert got.node_taints[0].effect == "NoSchedule"
    assert m.last.json() == {
        "name": "extra",
        "node_count": 2,
        "node_labels": {"tier": "db"},
        "node_taints": [{"key": "db", "value": "yes", "effect": "NoSchedule"}],
    }
    with pytest.raises(errors.MicroversionError):
        nodegroups.create(client, CLUSTER, opts, microversion="1.13")
    with pytest.raises(errors.MicroversionError):
        list(nodegroups.list(client, CLUSTER, microversion="1.8"))
    m.on("GET", base, Reply(200, {"nodegroups": [group]}))
    assert [g.name for g in nodegroups.list(client, CLUSTER, nodegroups.ListOpts(role="worker"))]
    assert m.last.query == [("role", "worker")]
    m.on("PATCH", f"{base}/ng-1", Reply(202, dict(group, max_node_count=5)))
    nodegroups.update(client, CLUSTER, "ng-1", nodegroups.UpdateOpts(max_node_count=5))
    assert m.last.json() == [{"op": "replace", "path": "/max_node_count", "value": 5}]
    m.on("DELETE", f"{base}/ng-1", Reply(204))
    nodegroups.delete(client, CLUSTER, "ng-1").extract()
    assert m.last.path == f"{base}/ng-1"


def test_certificates(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    cid = "0b4b766f-1500-44b3-9804-5a6e12fe6df4"
    m.on("GET", f"/v1/certificates/{cid}", Reply(200, sample("certificates-ca-show-resp.json")))
    ca = certificates.get(client, cid).extract()
    assert ca.pem.startswith("-----BEGIN CERTIFICATE-----") and ca.cluster_uuid == cid
    m.on("POST", "/v1/certificates", Reply(201, sample("certificates-ca-sign-resp.json")))
    req = sample("certificates-ca-sign-req.json")
    signed = certificates.create(client, certificates.CreateOpts(**req)).extract()
    assert m.last.json() == req and signed.csr == req["csr"]
    m.on("PATCH", f"/v1/certificates/{cid}", Reply(202, {"uuid": cid}))
    assert certificates.rotate_ca(client, cid).extract().uuid == cid


def test_quotas_stats_mservices(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    project = "aa5436ab58144c768ca4e9d2e9f5c3b2"
    m.on("POST", "/v1/quotas", Reply(201, sample("quota-create-resp.json")))
    created = quotas.create(client, quotas.CreateOpts(**sample("quota-create-req.json")))
    assert created.extract().id == 26
    assert m.last.json() == sample("quota-create-req.json")
    m.on("PATCH", f"/v1/quotas/{project}/Cluster", Reply(202, sample("quota-update-resp.json")))
    quotas.update(client, project, "Cluster", quotas.UpdateOpts(hard_limit=10))
    assert m.last.json() == {"hard_limit": 10}
    m.on("GET", f"/v1/quotas/{project}/Cluster", Reply(200, sample("quota-get-one-resp.json")))
    assert quotas.get(client, project, "Cluster").extract().hard_limit == 10
    m.on("GET", "/v1/quotas", Reply(200, sample("quota-get-all-resp.json")))
    assert [q.id for q in quotas.list(client, quotas.ListOpts(all_tenants=True))] == [26]
    assert m.last.query == [("all_tenants", "true")]
    m.on("DELETE", f"/v1/quotas/{project}/Cluster", Reply(204))
    quotas.delete(client, project, "Cluster").extract()
    m.on("GET", "/v1/stats", Reply(200, sample("stats-get-resp.json")))
    got = stats.get(client, stats.GetOpts(project_id=project, type="cluster")).extract()
    assert (got.clusters, got.nodes) == (1, 2)
    assert m.last.query == [("project_id", project), ("type", "cluster")]
    m.on("GET", "/v1/mservices", Reply(200, sample("mservice-get-resp.json")))
    (svc,) = list(mservices.list(client))
    assert (svc.binary, svc.state, svc.report_count) == ("magnum-conductor", "up", 2179)


def test_federations(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    m.on("POST", "/v1/federations", Reply(202, {"uuid": "fed-1"}))
    fed = federations.create(
        client, federations.CreateOpts(name="fed", hostcluster_id=CLUSTER, member_ids=[])
    ).extract()
    assert fed.uuid == "fed-1"
    assert m.last.json() == {"name": "fed", "hostcluster_id": CLUSTER, "member_ids": []}
    m.on("PATCH", "/v1/federations/fed-1", Reply(202, {"uuid": "fed-1"}))
    federations.update(client, "fed-1", federations.UpdateOpts(member_ids=["c2"]))
    assert m.last.json() == [{"op": "replace", "path": "/member_ids", "value": ["c2"]}]


def test_errors_are_typed(api: tuple[Magnum, ServiceClient]) -> None:
    m, client = api
    body = {"errors": [{"status": 400, "title": "Bad Request", "detail": "bad node_count"}]}
    m.on("POST", f"/v1/clusters/{CLUSTER}/actions/resize", Reply(400, body))
    with pytest.raises(errors.BadRequest):
        clusters.resize(client, CLUSTER, clusters.ResizeOpts(node_count=-1))
