"""Image sharing against a real Glance: the admin project shares an image with the demo project,
whose (non-admin) user accepts it through its own provider."""

from __future__ import annotations

import pytest

import stacksdk.image.v2 as image_v2
from stacksdk.image.v2 import images, members
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


@pytest.fixture
def demo_image(demo_provider: ProviderClient) -> ServiceClient:
    return image_v2.new_client(demo_provider)


@pytest.fixture
def demo_project(demo_provider: ProviderClient) -> str:
    info = demo_provider.token_info
    assert info is not None and info.project_id
    return info.project_id


@pytest.fixture
def shared_image(image: ServiceClient, unique: Unique, cleanup: Cleanup) -> images.Image:
    created = images.create(
        image,
        images.CreateOpts(
            name=unique("img-shared"),
            disk_format="raw",
            container_format="bare",
            visibility="shared",
        ),
    ).extract()
    image_id = created.id
    cleanup(lambda: images.delete(image, image_id))
    images.upload(image, image_id, b"shared with demo")
    return created


def listed_ids(client: ServiceClient, **kwargs: object) -> list[str]:
    return [i.id for i in images.list(client, images.ListOpts(**kwargs))]  # type: ignore[arg-type]


def test_share_accept_list_get_update_delete(
    image: ServiceClient,
    demo_image: ServiceClient,
    demo_project: str,
    shared_image: images.Image,
    cleanup: Cleanup,
) -> None:
    image_id = shared_image.id
    name = str(shared_image.name)
    # before sharing the demo project cannot see the image at all
    with pytest.raises(errors.NotFound):
        images.get(demo_image, image_id)

    result = members.create(image, image_id, members.CreateOpts(member=demo_project))
    cleanup(lambda: members.delete(image, image_id, demo_project))
    assert result.status_code == 200
    member = result.extract()
    assert member.member_id == demo_project and member.image_id == image_id
    assert member.status == "pending" and present(member.schema) == "/v2/schemas/member"
    with pytest.raises(errors.Conflict):  # already a member
        members.create(image, image_id, members.CreateOpts(member=demo_project))

    # the owner sees every member; get reads one
    owner_view = list(members.list(image, image_id))
    assert [(m.member_id, m.status) for m in owner_view] == [(demo_project, "pending")]
    assert members.get(image, image_id, demo_project).extract().status == "pending"

    # pending: the demo project sees it with member_status, not in its default list
    assert image_id in listed_ids(demo_image, name=name, member_status="pending")
    assert image_id not in listed_ids(demo_image, name=name)
    assert images.get(demo_image, image_id).extract().id == image_id  # reachable by id

    # the member answers (the owner here is an administrator, who could answer too)
    accepted = members.update(
        demo_image, image_id, demo_project, members.UpdateOpts(status="accepted")
    ).extract()
    assert accepted.status == "accepted" and accepted.member_id == demo_project
    assert members.get(demo_image, image_id, demo_project).extract().status == "accepted"
    assert members.get(image, image_id, demo_project).extract().status == "accepted"
    # a member sees only its own membership
    assert [m.member_id for m in members.list(demo_image, image_id)] == [demo_project]
    assert listed_ids(demo_image, name=name) == [image_id]  # now in its default list
    assert listed_ids(demo_image, name=name, member_status="accepted") == [image_id]
    assert images.download(demo_image, image_id).read() == b"shared with demo"
    # a member can neither add members nor change the image
    with pytest.raises(errors.Forbidden):
        members.create(demo_image, image_id, members.CreateOpts(member=demo_project))
    with pytest.raises((errors.Forbidden, errors.NotFound)):
        images.update(demo_image, image_id, images.UpdateOpts(name="taken over"))

    rejected = members.update(
        demo_image, image_id, demo_project, members.UpdateOpts(status="rejected")
    ).extract()
    assert rejected.status == "rejected"
    assert image_id not in listed_ids(demo_image, name=name)
    assert listed_ids(demo_image, name=name, member_status="rejected") == [image_id]

    assert members.delete(image, image_id, demo_project).status_code == 204
    assert list(members.list(image, image_id)) == []
    with pytest.raises(errors.NotFound):
        members.get(image, image_id, demo_project)
    with pytest.raises(errors.NotFound):
        images.get(demo_image, image_id)
    with pytest.raises(errors.NotFound):
        members.delete(image, image_id, demo_project)


def test_members_need_a_shared_image(
    image: ServiceClient, demo_project: str, unique: Unique, cleanup: Cleanup
) -> None:
    private = images.create(
        image, images.CreateOpts(name=unique("img-private"), visibility="private")
    ).extract()
    image_id = private.id
    cleanup(lambda: images.delete(image, image_id))
    with pytest.raises(errors.Forbidden):
        members.create(image, image_id, members.CreateOpts(member=demo_project))
    with pytest.raises(ValueError, match="status"):
        members.UpdateOpts(status="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="member"):
        members.CreateOpts()
