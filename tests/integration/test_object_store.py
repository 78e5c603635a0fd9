"""Object Storage v1 (Swift) against the local cloud's real Swift.

Covers stacksdk.object_store.v1.account (head, update_metadata, bulk_delete),
.containers (create, head, list, update_metadata, delete) and .objects (upload from
bytes, file objects and chunk iterables; head; streamed download with ETag check and
ranges; list with prefix, delimiter and marker paging over subdir entries;
update_metadata; copy; copy_from; delete), plus container read ACLs seen by a
non-admin user of another project.

The proxy runs authtoken + keystoneauth (operator roles admin, member, manager), bulk,
copy, slo/dlo, symlink and versioning middlewares, and the container-updater, which
reports container stats into the account asynchronously (so account stats are polled).
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hashlib
import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import pytest
import requests

import stacksdk.object_store.v1 as object_store_v1
from stacksdk.object_store.v1 import account, containers, objects
from stacksdk.runtime import (
    EndpointOpts,
    ProviderClient,
    ServiceClient,
    authenticated_client,
    errors,
)
from tests.integration.conftest import admin_options
from tests.integration.helpers import Cleanup, Unique, present
from tests.localcloud.keystone import KeystoneInfo

POLL_S = 0.2
STATS_TIMEOUT_S = 60.0
NON_ASCII = "Zürich €"


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def purge(client: ServiceClient, container: str) -> None:
    """Delete every object of a container, then the container (gone is fine)."""
    try:
        names = [present(o.name) for o in objects.list(client, container)]
    except errors.NotFound:
        return
    for name in names:
        try:
            objects.delete(client, container, name)
        except errors.NotFound:
            pass
    containers.delete(client, container)


def wait_for(what: str, probe: Callable[[], Any], timeout: float = STATS_TIMEOUT_S) -> Any:
    """Poll ``probe`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        assert time.monotonic() < deadline, f"{what}: not within {timeout:.0f} s"
        time.sleep(POLL_S)


@pytest.fixture
def container(object_store: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    """A fresh, empty container of the admin account; emptied and deleted afterwards."""
    name = unique("sdk-c")
    r = containers.create(object_store, name)
    assert r.status_code == 201
    cleanup(lambda: purge(object_store, name))
    return name


@pytest.fixture
def demo_project_id(demo_provider: ProviderClient) -> str:
    info = demo_provider.token_info
    assert info is not None and info.project_id
    return info.project_id


@pytest.fixture
def demo_on_admin_account(
    demo_provider: ProviderClient, object_store: ServiceClient
) -> ServiceClient:
    """The demo user (member of project demo) aimed at the admin project's account."""
    own = object_store_v1.new_client(demo_provider)
    assert own.endpoint != object_store.endpoint  # AUTH_<demo project> vs AUTH_<admin project>
    return object_store_v1.new_client(demo_provider, EndpointOpts(url=object_store.endpoint))


# -- account -----------------------------------------------------------------------


def test_account_head_counts_after_upload(object_store: ServiceClient, container: str) -> None:
    sizes = (10, 200, 3_000)
    for i, size in enumerate(sizes):
        objects.upload(object_store, container, f"o{i}", bytes([i]) * size)
    total = sum(sizes)

    # The container's own stats are synchronous...
    c = containers.head(object_store, container).extract()
    assert (c.object_count, c.bytes_used) == (len(sizes), total)

    # ...the account's come from the container-updater: poll the account listing.
    def listed() -> containers.Container | None:
        rows = list(containers.list(object_store, containers.ListOpts(prefix=container)))
        row = next((r for r in rows if r.name == container), None)
        return row if row is not None and row.object_count == len(sizes) else None

    row = wait_for("container stats in the account listing", listed)
    assert row.bytes_used == total
    assert isinstance(row.last_modified, dt.datetime)

    # the account totals are the sum of the listing's rows (both read the account DB;
    # polled because the updater may report other containers between the two requests)
    def consistent() -> tuple[account.Account, list[containers.Container]] | None:
        a = account.head(object_store).extract()
        rows = list(containers.list(object_store))
        same = (
            sum(present(r.object_count) for r in rows) == a.object_count
            and sum(present(r.bytes_used) for r in rows) == a.bytes_used
            and len(rows) == a.container_count
        )
        return (a, rows) if same else None

    a, everything = wait_for("account head agreeing with the account listing", consistent)
    assert container in {r.name for r in everything}
    assert present(a.container_count) >= 1
    assert present(a.object_count) >= len(sizes)
    assert present(a.bytes_used) >= total
    assert isinstance(a.timestamp, dt.datetime)
    assert a.timestamp < dt.datetime.now(dt.timezone.utc)
    policies = present(a.storage_policies)
    assert int(policies["policy-0-object-count"]) == a.object_count
    assert int(policies["policy-0-bytes-used"]) == a.bytes_used
    assert int(policies["policy-0-container-count"]) == a.container_count


def test_account_update_metadata_set_and_remove(
    object_store: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    k1, k2 = unique("sdk-acct"), unique("sdk-acct")
    cleanup(
        lambda: account.update_metadata(
            object_store, account.UpdateMetadataOpts(metadata={k1: "", k2: ""})
        )
    )
    r = account.update_metadata(
        object_store, account.UpdateMetadataOpts(metadata={k1: "one", k2: "two"})
    )
    assert r.status_code == 204 and r.extract() is None
    meta = present(account.head(object_store).extract().metadata)
    assert (meta[k1], meta[k2]) == ("one", "two")

    # entries not named are kept; an empty value removes one
    account.update_metadata(object_store, account.UpdateMetadataOpts(metadata={k1: ""}))
    meta = present(account.head(object_store).extract().metadata)
    assert k1 not in meta
    assert meta[k2] == "two"


# -- containers --------------------------------------------------------------------


def test_container_create_head_update_metadata(
    object_store: ServiceClient, unique: Unique, cleanup: Cleanup, demo_project_id: str
) -> None:
    name = unique("sdk-c")
    acl = f"{demo_project_id}:*"
    r = containers.create(
        object_store,
        name,
        containers.CreateOpts(metadata={"Color": "blue", "owner": "sdk"}, read_acl=acl),
    )
    cleanup(lambda: purge(object_store, name))
    assert r.status_code == 201 and r.extract() is None

    c = containers.head(object_store, name).extract()
    assert not c.is_set("name")  # head has no name
    assert (c.object_count, c.bytes_used) == (0, 0)
    assert c.read_acl == acl
    assert not c.is_set("write_acl")
    assert c.storage_policy == "Policy-0"
    assert c.metadata == {"color": "blue", "owner": "sdk"}  # keys lower-cased
    assert isinstance(c.timestamp, dt.datetime) and isinstance(c.last_modified, dt.datetime)
    assert c.extra == {}

    # create again: 202, and the given settings are applied to the existing container
    again = containers.create(object_store, name, containers.CreateOpts(metadata={"extra": "x"}))
    assert again.status_code == 202
    assert present(containers.head(object_store, name).extract().metadata)["extra"] == "x"

    r2 = containers.update_metadata(
        object_store,
        name,
        containers.UpdateMetadataOpts(
            metadata={"color": "", "size": "large"}, write_acl=acl, read_acl=""
        ),
    )
    assert r2.status_code == 204
    c = containers.head(object_store, name).extract()
    assert c.metadata == {"owner": "sdk", "extra": "x", "size": "large"}
    assert c.write_acl == acl
    assert not c.is_set("read_acl")


def test_container_quota_fields(object_store: ServiceClient, container: str) -> None:
    containers.update_metadata(
        object_store, container, containers.UpdateMetadataOpts(quota_bytes=100, quota_count=2)
    )
    c = containers.head(object_store, container).extract()
    assert (c.quota_bytes, c.quota_count) == (100, 2)
    objects.upload(object_store, container, "a", b"x" * 60)
    with pytest.raises(errors.RequestEntityTooLarge):  # the container_quotas middleware
        objects.upload(object_store, container, "b", b"x" * 60)


def test_container_list_prefix_limit_marker(
    object_store: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    prefix = unique("sdk-ls") + "-"
    names = [prefix + s for s in ("a", "b", "c", "d", "e")]
    for n in reversed(names):
        containers.create(object_store, n)
        cleanup(functools.partial(purge, object_store, n))

    got = list(containers.list(object_store, containers.ListOpts(prefix=prefix)))
    assert [c.name for c in got] == names
    for c in got:
        assert (c.object_count, c.bytes_used) == (0, 0)
        assert isinstance(c.last_modified, dt.datetime)
        assert not c.is_set("subdir")

    # limit 2: pages of 2, 2, 1 (the short page ends it)
    sizes = [
        len(p)
        for p in containers.list(object_store, containers.ListOpts(prefix=prefix, limit=2)).pages()
    ]
    assert sizes == [2, 2, 1]
    paged = containers.list(object_store, containers.ListOpts(prefix=prefix, limit=2)).all_pages()
    assert [c.name for c in containers.extract_containers(paged)] == names

    after = containers.list(object_store, containers.ListOpts(prefix=prefix, marker=names[1]))
    assert [c.name for c in after] == names[2:]
    window = containers.list(
        object_store, containers.ListOpts(prefix=prefix, marker=names[0], end_marker=names[3])
    )
    assert [c.name for c in window] == names[1:3]
    rev = containers.list(object_store, containers.ListOpts(prefix=prefix, reverse=True))
    assert [c.name for c in rev] == names[::-1]
    none = containers.list(object_store, containers.ListOpts(prefix=prefix + "zzz"))
    assert list(none) == []


def test_container_delete_non_empty_is_conflict(
    object_store: ServiceClient, container: str
) -> None:
    objects.upload(object_store, container, "keep", b"data")
    with pytest.raises(errors.Conflict) as exc:
        containers.delete(object_store, container)
    assert exc.value.status == 409 and exc.value.request_id

    objects.delete(object_store, container, "keep")
    r = containers.delete(object_store, container)
    assert r.status_code == 204
    with pytest.raises(errors.NotFound):
        containers.head(object_store, container)
    with pytest.raises(errors.NotFound):
        containers.delete(object_store, container)


# -- objects: upload, head, download -----------------------------------------------


def test_object_upload_bytes_head_and_download(object_store: ServiceClient, container: str) -> None:
    data = b"hello object storage\n" * 100
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    w = objects.upload(
        object_store,
        container,
        "greeting.txt",
        data,
        objects.UploadOpts(
            content_type="text/plain; charset=utf-8",
            metadata={"Color": "blue", "n": "1"},
            delete_after=3600,
        ),
    )
    assert w.status_code == 201
    written = w.extract()
    assert written.etag == md5(data)
    assert isinstance(written.last_modified, dt.datetime)
    assert not written.is_set("copied_from")

    o = objects.head(object_store, container, "greeting.txt").extract()
    assert not o.is_set("name")
    assert o.etag == md5(data)
    assert o.size == len(data)
    assert o.content_type == "text/plain; charset=utf-8"
    assert o.metadata == {"color": "blue", "n": "1"}
    assert isinstance(o.timestamp, dt.datetime) and isinstance(o.last_modified, dt.datetime)
    # X-Delete-After is stored as X-Delete-At = now + 3600 (no waiting for the expirer)
    delete_at = present(o.delete_at)
    assert before + dt.timedelta(seconds=3590) <= delete_at
    assert delete_at <= dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=3601)

    listed = list(objects.list(object_store, container))
    assert [x.name for x in listed] == ["greeting.txt"]
    assert (listed[0].etag, listed[0].size, listed[0].content_type) == (
        md5(data),
        len(data),
        "text/plain;charset=utf-8",  # the container listing drops the blank before parameters
    )
    assert isinstance(listed[0].last_modified, dt.datetime)


def test_object_download_forms(object_store: ServiceClient, container: str, tmp_path: Path) -> None:
    data = bytes(range(256)) * 1000  # 256,000 bytes
    objects.upload(object_store, container, "blob", data)

    dl = objects.download(object_store, container, "blob")
    assert dl.status_code == 200
    assert dl.expected_md5 == md5(data)  # checked against the ETag as it streams
    assert dl.content_length == len(data)
    assert dl.headers["ETag"].strip('"') == md5(data)
    assert dl.request_id
    assert dl.read() == data
    with pytest.raises(errors.SDKError):  # the body streams once
        dl.read()

    with objects.download(object_store, container, "blob") as dl2:
        chunks = list(dl2.iter_bytes(chunk_size=10_000))
    assert all(len(c) <= 10_000 for c in chunks) and len(chunks) >= len(data) // 10_000
    assert b"".join(chunks) == data

    target = tmp_path / "blob.bin"
    with target.open("wb") as fh, objects.download(object_store, container, "blob") as dl3:
        assert dl3.write_to(fh, chunk_size=4096) == len(data)
    assert target.read_bytes() == data

    # closing early without reading is fine; the connection goes back to the pool
    with objects.download(object_store, container, "blob") as dl4:
        assert dl4.status_code == 200


def test_object_range_download_is_not_checksum_checked(
    object_store: ServiceClient, container: str
) -> None:
    data = b"0123456789abcdefghij"
    objects.upload(object_store, container, "digits", data)
    with objects.download(
        object_store, container, "digits", objects.DownloadOpts(range="bytes=2-5")
    ) as dl:
        assert dl.status_code == 206
        assert dl.headers["Content-Range"] == f"bytes 2-5/{len(data)}"
        assert dl.expected_md5 is None  # the ETag is the whole object's MD5
        assert dl.read() == data[2:6]
    with objects.download(
        object_store, container, "digits", objects.DownloadOpts(range="bytes=-3")
    ) as tail:
        assert tail.read() == data[-3:]


def test_object_download_conditions(object_store: ServiceClient, container: str) -> None:
    data = b"conditional"
    objects.upload(object_store, container, "cond", data)
    with objects.download(
        object_store, container, "cond", objects.DownloadOpts(if_match=md5(data))
    ) as dl:
        assert dl.read() == data
    with pytest.raises(errors.PreconditionFailed):
        objects.download(object_store, container, "cond", objects.DownloadOpts(if_match="0" * 32))
    with pytest.raises(errors.HTTPError) as exc:  # 304 is not a success of download
        objects.download(
            object_store, container, "cond", objects.DownloadOpts(if_none_match=md5(data))
        )
    assert exc.value.status == 304


def test_object_upload_checks(object_store: ServiceClient, container: str) -> None:
    data = b"checked"
    w = objects.upload(object_store, container, "c", data, objects.UploadOpts(etag=md5(data)))
    assert w.extract().etag == md5(data)
    with pytest.raises(errors.HTTPError) as exc:  # the body does not match the ETag given
        objects.upload(object_store, container, "d", data, objects.UploadOpts(etag="0" * 32))
    assert exc.value.status == 422
    with pytest.raises(errors.PreconditionFailed):  # If-None-Match: * on an existing object
        objects.upload(
            object_store, container, "c", b"other", objects.UploadOpts(if_none_match="*")
        )
    with objects.download(object_store, container, "c") as dl:
        assert dl.read() == data


def test_object_upload_file_object(
    object_store: ServiceClient, container: str, tmp_path: Path
) -> None:
    data = b"file content " * 5000
    buf = io.BytesIO(data)
    buf.seek(13)  # streamed from the current position
    w = objects.upload(object_store, container, "from-bytesio", buf)
    assert w.extract().etag == md5(data[13:])

    path = tmp_path / "up.bin"
    path.write_bytes(data)
    with path.open("rb") as fh:
        w2 = objects.upload(
            object_store,
            container,
            "from-file",
            fh,
            objects.UploadOpts(content_type="application/x-sdk"),
        )
    assert w2.extract().etag == md5(data)

    h = objects.head(object_store, container, "from-file").extract()
    assert (h.size, h.etag, h.content_type) == (len(data), md5(data), "application/x-sdk")
    assert objects.head(object_store, container, "from-bytesio").extract().size == len(data) - 13
    with objects.download(object_store, container, "from-bytesio") as dl:
        assert dl.read() == data[13:]


def test_object_upload_iterable_of_chunks(object_store: ServiceClient, container: str) -> None:
    chunks = [bytes([i]) * (1000 + i) for i in range(20)]
    data = b"".join(chunks)

    def gen() -> Iterator[bytes]:
        yield from chunks

    w = objects.upload(
        object_store,
        container,
        "chunked",
        gen(),
        objects.UploadOpts(content_type="application/octet-stream", metadata={"kind": "chunked"}),
    )
    assert w.extract().etag == md5(data)
    h = objects.head(object_store, container, "chunked").extract()
    assert (h.size, h.etag, h.metadata) == (len(data), md5(data), {"kind": "chunked"})
    with objects.download(object_store, container, "chunked") as dl:
        assert dl.read() == data


def test_object_non_ascii_metadata_is_stored_as_utf8(
    object_store: ServiceClient, container: str
) -> None:
    """What the server stored: the raw header bytes are the UTF-8 of the value."""
    objects.upload(
        object_store, container, "meta", b"x", objects.UploadOpts(metadata={"city": NON_ASCII})
    )
    r = objects.head(object_store, container, "meta")
    raw = r.headers["X-Object-Meta-City"]  # http.client reads header bytes as latin-1
    assert raw.encode("latin-1").decode("utf-8") == NON_ASCII


def test_object_non_ascii_metadata_round_trips(object_store: ServiceClient, container: str) -> None:
    objects.upload(
        object_store, container, "meta", b"x", objects.UploadOpts(metadata={"city": NON_ASCII})
    )
    assert (
        present(objects.head(object_store, container, "meta").extract().metadata)["city"]
        == NON_ASCII
    )


def test_container_non_ascii_metadata_round_trips(
    object_store: ServiceClient, container: str
) -> None:
    containers.update_metadata(
        object_store, container, containers.UpdateMetadataOpts(metadata={"city": NON_ASCII})
    )
    assert present(containers.head(object_store, container).extract().metadata)["city"] == NON_ASCII


def test_object_content_encoding_download_is_raw_and_checked(
    object_store: ServiceClient, container: str
) -> None:
    """The body arrives as stored (not gunzipped), so the ETag check passes."""
    plain = b"squeeze me " * 500
    packed = gzip.compress(plain)
    objects.upload(
        object_store, container, "packed", packed, objects.UploadOpts(content_encoding="gzip")
    )
    assert objects.head(object_store, container, "packed").extract().content_encoding == "gzip"
    with objects.download(object_store, container, "packed") as dl:
        assert dl.expected_md5 == md5(packed)
        assert dl.read() == packed  # no ChecksumMismatch


def test_object_dlo_manifest_download_is_not_checksum_checked(
    object_store: ServiceClient, container: str
) -> None:
    """A dynamic large object's ETag is not its content's MD5: the check is skipped."""
    parts = [b"first part|", b"second part|", b"third"]
    for i, part in enumerate(parts):
        objects.upload(object_store, container, f"seg/{i:02d}", part)
    objects.upload(
        object_store,
        container,
        "large",
        b"",
        objects.UploadOpts(object_manifest=f"{container}/seg/"),
    )
    h = objects.head(object_store, container, "large").extract()
    assert h.object_manifest == f"{container}/seg/"
    assert h.size == sum(map(len, parts))
    with objects.download(object_store, container, "large") as dl:
        assert dl.expected_md5 is None
        assert dl.read() == b"".join(parts)


# -- objects: list -----------------------------------------------------------------

TREE = (
    "docs/x.txt",
    "photos/2024/a.jpg",
    "photos/2024/b.jpg",
    "photos/2025/c.jpg",
    "photos/readme.txt",
    "top.txt",
    "ünï/ç€.txt",
)


@pytest.fixture
def tree(object_store: ServiceClient, container: str) -> str:
    for name in TREE:
        objects.upload(object_store, container, name, name.encode())
    return container


def test_object_list_prefix_and_delimiter(object_store: ServiceClient, tree: str) -> None:
    flat = list(objects.list(object_store, tree))
    assert [o.name for o in flat] == list(TREE)  # UTF-8 byte order
    assert all(o.size == len(present(o.name).encode()) for o in flat)

    top = list(objects.list(object_store, tree, objects.ListOpts(delimiter="/")))
    assert [o.subdir if o.is_set("subdir") else o.name for o in top] == [
        "docs/",
        "photos/",
        "top.txt",
        "ünï/",
    ]
    for o in top:
        if o.is_set("subdir"):  # pseudo-directories carry nothing else
            assert not o.is_set("name") and not o.is_set("etag") and o.extra == {}

    photos = list(
        objects.list(object_store, tree, objects.ListOpts(prefix="photos/", delimiter="/"))
    )
    assert [o.subdir if o.is_set("subdir") else o.name for o in photos] == [
        "photos/2024/",
        "photos/2025/",
        "photos/readme.txt",
    ]
    assert [
        o.name for o in objects.list(object_store, tree, objects.ListOpts(prefix="photos/2024/"))
    ] == [
        "photos/2024/a.jpg",
        "photos/2024/b.jpg",
    ]
    assert [o.name for o in objects.list(object_store, tree, objects.ListOpts(path="photos"))] == [
        "photos/readme.txt"
    ]


def test_object_list_marker_paging_over_subdirs(object_store: ServiceClient, tree: str) -> None:
    """limit=1 with a delimiter: every page after a subdir entry is asked for with
    marker=<subdir> (the "name|subdir" marker field)."""
    opts = objects.ListOpts(delimiter="/", limit=1)
    pages = [
        [o.subdir if o.is_set("subdir") else str(o.name) for o in objects.extract_objects(p)]
        for p in objects.list(object_store, tree, opts).pages()
    ]
    assert pages == [["docs/"], ["photos/"], ["top.txt"], ["ünï/"], []]

    entries = objects.list(
        object_store, tree, objects.ListOpts(prefix="photos/", delimiter="/", limit=2)
    )
    assert [o.subdir or o.name for o in entries] == [
        "photos/2024/",
        "photos/2025/",
        "photos/readme.txt",
    ]


def test_list_25_objects_in_pages_of_10_makes_3_gets(
    object_store: ServiceClient, container: str, keystone: KeystoneInfo
) -> None:
    names = [f"obj-{i:02d}" for i in range(25)]
    for n in names:
        objects.upload(object_store, container, n, n.encode())

    provider = authenticated_client(admin_options(keystone))
    client = object_store_v1.new_client(provider)
    container_path = urlsplit(client.endpoint).path + "/" + quote(container, safe="")
    gets: list[str] = []

    def count(resp: requests.Response, *args: Any, **kwargs: Any) -> None:
        req = resp.request
        if req.method == "GET" and urlsplit(str(req.url)).path == container_path:
            gets.append(str(req.url))

    provider.session.hooks["response"].append(count)
    got = [o.name for o in objects.list(client, container, objects.ListOpts(limit=10))]
    assert got == names
    assert len(gets) == 3, gets
    # the second and third pages continue after the last name of the page before
    assert "marker=obj-09" in gets[1] and "marker=obj-19" in gets[2]


# -- objects: metadata, copy, delete -------------------------------------------------


def test_object_update_metadata_replaces(object_store: ServiceClient, container: str) -> None:
    objects.upload(
        object_store,
        container,
        "m",
        b"meta",
        objects.UploadOpts(
            content_type="text/plain", metadata={"a": "1", "b": "2"}, delete_after=600
        ),
    )
    assert objects.head(object_store, container, "m").extract().is_set("delete_at")

    r = objects.update_metadata(
        object_store,
        container,
        "m",
        objects.UpdateMetadataOpts(metadata={"c": "3"}, content_type="application/json"),
    )
    assert r.status_code == 202 and r.extract() is None
    h = objects.head(object_store, container, "m").extract()
    assert h.metadata == {"c": "3"}  # the complete custom metadata: a and b are gone
    assert h.content_type == "application/json"
    assert not h.is_set("delete_at")  # the expiry goes too unless given again
    assert h.etag == md5(b"meta")

    objects.update_metadata(
        object_store,
        container,
        "m",
        objects.UpdateMetadataOpts(metadata={"c": "4"}, delete_after=900),
    )
    h = objects.head(object_store, container, "m").extract()
    assert h.metadata == {"c": "4"} and h.content_type == "application/json"
    assert h.is_set("delete_at")


def test_object_copy_with_destination(
    object_store: ServiceClient, container: str, unique: Unique, cleanup: Cleanup
) -> None:
    other = unique("sdk-c")
    containers.create(object_store, other)
    cleanup(lambda: purge(object_store, other))
    data = b"copy me"
    objects.upload(
        object_store,
        container,
        "src",
        data,
        objects.UploadOpts(content_type="text/x-src", metadata={"a": "1"}),
    )

    r = objects.copy(
        object_store,
        container,
        "src",
        objects.CopyOpts(destination=f"{other}/dst", metadata={"b": "2"}),
    )
    assert r.status_code == 201
    w = r.extract()
    assert w.etag == md5(data)
    assert w.copied_from == f"{container}/src"
    assert isinstance(w.copied_from_last_modified, dt.datetime)
    h = objects.head(object_store, other, "dst").extract()
    assert (h.etag, h.content_type, h.metadata) == (md5(data), "text/x-src", {"a": "1", "b": "2"})

    objects.copy(
        object_store,
        container,
        "src",
        objects.CopyOpts(
            destination=f"{container}/fresh", fresh_metadata=True, metadata={"c": "3"}
        ),
    )
    assert objects.head(object_store, container, "fresh").extract().metadata == {"c": "3"}
    with objects.download(object_store, other, "dst") as dl:
        assert dl.read() == data

    with pytest.raises(errors.NotFound):
        objects.copy(object_store, container, "missing", objects.CopyOpts(destination=f"{other}/x"))


def test_object_copy_from(object_store: ServiceClient, container: str) -> None:
    data = b"copied from"
    objects.upload(object_store, container, "src", data, objects.UploadOpts(metadata={"a": "1"}))
    r = objects.copy_from(
        object_store,
        container,
        "dst",
        objects.CopyFromOpts(
            source=f"{container}/src",
            content_type="application/x-copy",
            metadata={"b": "2"},
            delete_after=3600,
        ),
    )
    assert r.status_code == 201
    w = r.extract()
    assert (w.etag, w.copied_from) == (md5(data), f"{container}/src")
    h = objects.head(object_store, container, "dst").extract()
    assert (h.size, h.content_type, h.metadata) == (
        len(data),
        "application/x-copy",
        {"a": "1", "b": "2"},
    )
    assert h.is_set("delete_at")
    with objects.download(object_store, container, "dst") as dl:
        assert dl.read() == data


def test_object_delete(object_store: ServiceClient, container: str) -> None:
    objects.upload(object_store, container, "gone", b"bye")
    r = objects.delete(object_store, container, "gone")
    assert r.status_code == 204 and r.extract() is None
    with pytest.raises(errors.NotFound):
        objects.head(object_store, container, "gone")
    with pytest.raises(errors.NotFound):
        objects.download(object_store, container, "gone")
    with pytest.raises(errors.NotFound):
        objects.delete(object_store, container, "gone")
    assert list(objects.list(object_store, container)) == []


def test_object_names_with_slash_unicode_and_percent(
    object_store: ServiceClient, container: str
) -> None:
    name = "dir/sub dir/ünïcødé €%20 ?#.txt"
    data = name.encode()
    w = objects.upload(object_store, container, name, data, objects.UploadOpts(metadata={"k": "v"}))
    assert w.extract().etag == md5(data)

    assert objects.head(object_store, container, name).extract().size == len(data)
    with objects.download(object_store, container, name) as dl:
        assert dl.read() == data
    assert [o.name for o in objects.list(object_store, container)] == [name]
    assert [
        o.name
        for o in objects.list(object_store, container, objects.ListOpts(prefix="dir/sub dir/"))
    ] == [name]
    # "dir/sub" is not an object: the name is not split on "/"
    with pytest.raises(errors.NotFound):
        objects.head(object_store, container, "dir/sub dir")

    # copy destinations and sources are URL-encoded by the caller
    copy = "copies/€ copy.txt"
    r = objects.copy(
        object_store, container, name, objects.CopyOpts(destination=quote(f"{container}/{copy}"))
    )
    assert unquote(present(r.extract().copied_from)) == f"{container}/{name}"
    assert objects.head(object_store, container, copy).extract().metadata == {"k": "v"}
    objects.copy_from(
        object_store,
        container,
        "copies/from",
        objects.CopyFromOpts(source=quote(f"{container}/{name}")),
    )
    with objects.download(object_store, container, "copies/from") as dl:
        assert dl.read() == data

    objects.delete(object_store, container, name)
    with pytest.raises(errors.NotFound):
        objects.head(object_store, container, name)
    assert [o.name for o in objects.list(object_store, container)] == ["copies/from", copy]


# -- bulk delete ---------------------------------------------------------------------


def test_bulk_delete(object_store: ServiceClient, container: str) -> None:
    names = ["a", "dir/b", "ü €"]
    for n in names:
        objects.upload(object_store, container, n, n.encode())
    lines = [quote(f"/{container}/{n}") for n in names]
    lines += [quote(f"/{container}/does-not-exist"), quote(f"/{container}")]
    r = account.bulk_delete(object_store, "\n".join(lines).encode())
    assert r.status_code == 200
    res = r.extract()
    assert res.response_status == "200 OK", res
    assert (res.number_deleted, res.number_not_found) == (len(names) + 1, 1)
    assert res.errors == []
    with pytest.raises(errors.NotFound):
        containers.head(object_store, container)


def test_bulk_delete_non_empty_container_reports_conflict(
    object_store: ServiceClient, container: str
) -> None:
    objects.upload(object_store, container, "stays", b"x")
    r = account.bulk_delete(object_store, quote(f"/{container}").encode())
    assert r.status_code == 200  # whatever happened
    res = r.extract()
    assert res.response_status == "400 Bad Request"
    assert res.number_deleted == 0
    assert res.errors == [[quote(f"/{container}"), "409 Conflict"]]
    assert containers.head(object_store, container).extract().object_count == 1


# -- ACLs -----------------------------------------------------------------------------


def test_read_acl_lets_another_project_read(
    object_store: ServiceClient,
    container: str,
    demo_on_admin_account: ServiceClient,
    demo_project_id: str,
) -> None:
    demo = demo_on_admin_account
    objects.upload(
        object_store, container, "shared", b"for demo", objects.UploadOpts(metadata={"a": "1"})
    )

    with pytest.raises(errors.Forbidden):
        list(objects.list(demo, container))
    with pytest.raises(errors.Forbidden):
        objects.head(demo, container, "shared")
    with pytest.raises(errors.Forbidden):
        objects.download(demo, container, "shared")
    with pytest.raises(errors.Forbidden):
        containers.head(demo, container)

    # keystoneauth ACL entries are "<project_id>:<user_id>", "*" for any user
    containers.update_metadata(
        object_store, container, containers.UpdateMetadataOpts(read_acl=f"{demo_project_id}:*")
    )
    assert [o.name for o in objects.list(demo, container)] == ["shared"]
    h = objects.head(demo, container, "shared").extract()
    assert (h.size, h.metadata) == (len(b"for demo"), {"a": "1"})
    with objects.download(demo, container, "shared") as dl:
        assert dl.read() == b"for demo"
    c = containers.head(demo, container).extract()
    assert c.object_count == 1
    assert not c.is_set("read_acl")  # ACLs are shown to owners only

    # read is not write
    with pytest.raises(errors.Forbidden):
        objects.upload(demo, container, "by-demo", b"no")
    with pytest.raises(errors.Forbidden):
        objects.delete(demo, container, "shared")
    with pytest.raises(errors.Forbidden):
        containers.update_metadata(
            demo, container, containers.UpdateMetadataOpts(metadata={"x": "y"})
        )

    # removing the ACL takes the access away again
    containers.update_metadata(object_store, container, containers.UpdateMetadataOpts(read_acl=""))
    with pytest.raises(errors.Forbidden):
        objects.head(demo, container, "shared")


# -- dot segments ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["..", ".", "...", "a/..", "../x", "x/.", "/x", "x/", "a//b", "%2E%2E"]
)
def test_objects_named_like_dot_segments_address_themselves(
    object_store: ServiceClient, container: str, name: str
) -> None:
    """An object may be named ``..`` or ``.`` in Swift: the SDK sends the name encoded
    (``%2E%2E``), never as a dot segment, which would address the container or account."""
    objects.upload(object_store, container, "neighbour", b"stay")
    account_before = account.head(object_store).extract()
    data = f"I am {name!r}".encode()

    assert objects.upload(object_store, container, name, data).extract().etag == md5(data)
    assert objects.head(object_store, container, name).extract().size == len(data)
    with objects.download(object_store, container, name) as dl:
        assert dl.read() == data
    assert sorted(present(o.name) for o in objects.list(object_store, container)) == sorted(
        [name, "neighbour"]
    )

    assert objects.delete(object_store, container, name).status_code == 204
    with pytest.raises(errors.NotFound):
        objects.head(object_store, container, name)
    # the container, its other object and the account are untouched
    assert [o.name for o in objects.list(object_store, container)] == ["neighbour"]
    assert containers.head(object_store, container).status_code in (200, 204)
    with objects.download(object_store, container, "neighbour") as dl:
        assert dl.read() == b"stay"
    assert account.head(object_store).extract().container_count == account_before.container_count
