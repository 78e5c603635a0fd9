"""Quotas and project quotas (admin), secret stores (multiple stores enabled with one
store), transport keys and the version document, against a real Barbican."""

from __future__ import annotations

import uuid

import pytest

from stacksdk.key_manager.v1 import (
    project_quotas,
    quotas,
    secret_stores,
    transport_keys,
    versions,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import secret_id

#: Barbican answers a transport key GET that accepts only JSON with 406
ANY = transport_keys.GetOpts(accept="*/*")


def test_effective_quotas(km: ServiceClient, demo_km: ServiceClient) -> None:
    mine = quotas.get(km).extract()
    assert (mine.secrets, mine.orders, mine.containers, mine.consumers, mine.cas) == (-1,) * 5
    assert quotas.get(demo_km).extract().secrets == -1


def test_project_quotas(km: ServiceClient, demo_km: ServiceClient, cleanup: Cleanup) -> None:
    projects = [uuid.uuid4().hex for _ in range(3)]
    for n, project in enumerate(projects):
        cleanup(lambda project=project: project_quotas.delete(km, project))  # type: ignore[misc]
        put = project_quotas.update(
            km, project, project_quotas.UpdateOpts(secrets=10 + n, orders=-1, containers=0)
        )
        assert put.status_code == 204

    got = project_quotas.get(km, projects[0]).extract()
    assert (got.secrets, got.orders, got.containers) == (10, -1, 0)
    assert got.consumers is None and got.cas is None  # not set: the defaults apply

    pages = list(project_quotas.list_projects(km, project_quotas.ListProjectsOpts(limit=2)).pages())
    total = pages[0].total
    assert total is not None and total >= 3 and sum(len(p.items) for p in pages) == total
    entries = {e.project_id: e for p in pages for e in p.extract()}
    assert set(projects) <= set(entries)
    assert present(entries[projects[2]].project_quotas).secrets == 12

    # an update sets what it names and keeps the rest
    project_quotas.update(km, projects[0], project_quotas.UpdateOpts(orders=5))
    got = project_quotas.get(km, projects[0]).extract()
    assert (got.secrets, got.orders, got.containers) == (10, 5, 0)

    assert project_quotas.delete(km, projects[0]).status_code == 204
    with pytest.raises(errors.NotFound):
        project_quotas.get(km, projects[0])
    with pytest.raises(errors.NotFound):
        project_quotas.delete(km, projects[0])

    # admin only
    with pytest.raises(errors.Forbidden):
        project_quotas.get(demo_km, projects[1])
    with pytest.raises(errors.Forbidden):
        project_quotas.update(demo_km, projects[1], project_quotas.UpdateOpts(secrets=1))


def test_project_quota_is_enforced(
    km: ServiceClient, demo_km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    info = demo_km.provider.token_info
    assert info is not None and info.project_id
    demo_project = info.project_id
    cleanup(lambda: project_quotas.delete(km, demo_project))
    project_quotas.update(km, demo_project, project_quotas.UpdateOpts(containers=0))
    assert quotas.get(demo_km).extract().containers == 0
    from stacksdk.key_manager.v1 import containers

    with pytest.raises(errors.Forbidden):  # Barbican answers an exceeded quota with 403
        containers.create(demo_km, containers.CreateOpts(type="generic", name=unique("over")))


def test_secret_stores(km: ServiceClient, demo_km: ServiceClient, cleanup: Cleanup) -> None:
    stores = list(secret_stores.list(km))
    assert len(stores) == 1
    store = stores[0]
    assert store.secret_store_plugin == "store_crypto" and store.crypto_plugin == "simple_crypto"
    assert store.global_default is True and store.status == "ACTIVE"
    store_id = secret_id(present(store.secret_store_ref))

    assert secret_stores.get(km, store_id).extract().name == store.name
    assert secret_stores.find(km, present(store.name)).secret_store_ref == store.secret_store_ref
    assert secret_stores.get_global_default(km).extract().secret_store_ref == store.secret_store_ref
    with pytest.raises(errors.NotFound):  # nothing preferred yet
        secret_stores.get_preferred(km)

    cleanup(lambda: secret_stores.unset_preferred(km, store_id))
    assert secret_stores.set_preferred(km, store_id).status_code == 204
    assert secret_stores.get_preferred(km).extract().secret_store_ref == store.secret_store_ref
    with pytest.raises(errors.Forbidden):  # admin only
        secret_stores.set_preferred(demo_km, store_id)
    assert secret_stores.unset_preferred(km, store_id).status_code == 204
    with pytest.raises(errors.NotFound):
        secret_stores.get_preferred(km)
    with pytest.raises(errors.NotFound):
        secret_stores.get(km, "00000000-0000-4000-8000-000000000000")


def test_transport_keys(km: ServiceClient, demo_km: ServiceClient, cleanup: Cleanup) -> None:
    before = transport_keys.list_refs(km).extract()
    pem = "-----BEGIN PUBLIC KEY-----\nnot a real key\n-----END PUBLIC KEY-----"
    made = transport_keys.create(
        km, transport_keys.CreateOpts(plugin_name="stacksdk-test", transport_key=pem)
    )
    assert made.status_code == 201
    ref = present(made.extract().transport_key_ref)
    kid = secret_id(ref)
    cleanup(lambda: transport_keys.delete(km, kid, ANY))

    got = transport_keys.get(km, kid, ANY).extract()
    assert got.id == kid and got.plugin_name == "stacksdk-test" and got.transport_key == pem
    assert got.deleted is False and got.status == "ACTIVE"
    listed = transport_keys.list_refs(
        km, transport_keys.ListRefsOpts(plugin_name="stacksdk-test")
    ).extract()
    assert listed.transport_keys == [ref] and listed.total == 1
    assert present(transport_keys.list_refs(km).extract().total) == present(before.total) + 1
    # readable by members, created by admins only
    assert transport_keys.get(demo_km, kid, ANY).extract().id == kid
    with pytest.raises(errors.Forbidden):
        transport_keys.create(
            demo_km, transport_keys.CreateOpts(plugin_name="x", transport_key="y")
        )

    with pytest.raises(errors.NotAcceptable):  # the upstream defect the required accept avoids
        transport_keys.get(km, kid, transport_keys.GetOpts(accept="application/json"))
    transport_keys.delete(km, kid, ANY)
    # gone from the listing (a GET of an unknown key is answered with 500 by Barbican)
    assert (
        transport_keys.list_refs(km, transport_keys.ListRefsOpts(plugin_name="stacksdk-test"))
        .extract()
        .transport_keys
        == []
    )


def test_versions(km: ServiceClient, v10: ServiceClient) -> None:
    doc = versions.list_versions(km).extract()
    assert doc["versions"][0]["id"] == "v1" and doc["versions"][0]["max_version"] == "1.2"
    old = versions.list_versions(v10).extract()  # 1.0: the older form
    assert old["versions"]["values"][0]["status"] == "stable"

    current = versions.get_current(km).extract()
    assert (current.id, current.status, current.min_version, current.max_version) == (
        "v1",
        "CURRENT",
        "1.0",
        "1.2",
    )
    legacy = versions.get_current(v10).extract()
    assert legacy.status == "stable" and not legacy.is_set("max_version")
    assert present(legacy.media_types)[0].type == "application/vnd.openstack.key-manager-v1+json"
    # what the runtime negotiates without a microversion (the root shows no range)
    assert v10.negotiate() == "1.0"
