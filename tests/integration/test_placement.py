"""Placement v1 (stacksdk.placement.v1) against a real Placement.

Every module is exercised: resource providers, inventories, traits, resource
classes, aggregates, allocations, allocation candidates, usages and the
reshaper (as a user holding Keystone's ``service`` role, made here with the
identity modules). The microversion rules of the runtime are checked on a
dedicated provider whose requests are counted with a ``response`` hook.

Providers are global in Placement, so filters that could match another
test's providers are narrowed with a custom resource class, trait or
aggregate made for the test. Cleanup steps are registered so that they run
allocations first, then inventories, then providers (children before
parents), and custom traits and resource classes last.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import uuid
from collections.abc import Callable, Iterator

import pytest
import requests

import stacksdk.placement.v1 as placement_v1
from stacksdk.identity.v3 import projects, roles, users
from stacksdk.placement.v1 import (
    aggregates,
    allocation_candidates,
    allocations,
    inventories,
    reshaper,
    resource_classes,
    resource_providers,
    traits,
    usages,
)
from stacksdk.runtime import AuthOptions, ServiceClient, authenticated_client, errors
from tests.integration.conftest import admin_options
from tests.integration.helpers import DOMAIN, Cleanup, Unique, present, role_id
from tests.localcloud.keystone import KeystoneInfo

HEADER = "OpenStack-API-Version"

MakeProvider = Callable[..., resource_providers.ResourceProvider]


# -- helpers -------------------------------------------------------------------


def custom_name(unique: Unique, prefix: str) -> str:
    """A valid custom trait / resource class name: CUSTOM_<PREFIX>_<HEX>."""
    return "CUSTOM_" + unique(prefix).upper().replace("-", "_")


def server_detail(exc: errors.HTTPError) -> str:
    """The message Placement put in its error body ({"errors": [{"detail": ...}]})."""
    doc = json.loads(exc.body)
    return str(doc["errors"][0]["detail"])


def assert_server_message(exc: errors.HTTPError, status: int, fragment: str) -> None:
    """The error carries the server's own message (and status), not a paraphrase.

    The SDK keeps at most 500 characters of it (errors.error_message)."""
    assert exc.status == status
    detail = server_detail(exc)
    assert exc.message == detail[:500]
    assert fragment in detail
    assert exc.message in str(exc)
    assert exc.request_id and exc.request_id.startswith("req-")


def generation(client: ServiceClient, rp_uuid: str) -> int:
    return present(resource_providers.get(client, rp_uuid).extract().generation)


def stock(
    client: ServiceClient, cleanup: Cleanup, rp_uuid: str, amounts: dict[str, int]
) -> inventories.ProviderInventories:
    """Give a provider these inventory totals (set_all at its current generation)."""
    result = inventories.set_all(
        client,
        rp_uuid,
        inventories.SetAllOpts(
            inventories={rc: inventories.InventoryRecord(total=n) for rc, n in amounts.items()},
            resource_provider_generation=generation(client, rp_uuid),
        ),
    ).extract()
    cleanup(lambda: inventories.delete_all(client, rp_uuid))
    return result


def allocate(
    client: ServiceClient,
    cleanup: Cleanup,
    consumer: str,
    amounts: dict[str, dict[str, int]],
    *,
    project_id: str,
    user_id: str,
    consumer_type: str = "INSTANCE",
) -> None:
    """A new consumer's allocations (consumer_generation None: it must not exist yet)."""
    allocations.update(
        client,
        consumer,
        allocations.UpdateOpts(
            allocations={
                rp: allocations.ProviderResources(resources=r) for rp, r in amounts.items()
            },
            project_id=project_id,
            user_id=user_id,
            consumer_generation=None,
            consumer_type=consumer_type,
        ),
    )
    cleanup(lambda: allocations.delete(client, consumer))


def new_id() -> str:
    return str(uuid.uuid4())


# -- fixtures ------------------------------------------------------------------


@pytest.fixture
def make_provider(placement: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeProvider:
    """Create a resource provider (deleted at teardown; register parents first)."""

    def make(
        prefix: str = "rp", *, parent: str | None = None
    ) -> resource_providers.ResourceProvider:
        opts = resource_providers.CreateOpts(name=unique(prefix))
        if parent is not None:
            opts.parent_provider_uuid = parent
        created = resource_providers.create(placement, opts).extract()
        rp_uuid = created.uuid
        cleanup(lambda: resource_providers.delete(placement, rp_uuid))
        return created

    return make


@pytest.fixture
def custom_rc(placement: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    """A custom resource class of this test only (deleted last)."""
    name = custom_name(unique, "rc")
    resource_classes.ensure(placement, name)
    cleanup(lambda: resource_classes.delete(placement, name))
    return name


@dataclasses.dataclass
class Counted:
    """A placement client on a provider of its own, with every response recorded."""

    client: ServiceClient
    sent: list[requests.Response]

    def versions_sent(self) -> list[str | None]:
        return [r.request.headers.get(HEADER) for r in self.sent]


@pytest.fixture
def counted(keystone: KeystoneInfo) -> Iterator[Counted]:
    provider = authenticated_client(admin_options(keystone))
    client = placement_v1.new_client(provider)
    client.negotiate()  # the version document is read (at most) once per endpoint
    sent: list[requests.Response] = []

    def record(resp: requests.Response, *args: object, **kwargs: object) -> None:
        sent.append(resp)

    provider.session.hooks["response"].append(record)
    yield Counted(client, sent)
    provider.session.close()


# -- negotiation -----------------------------------------------------------------


def test_negotiated_microversion_is_the_servers_max_and_sent_as_header(
    placement: ServiceClient, counted: Counted, unique: Unique
) -> None:
    doc = requests.get(placement.endpoint + "/", timeout=10).json()
    (version,) = doc["versions"]
    server_max = version["max_version"]
    assert placement.negotiate() == server_max
    assert counted.client.negotiate() == server_max
    assert placement.microversion is None  # nothing pinned: every call negotiates

    listed = list(
        resource_providers.list(counted.client, resource_providers.ListOpts(name=unique("none")))
    )
    assert listed == []
    (resp,) = counted.sent
    assert resp.request.headers[HEADER] == f"placement {server_max}"
    assert resp.headers[HEADER] == f"placement {server_max}"  # the server echoes what it used


# -- resource providers ------------------------------------------------------------


def test_resource_provider_create_get_find_update_delete(
    placement: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name, rp_uuid = unique("rp"), new_id()
    created = resource_providers.create(
        placement, resource_providers.CreateOpts(name=name, uuid=rp_uuid)
    ).extract()
    cleanup(lambda: resource_providers.delete(placement, rp_uuid))
    assert (created.uuid, created.name, created.generation) == (rp_uuid, name, 0)
    assert created.parent_provider_uuid is None
    assert created.root_provider_uuid == rp_uuid
    rels = {link.rel for link in present(created.links)}
    assert {"self", "inventories", "usages", "aggregates", "traits", "allocations"} <= rels

    got = resource_providers.get(placement, rp_uuid).extract()
    assert (got.uuid, got.name, got.generation) == (rp_uuid, name, 0)
    assert resource_providers.find(placement, name).uuid == rp_uuid
    assert resource_providers.find(placement, rp_uuid).name == name
    with pytest.raises(errors.ResourceNotFound):
        resource_providers.find(placement, unique("missing"))

    with pytest.raises(errors.Conflict) as dup:
        resource_providers.create(placement, resource_providers.CreateOpts(name=name))
    assert_server_message(dup.value, 409, name)

    renamed = unique("renamed")
    updated = resource_providers.update(
        placement, rp_uuid, resource_providers.UpdateOpts(name=renamed)
    ).extract()
    assert updated.name == renamed
    assert resource_providers.get(placement, rp_uuid).extract().name == renamed
    with pytest.raises(errors.ResourceNotFound):
        resource_providers.find(placement, name)

    assert resource_providers.delete(placement, rp_uuid).status_code == 204
    with pytest.raises(errors.NotFound) as gone:
        resource_providers.get(placement, rp_uuid)
    assert_server_message(gone.value, 404, rp_uuid)


def test_resource_provider_create_legacy_at_1_19(
    placement: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("legacy")
    result = resource_providers.create_legacy(
        placement, resource_providers.CreateLegacyOpts(name=name), microversion="1.19"
    )
    assert result.status_code == 201
    assert result.headers[HEADER] == "placement 1.19"
    location = result.extract()
    assert location is not None and location.startswith(placement.endpoint + "/resource_providers/")
    rp_uuid = location.rsplit("/", 1)[1]
    cleanup(lambda: resource_providers.delete(placement, rp_uuid))
    got = resource_providers.get(placement, rp_uuid).extract()
    assert (got.uuid, got.name) == (rp_uuid, name)

    # with an explicit uuid, and a parent (1.14 <= 1.19)
    child_uuid = new_id()
    child = resource_providers.create_legacy(
        placement,
        resource_providers.CreateLegacyOpts(
            name=unique("legacy-child"), uuid=child_uuid, parent_provider_uuid=rp_uuid
        ),
        microversion="1.19",
    ).extract()
    cleanup(lambda: resource_providers.delete(placement, child_uuid))
    assert child is not None and child.endswith("/" + child_uuid)
    assert resource_providers.get(placement, child_uuid).extract().parent_provider_uuid == rp_uuid


def test_resource_provider_list_filters(
    placement: ServiceClient,
    make_provider: MakeProvider,
    custom_rc: str,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    trait = custom_name(unique, "trait")
    traits.ensure(placement, trait)
    cleanup(lambda: traits.delete(placement, trait))
    root = make_provider("root")
    child = make_provider("child", parent=root.uuid)
    other = make_provider("other")
    agg_a, agg_b = new_id(), new_id()
    aggregates.update(
        placement,
        root.uuid,
        aggregates.UpdateOpts(
            aggregates=[agg_a], resource_provider_generation=generation(placement, root.uuid)
        ),
    )
    aggregates.update(
        placement,
        other.uuid,
        aggregates.UpdateOpts(
            aggregates=[agg_a, agg_b],
            resource_provider_generation=generation(placement, other.uuid),
        ),
    )
    traits.set_for_provider(
        placement,
        other.uuid,
        traits.SetForProviderOpts(
            traits=[trait], resource_provider_generation=generation(placement, other.uuid)
        ),
    )
    stock(placement, cleanup, child.uuid, {custom_rc: 4})
    stock(placement, cleanup, other.uuid, {custom_rc: 8})

    def names(opts: resource_providers.ListOpts) -> set[str]:
        return {present(p.name) for p in resource_providers.list(placement, opts)}

    everything = {p.uuid for p in resource_providers.list(placement)}
    assert {root.uuid, child.uuid, other.uuid} <= everything

    root_name, child_name, other_name = present(root.name), present(child.name), present(other.name)
    assert names(resource_providers.ListOpts(name=child_name)) == {child_name}
    assert names(resource_providers.ListOpts(uuid=other.uuid)) == {other_name}
    assert names(resource_providers.ListOpts(name=unique("nobody"))) == set()
    assert names(resource_providers.ListOpts(member_of=[agg_a])) == {root_name, other_name}
    assert names(resource_providers.ListOpts(member_of=[agg_a, agg_b])) == {other_name}  # all of
    assert names(resource_providers.ListOpts(member_of=[f"in:{agg_b},{new_id()}"])) == {other_name}
    assert names(resource_providers.ListOpts(member_of=[agg_a, f"!{agg_b}"])) == {root_name}
    assert names(resource_providers.ListOpts(resources=f"{custom_rc}:4")) == {
        child_name,
        other_name,
    }
    assert names(resource_providers.ListOpts(resources=f"{custom_rc}:5")) == {other_name}
    assert names(resource_providers.ListOpts(in_tree=child.uuid)) == {root_name, child_name}
    assert names(resource_providers.ListOpts(in_tree=other.uuid)) == {other_name}
    assert names(resource_providers.ListOpts(required=[trait])) == {other_name}
    assert names(resource_providers.ListOpts(required=[f"!{trait}"], member_of=[agg_a])) == {
        root_name
    }
    assert names(resource_providers.ListOpts(in_tree=root.uuid, resources=f"{custom_rc}:1")) == {
        child_name
    }

    with pytest.raises(errors.BadRequest) as bad:
        list(
            resource_providers.list(
                placement, resource_providers.ListOpts(resources="CUSTOM_NO_SUCH_RC:1")
            )
        )
    assert_server_message(bad.value, 400, "CUSTOM_NO_SUCH_RC")


def test_resource_provider_parent_and_unparent_at_1_37(
    placement: ServiceClient, make_provider: MakeProvider
) -> None:
    root = make_provider("root")
    other_root = make_provider("root2")  # made before `child` so that it is deleted after it
    child = make_provider("child", parent=root.uuid)
    child_name = present(child.name)
    assert child.parent_provider_uuid == root.uuid and child.root_provider_uuid == root.uuid

    # before 1.37 the server refuses to un-parent or re-parent
    with pytest.raises(errors.BadRequest) as unparent:
        resource_providers.update(
            placement,
            child.uuid,
            resource_providers.UpdateOpts(name=child_name, parent_provider_uuid=None),
            microversion="1.36",
        )
    assert_server_message(unparent.value, 400, "un-parenting a provider is not currently allowed")
    with pytest.raises(errors.BadRequest) as reparent:
        resource_providers.update(
            placement,
            child.uuid,
            resource_providers.UpdateOpts(name=child_name, parent_provider_uuid=other_root.uuid),
            microversion="1.36",
        )
    assert_server_message(reparent.value, 400, "re-parenting a provider is not currently allowed")

    loose = resource_providers.update(
        placement,
        child.uuid,
        resource_providers.UpdateOpts(name=child_name, parent_provider_uuid=None),
        microversion="1.37",
    ).extract()
    assert loose.parent_provider_uuid is None and loose.root_provider_uuid == child.uuid
    got = resource_providers.get(placement, child.uuid).extract()
    assert got.parent_provider_uuid is None and got.root_provider_uuid == child.uuid

    moved = resource_providers.update(
        placement,
        child.uuid,
        resource_providers.UpdateOpts(name=child_name, parent_provider_uuid=other_root.uuid),
        microversion="1.37",
    ).extract()
    assert (moved.parent_provider_uuid, moved.root_provider_uuid) == (
        other_root.uuid,
        other_root.uuid,
    )
    assert {
        p.uuid
        for p in resource_providers.list(
            placement, resource_providers.ListOpts(in_tree=other_root.uuid)
        )
    } == {other_root.uuid, child.uuid}

    # a provider cannot go under its own descendant
    with pytest.raises(errors.BadRequest) as loop:
        resource_providers.update(
            placement,
            other_root.uuid,
            resource_providers.UpdateOpts(
                name=present(other_root.name), parent_provider_uuid=child.uuid
            ),
        )
    assert_server_message(loop.value, 400, "loop")
    # nor be deleted while it has a child
    with pytest.raises(errors.Conflict) as busy:
        resource_providers.delete(placement, other_root.uuid)
    assert_server_message(busy.value, 409, other_root.uuid)


# -- inventories ---------------------------------------------------------------------


def test_inventories_with_generations(
    placement: ServiceClient, make_provider: MakeProvider, cleanup: Cleanup
) -> None:
    rp = make_provider("inv").uuid
    assert present(inventories.get_all(placement, rp).extract().inventories) == {}

    cleanup(lambda: inventories.delete_all(placement, rp))
    all_set = inventories.set_all(
        placement,
        rp,
        inventories.SetAllOpts(
            inventories={
                "VCPU": inventories.InventoryRecord(total=8, allocation_ratio=2.0),
                "MEMORY_MB": inventories.InventoryRecord(total=4096, max_unit=2048, reserved=512),
            },
            resource_provider_generation=0,
        ),
    ).extract()
    assert all_set.resource_provider_generation == 1
    inv = present(all_set.inventories)
    assert set(inv) == {"VCPU", "MEMORY_MB"}
    assert (inv["VCPU"].total, inv["VCPU"].allocation_ratio, inv["VCPU"].reserved) == (8, 2.0, 0)
    assert (inv["MEMORY_MB"].max_unit, inv["MEMORY_MB"].reserved, inv["MEMORY_MB"].min_unit) == (
        2048,
        512,
        1,
    )

    read = inventories.get_all(placement, rp).extract()
    assert read.resource_provider_generation == 1
    assert {rc: r.to_dict() for rc, r in present(read.inventories).items()} == {
        rc: r.to_dict() for rc, r in inv.items()
    }
    one = inventories.get(placement, rp, "VCPU").extract()
    assert (one.total, one.allocation_ratio, one.resource_provider_generation) == (8, 2.0, 1)
    with pytest.raises(errors.NotFound):
        inventories.get(placement, rp, "DISK_GB")

    created = inventories.create(
        placement,
        rp,
        inventories.CreateOpts(resource_class="DISK_GB", total=100, step_size=10, max_unit=50),
    ).extract()
    assert (created.total, created.step_size, created.max_unit) == (100, 10, 50)
    assert created.resource_provider_generation == 2
    with pytest.raises(errors.Conflict) as twice:
        inventories.create(placement, rp, inventories.CreateOpts(resource_class="DISK_GB", total=1))
    assert_server_message(twice.value, 409, "conflict")  # sqlite's unique constraint, verbatim

    updated = inventories.update(
        placement, rp, "DISK_GB", inventories.UpdateOpts(total=200, resource_provider_generation=2)
    ).extract()
    # a PUT: what is not sent goes back to its default
    assert (updated.total, updated.step_size, updated.max_unit) == (200, 1, 2147483647)
    assert updated.resource_provider_generation == 3

    # stale generations: the server's 409, its message kept, nothing changed
    with pytest.raises(errors.Conflict) as stale_one:
        inventories.update(
            placement,
            rp,
            "DISK_GB",
            inventories.UpdateOpts(total=300, resource_provider_generation=2),
        )
    assert_server_message(stale_one.value, 409, "resource provider generation conflict")
    with pytest.raises(errors.Conflict) as stale_all:
        inventories.set_all(
            placement, rp, inventories.SetAllOpts(inventories={}, resource_provider_generation=1)
        )
    assert_server_message(stale_all.value, 409, "resource provider generation conflict")
    now = inventories.get_all(placement, rp).extract()
    assert now.resource_provider_generation == 3
    assert present(present(now.inventories)["DISK_GB"].total) == 200
    assert set(present(now.inventories)) == {"VCPU", "MEMORY_MB", "DISK_GB"}

    assert inventories.delete(placement, rp, "DISK_GB").status_code == 204
    with pytest.raises(errors.NotFound):
        inventories.get(placement, rp, "DISK_GB")
    assert set(present(inventories.get_all(placement, rp).extract().inventories)) == {
        "VCPU",
        "MEMORY_MB",
    }

    assert inventories.delete_all(placement, rp).status_code == 204
    emptied = inventories.get_all(placement, rp).extract()
    assert present(emptied.inventories) == {}
    assert present(emptied.resource_provider_generation) > 3


# -- traits ------------------------------------------------------------------------


def test_traits(
    placement: ServiceClient, make_provider: MakeProvider, unique: Unique, cleanup: Cleanup
) -> None:
    prefix = custom_name(unique, "tr")
    trait, spare = prefix + "_A", prefix + "_B"
    cleanup(lambda: traits.delete(placement, spare))
    cleanup(lambda: traits.delete(placement, trait))
    assert traits.ensure(placement, trait).status_code == 201
    assert traits.ensure(placement, trait).status_code == 204  # already there
    assert traits.ensure(placement, spare).status_code == 201
    assert traits.check(placement, trait).status_code == 204
    with pytest.raises(errors.NotFound) as missing:
        traits.check(placement, prefix + "_NONE")
    assert_server_message(missing.value, 404, prefix + "_NONE")
    with pytest.raises(errors.BadRequest):
        traits.ensure(placement, "NOT_CUSTOM_" + prefix)

    def listed(**filters: object) -> set[str]:
        opts = traits.ListNamesOpts(**filters)  # type: ignore[arg-type]
        return set(present(traits.list_names(placement, opts).extract().traits))

    standard = set(present(traits.list_names(placement).extract().traits))
    assert {trait, spare, "HW_CPU_X86_AVX2"} <= standard
    assert listed(name=f"startswith:{prefix}") == {trait, spare}
    assert listed(name=f"in:{trait},HW_CPU_X86_AVX2") == {trait, "HW_CPU_X86_AVX2"}
    assert listed(name=f"startswith:{prefix}", associated=True) == set()
    assert listed(name=f"startswith:{prefix}", associated=False) == {trait, spare}

    rp = make_provider("traits").uuid
    empty = traits.get_for_provider(placement, rp).extract()
    assert (empty.traits, empty.resource_provider_generation) == ([], 0)
    after = traits.set_for_provider(
        placement,
        rp,
        traits.SetForProviderOpts(
            traits=[trait, "HW_CPU_X86_AVX2"], resource_provider_generation=0
        ),
    ).extract()
    assert set(present(after.traits)) == {trait, "HW_CPU_X86_AVX2"}
    assert after.resource_provider_generation == 1
    read = traits.get_for_provider(placement, rp).extract()
    assert set(present(read.traits)) == {trait, "HW_CPU_X86_AVX2"}
    assert read.resource_provider_generation == 1
    assert listed(name=f"startswith:{prefix}", associated=True) == {trait}
    assert listed(name=f"startswith:{prefix}", associated=False) == {spare}

    with pytest.raises(errors.Conflict) as stale:
        traits.set_for_provider(
            placement, rp, traits.SetForProviderOpts(traits=[spare], resource_provider_generation=0)
        )
    assert_server_message(stale.value, 409, "generation")
    with pytest.raises(errors.BadRequest) as unknown:
        traits.set_for_provider(
            placement,
            rp,
            traits.SetForProviderOpts(traits=[prefix + "_NONE"], resource_provider_generation=1),
        )
    assert_server_message(unknown.value, 400, prefix + "_NONE")
    with pytest.raises(errors.Conflict) as in_use:
        traits.delete(placement, trait)
    assert_server_message(in_use.value, 409, "in use")
    with pytest.raises(errors.BadRequest) as std:
        traits.delete(placement, "HW_CPU_X86_AVX2")
    assert_server_message(std.value, 400, "standard trait")

    assert traits.delete_for_provider(placement, rp).status_code == 204
    cleared = traits.get_for_provider(placement, rp).extract()
    assert cleared.traits == [] and present(cleared.resource_provider_generation) == 2

    assert traits.delete(placement, trait).status_code == 204
    with pytest.raises(errors.NotFound):
        traits.check(placement, trait)
    with pytest.raises(errors.NotFound):
        traits.delete(placement, trait)
    assert listed(name=f"startswith:{prefix}") == {spare}


# -- resource classes ----------------------------------------------------------------


def test_resource_classes(placement: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    ensured, created_name = custom_name(unique, "rca"), custom_name(unique, "rcb")
    renamed = created_name + "_RENAMED"
    cleanup(lambda: resource_classes.delete(placement, renamed))
    cleanup(lambda: resource_classes.delete(placement, created_name))
    cleanup(lambda: resource_classes.delete(placement, ensured))

    assert resource_classes.ensure(placement, ensured).status_code == 201
    assert resource_classes.ensure(placement, ensured).status_code == 204
    location = resource_classes.create(
        placement, resource_classes.CreateOpts(name=created_name)
    ).extract()
    assert location == f"{placement.endpoint}/resource_classes/{created_name}"
    with pytest.raises(errors.Conflict) as dup:
        resource_classes.create(placement, resource_classes.CreateOpts(name=created_name))
    assert_server_message(dup.value, 409, created_name)
    with pytest.raises(errors.BadRequest):
        resource_classes.create(
            placement, resource_classes.CreateOpts(name="lowercase_" + created_name)
        )

    got = resource_classes.get(placement, created_name).extract()
    assert got.name == created_name
    assert [(link.rel, link.href) for link in present(got.links)] == [
        ("self", f"/resource_classes/{created_name}")
    ]
    names = {rc.name for rc in resource_classes.list(placement)}
    assert {ensured, created_name, "VCPU", "MEMORY_MB", "DISK_GB"} <= names

    # rename: only PUT at 1.2 to 1.6 does that (since 1.7 a PUT is ensure)
    with pytest.raises(errors.MicroversionError):
        resource_classes.update(placement, created_name, resource_classes.UpdateOpts(name=renamed))
    updated = resource_classes.update(
        placement, created_name, resource_classes.UpdateOpts(name=renamed), microversion="1.6"
    ).extract()
    assert updated.name == renamed
    assert resource_classes.get(placement, renamed).extract().name == renamed
    with pytest.raises(errors.NotFound) as old:
        resource_classes.get(placement, created_name)
    assert_server_message(old.value, 404, created_name)

    assert resource_classes.delete(placement, renamed).status_code == 204
    with pytest.raises(errors.NotFound):
        resource_classes.get(placement, renamed)
    with pytest.raises(errors.BadRequest) as std:
        resource_classes.delete(placement, "VCPU")
    assert_server_message(std.value, 400, "standard resource class")
    assert renamed not in {rc.name for rc in resource_classes.list(placement)}


def test_resource_class_in_use_cannot_be_deleted(
    placement: ServiceClient, make_provider: MakeProvider, custom_rc: str, cleanup: Cleanup
) -> None:
    rp = make_provider("rc-use").uuid
    stock(placement, cleanup, rp, {custom_rc: 3})
    with pytest.raises(errors.Conflict) as in_use:
        resource_classes.delete(placement, custom_rc)
    assert_server_message(in_use.value, 409, custom_rc)


# -- aggregates ------------------------------------------------------------------------


def test_aggregates_with_generation(placement: ServiceClient, make_provider: MakeProvider) -> None:
    rp = make_provider("agg").uuid
    start = aggregates.get(placement, rp).extract()
    assert (start.aggregates, start.resource_provider_generation) == ([], 0)

    agg_a, agg_b = new_id(), new_id()
    done = aggregates.update(
        placement,
        rp,
        aggregates.UpdateOpts(aggregates=[agg_a, agg_b], resource_provider_generation=0),
    ).extract()
    assert set(present(done.aggregates)) == {agg_a, agg_b}
    assert done.resource_provider_generation == 1
    read = aggregates.get(placement, rp).extract()
    assert (
        set(present(read.aggregates)) == {agg_a, agg_b} and read.resource_provider_generation == 1
    )

    with pytest.raises(errors.Conflict) as stale:
        aggregates.update(
            placement, rp, aggregates.UpdateOpts(aggregates=[], resource_provider_generation=0)
        )
    assert_server_message(stale.value, 409, "generation")
    assert set(present(aggregates.get(placement, rp).extract().aggregates)) == {agg_a, agg_b}

    # before 1.19 the generation is not part of the answer
    old = aggregates.get(placement, rp, microversion="1.18").extract()
    assert set(present(old.aggregates)) == {agg_a, agg_b}
    assert not old.is_set("resource_provider_generation")

    cleared = aggregates.update(
        placement, rp, aggregates.UpdateOpts(aggregates=[], resource_provider_generation=1)
    ).extract()
    assert cleared.aggregates == [] and cleared.resource_provider_generation == 2
    assert generation(placement, rp) == 2


# -- allocations ---------------------------------------------------------------------------


def test_allocations(
    placement: ServiceClient, make_provider: MakeProvider, custom_rc: str, cleanup: Cleanup
) -> None:
    rp = make_provider("alloc").uuid
    stock(placement, cleanup, rp, {custom_rc: 10, "VCPU": 4})
    project, user = uuid.uuid4().hex, uuid.uuid4().hex
    c1, c2, c3 = new_id(), new_id(), new_id()
    for consumer in (c3, c2, c1):
        cleanup(functools.partial(allocations.delete, placement, consumer))

    def opts(
        amount: dict[str, int], gen: int | None, ctype: str = "INSTANCE"
    ) -> allocations.UpdateOpts:
        return allocations.UpdateOpts(
            allocations={rp: allocations.ProviderResources(resources=amount)},
            project_id=project,
            user_id=user,
            consumer_generation=gen,
            consumer_type=ctype,
        )

    # a consumer without allocations: an empty map, not a 404
    assert allocations.get(placement, c1).extract().allocations == {}

    assert allocations.update(placement, c1, opts({custom_rc: 2}, None)).status_code == 204
    first = allocations.get(placement, c1).extract()
    assert present(present(first.allocations)[rp].resources) == {custom_rc: 2}
    assert (first.project_id, first.user_id, first.consumer_type) == (project, user, "INSTANCE")
    read_gen = present(first.consumer_generation)
    assert read_gen == 1

    allocations.update(placement, c1, opts({custom_rc: 3, "VCPU": 1}, read_gen))
    second = allocations.get(placement, c1).extract()
    assert present(present(second.allocations)[rp].resources) == {custom_rc: 3, "VCPU": 1}
    assert second.consumer_generation == read_gen + 1

    with pytest.raises(errors.Conflict) as stale:
        allocations.update(placement, c1, opts({custom_rc: 9}, read_gen))
    assert_server_message(
        stale.value,
        409,
        f"consumer generation conflict - expected {read_gen + 1} but got {read_gen}",
    )
    with pytest.raises(errors.Conflict) as not_new:
        allocations.update(placement, c1, opts({custom_rc: 9}, None))
    assert_server_message(not_new.value, 409, "but got None")
    with pytest.raises(errors.Conflict) as too_much:
        allocations.update(placement, c2, opts({custom_rc: 11}, None))
    assert_server_message(too_much.value, 409, "capacity")
    assert present(present(allocations.get(placement, c1).extract().allocations)[rp].resources) == {
        custom_rc: 3,
        "VCPU": 1,
    }

    by_provider = allocations.list_for_provider(placement, rp).extract()
    assert set(present(by_provider.allocations)) == {c1}
    entry = present(by_provider.allocations)[c1]
    assert present(entry.resources) == {custom_rc: 3, "VCPU": 1}
    assert by_provider.resource_provider_generation == generation(placement, rp)

    # two consumers in one request
    assert (
        allocations.set_many(
            placement,
            allocations.SetManyOpts(
                consumers={
                    c1: allocations.ConsumerAllocations(
                        allocations={rp: allocations.ProviderResources(resources={custom_rc: 1})},
                        project_id=project,
                        user_id=user,
                        consumer_generation=read_gen + 1,
                        consumer_type="INSTANCE",
                    ),
                    c2: allocations.ConsumerAllocations(
                        allocations={
                            rp: allocations.ProviderResources(resources={custom_rc: 4, "VCPU": 2})
                        },
                        project_id=project,
                        user_id=user,
                        consumer_generation=None,
                        consumer_type="MIGRATION",
                    ),
                }
            ),
        ).status_code
        == 204
    )
    got1, got2 = allocations.get(placement, c1).extract(), allocations.get(placement, c2).extract()
    assert present(present(got1.allocations)[rp].resources) == {custom_rc: 1}
    assert present(present(got2.allocations)[rp].resources) == {custom_rc: 4, "VCPU": 2}
    assert (got2.consumer_type, got2.consumer_generation) == ("MIGRATION", 1)
    assert set(present(allocations.list_for_provider(placement, rp).extract().allocations)) == {
        c1,
        c2,
    }
    assert present(usages.get(placement, rp).extract().usages) == {custom_rc: 5, "VCPU": 2}

    # what is allocated pins its inventory and provider
    with pytest.raises(errors.Conflict):
        inventories.delete(placement, rp, custom_rc)
    with pytest.raises(errors.Conflict):
        resource_providers.delete(placement, rp)

    assert allocations.delete(placement, c1).status_code == 204
    assert allocations.get(placement, c1).extract().allocations == {}
    with pytest.raises(errors.NotFound) as none_left:
        allocations.delete(placement, c1)
    assert_server_message(none_left.value, 404, c1)
    # since 1.28 an empty map (with the generation) removes a consumer's allocations
    allocations.update(
        placement,
        c2,
        allocations.UpdateOpts(
            allocations={},
            project_id=project,
            user_id=user,
            consumer_generation=1,
            consumer_type="MIGRATION",
        ),
    )
    assert allocations.get(placement, c2).extract().allocations == {}

    # the list form of before 1.12 (project and user since 1.8)
    allocations.replace_legacy(
        placement,
        c3,
        allocations.ReplaceLegacyOpts(
            allocations=[
                allocations.LegacyAllocation(
                    resource_provider=allocations.ProviderRef(uuid=rp), resources={custom_rc: 2}
                )
            ],
            project_id=project,
            user_id=user,
        ),
        microversion="1.8",
    )
    old_view = allocations.get(placement, c3, microversion="1.8").extract()
    assert present(present(old_view.allocations)[rp].resources) == {custom_rc: 2}
    assert not old_view.is_set("project_id") and not old_view.is_set("consumer_generation")
    new_view = allocations.get(placement, c3).extract()
    assert (new_view.project_id, new_view.user_id, new_view.consumer_type) == (
        project,
        user,
        "unknown",
    )
    assert set(present(allocations.list_for_provider(placement, rp).extract().allocations)) == {c3}


# -- allocation candidates -----------------------------------------------------------------


def test_allocation_candidates(
    placement: ServiceClient, make_provider: MakeProvider, custom_rc: str, cleanup: Cleanup
) -> None:
    big, small = make_provider("big").uuid, make_provider("small").uuid
    stock(placement, cleanup, big, {custom_rc: 10})
    stock(placement, cleanup, small, {custom_rc: 5, "VCPU": 2})
    consumer = new_id()
    allocate(
        placement,
        cleanup,
        consumer,
        {big: {custom_rc: 3}},
        project_id=uuid.uuid4().hex,
        user_id=uuid.uuid4().hex,
    )

    found = allocation_candidates.query(
        placement, allocation_candidates.QueryOpts(resources=f"{custom_rc}:2")
    ).extract()
    requests_ = present(found.allocation_requests)
    assert {next(iter(present(r.allocations))) for r in requests_} == {big, small}
    for r in requests_:
        ((rp_uuid, part),) = present(r.allocations).items()
        assert present(part.resources) == {custom_rc: 2}
        assert present(r.mappings) == {"": [rp_uuid]}
    summaries = present(found.provider_summaries)
    assert set(summaries) == {big, small}
    big_rc = present(summaries[big].resources)[custom_rc]
    assert (big_rc.capacity, big_rc.used) == (10, 3)
    assert set(present(summaries[small].resources)) == {custom_rc, "VCPU"}  # every class since 1.27
    assert (
        summaries[small].root_provider_uuid == small
        and summaries[small].parent_provider_uuid is None
    )

    limited = allocation_candidates.query(
        placement, allocation_candidates.QueryOpts(resources=f"{custom_rc}:2", limit=1)
    ).extract()
    assert len(present(limited.allocation_requests)) == 1
    only_big = allocation_candidates.query(
        placement, allocation_candidates.QueryOpts(resources=f"{custom_rc}:6")
    ).extract()
    assert [list(present(r.allocations)) for r in present(only_big.allocation_requests)] == [[big]]
    nothing = allocation_candidates.query(
        placement, allocation_candidates.QueryOpts(resources=f"{custom_rc}:8", limit=5)
    ).extract()
    assert nothing.allocation_requests == [] and nothing.provider_summaries == {}

    legacy = allocation_candidates.query_legacy(
        placement,
        allocation_candidates.QueryLegacyOpts(resources=f"{custom_rc}:6"),
        microversion="1.10",
    )
    assert legacy.headers[HEADER] == "placement 1.10"
    old = legacy.extract()
    (candidate,) = present(old.allocation_requests)
    (listed,) = present(candidate.allocations)
    assert present(listed.resource_provider).uuid == big
    assert present(listed.resources) == {custom_rc: 6}
    assert set(present(old.provider_summaries)) == {big}
    assert set(present(present(old.provider_summaries)[big].resources)) == {
        custom_rc
    }  # only asked ones


# -- usages --------------------------------------------------------------------------------


def test_usages(
    placement: ServiceClient, make_provider: MakeProvider, custom_rc: str, cleanup: Cleanup
) -> None:
    rp = make_provider("usage").uuid
    stock(placement, cleanup, rp, {custom_rc: 20, "VCPU": 8})
    assert present(usages.get(placement, rp).extract().usages) == {custom_rc: 0, "VCPU": 0}

    project, alice, bob = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    allocate(
        placement,
        cleanup,
        new_id(),
        {rp: {custom_rc: 2, "VCPU": 1}},
        project_id=project,
        user_id=alice,
        consumer_type="INSTANCE",
    )
    allocate(
        placement,
        cleanup,
        new_id(),
        {rp: {custom_rc: 3}},
        project_id=project,
        user_id=bob,
        consumer_type="MIGRATION",
    )
    # before 1.38 a consumer has no type: it counts as "unknown"
    untyped = new_id()
    cleanup(lambda: allocations.delete(placement, untyped))
    allocations.update(
        placement,
        untyped,
        allocations.UpdateOpts(
            allocations={rp: allocations.ProviderResources(resources={custom_rc: 1})},
            project_id=project,
            user_id=alice,
            consumer_generation=None,
        ),
        microversion="1.37",
    )

    on_rp = usages.get(placement, rp).extract()
    assert present(on_rp.usages) == {custom_rc: 6, "VCPU": 1}
    assert on_rp.resource_provider_generation == generation(placement, rp)

    totals = usages.get_totals(
        placement, usages.GetTotalsOpts(project_id=project), microversion="1.37"
    )
    assert totals.headers[HEADER] == "placement 1.37"
    assert present(totals.extract().usages) == {custom_rc: 6, "VCPU": 1}
    alice_only = usages.get_totals(
        placement, usages.GetTotalsOpts(project_id=project, user_id=alice), microversion="1.37"
    ).extract()
    assert present(alice_only.usages) == {custom_rc: 3, "VCPU": 1}
    assert (
        present(
            usages.get_totals(
                placement, usages.GetTotalsOpts(project_id=uuid.uuid4().hex), microversion="1.37"
            )
            .extract()
            .usages
        )
        == {}
    )

    by_type = usages.get_totals_by_consumer_type(
        placement, usages.GetTotalsByConsumerTypeOpts(project_id=project)
    ).extract()
    assert present(by_type.usages) == {
        "INSTANCE": {custom_rc: 2, "VCPU": 1, "consumer_count": 1},
        "MIGRATION": {custom_rc: 3, "consumer_count": 1},
        "unknown": {custom_rc: 1, "consumer_count": 1},
    }
    all_types = usages.get_totals_by_consumer_type(
        placement, usages.GetTotalsByConsumerTypeOpts(project_id=project, consumer_type="all")
    ).extract()
    assert present(all_types.usages) == {"all": {custom_rc: 6, "VCPU": 1, "consumer_count": 3}}
    migrations = usages.get_totals_by_consumer_type(
        placement,
        usages.GetTotalsByConsumerTypeOpts(project_id=project, consumer_type="MIGRATION"),
        microversion="1.38",
    ).extract()
    assert present(migrations.usages) == {"MIGRATION": {custom_rc: 3, "consumer_count": 1}}
    alice_typed = usages.get_totals_by_consumer_type(
        placement, usages.GetTotalsByConsumerTypeOpts(project_id=project, user_id=alice)
    ).extract()
    assert set(present(alice_typed.usages)) == {"INSTANCE", "unknown"}

    # the two forms of GET /usages live in disjoint microversion windows
    with pytest.raises(errors.MicroversionError):
        usages.get_totals(placement, usages.GetTotalsOpts(project_id=project))
    with pytest.raises(errors.MicroversionError):
        usages.get_totals_by_consumer_type(
            placement, usages.GetTotalsByConsumerTypeOpts(project_id=project), microversion="1.37"
        )


# -- reshaper ------------------------------------------------------------------------------


def test_reshaper_as_a_service_user(
    placement: ServiceClient,
    identity: ServiceClient,
    keystone: KeystoneInfo,
    make_provider: MakeProvider,
    custom_rc: str,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    # the reshaper's policy is role:service; admin alone is refused
    root = make_provider("reshape-root").uuid
    child = make_provider("reshape-child", parent=root).uuid
    stock(placement, cleanup, root, {custom_rc: 10, "VCPU": 4})
    cleanup(lambda: inventories.delete_all(placement, child))  # the reshape moves inventory there
    project = projects.create(
        identity, projects.CreateOpts(name=unique("svc-proj"), domain_id=DOMAIN)
    ).extract()
    cleanup(lambda: projects.delete(identity, project.id))
    password = unique("pw")
    user = users.create(
        identity, users.CreateOpts(name=unique("svc-user"), domain_id=DOMAIN, password=password)
    ).extract()
    cleanup(lambda: users.delete(identity, user.id))
    consumer = new_id()
    allocate(
        placement,
        cleanup,
        consumer,
        {root: {custom_rc: 2, "VCPU": 1}},
        project_id=project.id,
        user_id=user.id,
    )

    def reshape_opts() -> reshaper.ReshapeOpts:
        return reshaper.ReshapeOpts(
            inventories={
                root: inventories.ProviderInventories(
                    inventories={"VCPU": inventories.InventoryRecord(total=4)},
                    resource_provider_generation=generation(placement, root),
                ),
                child: inventories.ProviderInventories(
                    inventories={custom_rc: inventories.InventoryRecord(total=10)},
                    resource_provider_generation=generation(placement, child),
                ),
            },
            allocations={
                consumer: allocations.ConsumerAllocations(
                    allocations={
                        root: allocations.ProviderResources(resources={"VCPU": 1}),
                        child: allocations.ProviderResources(resources={custom_rc: 2}),
                    },
                    project_id=project.id,
                    user_id=user.id,
                    consumer_generation=present(
                        allocations.get(placement, consumer).extract().consumer_generation
                    ),
                    consumer_type="INSTANCE",
                ),
            },
        )

    with pytest.raises(errors.Forbidden) as refused:
        reshaper.reshape(placement, reshape_opts())
    assert_server_message(refused.value, 403, "placement:reshaper:reshape")

    roles.grant_project_user(identity, project.id, user.id, role_id(identity, "service"))
    service_provider = authenticated_client(
        AuthOptions(
            identity_endpoint=keystone.auth_url,
            username=present(user.name),
            password=password,
            user_domain_id=DOMAIN,
            project_id=project.id,
            region_name=keystone.region,
        )
    )
    as_service = placement_v1.new_client(service_provider)

    # a stale generation is refused by the reshaper too, with the server's message
    stale = reshape_opts()
    stale.inventories[child].resource_provider_generation = 99
    with pytest.raises(errors.Conflict) as conflict:
        reshaper.reshape(as_service, stale)
    assert_server_message(conflict.value, 409, "generation")

    assert reshaper.reshape(as_service, reshape_opts()).status_code == 204
    assert set(present(inventories.get_all(placement, root).extract().inventories)) == {"VCPU"}
    assert (
        present(
            present(inventories.get_all(placement, child).extract().inventories)[custom_rc].total
        )
        == 10
    )
    moved = allocations.get(placement, consumer).extract()
    assert {rp: present(r.resources) for rp, r in present(moved.allocations).items()} == {
        root: {"VCPU": 1},
        child: {custom_rc: 2},
    }
    assert present(usages.get(placement, child).extract().usages) == {custom_rc: 2}
    service_provider.session.close()


# -- microversion rules --------------------------------------------------------------------


def test_operation_newer_than_the_client_raises_before_sending(
    counted: Counted, unique: Unique
) -> None:
    client = counted.client
    client.microversion = "1.10"
    rp = new_id()
    calls: list[Callable[[], object]] = [
        lambda: resource_providers.create(
            client, resource_providers.CreateOpts(name=unique("never"))
        ),
        lambda: aggregates.update(
            client, rp, aggregates.UpdateOpts(aggregates=[], resource_provider_generation=0)
        ),
        lambda: allocations.update(
            client, rp, allocations.UpdateOpts(allocations={}, project_id="p", user_id="u")
        ),
        lambda: allocations.set_many(client, allocations.SetManyOpts(consumers={})),
        lambda: allocation_candidates.query(
            client, allocation_candidates.QueryOpts(resources="VCPU:1")
        ),
        lambda: resource_classes.list(client, microversion="1.1"),
        lambda: usages.get_totals_by_consumer_type(
            client, usages.GetTotalsByConsumerTypeOpts(project_id="p")
        ),
        lambda: reshaper.reshape(client, reshaper.ReshapeOpts(inventories={}, allocations={})),
        lambda: traits.list_names(client, microversion="1.5"),
        lambda: inventories.delete_all(client, rp, microversion="1.4"),
    ]
    for call in calls:
        with pytest.raises(
            errors.MicroversionError, match=r"needs microversion >= 1\.\d+, the call uses 1\.\d+$"
        ):
            call()
    client.microversion = None  # negotiated (1.39): operations that ended before it
    too_new: list[Callable[[], object]] = [
        lambda: resource_providers.create_legacy(
            client, resource_providers.CreateLegacyOpts(name="never")
        ),
        lambda: resource_classes.update(
            client, "CUSTOM_NEVER", resource_classes.UpdateOpts(name="CUSTOM_X")
        ),
        lambda: allocation_candidates.query_legacy(
            client, allocation_candidates.QueryLegacyOpts(resources="VCPU:1")
        ),
        lambda: allocations.replace_legacy(
            client, rp, allocations.ReplaceLegacyOpts(allocations=[])
        ),
        lambda: usages.get_totals(client, usages.GetTotalsOpts(project_id="p")),
        lambda: resource_providers.create(
            client, resource_providers.CreateOpts(name="never"), microversion="1.19"
        ),
    ]
    for call in too_new:
        with pytest.raises(errors.MicroversionError):
            call()
    assert counted.sent == []  # nothing reached the wire


def test_parameter_outside_its_window_raises_before_sending(counted: Counted) -> None:
    client = counted.client
    rp = new_id()
    with pytest.raises(errors.MicroversionError, match="'in_tree' needs microversion >= 1.14"):
        resource_providers.list(
            client, resource_providers.ListOpts(in_tree=rp), microversion="1.13"
        )
    with pytest.raises(errors.MicroversionError, match="'required' needs microversion >= 1.18"):
        resource_providers.list(
            client, resource_providers.ListOpts(required=["HW_CPU_X86_AVX2"]), microversion="1.17"
        )
    with pytest.raises(
        errors.MicroversionError, match="'parent_provider_uuid' needs microversion >= 1.14"
    ):
        resource_providers.update(
            client,
            rp,
            resource_providers.UpdateOpts(name="x", parent_provider_uuid=None),
            microversion="1.13",
        )
    with pytest.raises(errors.MicroversionError, match="'limit' needs microversion >= 1.16"):
        allocation_candidates.query(
            client,
            allocation_candidates.QueryOpts(resources="VCPU:1", limit=1),
            microversion="1.15",
        )
    with pytest.raises(
        errors.MicroversionError, match="'consumer_type' needs microversion >= 1.38"
    ):
        allocations.update(
            client,
            rp,
            allocations.UpdateOpts(
                allocations={},
                project_id="p",
                user_id="u",
                consumer_generation=None,
                consumer_type="INSTANCE",
            ),
            microversion="1.37",
        )
    with pytest.raises(errors.MicroversionError, match="'project_id' needs microversion >= 1.8"):
        allocations.replace_legacy(
            client,
            rp,
            allocations.ReplaceLegacyOpts(allocations=[], project_id="p"),
            microversion="1.7",
        )
    # a field required from a microversion on is checked against the call's version too
    with pytest.raises(
        ValueError, match="missing field 'consumer_type', required from microversion >= 1.38"
    ):
        allocations.update(
            client,
            rp,
            allocations.UpdateOpts(
                allocations={}, project_id="p", user_id="u", consumer_generation=None
            ),
        )
    assert counted.sent == []


def test_client_microversion_pins_every_call_and_per_call_overrides(
    counted: Counted, make_provider: MakeProvider, cleanup: Cleanup, placement: ServiceClient
) -> None:
    root = make_provider("pin-root").uuid
    child = make_provider("pin-child", parent=root).uuid
    stock(placement, cleanup, child, {"VCPU": 2})
    client = counted.client
    client.microversion = "1.10"

    pinned = resource_providers.get(client, child).extract()
    assert not pinned.is_set("parent_provider_uuid") and not pinned.is_set(
        "root_provider_uuid"
    )  # 1.14 fields
    assert child in {
        p.uuid for p in resource_providers.list(client, resource_providers.ListOpts(uuid=child))
    }
    assert present(inventories.get_all(client, child).extract().inventories)["VCPU"].total == 2
    assert allocations.get(client, new_id()).extract().allocations == {}
    assert present(usages.get(client, child).extract().usages) == {"VCPU": 0}
    assert resource_providers.find(client, child).uuid == child
    assert len(counted.sent) == 6
    assert set(counted.versions_sent()) == {"placement 1.10"}
    assert {r.headers[HEADER] for r in counted.sent} == {"placement 1.10"}

    counted.sent.clear()
    override = resource_providers.get(client, child, microversion="1.14").extract()
    assert override.parent_provider_uuid == root and override.root_provider_uuid == root
    with pytest.raises(ValueError, match="invalid microversion '1.x'"):  # the override is checked
        resource_providers.get(client, child, microversion="1.x")
    again = resource_providers.get(client, child).extract()
    assert not again.is_set("parent_provider_uuid")
    assert counted.versions_sent() == ["placement 1.14", "placement 1.10"]
    assert [r.headers[HEADER] for r in counted.sent] == ["placement 1.14", "placement 1.10"]

    counted.sent.clear()
    client.microversion = None
    unpinned = resource_providers.get(client, child).extract()
    assert unpinned.parent_provider_uuid == root
    assert counted.versions_sent() == [f"placement {client.negotiate()}"]
    assert placement.microversion is None  # the shared client was never touched


def test_per_call_microversion_beyond_the_server_is_its_406(
    counted: Counted, make_provider: MakeProvider
) -> None:
    rp = make_provider("too-new").uuid
    with pytest.raises(errors.NotAcceptable) as refused:
        resource_providers.get(counted.client, rp, microversion="1.99")
    assert refused.value.status == 406
    assert_server_message(refused.value, 406, "1.99")
    assert counted.versions_sent() == ["placement 1.99"]


def test_windowed_fields_left_out_before_their_microversion(
    counted: Counted, make_provider: MakeProvider, cleanup: Cleanup, placement: ServiceClient
) -> None:
    """consumer_generation (1.28) and consumer_type (1.38) are required only from
    their microversion on; before it they are left out of the body and the server
    accepts the write."""
    rp = make_provider("windows").uuid
    stock(placement, cleanup, rp, {"VCPU": 4})
    consumer = new_id()
    cleanup(lambda: allocations.delete(placement, consumer))
    project, user = uuid.uuid4().hex, uuid.uuid4().hex
    client = counted.client

    def held(amount: int) -> allocations.UpdateOpts:
        return allocations.UpdateOpts(
            allocations={rp: allocations.ProviderResources(resources={"VCPU": amount})},
            project_id=project,
            user_id=user,
        )

    allocations.update(client, consumer, held(1), microversion="1.12")
    step = held(2)
    step.consumer_generation = 1
    allocations.update(client, consumer, step, microversion="1.28")
    bodies = [json.loads(r.request.body or b"{}") for r in counted.sent]
    assert [set(b) for b in bodies] == [
        {"allocations", "project_id", "user_id"},
        {"allocations", "project_id", "user_id", "consumer_generation"},
    ]
    assert counted.versions_sent() == ["placement 1.12", "placement 1.28"]
    now = allocations.get(placement, consumer).extract()
    assert present(present(now.allocations)[rp].resources) == {"VCPU": 2}
    assert (now.consumer_generation, now.consumer_type) == (2, "unknown")


def test_nested_model_field_outside_its_window_raises_before_sending(
    counted: Counted, make_provider: MakeProvider, cleanup: Cleanup, placement: ServiceClient
) -> None:
    rp = make_provider("nested").uuid
    stock(placement, cleanup, rp, {"VCPU": 4})
    consumer = new_id()
    cleanup(lambda: allocations.delete(placement, consumer))
    opts = allocations.SetManyOpts(
        consumers={
            consumer: allocations.ConsumerAllocations(
                allocations={rp: allocations.ProviderResources(resources={"VCPU": 1})},
                project_id=uuid.uuid4().hex,
                user_id=uuid.uuid4().hex,
                consumer_generation=None,
                consumer_type="INSTANCE",
            ),
        }
    )
    with pytest.raises(errors.MicroversionError, match="consumer_type"):
        allocations.set_many(counted.client, opts, microversion="1.37")
    assert counted.sent == []
