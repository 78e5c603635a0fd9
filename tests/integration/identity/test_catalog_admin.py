"""Regions, services and endpoints (the catalog's admin API) against a real Keystone."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from stacksdk.identity.v3 import endpoints, regions, services
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


@pytest.fixture
def service(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> services.Service:
    """A fresh service of a type no other test uses, deleted after the test."""
    s = services.create(
        identity, services.CreateOpts(type=unique("type"), name=unique("svc"))
    ).extract()
    sid = str(s.id)
    cleanup(lambda: services.delete(identity, sid))
    return s


@pytest.fixture
def region(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> regions.Region:
    """A fresh top-level region, deleted after the test."""
    r = regions.create(identity, regions.CreateOpts(id=unique("Region"))).extract()
    rid = str(r.id)
    cleanup(lambda: regions.delete(identity, rid))
    return r


# -- regions ---------------------------------------------------------------------


def test_region_crud_and_nesting(identity: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    parent_id = unique("Parent")
    created = regions.create(identity, regions.CreateOpts(id=parent_id, description="top"))
    assert created.status_code == 201
    parent = created.extract()
    cleanup(lambda: regions.delete(identity, parent_id))
    assert (parent.id, parent.description, parent.parent_region_id) == (parent_id, "top", None)
    assert present(present(parent.links).self).endswith(f"/regions/{parent_id}")
    assert parent.extra == {}

    # POST without an id: Keystone makes one up
    child = regions.create(identity, regions.CreateOpts(parent_region_id=parent_id)).extract()
    assert isinstance(child.id, str) and child.id
    child_id = child.id
    cleanup(lambda: regions.delete(identity, child_id))
    assert child.parent_region_id == parent_id

    # PUT /regions/{id}: create with the ID in the URL
    put_id = unique("Put")
    put = regions.create_with_id(
        identity, put_id, regions.CreateWithIdOpts(description="by put", parent_region_id=parent_id)
    )
    assert put.status_code == 201
    cleanup(lambda: regions.delete(identity, put_id))
    assert (put.extract().id, put.extract().description) == (put_id, "by put")
    with pytest.raises(errors.Conflict):
        regions.create_with_id(identity, put_id, regions.CreateWithIdOpts())

    assert regions.get(identity, parent_id).extract() == parent
    kids = {r.id for r in regions.list(identity, regions.ListOpts(parent_region_id=parent_id))}
    assert kids == {child_id, put_id}
    everything = {r.id for r in regions.list(identity)}
    assert {"RegionOne", parent_id, child_id, put_id} <= everything

    updated = regions.update(
        identity, child_id, regions.UpdateOpts(description="moved", parent_region_id=None)
    ).extract()
    assert (updated.description, updated.parent_region_id) == ("moved", None)
    got = regions.get(identity, child_id).extract()
    assert (got.description, got.parent_region_id) == ("moved", None)
    assert {r.id for r in regions.list(identity, regions.ListOpts(parent_region_id=parent_id))} == {
        put_id
    }

    # deleting a region deletes its child regions too
    regions.delete(identity, parent_id)
    with pytest.raises(errors.NotFound):
        regions.get(identity, parent_id)
    # (Keystone's cache may still answer GET for the cascaded child, so ask the list)
    remaining = {r.id for r in regions.list(identity)}
    assert parent_id not in remaining and put_id not in remaining and child_id in remaining
    assert regions.get(identity, child_id).extract().id == child_id  # no longer its child
    with pytest.raises(errors.NotFound):  # the parent must exist
        regions.create(
            identity, regions.CreateOpts(id=unique("Orphan"), parent_region_id=parent_id)
        )


# -- services --------------------------------------------------------------------


def test_service_crud_and_filters(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    stype, name = unique("type"), unique("svc")
    created = services.create(
        identity, services.CreateOpts(type=stype, name=name, description="made by a test")
    )
    assert created.status_code == 201
    s = created.extract()
    assert isinstance(s.id, str)
    sid = s.id
    cleanup(lambda: services.delete(identity, sid))
    assert (s.type, s.name, s.description, s.enabled) == (stype, name, "made by a test", True)
    assert present(present(s.links).self).endswith(f"/services/{sid}")
    assert s.extra == {}

    twin = services.create(
        identity, services.CreateOpts(type=stype, name=unique("twin"), enabled=False)
    ).extract()
    twin_id = str(twin.id)
    cleanup(lambda: services.delete(identity, twin_id))
    assert twin.enabled is False

    assert services.get(identity, sid).extract() == s
    assert services.find(identity, name).id == sid
    assert services.find(identity, sid).name == name
    assert {x.id for x in services.list(identity, services.ListOpts(type=stype))} == {sid, twin_id}
    assert {x.id for x in services.list(identity, services.ListOpts(name=name))} == {sid}
    assert any(x.type == "identity" for x in services.list(identity))

    updated = services.update(
        identity, sid, services.UpdateOpts(description=None, enabled=False)
    ).extract()
    assert (updated.description, updated.enabled) == (None, False)
    assert services.get(identity, sid).extract().enabled is False

    services.delete(identity, sid)
    with pytest.raises(errors.NotFound):
        services.get(identity, sid)
    with pytest.raises(ValueError, match="type"):
        services.CreateOpts(name="no type")


# -- endpoints -------------------------------------------------------------------


def test_endpoint_crud_and_filters(
    identity: ServiceClient,
    service: services.Service,
    region: regions.Region,
    cleanup: Cleanup,
) -> None:
    sid, rid = str(service.id), str(region.id)
    made: dict[str, str] = {}
    for interface in ("public", "internal", "admin"):
        url = f"http://{interface}.example.invalid:8080/v1/$(project_id)s"
        result = endpoints.create(
            identity,
            endpoints.CreateOpts(interface=interface, service_id=sid, url=url, region_id=rid),
        )
        assert result.status_code == 201
        ep = result.extract()
        assert isinstance(ep.id, str)
        eid = ep.id
        made[interface] = eid
        cleanup(functools.partial(endpoints.delete, identity, eid))
        assert (ep.interface, ep.service_id, ep.url, ep.region_id) == (interface, sid, url, rid)
        assert ep.region == rid  # Keystone echoes region_id under the old name
        assert ep.enabled is True and ep.extra == {}
    # one more, in no region
    bare = endpoints.create(
        identity,
        endpoints.CreateOpts(interface="public", service_id=sid, url="http://bare.example.invalid"),
    ).extract()
    bare_id = str(bare.id)
    cleanup(lambda: endpoints.delete(identity, bare_id))
    assert bare.region_id is None and bare.region is None

    public_id = made["public"]
    got = endpoints.get(identity, public_id).extract()
    assert got.id == public_id and present(present(got.links).self).endswith(public_id)

    def ids(**query: Any) -> set[str]:
        return {str(e.id) for e in endpoints.list(identity, endpoints.ListOpts(**query))}

    assert ids(service_id=sid) == {*made.values(), bare_id}
    assert ids(region_id=rid) == set(made.values())
    assert ids(service_id=sid, interface="internal") == {made["internal"]}
    assert ids(service_id=sid, interface="public") == {public_id, bare_id}
    with pytest.raises(ValueError, match="interface"):  # checked before anything is sent
        endpoints.ListOpts(interface="private")  # type: ignore[arg-type]

    updated = endpoints.update(
        identity,
        public_id,
        endpoints.UpdateOpts(
            url="http://moved.example.invalid/", interface="internal", enabled=False
        ),
    ).extract()
    assert (updated.url, updated.interface, updated.enabled) == (
        "http://moved.example.invalid/",
        "internal",
        False,
    )
    assert ids(service_id=sid, interface="internal") == {public_id, made["internal"]}
    with pytest.raises(errors.BadRequest):  # the region must exist
        endpoints.update(identity, public_id, endpoints.UpdateOpts(region_id="NoSuchRegion-x"))
    with pytest.raises(errors.Forbidden):  # a region with endpoints cannot be deleted
        regions.delete(identity, rid)

    endpoints.delete(identity, public_id)
    with pytest.raises(errors.NotFound):
        endpoints.get(identity, public_id)


def test_endpoint_legacy_region_creates_it(
    identity: ServiceClient, service: services.Service, unique: Unique, cleanup: Cleanup
) -> None:
    """Giving only the deprecated `region` creates the region when it is missing."""
    new_region = unique("Auto")
    cleanup(lambda: regions.delete(identity, new_region))  # runs after the endpoint is gone
    ep = endpoints.create(
        identity,
        endpoints.CreateOpts(
            interface="admin",
            service_id=str(service.id),
            url="http://auto.example.invalid",
            region=new_region,
        ),
    ).extract()
    eid = str(ep.id)
    cleanup(lambda: endpoints.delete(identity, eid))
    assert (ep.region_id, ep.region) == (new_region, new_region)
    assert regions.get(identity, new_region).extract().id == new_region


def test_deleting_a_service_deletes_its_endpoints(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    s = services.create(identity, services.CreateOpts(type=unique("type"))).extract()
    sid = str(s.id)
    cleanup(lambda: services.delete(identity, sid))
    assert s.name == ""  # Keystone's default name
    ep = endpoints.create(
        identity,
        endpoints.CreateOpts(interface="public", service_id=sid, url="http://gone.example.invalid"),
    ).extract()
    eid = str(ep.id)
    cleanup(lambda: endpoints.delete(identity, eid))
    services.delete(identity, sid)
    with pytest.raises(errors.NotFound):
        endpoints.get(identity, eid)
    assert not {e.id for e in endpoints.list(identity, endpoints.ListOpts(service_id=sid))}
