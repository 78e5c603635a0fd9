"""Glance's informational calls against a real Glance: tasks (admin), schemas, stores, import
methods and quota usage, as the local cloud configures them (one file store "fs", glance-direct
and copy-image enabled, no Keystone unified limits)."""

from __future__ import annotations

import pytest

import stacksdk.image.v2 as image_v2
from stacksdk.image.v2 import (
    images,
    import_info,
    metadef_namespaces,
    schemas,
    stores,
    tasks,
    usage,
)
from stacksdk.runtime import UNSET, ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import settle, wait_for_import


@pytest.fixture
def demo_image(demo_provider: ProviderClient) -> ServiceClient:
    return image_v2.new_client(demo_provider)


def imported_task(image: ServiceClient, unique: Unique, cleanup: Cleanup) -> tuple[str, str]:
    """Stage + import a small image; returns (image id, id of its finished import task)."""
    created = images.create(
        image,
        images.CreateOpts(name=unique("img-task"), disk_format="raw", container_format="bare"),
    ).extract()
    image_id = created.id

    def remove() -> None:
        settle(image, image_id)
        images.delete(image, image_id)

    cleanup(remove)
    images.stage(image, image_id, b"task data")
    images.import_image(
        image, image_id, images.ImportImageOpts(method=images.ImportMethod(name="glance-direct"))
    )
    _, task = wait_for_import(image, image_id)
    return image_id, task.id


# -- tasks -----------------------------------------------------------------------------


def test_tasks_list_get(
    image: ServiceClient, demo_image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    first_image, first_task = imported_task(image, unique, cleanup)
    second_image, second_task = imported_task(image, unique, cleanup)

    listed = {t.id: t for t in tasks.list(image)}
    assert {first_task, second_task} <= set(listed)
    summary = listed[first_task]
    assert summary.type == "api_image_import" and summary.status == "success"
    assert summary.input is UNSET and summary.result is UNSET  # list items are summaries
    assert present(summary.self_link) == f"/v2/tasks/{first_task}"

    # one task a page: the pager follows the body's "next" link
    pages = list(tasks.list(image, tasks.ListOpts(limit=1, sort_dir="desc")).pages())
    assert len(pages) >= 3 and all(len(p) <= 1 for p in pages)
    paged = [t.id for p in pages for t in p.extract()]
    assert len(paged) == len(set(paged)) and {first_task, second_task} <= set(paged)
    assert paged.index(second_task) < paged.index(first_task)  # newest first
    assert first_task in {t.id for t in tasks.list(image, tasks.ListOpts(status="success"))}
    assert first_task not in {t.id for t in tasks.list(image, tasks.ListOpts(status="failure"))}

    full = tasks.get(image, first_task).extract()
    assert full.id == first_task and full.status == "success"
    assert full.image_id == first_image and full.result == {"image_id": first_image}
    assert isinstance(full.input, dict)
    assert full.input["import_req"]["method"]["name"] == "glance-direct"
    assert isinstance(full.message, str) and full.expires_at is not None
    assert full.owner == summary.owner
    with pytest.raises(errors.NotFound):
        tasks.get(image, "00000000-0000-0000-0000-000000000000")

    # the tasks API is for administrators (tasks_api_access); an image's own task list is not
    with pytest.raises(errors.Forbidden, match="tasks_api_access"):
        list(tasks.list(demo_image))
    with pytest.raises(errors.Forbidden):
        tasks.get(demo_image, first_task)
    assert second_image != first_image


# -- schemas ---------------------------------------------------------------------------


def test_schemas(image: ServiceClient) -> None:
    img = schemas.get(image, "image").extract()
    assert img.name == "image"
    props = present(img.properties)
    assert {"id", "name", "status", "visibility", "tags", "os_hash_value"} <= set(props)
    assert props["visibility"]["enum"] == ["community", "public", "private", "shared"]
    # custom properties are strings: the schema says so for undeclared members
    assert img.additional_properties == {"type": "string"}
    assert {(link.rel, link.href) for link in present(img.links)} >= {
        ("self", "{self}"),
        ("enclosure", "{file}"),
        ("describedby", "{schema}"),
    }

    many = schemas.get(image, "images").extract()
    assert many.name == "images" and "images" in present(many.properties)
    assert {link.rel for link in present(many.links)} >= {"first", "next", "describedby"}

    member = schemas.get(image, "member").extract()
    assert member.name == "member"
    assert present(member.properties)["status"]["enum"] == ["pending", "accepted", "rejected"]
    for name in ("members", "task", "tasks"):
        assert schemas.get(image, name).extract().name == name
    with pytest.raises(errors.NotFound):
        schemas.get(image, "no-such-schema")

    # the metadefs schemas live one level down, reached through metadef_namespaces.get_schema
    expected = {
        "namespace": "namespace",
        "namespaces": "namespaces",
        "object": "object",
        "objects": "objects",
        "property": "property",
        "properties": "properties",
        "resource_type": "resource_type_association",
        "resource_types": "resource_type_associations",
        "tag": "tag",
        "tags": "tags",
    }
    for name, schema_name in expected.items():
        assert metadef_namespaces.get_schema(image, name).extract().name == schema_name
    ns_schema = metadef_namespaces.get_schema(image, "namespace").extract()
    assert {"namespace", "display_name", "visibility", "protected"} <= set(
        present(ns_schema.properties)
    )


# -- stores, import methods, usage -----------------------------------------------------


def test_stores(
    image: ServiceClient, demo_image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    listed = list(stores.list(image))
    assert [(s.id, s.is_default) for s in listed] == [("fs", "true")]
    assert listed[0].type is UNSET and listed[0].is_read_only is UNSET
    # internal stores (os_glance_staging_store, ...) are not listed
    assert [s.id for s in stores.list(demo_image)] == ["fs"]

    detail = list(stores.list_detail(image))
    assert len(detail) == 1 and detail[0].id == "fs" and detail[0].type == "file"
    assert present(detail[0].properties)["data_dir"].endswith("/images")
    assert detail[0].weight == 0
    with pytest.raises(errors.Forbidden, match="stores_info_detail"):
        list(stores.list_detail(demo_image))

    # deleting an image's data from its only store is refused; an unknown store is a conflict
    created = images.create(
        image,
        images.CreateOpts(name=unique("img-store"), disk_format="raw", container_format="bare"),
    ).extract()
    image_id = created.id
    cleanup(lambda: images.delete(image, image_id))
    images.upload(image, image_id, b"in fs only")
    assert present(images.get(image, image_id).extract().stores) == "fs"
    with pytest.raises(errors.Forbidden, match="only store"):
        stores.delete_image(image, "fs", image_id)
    with pytest.raises(errors.Conflict, match="nostore"):
        stores.delete_image(image, "nostore", image_id)
    assert images.download(image, image_id).read() == b"in fs only"


def test_import_info(image: ServiceClient, demo_image: ServiceClient) -> None:
    for client in (image, demo_image):
        info = import_info.get(client).extract()
        methods = present(info.import_methods)
        assert methods.type == "array"
        assert present(methods.value) == ["glance-direct", "copy-image"]  # no web-download here
        assert isinstance(methods.description, str)


def test_usage_without_keystone_limits(image: ServiceClient, demo_image: ServiceClient) -> None:
    # the local Glance does not use Keystone unified limits: the usage document is empty
    for client in (image, demo_image):
        result = usage.get(client)
        assert result.status_code == 200 and result.body == {"usage": {}}
        got = result.extract()
        assert got == usage.Usage()
        assert got.image_count_total is UNSET and got.image_size_total is UNSET
