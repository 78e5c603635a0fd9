"""Image records against a real Glance: create/get/find/list/update (JSON patch)/delete, tags,
protection. Image data, sharing, metadefs and the info calls live in the sibling modules."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from stacksdk.image.v2 import images
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import MakeImage


def ids(found: Any) -> list[str]:
    return [i.id for i in found]


# -- create / get / find / delete ----------------------------------------------------


def test_create_with_properties_get_find_delete(image: ServiceClient, unique: Unique) -> None:
    name = unique("img-crud")
    opts = images.CreateOpts(
        name=name,
        disk_format="qcow2",
        container_format="bare",
        min_disk=2,
        min_ram=512,
        visibility="private",
        tags=["one", "two"],
        properties={"os_distro": "stacksdk-linux", "tw_custom": "value with spaces"},
    )
    result = images.create(image, opts)
    assert result.status_code == 201
    # Glance announces its import methods and stores on create
    assert "glance-direct" in result.headers["OpenStack-image-import-methods"].split(",")
    assert "fs" in result.headers["OpenStack-image-store-ids"].split(",")
    # custom properties travel as top-level members of the body
    assert result.body["os_distro"] == "stacksdk-linux" and "properties" not in result.body
    created = result.extract()
    image_id = created.id
    try:
        assert created.name == name and created.status == "queued"
        assert created.disk_format == "qcow2" and created.container_format == "bare"
        assert (created.min_disk, created.min_ram) == (2, 512)
        assert created.visibility == "private" and created.protected is False
        assert sorted(present(created.tags)) == ["one", "two"]
        assert created.size is None and created.checksum is None  # no data yet
        assert created.extra["os_distro"] == "stacksdk-linux"
        assert created.extra["tw_custom"] == "value with spaces"
        assert present(created.self_link) == f"/v2/images/{image_id}"
        assert present(created.file) == f"/v2/images/{image_id}/file"

        got = images.get(image, image_id).extract()
        assert got.id == image_id and got.name == name and got.owner == created.owner
        assert got.extra == {"os_distro": "stacksdk-linux", "tw_custom": "value with spaces"}
        assert got.created_at == created.created_at

        assert images.find(image, image_id).id == image_id  # by id
        by_name = images.find(image, name)  # not an id: found through list?name=
        assert by_name.id == image_id and by_name.extra["os_distro"] == "stacksdk-linux"
    finally:
        deleted = images.delete(image, image_id)
    assert deleted.status_code == 204 and deleted.extract() is None
    with pytest.raises(errors.NotFound):
        images.get(image, image_id)
    with pytest.raises(errors.ResourceNotFound):
        images.find(image, name)
    with pytest.raises(errors.NotFound):
        images.delete(image, image_id)


def test_find_ambiguous_name(make_image: MakeImage, image: ServiceClient, unique: Unique) -> None:
    name = unique("img-dup")
    make_image(name=name)
    make_image(name=name)
    with pytest.raises(errors.NoUniqueMatch):
        images.find(image, name)


def test_create_with_chosen_id(make_image: MakeImage, image: ServiceClient, unique: Unique) -> None:
    chosen = str(uuid.uuid4())
    created = make_image(id=chosen)
    assert created.id == chosen
    with pytest.raises(errors.Conflict):
        images.create(image, images.CreateOpts(id=chosen, name=unique("img-again")))


def test_protected_image_cannot_be_deleted(
    make_image: MakeImage, image: ServiceClient, cleanup: Cleanup
) -> None:
    created = make_image(protected=True)
    image_id = created.id
    # runs before the delete that make_image registered (last in, first out)
    cleanup(lambda: images.update(image, image_id, images.UpdateOpts(protected=False)))
    assert created.protected is True
    with pytest.raises(errors.Forbidden) as err:
        images.delete(image, image_id)
    assert err.value.status == 403 and "protected" in err.value.message
    assert images.get(image, image_id).extract().status == "queued"  # still there
    unprotected = images.update(image, image_id, images.UpdateOpts(protected=False)).extract()
    assert unprotected.protected is False
    images.delete(image, image_id)
    with pytest.raises(errors.NotFound):
        images.get(image, image_id)


# -- update (JSON patch) -------------------------------------------------------------


def test_update_json_patch(make_image: MakeImage, image: ServiceClient, unique: Unique) -> None:
    created = make_image(properties={"keep": "k", "drop": "d"}, tags=["a"])
    image_id = created.id
    new_name = unique("img-renamed")
    result = images.update(
        image,
        image_id,
        images.UpdateOpts(
            name=new_name,
            min_ram=1024,
            min_disk=3,
            os_hidden=True,
            tags=["x", "y"],
            properties={"added": "new", "keep": "changed", "drop": None},
        ),
    )
    assert result.status_code == 200
    updated = result.extract()
    assert updated.name == new_name and (updated.min_ram, updated.min_disk) == (1024, 3)
    assert updated.os_hidden is True and sorted(present(updated.tags)) == ["x", "y"]
    assert updated.extra == {"keep": "changed", "added": "new"}  # "drop" removed

    got = images.get(image, image_id).extract()  # read back, not just the PATCH answer
    assert got.name == new_name and got.min_ram == 1024 and got.os_hidden is True
    assert got.extra == {"keep": "changed", "added": "new"}
    assert sorted(present(got.tags)) == ["x", "y"]

    # nullable attributes Glance lets a queued image clear: name, disk and container format
    cleared = images.update(
        image, image_id, images.UpdateOpts(name=None, disk_format=None, container_format=None)
    ).extract()
    assert cleared.name is None and cleared.disk_format is None
    assert cleared.container_format is None
    got = images.get(image, image_id).extract()
    assert got.is_set("name") and got.name is None and got.disk_format is None
    with pytest.raises(errors.ResourceNotFound):  # the name is gone: find cannot match it
        images.find(image, new_name)

    # removing a property the image does not have: Conflict (409), nothing changes
    with pytest.raises(errors.Conflict):
        images.update(image, image_id, images.UpdateOpts(properties={"never-set": None}))
    # Glance refuses to null a non-nullable attribute at the API (min_ram): the SDK stops it first
    with pytest.raises(ValueError, match="min_ram"):
        images.UpdateOpts(min_ram=None)  # type: ignore[arg-type]
    # an empty patch changes nothing
    assert images.update(image, image_id, images.UpdateOpts()).extract().extra == {
        "keep": "changed",
        "added": "new",
    }


def test_read_only_and_reserved_attributes_are_forbidden(
    make_image: MakeImage, image: ServiceClient, unique: Unique
) -> None:
    created = make_image()
    # status is no UpdateOpts field; sent as a custom property Glance refuses it (403)
    with pytest.raises(errors.Forbidden, match="read-only"):
        images.update(image, created.id, images.UpdateOpts(properties={"status": "active"}))
    assert images.get(image, created.id).extract().status == "queued"
    # os_glance_* names are reserved to Glance itself
    with pytest.raises(errors.Forbidden, match="reserved"):
        images.create(
            image, images.CreateOpts(name=unique("img-reserved"), properties={"os_glance_x": "1"})
        )


# -- tags ----------------------------------------------------------------------------


def test_tags_add_delete(make_image: MakeImage, image: ServiceClient) -> None:
    created = make_image(tags=["first"])
    image_id = created.id
    result = images.add_tag(image, image_id, "second tag")  # a space: quoted in the path
    assert result.status_code == 204 and result.extract() is None
    images.add_tag(image, image_id, "second tag")  # idempotent
    images.add_tag(image, image_id, "third")
    assert sorted(present(images.get(image, image_id).extract().tags)) == [
        "first",
        "second tag",
        "third",
    ]
    assert images.delete_tag(image, image_id, "first").status_code == 204
    assert sorted(present(images.get(image, image_id).extract().tags)) == ["second tag", "third"]
    with pytest.raises(errors.NotFound):
        images.delete_tag(image, image_id, "first")
    with pytest.raises(errors.NotFound):
        images.add_tag(image, "00000000-0000-0000-0000-000000000000", "x")


# -- list ----------------------------------------------------------------------------


def test_list_filters(
    make_image: MakeImage, image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    prefix = unique("img-list")
    shared_tag = unique("tag-shared")
    other_tag = unique("tag-other")
    # names chosen so that name order differs from creation order
    b = make_image(name=f"{prefix}-b", tags=[shared_tag, other_tag])
    c = make_image(name=f"{prefix}-c", tags=[shared_tag], visibility="private")
    a = make_image(name=f"{prefix}-a", tags=[shared_tag])
    images.upload(image, a.id, b"data of a")  # a becomes active
    hidden = make_image(name=f"{prefix}-hidden", tags=[shared_tag], os_hidden=True)
    everyone = [a.id, b.id, c.id]

    def listed(**kwargs: Any) -> list[str]:
        return ids(images.list(image, images.ListOpts(**kwargs)))

    # name: exact, and in:
    assert listed(name=f"{prefix}-b") == [b.id]
    assert sorted(listed(name=f"in:{prefix}-a,{prefix}-c")) == sorted([a.id, c.id])
    assert listed(name=f"{prefix}-nothing") == []
    # tag: every tag must match (tag=a&tag=b)
    assert sorted(listed(tag=[shared_tag])) == sorted(everyone)
    assert listed(tag=[shared_tag, other_tag]) == [b.id]
    assert listed(tag=[other_tag, unique("absent")]) == []
    # status
    assert listed(tag=[shared_tag], status="active") == [a.id]
    assert sorted(listed(tag=[shared_tag], status="queued")) == sorted([b.id, c.id])
    assert sorted(listed(tag=[shared_tag], status="in:active,queued")) == sorted(everyone)
    # visibility
    assert listed(tag=[shared_tag], visibility="private") == [c.id]
    assert sorted(listed(tag=[shared_tag], visibility="shared")) == sorted([a.id, b.id])
    assert listed(tag=[shared_tag], visibility="public") == []
    # size and hidden images
    assert listed(tag=[shared_tag], size_min=1) == [a.id]
    assert hidden.id not in listed(tag=[shared_tag])
    assert listed(tag=[shared_tag], os_hidden=True) == [hidden.id]
    # sort_key / sort_dir (lists: one direction per key)
    assert listed(tag=[shared_tag], sort_key=["name"], sort_dir=["asc"]) == [a.id, b.id, c.id]
    assert listed(tag=[shared_tag], sort_key=["name"], sort_dir=["desc"]) == [c.id, b.id, a.id]
    assert listed(tag=[shared_tag], sort_key=["status", "name"], sort_dir=["asc", "desc"]) == [
        a.id,
        c.id,
        b.id,
    ]
    assert listed(tag=[shared_tag], sort="status:desc,name:asc") == [b.id, c.id, a.id]

    # limit / marker by hand: the first page of two, then the page after its last item
    by_name = images.ListOpts(tag=[shared_tag], sort_key=["name"], sort_dir=["asc"], limit=2)
    first = next(images.list(image, by_name).pages())
    assert len(first) == 2 and first.status_code == 200
    assert ids(first.extract()) == [a.id, b.id]
    assert ids(images.extract_images(first)) == [a.id, b.id]
    after = images.ListOpts(
        tag=[shared_tag], sort_key=["name"], sort_dir=["asc"], limit=2, marker=b.id
    )
    assert ids(images.list(image, after)) == [c.id]
    # the pager follows markers by itself, one item a page
    pages = list(images.list(image, images.ListOpts(tag=[shared_tag], limit=1)).pages())
    assert [len(p) for p in pages] == [1, 1, 1, 0]
    assert sorted(i for p in pages for i in ids(p.extract())) == sorted(everyone)
    one_a_page = images.list(image, images.ListOpts(tag=[shared_tag], limit=1))
    assert sorted(ids(one_a_page.all_pages().extract())) == sorted(everyone)

    # an unknown marker is a 400 from Glance
    with pytest.raises(errors.BadRequest):
        listed(tag=[shared_tag], marker="00000000-0000-0000-0000-000000000000")


def test_list_opts_validation() -> None:
    with pytest.raises(ValueError, match="visibility"):
        images.ListOpts(visibility="everyone")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tag"):
        images.ListOpts(tag="just-one")  # type: ignore[arg-type]
