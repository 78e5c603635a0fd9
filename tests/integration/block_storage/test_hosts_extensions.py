"""Cinder's os-hosts and extensions list against the local cloud's real cinder-api.

The local Cinder runs no volume service: os-hosts lists the hosts of whatever enabled services
the database knows (the same ones os-services lists), and a host's usage is a 404 because only
a cinder-volume host has one (the contract samples check the usage body).
"""

from __future__ import annotations

import datetime

import pytest

from stacksdk.block_storage.v3 import extensions, hosts, services, versions
from stacksdk.runtime import UNSET, ServiceClient, errors
from tests.integration.helpers import present


def test_hosts_list_matches_services(volume: ServiceClient) -> None:
    listed = list(hosts.list(volume))
    for h in listed:
        assert h.host_name and h.service and h.service_state == "enabled"
        assert h.service_status in ("available", "unavailable")
        assert h.last_update is None or isinstance(h.last_update, datetime.datetime)
    # os-hosts shows the enabled services, one entry per service (before 3.49 the services
    # listing does not ask the absent scheduler for backend states)
    enabled = [s for s in services.list(volume, microversion="3.48") if s.status == "enabled"]
    assert sorted((h.host_name, h.service) for h in listed) == sorted(
        (present(s.host), present(s.binary)) for s in enabled
    )
    zones = {h.zone for h in listed}
    for zone in zones:
        assert {h.host_name for h in hosts.list(volume, hosts.ListOpts(zone=present(zone)))} == {
            h.host_name for h in listed if h.zone == zone
        }
    assert list(hosts.list(volume, hosts.ListOpts(zone="no-such-zone"))) == []


def test_host_usage_needs_a_volume_host(volume: ServiceClient, demo_volume: ServiceClient) -> None:
    with pytest.raises(errors.NotFound):
        hosts.get_usage(volume, "localcloud@nothing")
    # os-hosts is admin-only
    with pytest.raises(errors.Forbidden):
        list(hosts.list(demo_volume))
    with pytest.raises(errors.Forbidden):
        hosts.get_usage(demo_volume, "localcloud@nothing")


def test_extensions(volume: ServiceClient, demo_volume: ServiceClient) -> None:
    loaded = extensions.extract_extensions(extensions.list(volume).all_pages())
    by_alias = {e.alias: e for e in loaded}
    assert {"os-hosts", "os-quota-sets", "os-availability-zone"} <= set(by_alias)
    for e in loaded:
        assert e.name and isinstance(e.updated, datetime.datetime) and e.links == []
        assert e.description is not UNSET
    one = extensions.get(volume, "os-hosts").extract()
    assert one == by_alias["os-hosts"]
    assert one.name == "Hosts" and one.updated == datetime.datetime(
        2011, 6, 29, tzinfo=datetime.timezone.utc
    )
    assert extensions.find(volume, "Hosts").alias == "os-hosts"
    with pytest.raises(errors.NotFound):
        extensions.get(volume, "os-no-such-extension")
    # any project member may read the list
    assert {e.alias for e in extensions.list(demo_volume)} == set(by_alias)


def test_versions_at_the_server_root(volume: ServiceClient) -> None:
    """Cinder lists its API versions only at the server's root (300, no token)."""
    listed = {v.id: v for v in versions.list(volume)}
    assert "v3.0" in listed and listed["v3.0"].status == "CURRENT"
    assert listed["v3.0"].version == volume.negotiate() and listed["v3.0"].min_version == "3.0"
