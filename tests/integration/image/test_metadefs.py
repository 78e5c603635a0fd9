"""Metadata definitions against a real Glance: namespaces, their objects, property definitions,
resource type associations and tags, all on namespaces the tests create and delete."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

import stacksdk.image.v2 as image_v2
from stacksdk.image.v2 import (
    metadef_namespaces as namespaces,
)
from stacksdk.image.v2 import (
    metadef_objects as objects,
)
from stacksdk.image.v2 import (
    metadef_properties as properties,
)
from stacksdk.image.v2 import (
    metadef_resource_type_associations as associations,
)
from stacksdk.image.v2 import (
    metadef_resource_types as resource_types,
)
from stacksdk.image.v2 import (
    metadef_tags as tags,
)
from stacksdk.runtime import UNSET, ProviderClient, ServiceClient, authenticated_client, errors
from tests.integration.conftest import admin_options
from tests.integration.helpers import Cleanup, Unique, present
from tests.localcloud.keystone import KeystoneInfo

RESOURCE_TYPE = "OS::Glance::Image"  # an existing type: associations never leave new ones behind


def drop_namespace(image: ServiceClient, name: str) -> None:
    """Delete a namespace, unprotecting it first if needed (gone is fine: cleanup ignores it)."""
    current = namespaces.get(image, name).extract()
    if current.protected:
        namespaces.update(image, name, namespaces.UpdateOpts(namespace=name, protected=False))
    namespaces.delete(image, name)


@pytest.fixture
def namespace(image: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    """An empty private namespace, deleted at teardown; its name."""
    name = unique("TW::Meta")
    namespaces.create(image, namespaces.CreateOpts(namespace=name, display_name="Test namespace"))
    cleanup(lambda: drop_namespace(image, name))
    return name


@pytest.fixture
def demo_image(demo_provider: ProviderClient) -> ServiceClient:
    return image_v2.new_client(demo_provider)


# -- namespaces ----------------------------------------------------------------------------


def test_namespace_crud_rename(
    image: ServiceClient, demo_image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("TW::Ns")
    renamed = unique("TW::Renamed")
    cleanup(lambda: drop_namespace(image, name))
    cleanup(lambda: drop_namespace(image, renamed))
    result = namespaces.create(
        image,
        namespaces.CreateOpts(
            namespace=name,
            display_name="Shown",
            description="made by stacksdk",
            visibility="private",
        ),
    )
    assert result.status_code == 201
    created = result.extract()
    assert created.namespace == name and created.display_name == "Shown"
    assert created.description == "made by stacksdk" and created.visibility == "private"
    assert created.protected is False and created.owner
    assert present(created.self_link) == f"/v2/metadefs/namespaces/{name}"
    with pytest.raises(errors.Conflict):
        namespaces.create(image, namespaces.CreateOpts(namespace=name))

    got = namespaces.get(image, name).extract()  # "::" in the path: escaped, and found
    assert got.namespace == name and got.created_at == created.created_at
    assert got.properties is UNSET and got.objects is UNSET and got.tags is UNSET  # empty
    assert namespaces.find(image, name).namespace == name
    assert name in {n.namespace for n in namespaces.list(image)}
    assert name in {
        n.namespace for n in namespaces.list(image, namespaces.ListOpts(visibility="private"))
    }
    assert name not in {
        n.namespace for n in namespaces.list(image, namespaces.ListOpts(visibility="public"))
    }
    # private: another project sees nothing
    with pytest.raises(errors.NotFound):
        namespaces.get(demo_image, name)

    # PUT: what is left out is reset (description cleared), what is sent is kept
    updated = namespaces.update(
        image,
        name,
        namespaces.UpdateOpts(namespace=name, display_name="Shown 2", visibility="public"),
    ).extract()
    assert updated.display_name == "Shown 2" and updated.visibility == "public"
    assert updated.description is UNSET or updated.description in ("", None)
    assert namespaces.get(demo_image, name).extract().display_name == "Shown 2"  # public now
    with pytest.raises(errors.Forbidden):  # reading is fine, changing is for admins
        namespaces.update(demo_image, name, namespaces.UpdateOpts(namespace=name))

    # rename: the new name answers, the old one is gone
    moved = namespaces.update(
        image, name, namespaces.UpdateOpts(namespace=renamed, display_name="Moved")
    ).extract()
    assert moved.namespace == renamed
    with pytest.raises(errors.NotFound):
        namespaces.get(image, name)
    assert namespaces.get(image, renamed).extract().display_name == "Moved"

    assert namespaces.delete(image, renamed).status_code == 204
    with pytest.raises(errors.NotFound):
        namespaces.get(image, renamed)
    with pytest.raises(errors.ResourceNotFound):
        namespaces.find(image, renamed)
    with pytest.raises(ValueError, match="namespace"):
        namespaces.CreateOpts()


def test_protected_namespace_cannot_be_deleted(
    image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("TW::Protected")
    namespaces.create(image, namespaces.CreateOpts(namespace=name, protected=True))
    cleanup(lambda: drop_namespace(image, name))
    tags.create_one(image, name, "kept")
    with pytest.raises(errors.Forbidden):
        namespaces.delete(image, name)
    with pytest.raises(errors.Forbidden):
        tags.delete(image, name, "kept")
    with pytest.raises(errors.Forbidden):
        tags.delete_all(image, name)
    assert [t.name for t in tags.list(image, name)] == ["kept"]
    namespaces.update(image, name, namespaces.UpdateOpts(namespace=name, protected=False))
    namespaces.delete(image, name)
    with pytest.raises(errors.NotFound):
        namespaces.get(image, name)


def test_namespace_created_with_contents(
    image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("TW::Full")
    cleanup(lambda: drop_namespace(image, name))
    namespaces.create(
        image,
        namespaces.CreateOpts(
            namespace=name,
            resource_type_associations=[
                associations.MetadefResourceTypeAssociation(name=RESOURCE_TYPE, prefix="tw_")
            ],
            properties={
                "cores": properties.MetadefProperty(title="Cores", type="integer", minimum=1)
            },
            objects=[objects.MetadefObject(name="Group", description="a group")],
            tags=[tags.MetadefTag(name="alpha"), tags.MetadefTag(name="beta")],
        ),
    )
    got = namespaces.get(image, name).extract()
    assert [(a.name, a.prefix) for a in present(got.resource_type_associations)] == [
        (RESOURCE_TYPE, "tw_")
    ]
    cores = present(got.properties)["cores"]
    assert cores.title == "Cores" and cores.type == "integer" and cores.minimum == 1
    assert [o.name for o in present(got.objects)] == ["Group"]
    assert sorted(t.name for t in present(got.tags)) == ["alpha", "beta"]
    # the namespace as it applies to images: property names carry the association's prefix
    prefixed = namespaces.get_prefixed(
        image, name, namespaces.GetPrefixedOpts(resource_type=RESOURCE_TYPE)
    ).extract()
    assert set(present(prefixed.properties)) == {"tw_cores"}
    # filter by resource type
    assoc_filter = namespaces.ListOpts(resource_types=[RESOURCE_TYPE, "OS::Nova::Flavor"])
    assert name in {n.namespace for n in namespaces.list(image, assoc_filter)}
    other = namespaces.ListOpts(resource_types=["OS::Nova::Flavor"])
    assert name not in {n.namespace for n in namespaces.list(image, other)}


def test_namespace_list_follows_next_links(
    image: ServiceClient, keystone: KeystoneInfo, unique: Unique, cleanup: Cleanup
) -> None:
    mine = set()
    for _ in range(3):
        name = unique("TW::Paged")
        namespaces.create(image, namespaces.CreateOpts(namespace=name))
        cleanup(functools.partial(drop_namespace, image, name))
        mine.add(name)
    provider = authenticated_client(admin_options(keystone))
    sent: list[str] = []

    def count(resp: requests.Response, *args: Any, **kwargs: Any) -> None:
        if urlsplit(str(resp.request.url)).path == "/v2/metadefs/namespaces":
            sent.append(str(resp.request.url))

    provider.session.hooks["response"].append(count)
    client = image_v2.new_client(provider)
    pages = list(
        namespaces.list(client, namespaces.ListOpts(limit=1, sort_key="namespace")).pages()
    )
    found = [n.namespace for p in pages for n in p.extract()]
    assert mine <= set(found) and len(found) == len(set(found))
    assert found == sorted(found, reverse=True)  # sort_dir defaults to desc
    assert all(len(p) <= 1 for p in pages) and len(sent) == len(pages) >= 4
    assert all("marker=" in url for url in sent[1:])


# -- objects -------------------------------------------------------------------------------


def test_objects(image: ServiceClient, namespace: str) -> None:
    ns = namespace
    result = objects.create(
        image,
        ns,
        objects.CreateOpts(
            name="CPU Limits",
            description="limits of the CPU",
            required=["quota"],
            properties={
                "quota": properties.MetadefProperty(title="Quota", type="integer", minimum=0),
                "period": properties.MetadefProperty(
                    title="Period", type="string", enum=["short", "long"]
                ),
            },
        ),
    )
    assert result.status_code == 201
    made = result.extract()
    assert made.name == "CPU Limits" and made.required == ["quota"]
    assert present(made.properties)["period"].enum == ["short", "long"]
    assert present(made.self_link) == f"/v2/metadefs/namespaces/{ns}/objects/CPU Limits"
    objects.create(image, ns, objects.CreateOpts(name="Second"))
    with pytest.raises(errors.Conflict):
        objects.create(image, ns, objects.CreateOpts(name="Second"))

    assert sorted(o.name for o in objects.list(image, ns)) == ["CPU Limits", "Second"]
    got = objects.get(image, ns, "CPU Limits").extract()  # a space in the path
    assert got.description == "limits of the CPU"
    assert present(got.properties)["quota"].type == "integer"
    assert objects.find(image, ns, "Second").name == "Second"

    # PUT replaces: a new name renames, left-out fields are cleared
    renamed = objects.update(
        image, ns, "CPU Limits", objects.UpdateOpts(name="CPU", description="renamed")
    ).extract()
    assert renamed.name == "CPU" and renamed.description == "renamed"
    with pytest.raises(errors.NotFound):
        objects.get(image, ns, "CPU Limits")
    again = objects.get(image, ns, "CPU").extract()
    assert not again.properties and not again.required

    assert objects.delete(image, ns, "CPU").status_code == 204
    assert [o.name for o in objects.list(image, ns)] == ["Second"]
    with pytest.raises(errors.NotFound):
        objects.delete(image, ns, "CPU")
    objects.create(image, ns, objects.CreateOpts(name="Third"))
    assert objects.delete_all(image, ns).status_code == 204
    assert list(objects.list(image, ns)) == []


# -- property definitions --------------------------------------------------------------


def test_properties(image: ServiceClient, namespace: str) -> None:
    ns = namespace
    result = properties.create(
        image,
        ns,
        properties.CreateOpts(
            name="cpu_policy",
            title="CPU Policy",
            type="string",
            description="how CPUs are pinned",
            enum=["shared", "dedicated"],
            default="shared",
        ),
    )
    assert result.status_code == 201
    made = result.extract()
    assert made.name == "cpu_policy" and made.enum == ["shared", "dedicated"]
    assert made.default == "shared"
    properties.create(
        image,
        ns,
        properties.CreateOpts(
            name="threads",
            title="Threads",
            type="array",
            item_type=properties.PropertyItems(type="string", enum=["a", "b"]),
            unique_items=True,
        ),
    )
    with pytest.raises(errors.Conflict):
        properties.create(
            image, ns, properties.CreateOpts(name="threads", title="again", type="string")
        )

    got = properties.get(image, ns, "cpu_policy").extract()
    assert got.title == "CPU Policy" and got.description == "how CPUs are pinned"
    threads = properties.get(image, ns, "threads").extract()
    assert present(threads.item_type).enum == ["a", "b"] and threads.unique_items is True
    listed = present(namespaces.list_properties(image, ns).extract().properties)
    assert set(listed) == {"cpu_policy", "threads"}
    assert listed["cpu_policy"].type == "string"

    # PUT replaces: rename and change the type; enum and default are dropped
    changed = properties.update(
        image,
        ns,
        "cpu_policy",
        properties.UpdateOpts(
            name="cpu_count", title="CPU count", type="integer", minimum=1, maximum=64
        ),
    ).extract()
    assert changed.name == "cpu_count" and changed.type == "integer" and changed.maximum == 64
    with pytest.raises(errors.NotFound):
        properties.get(image, ns, "cpu_policy")
    after = properties.get(image, ns, "cpu_count").extract()
    assert after.enum is UNSET and after.default is UNSET and after.minimum == 1

    # a prefixed lookup (needs an association with a prefix)
    associations.create(image, ns, associations.CreateOpts(name=RESOURCE_TYPE, prefix="tw_"))
    by_prefix = properties.get_prefixed(
        image, ns, "tw_cpu_count", properties.GetPrefixedOpts(resource_type=RESOURCE_TYPE)
    ).extract()
    assert by_prefix.name == "cpu_count" and by_prefix.maximum == 64

    assert properties.delete(image, ns, "cpu_count").status_code == 204
    assert set(present(namespaces.list_properties(image, ns).extract().properties)) == {"threads"}
    assert properties.delete_all(image, ns).status_code == 204
    assert not namespaces.list_properties(image, ns).extract().properties
    with pytest.raises(ValueError, match="title"):
        properties.CreateOpts(name="x", type="string")


# -- resource type associations ---------------------------------------------------------


def test_resource_type_associations(image: ServiceClient, namespace: str) -> None:
    ns = namespace
    assert list(associations.list(image, ns)) == []
    result = associations.create(
        image,
        ns,
        associations.CreateOpts(name=RESOURCE_TYPE, prefix="tw_", properties_target="image"),
    )
    assert result.status_code == 201
    made = result.extract()
    assert (made.name, made.prefix, made.properties_target) == (RESOURCE_TYPE, "tw_", "image")
    with pytest.raises(errors.Conflict):
        associations.create(image, ns, associations.CreateOpts(name=RESOURCE_TYPE))

    listed = list(associations.list(image, ns))
    assert [(a.name, a.prefix) for a in listed] == [(RESOURCE_TYPE, "tw_")]
    assert RESOURCE_TYPE in {t.name for t in resource_types.list(image)}
    got = namespaces.get(image, ns).extract()
    assert [a.name for a in present(got.resource_type_associations)] == [RESOURCE_TYPE]
    filt = namespaces.ListOpts(resource_types=[RESOURCE_TYPE])
    assert ns in {n.namespace for n in namespaces.list(image, filt)}

    assert associations.delete(image, ns, RESOURCE_TYPE).status_code == 204
    assert list(associations.list(image, ns)) == []
    assert ns not in {n.namespace for n in namespaces.list(image, filt)}
    with pytest.raises(errors.NotFound):
        associations.delete(image, ns, RESOURCE_TYPE)


# -- tags ------------------------------------------------------------------------------


def tag_names(image: ServiceClient, ns: str, **kwargs: Any) -> list[str]:
    return sorted(t.name for t in tags.list(image, ns, tags.ListOpts(**kwargs)))


def test_tags(image: ServiceClient, namespace: str) -> None:
    ns = namespace
    one = tags.create_one(image, ns, "solo tag")
    assert one.status_code == 201
    assert one.extract().name == "solo tag" and one.extract().created_at is not UNSET
    with pytest.raises(errors.Conflict):
        tags.create_one(image, ns, "solo tag")

    # append keeps what is there
    many = tags.create_many(
        image,
        ns,
        tags.CreateManyOpts(
            tags=[tags.MetadefTag(name="b"), tags.MetadefTag(name="c")], append=True
        ),
    )
    assert many.status_code == 201
    assert [t.name for t in many.extract()] == ["b", "c"]
    assert tag_names(image, ns) == ["b", "c", "solo tag"]
    with pytest.raises(errors.Conflict):  # appending one that exists
        tags.create_many(
            image, ns, tags.CreateManyOpts(tags=[tags.MetadefTag(name="b")], append=True)
        )
    assert tag_names(image, ns) == ["b", "c", "solo tag"]

    got = tags.get(image, ns, "b").extract()
    assert got.name == "b" and got.created_at is not UNSET
    assert tags.find(image, ns, "c").name == "c"
    # paging: one tag a page, sorted by name, the next page after the last name
    paged = [
        t.name
        for t in tags.list(image, ns, tags.ListOpts(limit=1, sort_key="name", sort_dir="asc"))
    ]
    assert paged == ["b", "c", "solo tag"]
    assert [
        t.name for t in tags.list(image, ns, tags.ListOpts(sort_key="name", sort_dir="desc"))
    ] == [
        "solo tag",
        "c",
        "b",
    ]

    renamed = tags.update(image, ns, "b", tags.UpdateOpts(name="b2")).extract()
    assert renamed.name == "b2"
    with pytest.raises(errors.NotFound):
        tags.get(image, ns, "b")
    assert tag_names(image, ns) == ["b2", "c", "solo tag"]

    assert tags.delete(image, ns, "solo tag").status_code == 204
    assert tag_names(image, ns) == ["b2", "c"]
    with pytest.raises(errors.NotFound):
        tags.delete(image, ns, "solo tag")

    # without append the list replaces the namespace's tags
    replaced = tags.create_many(
        image, ns, tags.CreateManyOpts(tags=[tags.MetadefTag(name="x"), tags.MetadefTag(name="y")])
    ).extract()
    assert [t.name for t in replaced] == ["x", "y"]
    assert tag_names(image, ns) == ["x", "y"]
    with pytest.raises(errors.Conflict):  # a name twice in one request
        tags.create_many(
            image,
            ns,
            tags.CreateManyOpts(tags=[tags.MetadefTag(name="z"), tags.MetadefTag(name="z")]),
        )

    assert tags.delete_all(image, ns).status_code == 204
    assert tag_names(image, ns) == []
    with pytest.raises(ValueError, match="tags"):
        tags.CreateManyOpts()
