"""Servers and their actions against the local cloud's real Nova API.

The local cloud runs nova-api only (no scheduler, conductor or compute): a new server
stays BUILD and exists only as Nova's build request, so what is checked here is what
the API itself answers -- CRUD, listings with their filters and paging, the extension
attributes, the typed errors of actions the BUILD state refuses (409) -- and the
microversion windows, which raise MicroversionError before anything is sent. Lock,
unlock, os-resetState and injectNetworkInfo need the instance record a conductor would
write (Nova answers 500 on a build request), so they are covered by the contract
samples only.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from stacksdk.compute.v2 import (
    diskconfig,
    server_availability_zone,
    server_extended_status,
    server_scheduler_hints,
    servers,
)
from stacksdk.image.v2 import images
from stacksdk.runtime import UNSET, ServiceClient, errors
from tests.integration.compute.conftest import MakeFlavor
from tests.integration.helpers import Cleanup, Unique, present

MakeServer = Callable[..., servers.Server]
#: any well-formed UUID no server has
NO_SERVER = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def image_id(image: ServiceClient) -> Iterator[str]:
    """An active Glance image (1 KiB of raw data): Nova checks imageRef against Glance."""
    made = images.create(
        image,
        images.CreateOpts(name="stacksdk-servers", disk_format="raw", container_format="bare"),
    ).extract()
    try:
        images.upload(image, made.id, b"\0" * 1024)
        images.wait_for_status(image, made.id, "active", timeout=60, interval=0.5)
        yield made.id
    finally:
        images.delete(image, made.id)


@pytest.fixture
def make_server(
    compute: ServiceClient, image_id: str, make_flavor: MakeFlavor, unique: Unique, cleanup: Cleanup
) -> MakeServer:
    """make_server(opts_class=servers.CreateOpts, **create_opts) -> the created server (as create
    answers), deleted at teardown. One flavor per test; no networks."""
    flavor_id = make_flavor().id

    def make(
        opts_class: type[servers.CreateOpts] = servers.CreateOpts,
        microversion: str | None = None,
        **kwargs: Any,
    ) -> servers.Server:
        kwargs.setdefault("name", unique("srv"))
        kwargs.setdefault("image_ref", image_id)
        kwargs.setdefault("flavor_ref", flavor_id)
        kwargs.setdefault("networks", "none")
        created = servers.create(compute, opts_class(**kwargs), microversion=microversion).extract()
        server_id = created.id
        cleanup(lambda: servers.delete(compute, server_id))
        return created

    return make


def test_crud_and_extensions(
    compute: ServiceClient, make_flavor: MakeFlavor, image_id: str, unique: Unique
) -> None:
    name = unique("srv-crud")
    result = servers.create(
        compute,
        diskconfig.CreateOpts(
            name=name,
            image_ref=image_id,
            flavor_ref=make_flavor().id,
            networks="none",
            description="made by test_crud",
            metadata={"role": "test"},
            tags=["alpha", "beta"],
            access_ipv4="192.0.2.10",
            disk_config="MANUAL",
        ),
    )
    assert result.status_code == 202
    created = result.extract()
    try:
        password = present(created.admin_password)  # a generated password, masked in repr
        assert password and "***" in repr(created) and password not in repr(created)
        assert [g.name for g in present(created.security_groups)] == ["default"]
        assert diskconfig.extract_get(result).disk_config == "MANUAL"

        got = servers.get(compute, created.id)
        server = got.extract()
        assert (server.id, server.name, server.status) == (created.id, name, "BUILD")
        assert server.description == "made by test_crud"
        assert server.metadata == {"role": "test"}
        assert sorted(present(server.tags)) == ["alpha", "beta"]
        assert server.access_ipv4 == "192.0.2.10"
        assert server.locked is False and server.locked_reason is None
        assert isinstance(server.created, datetime.datetime)
        assert present(server.flavor).vcpus == 1 and present(server.flavor).ram == 64
        assert present(server.flavor).id is UNSET  # a copy of the flavor since 2.47
        assert isinstance(server.image, dict) and server.image["id"] == image_id
        # every other key of the 2.104 answer is declared; these are the extensions' own
        assert set(server.extra) == {
            "OS-DCF:diskConfig",
            "OS-EXT-STS:vm_state",
            "OS-EXT-STS:task_state",
            "OS-EXT-STS:power_state",
            "OS-EXT-AZ:availability_zone",
            "scheduler_hints",
        }

        assert diskconfig.extract_get(got).disk_config == "MANUAL"
        ext = server_extended_status.extract_get(got)
        assert (ext.vm_state, ext.task_state) == ("building", "scheduling")
        assert ext.power_state == 0
        assert isinstance(server_availability_zone.extract_get(got).availability_zone, str)
        assert server_scheduler_hints.extract_get(got).scheduler_hints == {}
        old = servers.get(compute, created.id, microversion="2.99")
        assert server_scheduler_hints.extract_get(old).scheduler_hints is UNSET

        # the same server as 2.1 answers it: a flavor reference, no 2.9+ attributes
        v21 = servers.get(compute, created.id, microversion="2.1").extract()
        assert present(v21.flavor).id and present(v21.flavor).original_name is UNSET
        assert v21.locked is UNSET and v21.description is UNSET and v21.tags is UNSET

        renamed = unique("srv-renamed")
        updated = servers.update(
            compute,
            created.id,
            servers.UpdateOpts(name=renamed, description=None, access_ipv4="192.0.2.11"),
        ).extract()
        assert (updated.name, updated.description, updated.access_ipv4) == (
            renamed,
            None,
            "192.0.2.11",
        )
        assert servers.find(compute, renamed).id == created.id
        assert (
            servers.wait_for_status(compute, created.id, "build", timeout=30, interval=0.2).id
            == created.id
        )
    finally:
        servers.delete(compute, created.id)
    servers.wait_for_delete(compute, created.id, timeout=60, interval=0.5)
    with pytest.raises(errors.NotFound):
        servers.get(compute, created.id)
    with pytest.raises(errors.NotFound):
        servers.delete(compute, created.id)


def test_list_filters_and_paging(
    compute: ServiceClient, demo_compute: ServiceClient, make_server: MakeServer, unique: Unique
) -> None:
    tag = unique("tag")
    prefix = unique("srv-list")
    before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)
    a = make_server(name=f"{prefix}-a", tags=[tag, "first"])
    b = make_server(name=f"{prefix}-b", tags=[tag])
    ours = {a.id, b.id}

    brief = servers.extract_servers(
        servers.list(compute, servers.ListOpts(name=prefix)).all_pages()
    )
    assert {s.id for s in brief} == ours
    assert all(s.status is UNSET and s.name for s in brief)  # the summary: id, name, links

    def detail(**kwargs: Any) -> list[servers.Server]:
        pager = servers.list_detail(compute, servers.ListDetailOpts(**kwargs))
        return [s for s in servers.extract_servers(pager.all_pages()) if s.id in ours]

    assert {s.id for s in detail(name=prefix)} == ours
    assert {s.id for s in detail(name=f"^{prefix}-a$")} == {a.id}
    assert {s.id for s in detail(status="BUILD", name=prefix)} == ours
    assert detail(status="ACTIVE", name=prefix) == []
    assert {s.id for s in detail(tags=[tag, "first"])} == {a.id}
    assert {s.id for s in detail(tags_any=[tag, "nope"])} == ours
    assert {s.id for s in detail(not_tags=["first"], name=prefix)} == {b.id}
    assert {s.id for s in detail(not_tags_any=["first"], name=prefix)} == {b.id}
    assert {s.id for s in detail(changes_since=before, name=prefix)} == ours
    # (changes-before is accepted, but Nova does not apply it to build requests)
    assert {
        s.id for s in detail(changes_before=before + datetime.timedelta(days=1), name=prefix)
    } == ours
    assert {s.id for s in detail(locked=False, name=prefix)} == ours
    assert {s.id for s in detail(vm_state="building", name=prefix)} == ours
    assert {s.id for s in detail(uuid=b.id)} == {b.id}
    assert {s.id for s in detail(all_tenants=True, name=prefix)} == ours
    flavor_id = present(
        present(servers.get(compute, a.id, microversion="2.46").extract().flavor).id
    )
    assert {s.id for s in detail(flavor=flavor_id)} == ours

    names = [s.name for s in detail(name=prefix, sort_key=["display_name"], sort_dir=["desc"])]
    assert names == [f"{prefix}-b", f"{prefix}-a"]

    # marker paging, one server a page: every page is one request, nothing repeats
    pages: list[list[str]] = []
    pager = servers.list_detail(compute, servers.ListDetailOpts(name=prefix, limit=1))
    for page in pager.pages():
        pages.append([s.id for s in servers.extract_servers(page)])
    assert [len(p) for p in pages if p] == [1, 1] and {p[0] for p in pages if p} == ours

    # the demo project lists none of the admin project's servers, and may not read them
    assert (
        servers.extract_servers(
            servers.list(demo_compute, servers.ListOpts(name=prefix)).all_pages()
        )
        == []
    )
    with pytest.raises(errors.Forbidden):
        servers.get(demo_compute, a.id)


def test_actions_refused_while_building(compute: ServiceClient, make_server: MakeServer) -> None:
    """Nova checks the state before acting: BUILD allows none of these (409 Conflict)."""
    sid = make_server().id
    refused: dict[str, Callable[[], Any]] = {
        "reboot": lambda: servers.reboot(compute, sid, servers.RebootOpts(type="HARD")),
        "pause": lambda: servers.pause(compute, sid),
        "unpause": lambda: servers.unpause(compute, sid),
        "suspend": lambda: servers.suspend(compute, sid),
        "resume": lambda: servers.resume(compute, sid),
        "shelve": lambda: servers.shelve(compute, sid),
        "shelve_offload": lambda: servers.shelve_offload(compute, sid),
        "unshelve": lambda: servers.unshelve(compute, sid),
        "rescue": lambda: servers.rescue(compute, sid, servers.RescueOpts()),
        "unrescue": lambda: servers.unrescue(compute, sid),
        "change_password": lambda: servers.change_password(
            compute, sid, servers.ChangePasswordOpts(admin_password="n3w-secret")
        ),
        "confirm_resize": lambda: servers.confirm_resize(compute, sid),
        "revert_resize": lambda: servers.revert_resize(compute, sid),
        "get_console_output": lambda: servers.get_console_output(
            compute, sid, servers.GetConsoleOutputOpts(length=10)
        ),
    }
    for name, call in refused.items():
        with pytest.raises(errors.Conflict) as info:
            call()
        assert info.value.status == 409, name


def test_actions_on_a_missing_server(compute: ServiceClient) -> None:
    """Typed 404s. Nova validates an action's body against its schema (a 400) before it
    looks the server up, so a 404 also shows that each body is one Nova accepts at the
    negotiated microversion (2.104): the key-only ones send {"<action>": null}."""
    calls: list[Callable[[], Any]] = [
        lambda: servers.reboot(compute, NO_SERVER, servers.RebootOpts(type="SOFT")),
        lambda: servers.rebuild(
            compute,
            NO_SERVER,
            servers.RebuildOpts(
                image_ref=NO_SERVER,
                name="n",
                key_name=None,
                user_data=None,
                hostname="h.example.com",
                disk_config="AUTO",
                trusted_image_certificates=None,
                description=None,
            ),
        ),
        lambda: servers.resize(
            compute, NO_SERVER, servers.ResizeOpts(flavor_ref="1", disk_config="MANUAL")
        ),
        lambda: servers.live_migrate(
            compute, NO_SERVER, servers.LiveMigrateOpts(host=None, block_migration="auto")
        ),
        lambda: servers.evacuate(
            compute, NO_SERVER, servers.EvacuateOpts(host="h", admin_password="p")
        ),
        lambda: servers.unshelve_to(
            compute, NO_SERVER, servers.UnshelveToOpts(availability_zone=None, host="h")
        ),
        lambda: servers.rescue(compute, NO_SERVER, servers.RescueOpts(admin_password="p")),
        lambda: servers.change_password(
            compute, NO_SERVER, servers.ChangePasswordOpts(admin_password="p")
        ),
        lambda: servers.create_backup(
            compute, NO_SERVER, servers.CreateBackupOpts(name="b", backup_type="daily", rotation=1)
        ),
        lambda: servers.get_console_output(
            compute, NO_SERVER, servers.GetConsoleOutputOpts(length=-1)
        ),
        lambda: servers.add_security_group(
            compute, NO_SERVER, servers.AddSecurityGroupOpts(name="default")
        ),
        lambda: servers.remove_security_group(
            compute, NO_SERVER, servers.RemoveSecurityGroupOpts(name="default")
        ),
        lambda: servers.pause(compute, NO_SERVER),
        lambda: servers.suspend(compute, NO_SERVER),
        lambda: servers.shelve(compute, NO_SERVER),
        lambda: servers.shelve_offload(compute, NO_SERVER),
        lambda: servers.unshelve(compute, NO_SERVER),
        lambda: servers.confirm_resize(compute, NO_SERVER),
        lambda: servers.revert_resize(compute, NO_SERVER),
        lambda: servers.force_delete(compute, NO_SERVER),
        lambda: servers.restore(compute, NO_SERVER),
        lambda: servers.lock(compute, NO_SERVER),
        lambda: servers.unlock(compute, NO_SERVER),
        lambda: servers.start(compute, NO_SERVER),
        lambda: servers.stop(compute, NO_SERVER),
        lambda: servers.trigger_crash_dump(compute, NO_SERVER),
        lambda: servers.reset_state(compute, NO_SERVER, servers.ResetStateOpts(state="active")),
        lambda: servers.inject_network_info(compute, NO_SERVER),
        lambda: servers.create_image(compute, NO_SERVER, servers.CreateImageOpts(name="snap")),
        lambda: servers.migrate(compute, NO_SERVER),
        lambda: servers.resize(compute, NO_SERVER, servers.ResizeOpts(flavor_ref="1")),
    ]
    for call in calls:
        with pytest.raises(errors.NotFound):
            call()


def test_microversion_windows(compute: ServiceClient) -> None:
    """Actions, options and fields outside their window fail before anything is sent
    (the server does not exist: a request would have been a 404)."""
    refused: list[Callable[[], Any]] = [
        lambda: servers.trigger_crash_dump(compute, NO_SERVER, microversion="2.16"),
        lambda: servers.unshelve_to(
            compute,
            NO_SERVER,
            servers.UnshelveToOpts(availability_zone="nova"),
            microversion="2.76",
        ),
        lambda: servers.add_floating_ip(
            compute, NO_SERVER, servers.AddFloatingIpOpts(address="192.0.2.1"), microversion="2.44"
        ),
        lambda: servers.lock(
            compute, NO_SERVER, servers.LockOpts(locked_reason="why"), microversion="2.72"
        ),
        lambda: servers.migrate(
            compute, NO_SERVER, servers.MigrateOpts(host="h"), microversion="2.55"
        ),
        lambda: servers.live_migrate(
            compute,
            NO_SERVER,
            servers.LiveMigrateOpts(host=None, block_migration="auto", force=True),
            microversion="2.68",
        ),
        lambda: servers.evacuate(
            compute, NO_SERVER, servers.EvacuateOpts(on_shared_storage=False), microversion="2.14"
        ),
        lambda: servers.rebuild(
            compute,
            NO_SERVER,
            servers.RebuildOpts(image_ref=NO_SERVER, key_name=None),
            microversion="2.53",
        ),
        lambda: servers.update(
            compute,
            NO_SERVER,
            servers.UpdateOpts(pinned_availability_zone=None),
            microversion="2.103",
        ),
        lambda: servers.update(
            compute, NO_SERVER, servers.UpdateOpts(description="d"), microversion="2.18"
        ),
        lambda: servers.create(
            compute, servers.CreateOpts(name="x", flavor_ref="1", tags=["t"]), microversion="2.51"
        ),
        lambda: servers.create(
            compute, servers.CreateOpts(name="x", flavor_ref="1", hostname="h"), microversion="2.89"
        ),
        lambda: servers.create(
            compute,
            servers.CreateOpts(name="x", flavor_ref="1", personality=[]),
            microversion="2.57",
        ),
        lambda: servers.list(compute, servers.ListOpts(locked=True), microversion="2.72"),
        lambda: servers.list_detail(
            compute,
            servers.ListDetailOpts(changes_before=datetime.datetime.now()),
            microversion="2.65",
        ),
    ]
    for call in refused:
        with pytest.raises(errors.MicroversionError):
            call()
    # inside the window the same calls reach Nova
    with pytest.raises(errors.NotFound):
        servers.trigger_crash_dump(compute, NO_SERVER, microversion="2.17")
    with pytest.raises(errors.NotFound):
        servers.lock(compute, NO_SERVER, servers.LockOpts(locked_reason="why"), microversion="2.73")


def test_create_with_scheduler_hints(
    compute: ServiceClient,
    make_server: MakeServer,
    image_id: str,
    make_flavor: MakeFlavor,
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    first = make_server()
    # the extension's CreateOpts: servers.CreateOpts plus "os:scheduler_hints" beside "server"
    opts = server_scheduler_hints.CreateOpts(
        name=unique("srv-hints"),
        image_ref=image_id,
        flavor_ref=make_flavor().id,
        networks="none",
        scheduler_hints={"same_host": [first.id]},
    )
    result = servers.create(compute, opts)
    assert result.status_code == 202
    created = result.extract()
    cleanup(lambda: servers.delete(compute, created.id))
    got = servers.get(compute, created.id, microversion="2.100")
    assert server_scheduler_hints.extract_get(got).scheduler_hints == {"same_host": [first.id]}

    # two extensions' options at once: a class with both bases takes both options
    class HintsAndDisk(server_scheduler_hints.CreateOpts, diskconfig.CreateOpts):
        pass

    both = HintsAndDisk(
        name=unique("srv-both"),
        image_ref=image_id,
        flavor_ref=make_flavor().id,
        networks="none",
        scheduler_hints={"same_host": [first.id]},
        disk_config="MANUAL",
    )
    second = servers.create(compute, both).extract()
    cleanup(lambda: servers.delete(compute, second.id))
    got = servers.get(compute, second.id, microversion="2.100")
    assert server_scheduler_hints.extract_get(got).scheduler_hints == {"same_host": [first.id]}
    assert diskconfig.extract_get(got).disk_config == "MANUAL"
    assert "os:scheduler_hints" not in servers.CreateOpts(name="x", flavor_ref="1").to_dict("2.100")
