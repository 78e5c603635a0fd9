"""find(name) against the local cloud's real Cinder: private volume types (admins list
them only with ``is_public=none``, which the spec's ``find: {query: ...}`` sends), and
volumes whose names hold characters a pattern would read as operators (Cinder's name
filter is exact: ``find: {match: exact}``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from stacksdk.block_storage.v3 import group_types, volume_type_access, volume_types, volumes
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique


def project_of(provider: ProviderClient) -> str:
    info = provider.token_info
    assert info is not None and info.project_id
    return info.project_id


@pytest.fixture
def make_type(volume: ServiceClient, cleanup: Cleanup) -> Callable[..., volume_types.VolumeType]:
    def make(name: str, public: bool) -> volume_types.VolumeType:
        made = volume_types.create(
            volume, volume_types.CreateOpts(name=name, access_is_public=public)
        ).extract()
        cleanup(lambda: volume_types.delete(volume, made.id))
        return made

    return make


def test_private_volume_types_are_found_as_get_sees_them(
    volume: ServiceClient,
    demo_volume: ServiceClient,
    demo_provider: ProviderClient,
    make_type: Callable[..., volume_types.VolumeType],
    unique: Unique,
) -> None:
    name = unique("vt-private") + " (ssd+) .*"
    private = make_type(name, public=False)
    public = make_type(unique("vt-public"), public=True)
    assert private.id not in {t.id for t in volume_types.list(volume)}  # the plain listing
    assert volume_types.find(volume, name).id == private.id
    assert volume_types.find(volume, private.id).name == name
    assert volume_types.find(volume, public.name).id == public.id
    # the demo user: neither get nor find without access, both with it
    with pytest.raises(errors.NotFound):
        volume_types.get(demo_volume, private.id)
    with pytest.raises(errors.ResourceNotFound):
        volume_types.find(demo_volume, name)
    assert volume_types.find(demo_volume, public.name).id == public.id
    volume_type_access.add_project_access(
        volume,
        private.id,
        volume_type_access.AddProjectAccessOpts(project=project_of(demo_provider)),
    )
    assert volume_types.get(demo_volume, private.id).extract().name == name
    assert volume_types.find(demo_volume, name).id == private.id
    with pytest.raises(errors.ResourceNotFound):
        volume_types.find(volume, name + " ")


def test_private_group_types_are_found(
    volume: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("gt-private")
    made = group_types.create(volume, group_types.CreateOpts(name=name, is_public=False)).extract()
    cleanup(lambda: group_types.delete(volume, made.id))
    assert made.id not in {t.id for t in group_types.list(volume)}
    assert group_types.find(volume, name).id == made.id


@pytest.fixture
def make_volume(volume: ServiceClient) -> Iterator[Callable[[str], str]]:
    made: list[str] = []

    def make(name: str) -> str:
        made.append(volumes.create(volume, volumes.CreateOpts(name=name, size=1)).extract().id)
        return made[-1]

    yield make
    for vid in reversed(made):
        try:
            volumes.force_delete(volume, vid)
        except errors.NotFound:
            pass


def test_volumes_with_pattern_characters_are_found(
    volume: ServiceClient, make_volume: Callable[[str], str], unique: Unique
) -> None:
    prefix = unique("find")
    names = [prefix + s for s in (" gpu+1 (x)", ".*", "%", "_", "a|b [c]", " ünï ☃")]
    made = {name: make_volume(name) for name in names}
    make_volume(prefix + "x")  # what "_" or ".*" would match as a pattern
    for name, volume_id in made.items():
        assert volumes.find(volume, name).id == volume_id, name
    with pytest.raises(errors.ResourceNotFound):
        volumes.find(volume, prefix + "%%")
    twin = prefix + " twin"
    make_volume(twin)
    make_volume(twin)
    with pytest.raises(errors.NoUniqueMatch):
        volumes.find(volume, twin)
