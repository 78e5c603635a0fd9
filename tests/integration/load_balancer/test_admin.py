"""Operator resources: providers and their capabilities, flavor profiles and flavors,
availability zone profiles and zones (a load balancer created with each), quotas,
and the amphorae the amphora provider made; paging through *_links."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests

import stacksdk.identity.v3 as identity_v3
import stacksdk.load_balancer.v2 as load_balancer_v2
from stacksdk.identity.v3 import projects
from stacksdk.load_balancer.v2 import (
    amphorae,
    availability_zone_capabilities,
    availability_zone_profiles,
    availability_zones,
    flavor_capabilities,
    flavor_profiles,
    flavors,
    loadbalancers,
    providers,
    quotas,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.clouds import provider_for
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.cloud import CloudInfo

from .conftest import MakeLB, wait_lb


def test_providers_and_capabilities(octavia: ServiceClient) -> None:
    names = {p.name: p.description for p in providers.list(octavia)}
    assert set(names) == {"amphora", "octavia", "noop_driver"}
    assert names["amphora"] == "The Octavia Amphora driver."
    caps = {c.name for c in flavor_capabilities.list(octavia, "amphora")}
    assert {"loadbalancer_topology", "compute_flavor"} <= caps
    one = list(
        flavor_capabilities.list(
            octavia, "amphora", flavor_capabilities.ListOpts(name="loadbalancer_topology")
        )
    )
    assert [c.name for c in one] == ["loadbalancer_topology"] and one[0].description
    az_caps = {c.name for c in availability_zone_capabilities.list(octavia, "amphora")}
    assert "compute_zone" in az_caps
    try:
        list(flavor_capabilities.list(octavia, "no-such-provider"))
        raise AssertionError("capabilities of an unknown provider")
    except errors.BadRequest:
        pass


def test_flavors_and_profiles(
    octavia: ServiceClient, demo_octavia: ServiceClient, make_lb: MakeLB, unique: Unique,
    cleanup: Cleanup,
) -> None:  # fmt: skip
    data = json.dumps({"loadbalancer_topology": "SINGLE"})
    prof = flavor_profiles.create(
        octavia,
        flavor_profiles.CreateOpts(name=unique("fp"), provider_name="amphora", flavor_data=data),
    ).extract()
    cleanup(lambda: flavor_profiles.delete(octavia, prof.id))
    assert json.loads(str(prof.flavor_data)) == {"loadbalancer_topology": "SINGLE"}
    assert flavor_profiles.find(octavia, str(prof.name)).id == prof.id
    renamed = flavor_profiles.update(
        octavia, prof.id, flavor_profiles.UpdateOpts(name=unique("fp2"))
    ).extract()
    assert renamed.name != prof.name and renamed.provider_name == "amphora"
    # a provider refuses flavor data it does not know: 501 (unsupported option)
    try:
        flavor_profiles.create(
            octavia,
            flavor_profiles.CreateOpts(
                name=unique("fp"), provider_name="amphora", flavor_data='{"bogus": 1}'
            ),
        )
        raise AssertionError("unknown flavor data was accepted")
    except errors.ServerError as exc:
        assert exc.status_code == 501 and "bogus" in str(exc)
    # profiles are admin-only
    try:
        list(flavor_profiles.list(demo_octavia))
        raise AssertionError("demo listed flavor profiles")
    except errors.Forbidden:
        pass

    flv = flavors.create(
        octavia,
        flavors.CreateOpts(name=unique("flv"), flavor_profile_id=prof.id, description="single"),
    ).extract()
    cleanup(lambda: flavors.delete(octavia, flv.id))
    assert flv.enabled is True and flv.flavor_profile_id == prof.id
    # users see flavors (not their profiles) and pick one for a load balancer
    assert flavors.find(demo_octavia, str(flv.name)).id == flv.id
    assert flavors.get(demo_octavia, flv.id).extract().description == "single"
    lb = make_lb(client=demo_octavia, flavor_id=flv.id)
    assert lb.flavor_id == flv.id
    # a profile in use cannot be deleted
    try:
        flavor_profiles.delete(octavia, prof.id)
        raise AssertionError("a profile in use was deleted")
    except errors.Conflict:
        pass
    flv = flavors.update(octavia, flv.id, flavors.UpdateOpts(enabled=False)).extract()
    assert flv.enabled is False
    try:
        loadbalancers.create(
            demo_octavia,
            loadbalancers.CreateOpts(vip_subnet_id=str(lb.vip_subnet_id), flavor_id=flv.id),
        )
        raise AssertionError("a disabled flavor was accepted")
    except errors.BadRequest:
        pass


def test_availability_zones_and_profiles(
    octavia: ServiceClient, demo_octavia: ServiceClient, make_lb: MakeLB, unique: Unique,
    cleanup: Cleanup,
) -> None:  # fmt: skip
    prof = availability_zone_profiles.create(
        octavia,
        availability_zone_profiles.CreateOpts(
            name=unique("azp"), provider_name="amphora",
            availability_zone_data=json.dumps({"compute_zone": "nova"}),
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: availability_zone_profiles.delete(octavia, prof.id))
    assert availability_zone_profiles.get(octavia, prof.id).extract().name == prof.name
    assert prof.id in {p.id for p in availability_zone_profiles.list(octavia)}
    azp = availability_zone_profiles.update(
        octavia,
        prof.id,
        availability_zone_profiles.UpdateOpts(
            availability_zone_data=json.dumps({"compute_zone": "az-2"})
        ),
    ).extract()
    assert json.loads(str(azp.availability_zone_data)) == {"compute_zone": "az-2"}

    name = unique("az")
    az = availability_zones.create(
        octavia,
        availability_zones.CreateOpts(name=name, availability_zone_profile_id=prof.id),
    ).extract()
    cleanup(lambda: availability_zones.delete(octavia, name))
    assert az.name == name and az.enabled is True
    # the name is the id: get, find and update address the zone by it
    assert availability_zones.get(demo_octavia, name).extract().enabled is True
    assert availability_zones.find(octavia, name).name == name
    az = availability_zones.update(
        octavia, name, availability_zones.UpdateOpts(description="second zone")
    ).extract()
    assert az.description == "second zone"
    lb = make_lb(client=demo_octavia, availability_zone=name)
    assert lb.availability_zone == name
    try:
        availability_zones.get(octavia, unique("nozone"))
        raise AssertionError("an unknown zone was found")
    except errors.NotFound:
        pass


def test_quotas(octavia: ServiceClient, demo_octavia: ServiceClient, lb_cloud: CloudInfo) -> None:
    defaults = quotas.defaults(octavia).extract()
    assert defaults.loadbalancer == -1 and defaults.member == -1
    identity = identity_v3.new_client(provider_for(lb_cloud))
    demo_project = projects.find(identity, lb_cloud.credentials("demo").project_name).id
    try:
        got = quotas.update(
            octavia, demo_project, quotas.UpdateOpts(loadbalancer=1, listener=5)
        ).extract()
        assert got.loadbalancer == 1 and got.listener == 5 and got.project_id == demo_project
        assert quotas.get(demo_octavia, demo_project).extract().loadbalancer == 1
        assert demo_project in {q.project_id for q in quotas.list(octavia)}
        listed = list(quotas.list(octavia, quotas.ListOpts(project_id=demo_project)))
        assert [q.listener for q in listed] == [5]
        # the demo user cannot raise its own quota
        try:
            quotas.update(demo_octavia, demo_project, quotas.UpdateOpts(loadbalancer=10))
            raise AssertionError("demo changed its quota")
        except errors.Forbidden:
            pass
    finally:
        quotas.delete(octavia, demo_project)
    # reset: the project is back on the defaults
    assert quotas.get(octavia, demo_project).extract().loadbalancer == -1


def test_amphorae(octavia: ServiceClient, demo_octavia: ServiceClient, make_lb: MakeLB) -> None:
    lb = make_lb()
    (amp,) = amphorae.list(octavia, amphorae.ListOpts(loadbalancer_id=lb.id))
    assert amp.loadbalancer_id == lb.id and amp.role == "STANDALONE"
    assert amp.status == "ALLOCATED" and amp.compute_id and amp.lb_network_ip
    assert amp.cert_expiration is not None
    got = amphorae.get(octavia, str(amp.id)).extract()
    assert got.id == amp.id and got.ha_ip == lb.vip_address
    # no health manager runs: the amphora has reported no statistics
    try:
        amphorae.stats(octavia, str(amp.id))
        raise AssertionError("statistics of an amphora that never reported")
    except errors.NotFound:
        pass
    amphorae.config(octavia, str(amp.id)).extract()
    # a failover replaces the amphora (the noop compute driver "boots" a new one)
    loadbalancers.failover(octavia, lb.id).extract()
    wait_lb(octavia, lb.id)
    (new,) = amphorae.list(octavia, amphorae.ListOpts(loadbalancer_id=lb.id, status="ALLOCATED"))
    assert new.id != amp.id and new.role == "STANDALONE"
    # so does a failover of the amphora itself
    amphorae.failover(octavia, str(new.id)).extract()
    wait_lb(octavia, lb.id)
    (third,) = amphorae.list(octavia, amphorae.ListOpts(loadbalancer_id=lb.id, status="ALLOCATED"))
    assert third.id not in (amp.id, new.id)
    try:
        list(amphorae.list(demo_octavia))
        raise AssertionError("demo listed amphorae")
    except errors.Forbidden:
        pass


def test_paging_follows_links(lb_cloud: CloudInfo, unique: Unique, cleanup: Cleanup) -> None:
    """Five flavor profiles, pages of two: three GETs, each after the first with the
    marker Octavia put in flavorprofile_links."""
    provider = provider_for(lb_cloud)
    client = load_balancer_v2.new_client(provider)
    prefix = unique("page")
    made = set()
    for n in range(5):
        p = flavor_profiles.create(
            client,
            flavor_profiles.CreateOpts(
                name=f"{prefix}-{n}", provider_name="noop_driver", flavor_data="{}"
            ),
        ).extract()
        cleanup(lambda pid=p.id: flavor_profiles.delete(client, pid))
        made.add(p.id)
    sent: list[Any] = []

    def count(resp: requests.Response, *args: Any, **kwargs: Any) -> None:
        if resp.request.method == "GET" and urlsplit(str(resp.request.url)).path.endswith(
            "/lbaas/flavorprofiles"
        ):
            sent.append(parse_qs(urlsplit(str(resp.request.url)).query))

    provider.session.hooks["response"].append(count)
    # the noop provider's profiles are the only ones named like this
    pages = list(
        flavor_profiles.list(
            client, flavor_profiles.ListOpts(limit=2, provider_name="noop_driver", sort="name:asc")
        ).pages()
    )
    found = [p for page in pages for p in flavor_profiles.extract_flavor_profiles(page)]
    mine = [p for p in found if str(p.name).startswith(prefix)]
    assert {p.id for p in mine} == made
    assert [p.name for p in mine] == sorted(str(p.name) for p in mine)
    assert len(sent) == len(pages) >= 3
    assert "marker" not in sent[0] and all("marker" in q for q in sent[1:])
    assert all(q["limit"] == ["2"] for q in sent)
