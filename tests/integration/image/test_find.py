"""images.find against the local cloud's real Glance.

Glance reads ``name=<op>:<value>`` (``in:a,b`` is a list of names, any other ``x:`` a
400), so find sends ``eq:<name>`` (``find: {match: eq}``); its default listing leaves
out community images of other projects, shared images not yet accepted and hidden
images, all of which get returns, so find lists with ``visibility=all`` and
``member_status=all``, hidden and not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import stacksdk.image.v2 as image_v2
from stacksdk.image.v2 import images, members
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique

MakeImage = Callable[..., str]


def maker(client: ServiceClient, cleanup: Cleanup) -> MakeImage:
    def make(name: str, **kwargs: object) -> str:
        opts = images.CreateOpts(name=name, disk_format="raw", container_format="bare", **kwargs)  # type: ignore[arg-type]
        made = images.create(client, opts).extract().id
        cleanup(lambda: images.delete(client, made))
        return made

    return make


@pytest.fixture
def demo_image(demo_provider: ProviderClient) -> ServiceClient:
    return image_v2.new_client(demo_provider)


def test_names_with_operator_syntax_are_found(
    image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    make = maker(image, cleanup)
    prefix = unique("find")
    names = [
        f"ubuntu:22.04 {prefix}",
        f"in:{prefix},x",
        f"eq:{prefix}",
        f'{prefix} "quoted", comma',
    ]
    made = {name: make(name) for name in names}
    make(prefix)  # what "in:<prefix>,x" would find as a list
    make(prefix + ",x")
    for name, image_id in made.items():
        assert images.find(image, name).id == image_id, name
    with pytest.raises(errors.ResourceNotFound):
        images.find(image, f"in:{prefix}")


def test_find_sees_what_get_sees(
    image: ServiceClient,
    demo_image: ServiceClient,
    demo_provider: ProviderClient,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    info = demo_provider.token_info
    assert info is not None and info.project_id
    demo_project = info.project_id
    hidden_name, community_name, shared_name = (
        unique("hidden"),
        unique("community"),
        unique("shared"),
    )
    hidden = maker(image, cleanup)(hidden_name, os_hidden=True)
    community = maker(demo_image, cleanup)(community_name, visibility="community")
    shared = maker(image, cleanup)(shared_name, visibility="shared")
    members.create(image, shared, members.CreateOpts(member=demo_project))
    cleanup(lambda: members.delete(image, shared, demo_project))
    listed = {i.id for i in images.list(image)}
    assert hidden not in listed and community not in listed  # the plain listing
    assert images.find(image, hidden_name).id == hidden
    assert images.find(image, community_name).id == community  # another project's
    assert shared not in {i.id for i in images.list(demo_image)}  # pending
    assert images.get(demo_image, shared).extract().id == shared
    assert images.find(demo_image, shared_name).id == shared
    assert images.find(demo_image, community_name).id == community
    with pytest.raises(errors.ResourceNotFound):
        images.find(demo_image, hidden_name)  # private to the admin project: get says 404 too
    with pytest.raises(errors.NotFound):
        images.get(demo_image, hidden)
    twin = maker(image, cleanup)(hidden_name)  # one hidden, one not: both seen
    with pytest.raises(errors.NoUniqueMatch):
        images.find(image, hidden_name)
    assert images.find(image, twin).id == twin
