"""find(name) against the local cloud's real Nova: exact names whatever their characters,
and private flavors.

Nova reads the ``name`` list filter of servers and flavors (2.102+) as a regular
expression; the specs declare it (``find: {match: regex}``) and find sends the name
escaped and anchored. Admins list private flavors only with ``is_public=none``, which
find sends (``find: {query: ...}``): find sees what get sees, for admins and others.
"""

from __future__ import annotations

import pytest

import stacksdk.compute.v2 as compute_v2
from stacksdk.compute.v2 import flavor_access, flavors, servers
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from stacksdk.runtime.resources.service import _name_filter
from tests.integration.compute.conftest import MakeFlavor
from tests.integration.compute.test_servers import MakeServer, image_id, make_server  # noqa: F401
from tests.integration.helpers import Unique

#: suffixes a regular expression reads as operators (each name also gets a unique prefix)
TRICKY = [
    " gpu+1 (x)",
    ".*",
    "a|b",
    "[ab]{2}^$",
    "back\\slash",
    " 100% _done_ *?",
    " ünïcødé ☃ 名前",
]


def test_servers_with_regex_characters_are_found(
    compute: ServiceClient, make_server: MakeServer, unique: Unique  # noqa: F811
) -> None:
    prefix = unique("find")
    made = {prefix + suffix: make_server(name=prefix + suffix).id for suffix in TRICKY}
    for name, server_id in made.items():
        assert servers.find(compute, name).id == server_id, name
        # the filter find sends matches this server only, on the real Nova
        pattern = _name_filter("regex", name)
        assert pattern is not None
        listed = servers.list(compute, servers.ListOpts(name=pattern))
        assert [s.id for s in listed] == [server_id], name
    # as a regular expression, prefix + ".*" matches every server made here: only the
    # one named so is found
    assert len(list(servers.list(compute, servers.ListOpts(name=prefix + ".*")))) == len(TRICKY)
    with pytest.raises(errors.ResourceNotFound):
        servers.find(compute, prefix + ".")
    with pytest.raises(errors.ResourceNotFound):
        servers.find(compute, prefix)


def test_servers_of_one_name_are_no_unique_match(
    compute: ServiceClient, make_server: MakeServer, unique: Unique  # noqa: F811
) -> None:
    name = unique("find") + " twin (1)"
    first, second = make_server(name=name).id, make_server(name=name).id
    with pytest.raises(errors.NoUniqueMatch):
        servers.find(compute, name)
    assert servers.find(compute, first).id == first  # an id still finds the one
    assert servers.find(compute, second).id == second


def test_flavors_with_regex_characters_are_found(
    compute: ServiceClient, make_flavor: MakeFlavor, unique: Unique
) -> None:
    prefix = unique("find")
    made = {prefix + suffix: make_flavor(name=prefix + suffix).id for suffix in TRICKY}
    old = compute_v2.new_client(compute.provider)
    old.microversion = "2.101"  # before the name filter: compared on the client only
    for name, flavor_id in made.items():
        found = flavors.find(compute, name)
        assert (found.id, found.name, found.ram) == (flavor_id, name, 64)  # as get has it
        assert flavors.find(old, name).id == flavor_id
        pattern = _name_filter("regex", name)
        assert pattern is not None
        listed = flavors.list(compute, flavors.ListOpts(name=pattern))
        assert [f.id for f in listed] == [flavor_id], name
    with pytest.raises(errors.ResourceNotFound):
        flavors.find(compute, prefix + ".")


def test_private_flavors_are_found_as_get_sees_them(
    compute: ServiceClient,
    demo_compute: ServiceClient,
    demo_provider: ProviderClient,
    make_flavor: MakeFlavor,
    unique: Unique,
) -> None:
    name = unique("find-private") + " (gpu+)"
    flavor = make_flavor(name=name, is_public=False)
    public = make_flavor(name=unique("find-public"))
    # the admin's plain listing leaves private flavors out; find does not
    assert flavor.id not in {f.id for f in flavors.list(compute)}
    assert flavors.find(compute, name).id == flavor.id
    assert flavors.find(compute, public.name).id == public.id
    # a user without access gets neither get nor find; with access, both
    with pytest.raises(errors.NotFound):
        flavors.get(demo_compute, flavor.id)
    with pytest.raises(errors.ResourceNotFound):
        flavors.find(demo_compute, name)
    assert flavors.find(demo_compute, public.name).id == public.id
    info = demo_provider.token_info
    assert info is not None and info.project_id
    flavor_access.add_tenant_access(
        compute, flavor.id, flavor_access.AddTenantAccessOpts(tenant=info.project_id)
    )
    assert flavors.get(demo_compute, flavor.id).extract().name == name
    assert flavors.find(demo_compute, name).id == flavor.id
    # flavors whose names the unescaped name would match, as a regular expression
    make_flavor(name=name + " x", is_public=False)
    make_flavor(name=name.removesuffix(" (gpu+)") + " gpuu")
    assert flavors.find(compute, name).id == flavor.id
    assert flavors.find(demo_compute, name).id == flavor.id
