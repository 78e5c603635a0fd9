"""Server sub-resources against the local cloud's real Nova.

The local cloud runs the compute API only (no scheduler, conductor or compute service), so a
server stays BUILD for ever: Nova keeps it as a build request, not yet an instance of a cell.
These tests check what Nova serves for such a server -- the reads that work, and the typed
errors of the calls it refuses (409 while building, 404 for what a BUILD server cannot have,
403 for admin-only APIs as the demo user) -- plus the microversion windows the client enforces
before sending. The success bodies of the other calls are checked against Nova's API samples
(tests/contract/sample_map/compute-server-subresources.yaml).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from stacksdk.compute.v2 import (
    flavors,
    instance_actions,
    remote_consoles,
    server_diagnostics,
    server_interfaces,
    server_ips,
    server_metadata,
    server_migrations,
    server_password,
    server_tags,
    servers,
    volume_attachments,
)
from stacksdk.image.v2 import images
from stacksdk.runtime import UNSET, ServiceClient, errors

#: an ID nothing in the cloud has
NO_SUCH = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def server_id(compute: ServiceClient, image: ServiceClient) -> Iterator[str]:
    """A BUILD server (admin project) on a tiny active image and flavor, no network."""
    tag = uuid.uuid4().hex[:8]
    img = images.create(
        image,
        images.CreateOpts(name=f"sub-img-{tag}", disk_format="raw", container_format="bare"),
    ).extract()
    flavor_id = server = None
    try:
        images.upload(image, img.id, b"\0" * 1024)  # the image must be active to boot from it
        flavor_id = (
            flavors.create(
                compute, flavors.CreateOpts(name=f"sub-flv-{tag}", ram=64, vcpus=1, disk=0)
            )
            .extract()
            .id
        )
        server = (
            servers.create(
                compute,
                servers.CreateOpts(
                    name=f"sub-srv-{tag}", image_ref=img.id, flavor_ref=flavor_id, networks="none"
                ),
            )
            .extract()
            .id
        )
        yield server
    finally:
        if server is not None:
            try:
                servers.delete(compute, server)
            except errors.NotFound:
                pass
        if flavor_id is not None:
            flavors.delete(compute, flavor_id)
        images.delete(image, img.id)


def test_metadata(compute: ServiceClient, server_id: str) -> None:
    got = server_metadata.get(compute, server_id).extract()
    assert got.metadata == {} and got.extra == {}
    with pytest.raises(errors.NotFound):
        server_metadata.get_item(compute, server_id, "color")
    with pytest.raises(errors.NotFound):  # no such key: Nova looks it up before the state
        server_metadata.delete_item(compute, server_id, "color")
    # changing metadata needs a server that is not building
    with pytest.raises(errors.Conflict) as info:
        server_metadata.create(
            compute, server_id, server_metadata.CreateOpts(metadata={"color": "blue"})
        )
    assert "building" in info.value.message
    with pytest.raises(errors.Conflict):
        server_metadata.update(
            compute, server_id, server_metadata.UpdateOpts(metadata={"color": "red"})
        )
    with pytest.raises(errors.Conflict):
        server_metadata.set_item(
            compute, server_id, "color", server_metadata.SetItemOpts(meta={"color": "green"})
        )
    with pytest.raises(errors.NotFound):
        server_metadata.get(compute, NO_SUCH)


def test_tags(compute: ServiceClient, server_id: str) -> None:
    with pytest.raises(errors.MicroversionError):  # tags came with 2.26; nothing is sent
        server_tags.get(compute, server_id, microversion="2.25")
    with pytest.raises(errors.MicroversionError):
        server_tags.add_tag(compute, server_id, "a", microversion="2.25")
    # Nova reads tags from the server's cell, which a build request is not in yet
    with pytest.raises(errors.NotFound):
        server_tags.get(compute, server_id)
    with pytest.raises(errors.NotFound):
        server_tags.check_tag(compute, server_id, "a")
    with pytest.raises(errors.Conflict) as info:
        server_tags.add_tag(compute, server_id, "a")
    assert "building" in info.value.message
    with pytest.raises(errors.Conflict):
        server_tags.update(compute, server_id, server_tags.UpdateOpts(tags=["a", "b"]))
    with pytest.raises(errors.Conflict):
        server_tags.delete_tag(compute, server_id, "a")
    with pytest.raises(errors.Conflict):
        server_tags.delete(compute, server_id)


def test_ips(compute: ServiceClient, server_id: str) -> None:
    got = server_ips.get(compute, server_id).extract()
    assert got.addresses == {} and got.extra == {}  # no port yet
    with pytest.raises(errors.NotFound):
        server_ips.list_network(compute, server_id, "private")
    with pytest.raises(errors.NotFound):
        server_ips.get(compute, NO_SUCH)


def test_interfaces(compute: ServiceClient, server_id: str) -> None:
    assert list(server_interfaces.list(compute, server_id)) == []
    with pytest.raises(errors.NotFound):
        server_interfaces.get(compute, server_id, NO_SUCH)
    with pytest.raises(errors.MicroversionError):  # tag is sent since 2.49
        server_interfaces.create(
            compute,
            server_id,
            server_interfaces.CreateOpts(net_id=NO_SUCH, tag="nic1"),
            microversion="2.48",
        )
    with pytest.raises(errors.Conflict) as info:
        server_interfaces.create(
            compute, server_id, server_interfaces.CreateOpts(net_id=NO_SUCH, tag="nic1")
        )
    assert "attach_interface" in info.value.message
    with pytest.raises(errors.Conflict):
        server_interfaces.delete(compute, server_id, NO_SUCH)


def test_volume_attachments(compute: ServiceClient, server_id: str) -> None:
    assert list(volume_attachments.list(compute, server_id)) == []
    opts = volume_attachments.ListOpts(limit=5, offset=0)
    assert list(volume_attachments.list(compute, server_id, opts, microversion="2.1")) == []
    with pytest.raises(errors.NotFound):
        volume_attachments.get(compute, server_id, NO_SUCH)
    with pytest.raises(errors.MicroversionError):  # delete_on_termination since 2.79
        volume_attachments.create(
            compute,
            server_id,
            volume_attachments.CreateOpts(volume_id=NO_SUCH, delete_on_termination=True),
            microversion="2.78",
        )
    with pytest.raises(errors.Conflict) as info:
        volume_attachments.create(
            compute,
            server_id,
            volume_attachments.CreateOpts(
                volume_id=NO_SUCH, tag="disk1", delete_on_termination=True
            ),
        )
    assert "attach_volume" in info.value.message
    with pytest.raises(errors.NotFound):  # nothing attached to update or detach
        volume_attachments.update(
            compute,
            server_id,
            NO_SUCH,
            volume_attachments.UpdateOpts(volume_id=NO_SUCH, delete_on_termination=False),
        )
    with pytest.raises(errors.NotFound):
        volume_attachments.delete(compute, server_id, NO_SUCH)


def test_instance_actions(compute: ServiceClient, server_id: str) -> None:
    # Nova records an action before carrying it out; resetting the state of a build request
    # then fails (500 here: there is no cell instance to save), but the record stays.
    for _ in range(2):
        try:
            servers.reset_state(compute, server_id, servers.ResetStateOpts(state="active"))
        except errors.ServerError:
            pass
    actions = list(instance_actions.list(compute, server_id))
    resets = [a for a in actions if a.action == "resetState"]
    assert len(resets) >= 2
    assert all(a.instance_uuid == server_id and a.extra == {} for a in actions)
    assert resets[0].updated_at is not UNSET  # 2.58+
    assert resets[0].events is UNSET  # only get has them

    old = list(instance_actions.list(compute, server_id, microversion="2.57"))
    assert {a.request_id for a in old} == {a.request_id for a in actions}
    assert all(a.updated_at is UNSET for a in old)

    # paging (2.58+): limit=1 follows the "next" links one action per page
    pages = list(
        instance_actions.list(compute, server_id, instance_actions.ListOpts(limit=1)).pages()
    )
    paged = [a for p in pages for a in instance_actions.extract_instance_actions(p)]
    assert len(pages) >= len(actions) and all(len(p.items) <= 1 for p in pages)
    assert [a.request_id for a in paged] == [a.request_id for a in actions]
    since = instance_actions.ListOpts(changes_since="2000-01-01T00:00:00Z")
    assert len(list(instance_actions.list(compute, server_id, since))) == len(actions)
    with pytest.raises(errors.MicroversionError):  # changes-before since 2.66
        list(
            instance_actions.list(
                compute,
                server_id,
                instance_actions.ListOpts(changes_before="2000-01-01T00:00:00Z"),
                microversion="2.65",
            )
        )

    one = instance_actions.get(compute, server_id, resets[0].request_id).extract()
    assert one.request_id == resets[0].request_id and one.action == "resetState"
    assert isinstance(one.events, list) and one.extra == {}
    with pytest.raises(errors.NotFound):
        instance_actions.get(compute, server_id, "req-" + NO_SUCH)


def test_server_password(compute: ServiceClient, server_id: str) -> None:
    got = server_password.get(compute, server_id).extract()
    assert got.password == ""  # nothing posted by a guest
    assert "***" in repr(server_password.ServerPassword(password="secret"))
    with pytest.raises(errors.NotFound):
        server_password.delete(compute, NO_SUCH)


def test_diagnostics(compute: ServiceClient, demo_compute: ServiceClient, server_id: str) -> None:
    with pytest.raises(errors.Conflict) as info:  # not on a host yet
        server_diagnostics.get(compute, server_id)
    assert "not ready" in info.value.message
    with pytest.raises(errors.Conflict):
        server_diagnostics.get(compute, server_id, microversion="2.1")
    with pytest.raises(errors.Forbidden):  # admin-only by default
        server_diagnostics.get(demo_compute, server_id)


def test_remote_consoles(
    compute: ServiceClient, demo_compute: ServiceClient, server_id: str
) -> None:
    vnc = remote_consoles.CreateOpts(protocol="vnc", type="novnc")
    with pytest.raises(errors.Conflict) as info:
        remote_consoles.create(compute, server_id, vnc)
    assert "not ready" in info.value.message
    with pytest.raises(errors.MicroversionError):  # remote-consoles since 2.6
        remote_consoles.create(compute, server_id, vnc, microversion="2.5")
    with pytest.raises(errors.BadRequest):  # Nova no longer has RDP consoles
        remote_consoles.create(
            compute, server_id, remote_consoles.CreateOpts(protocol="rdp", type="rdp-html5")
        )
    with pytest.raises(errors.BadRequest):  # mks came with 2.8
        remote_consoles.create(
            compute,
            server_id,
            remote_consoles.CreateOpts(protocol="mks", type="webmks"),
            microversion="2.6",
        )
    legacy = remote_consoles.GetVncConsoleOpts(type="novnc")
    with pytest.raises(errors.Conflict):
        remote_consoles.get_vnc_console(compute, server_id, legacy, microversion="2.5")
    with pytest.raises(errors.MicroversionError):  # the os-get*Console actions end at 2.5
        remote_consoles.get_vnc_console(compute, server_id, legacy)
    with pytest.raises(errors.NotFound):
        remote_consoles.get_console_connect_info(compute, uuid.uuid4().hex)
    with pytest.raises(errors.Forbidden):  # admin-only by default
        remote_consoles.get_console_connect_info(demo_compute, uuid.uuid4().hex)


def test_server_migrations(
    compute: ServiceClient, demo_compute: ServiceClient, server_id: str
) -> None:
    assert list(server_migrations.list(compute, server_id)) == []
    with pytest.raises(errors.NotFound):
        server_migrations.get(compute, server_id, "1")
    with pytest.raises(errors.Conflict):  # not migrating
        server_migrations.delete(compute, server_id, "1")
    with pytest.raises(errors.Conflict):
        server_migrations.force_complete(compute, server_id, "1")
    with pytest.raises(errors.MicroversionError):  # listing since 2.23
        list(server_migrations.list(compute, server_id, microversion="2.22"))
    with pytest.raises(errors.MicroversionError):  # aborting since 2.24
        server_migrations.delete(compute, server_id, "1", microversion="2.23")
    with pytest.raises(errors.Forbidden):  # admin-only by default
        list(server_migrations.list(demo_compute, server_id))
