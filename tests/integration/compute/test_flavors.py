"""Flavors, flavor access and extra specs against the local cloud's real Nova."""

from __future__ import annotations

import random
from typing import Any

import pytest

from stacksdk.compute.v2 import flavor_access, flavor_extra_specs, flavors
from stacksdk.runtime import UNSET, ProviderClient, ServiceClient, errors
from tests.integration.compute.conftest import MakeFlavor
from tests.integration.helpers import Unique, present

#: the local Nova (34.0.0) serves 2.1 to 2.104, which is also the specs' maximum
NOVA_MAX = "2.104"


def project_of(provider: ProviderClient) -> str:
    """The project the provider's token is scoped to."""
    info = provider.token_info
    assert info is not None and info.project_id
    return info.project_id


def test_negotiates_the_highest_common_microversion(
    compute: ServiceClient, make_flavor: MakeFlavor
) -> None:
    assert compute.negotiate() == NOVA_MAX
    flavor = make_flavor()
    result = flavors.get(compute, flavor.id)
    assert result.headers["OpenStack-API-Version"] == f"compute {NOVA_MAX}"
    assert result.headers["X-OpenStack-Nova-API-Version"] == NOVA_MAX
    old = flavors.get(compute, flavor.id, microversion="2.1")
    assert old.headers["X-OpenStack-Nova-API-Version"] == "2.1"


def test_crud(compute: ServiceClient, unique: Unique) -> None:
    name, flavor_id = unique("flv-crud"), unique("id")
    opts = flavors.CreateOpts(
        id=flavor_id,
        name=name,
        ram=128,
        vcpus=2,
        disk=1,
        ephemeral=2,
        swap=16,
        rxtx_factor=2.0,
        is_public=True,
        description="made by the crud test",
    )
    created = flavors.create(compute, opts, microversion="2.101").extract()
    try:
        assert (created.id, created.name, created.ram, created.vcpus, created.disk) == (
            flavor_id,
            name,
            128,
            2,
            1,
        )
        assert (created.ephemeral, created.swap, created.rxtx_factor) == (2, 16, 2.0)
        assert created.is_public is True and created.disabled is False
        assert created.description == "made by the crud test"
        assert created.extra_specs == {}
        assert [link.rel for link in present(created.links)] == ["self", "bookmark"]

        got = flavors.get(compute, flavor_id).extract()  # negotiated: 2.102 dropped two fields
        assert got.name == name and got.extra == {}
        assert got.rxtx_factor is UNSET and got.disabled is UNSET
        assert got.description == "made by the crud test"

        updated = flavors.update(compute, flavor_id, flavors.UpdateOpts(description=None)).extract()
        assert updated.description is None
        by_name = flavors.find(compute, name)  # the summary list matched; find returns get's flavor
        assert by_name.id == flavor_id and by_name.ram == got.ram and by_name.vcpus == got.vcpus
        assert flavors.find(compute, flavor_id).name == name

        assert flavors.delete(compute, flavor_id).status_code == 202
        with pytest.raises(errors.NotFound) as info:
            flavors.get(compute, flavor_id)
        assert flavor_id in info.value.message
    finally:
        try:
            flavors.delete(compute, flavor_id)
        except errors.NotFound:
            pass


def test_swap_is_an_empty_string_before_2_75(
    compute: ServiceClient, make_flavor: MakeFlavor
) -> None:
    flavor = make_flavor()
    assert flavors.get(compute, flavor.id, microversion="2.74").extract().swap == ""
    assert flavors.get(compute, flavor.id, microversion="2.75").extract().swap == 0


def test_description_update_at_2_55(compute: ServiceClient, make_flavor: MakeFlavor) -> None:
    flavor = make_flavor(description="first")
    updated = flavors.update(
        compute, flavor.id, flavors.UpdateOpts(description="second"), microversion="2.55"
    ).extract()
    assert updated.description == "second"
    assert updated.extra_specs is UNSET  # extra_specs appear in flavors since 2.61
    assert flavors.get(compute, flavor.id).extract().description == "second"


def test_microversion_windows_are_checked_before_sending(
    compute: ServiceClient, make_flavor: MakeFlavor, unique: Unique, monkeypatch: pytest.MonkeyPatch
) -> None:
    flavor = make_flavor(description="kept")
    compute.negotiate()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a request was sent: {args[:2]}")

    with monkeypatch.context() as m:
        m.setattr(compute.provider, "request", refuse)
        with pytest.raises(errors.MicroversionError, match="2.55"):  # the operation's window
            flavors.update(
                compute, flavor.id, flavors.UpdateOpts(description="x"), microversion="2.54"
            )
        with pytest.raises(errors.MicroversionError, match="description"):  # a field's window
            flavors.create(
                compute,
                flavors.CreateOpts(name=unique("flv"), ram=64, vcpus=1, disk=0, description="x"),
                microversion="2.54",
            )
        with pytest.raises(errors.MicroversionError, match="rxtx_factor"):  # removed in 2.102
            flavors.create(
                compute,
                flavors.CreateOpts(name=unique("flv"), ram=64, vcpus=1, disk=0, rxtx_factor=1.5),
            )
        with pytest.raises(errors.MicroversionError, match="name"):  # a filter's window
            flavors.list_detail(compute, flavors.ListDetailOpts(name="x"), microversion="2.101")
        pinned = compute.microversion
        compute.microversion = "2.54"
        try:
            with pytest.raises(errors.MicroversionError):
                flavors.update(compute, flavor.id, flavors.UpdateOpts(description="x"))
        finally:
            compute.microversion = pinned
    assert flavors.get(compute, flavor.id).extract().description == "kept"


def test_detail_filters_and_paging(
    compute: ServiceClient, demo_compute: ServiceClient, make_flavor: MakeFlavor, unique: Unique
) -> None:
    # memory sizes no other test uses, so min_ram selects only these flavors
    base = 4_000_000 + random.randrange(1000) * 100
    prefix = unique("flv-page")
    public = [make_flavor(name=f"{prefix}-{i}", ram=base + i, disk=i) for i in range(5)]
    private = make_flavor(name=f"{prefix}-private", ram=base + 5, is_public=False)
    ids = [f.id for f in public]

    def detail(**kw: Any) -> list[flavors.Flavor]:
        return flavors.extract_flavors(
            flavors.list_detail(compute, flavors.ListDetailOpts(min_ram=base, **kw)).all_pages()
        )

    # 5 flavors, 2 a page: 3 GETs (2 + 2 + 1), the last short page ends the listing
    pages = list(
        flavors.list_detail(
            compute, flavors.ListDetailOpts(min_ram=base, limit=2, sort_key="memory_mb")
        ).pages()
    )
    assert [len(p) for p in pages] == [2, 2, 1]
    assert "flavors_links" in pages[0].body and "flavors_links" not in pages[-1].body
    assert [f.id for p in pages for f in p.extract()] == ids
    assert all(f.ram is not UNSET for p in pages for f in p.extract())
    # 4 flavors, 2 a page: Nova links a full last page, whose follow-up comes back empty
    pages = list(
        flavors.list_detail(compute, flavors.ListDetailOpts(min_ram=base + 1, limit=2)).pages()
    )
    assert [len(p) for p in pages] == [2, 2, 0]

    # the summary listing pages the same way, with fewer attributes
    brief = list(
        flavors.list(compute, flavors.ListOpts(min_ram=base, limit=2, sort_key="memory_mb"))
    )
    assert [f.id for f in brief] == ids
    assert all(f.ram is UNSET and f.name.startswith(prefix) for f in brief)

    assert [f.id for f in detail(sort_key="memory_mb", sort_dir="desc")] == ids[::-1]
    assert [f.id for f in detail(sort_key="memory_mb", marker=ids[1])] == ids[2:]
    assert {f.id for f in detail(min_disk=3)} == set(ids[3:])
    assert [f.id for f in detail(is_public="false")] == [private.id]
    assert {f.id for f in detail(is_public="none")} == {*ids, private.id}
    assert {f.id for f in detail(name=f"^{prefix}-[13]$")} == {ids[1], ids[3]}  # 2.102: a regex
    with pytest.raises(errors.BadRequest, match="marker"):
        detail(marker="no-such-flavor")

    # a non-admin sees the public flavors only; is_public is not theirs to choose
    demo = flavors.list_detail(demo_compute, flavors.ListDetailOpts(min_ram=base, is_public="none"))
    assert {f.id for f in demo} == set(ids)


def test_access_to_a_private_flavor(
    compute: ServiceClient,
    demo_compute: ServiceClient,
    demo_provider: ProviderClient,
    make_flavor: MakeFlavor,
) -> None:
    flavor = make_flavor(is_public=False, ram=3_000_123)
    demo_project = project_of(demo_provider)

    def seen_by_demo() -> set[str]:
        return {
            f.id
            for f in flavors.list_detail(demo_compute, flavors.ListDetailOpts(min_ram=3_000_123))
        }

    assert (
        flavor_access.extract_flavor_access(flavor_access.list(compute, flavor.id).all_pages())
        == []
    )
    assert flavor.id not in seen_by_demo()
    with pytest.raises(errors.NotFound):
        flavors.get(demo_compute, flavor.id)

    added = flavor_access.add_tenant_access(
        compute, flavor.id, flavor_access.AddTenantAccessOpts(tenant=demo_project)
    ).extract()
    assert [(a.flavor_id, a.tenant_id) for a in added] == [(flavor.id, demo_project)]
    listed = list(flavor_access.list(compute, flavor.id))
    assert [(a.flavor_id, a.tenant_id) for a in listed] == [(flavor.id, demo_project)]
    assert flavor.id in seen_by_demo()
    assert flavors.get(demo_compute, flavor.id).extract().is_public is False
    with pytest.raises(errors.Conflict, match="already exists"):
        flavor_access.add_tenant_access(
            compute, flavor.id, flavor_access.AddTenantAccessOpts(tenant=demo_project)
        )
    with pytest.raises(errors.BadRequest):  # Nova asks Keystone whether the project exists
        flavor_access.add_tenant_access(
            compute, flavor.id, flavor_access.AddTenantAccessOpts(tenant="no-such-project")
        )

    removed = flavor_access.remove_tenant_access(
        compute, flavor.id, flavor_access.RemoveTenantAccessOpts(tenant=demo_project)
    ).extract()
    assert removed == []
    assert flavor.id not in seen_by_demo()
    with pytest.raises(errors.NotFound):
        flavor_access.remove_tenant_access(
            compute, flavor.id, flavor_access.RemoveTenantAccessOpts(tenant=demo_project)
        )


def test_access_lists_belong_to_private_flavors(
    compute: ServiceClient, demo_provider: ProviderClient, make_flavor: MakeFlavor
) -> None:
    public = make_flavor()
    project = project_of(demo_provider)
    with pytest.raises(errors.NotFound, match="public"):
        list(flavor_access.list(compute, public.id))
    with pytest.raises(errors.Conflict, match="public"):  # since 2.7
        flavor_access.add_tenant_access(
            compute, public.id, flavor_access.AddTenantAccessOpts(tenant=project)
        )


def test_extra_specs(
    compute: ServiceClient, demo_compute: ServiceClient, make_flavor: MakeFlavor
) -> None:
    flavor = make_flavor()
    specs = {"hw:cpu_policy": "shared", "hw:numa_nodes": "1", "stacksdk:purpose": "test"}
    assert flavor_extra_specs.get(compute, flavor.id).extract().extra_specs == {}

    created = flavor_extra_specs.create(
        compute, flavor.id, flavor_extra_specs.CreateOpts(extra_specs=specs)
    ).extract()
    assert created.extra_specs == specs
    assert flavor_extra_specs.get(compute, flavor.id).extract().extra_specs == specs
    # create merges: keys not given stay, given ones take the new value
    flavor_extra_specs.create(
        compute, flavor.id, flavor_extra_specs.CreateOpts(extra_specs={"hw:numa_nodes": "2"})
    )
    assert flavor_extra_specs.get(compute, flavor.id).extract().extra_specs == {
        **specs,
        "hw:numa_nodes": "2",
    }

    assert flavor_extra_specs.get_key(compute, flavor.id, "stacksdk:purpose").extract() == {
        "stacksdk:purpose": "test"
    }
    updated = flavor_extra_specs.update_key(
        compute,
        flavor.id,
        "stacksdk:purpose",
        flavor_extra_specs.UpdateKeyOpts(extra_specs={"stacksdk:purpose": "changed"}),
    ).extract()
    assert updated == {"stacksdk:purpose": "changed"}
    with pytest.raises(errors.BadRequest, match="mismatch"):
        flavor_extra_specs.update_key(
            compute,
            flavor.id,
            "stacksdk:purpose",
            flavor_extra_specs.UpdateKeyOpts(extra_specs={"other": "x"}),
        )
    with pytest.raises(errors.BadRequest):  # 2.86+: Nova validates the specs it knows
        flavor_extra_specs.create(
            compute,
            flavor.id,
            flavor_extra_specs.CreateOpts(extra_specs={"hw:cpu_policy": "bogus"}),
        )

    # flavors carry their extra specs since 2.61
    expected = {**specs, "hw:numa_nodes": "2", "stacksdk:purpose": "changed"}
    assert flavors.get(compute, flavor.id).extract().extra_specs == expected
    assert flavors.get(compute, flavor.id, microversion="2.60").extract().extra_specs is UNSET
    # reading is for everyone, writing for admins
    assert flavor_extra_specs.get(demo_compute, flavor.id).extract().extra_specs == expected
    with pytest.raises(errors.Forbidden):
        flavor_extra_specs.create(
            demo_compute, flavor.id, flavor_extra_specs.CreateOpts(extra_specs={"a": "b"})
        )

    assert flavor_extra_specs.delete_key(compute, flavor.id, "stacksdk:purpose").status_code == 200
    with pytest.raises(errors.NotFound, match="stacksdk:purpose"):
        flavor_extra_specs.get_key(compute, flavor.id, "stacksdk:purpose")
    with pytest.raises(errors.NotFound):
        flavor_extra_specs.delete_key(compute, flavor.id, "stacksdk:purpose")
    assert "stacksdk:purpose" not in present(
        flavor_extra_specs.get(compute, flavor.id).extract().extra_specs
    )


def test_typed_errors(
    compute: ServiceClient, demo_compute: ServiceClient, make_flavor: MakeFlavor, unique: Unique
) -> None:
    flavor = make_flavor()
    missing = unique("no-such-flavor")
    for call in (
        lambda: flavors.get(compute, missing),
        lambda: flavors.delete(compute, missing),
        lambda: flavors.update(compute, missing, flavors.UpdateOpts(description="x")),
        lambda: flavor_extra_specs.get(compute, missing),
    ):
        with pytest.raises(errors.NotFound) as info:
            call()
        assert info.value.status == 404 and info.value.request_id and missing in info.value.message

    with pytest.raises(errors.Conflict):  # the id is taken
        make_flavor(id=flavor.id)
    with pytest.raises(errors.Conflict):  # so is the name
        make_flavor(name=flavor.name)
    with pytest.raises(errors.BadRequest):  # ram must be positive
        make_flavor(ram=0)

    try:
        leaked = flavors.create(
            demo_compute, flavors.CreateOpts(name=unique("flv-demo"), ram=64, vcpus=1, disk=0)
        )
    except errors.Forbidden as denied:
        assert denied.status == 403 and denied.message
    else:
        flavors.delete(compute, leaked.extract().id)
        pytest.fail("a non-admin created a flavor")
    with pytest.raises(errors.Forbidden):
        flavors.delete(demo_compute, flavor.id)
    assert flavors.get(demo_compute, flavor.id).extract().id == flavor.id  # reading is allowed
