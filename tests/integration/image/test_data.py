"""Image data against a real Glance: upload (bytes, file objects, iterables of chunks), streaming
downloads (iter_bytes, read, write_to, context manager) with their checksums, glance-direct
stage + import, deactivate/reactivate, and the required streaming-memory measurement."""

from __future__ import annotations

import hashlib
import io
import os
import resource
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

import stacksdk.image.v2 as image_v2
from stacksdk.image.v2 import images
from stacksdk.runtime import UNSET, ProviderClient, ServiceClient, authenticated_client, errors
from tests.integration.conftest import admin_options
from tests.integration.helpers import present
from tests.localcloud.keystone import KeystoneInfo

from .conftest import MakeImage, wait_for_import


@pytest.fixture
def demo_image(demo_provider: ProviderClient) -> ServiceClient:
    """Image v2 as the non-admin demo user."""
    return image_v2.new_client(demo_provider)


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def assert_has_data(image: ServiceClient, image_id: str, data: bytes) -> images.Image:
    """The image is active and Glance's size and hashes describe exactly ``data``."""
    got = images.get(image, image_id).extract()
    assert got.status == "active"
    assert got.size == len(data)
    assert got.checksum == md5(data)
    assert got.os_hash_algo == "sha512"
    assert got.os_hash_value == hashlib.sha512(data).hexdigest()
    return got


# -- downloads of images without data ------------------------------------------------


def test_download_of_queued_image_is_empty(make_image: MakeImage, image: ServiceClient) -> None:
    created = make_image()
    with images.download(image, created.id) as dl:
        assert dl.status_code == 204
        assert dl.expected_md5 is None and dl.content_length is None
        assert dl.read() == b""
    with pytest.raises(errors.NotFound):
        images.download(image, "00000000-0000-0000-0000-000000000000")


# -- upload forms x download forms ---------------------------------------------------


def test_upload_bytes_download_read(make_image: MakeImage, image: ServiceClient) -> None:
    data = os.urandom(200_000)
    created = make_image()
    result = images.upload(image, created.id, data)
    assert result.status_code == 204 and result.extract() is None
    got = assert_has_data(image, created.id, data)

    dl = images.download(image, created.id)
    try:
        assert dl.status_code == 200 and dl.content_length == len(data)
        assert dl.headers["Content-Type"] == "application/octet-stream"
        # Glance's Content-MD5 is its checksum; the download checks the bytes against it
        assert dl.expected_md5 == got.checksum == md5(data)
        assert dl.request_id and dl.request_id.startswith("req-")
        body = dl.read()
    finally:
        dl.close()
    assert body == data
    with pytest.raises(errors.SDKError, match="already read"):
        dl.read()


def test_waiters(make_image: MakeImage, image: ServiceClient) -> None:
    created = make_image()
    seen: list[str] = []
    with pytest.raises(errors.WaitTimeout, match="still 'queued'"):
        images.wait_for_status(
            image, created.id, "active", timeout=0, progress=lambda i: seen.append(str(i.status))
        )
    assert seen == ["queued"]
    images.upload(image, created.id, b"waited for")
    done = images.wait_for_status(image, created.id, ["active", "saving"], timeout=60, interval=0.2)
    assert done.status in ("active", "saving") and done.id == created.id
    images.delete(image, created.id)
    images.wait_for_delete(image, created.id, timeout=60, interval=0.2)
    with pytest.raises(errors.NotFound):
        images.get(image, created.id)


def test_upload_file_object_download_iter_bytes(
    make_image: MakeImage, image: ServiceClient, tmp_path: Path
) -> None:
    data = os.urandom(300_001)
    path = tmp_path / "upload.raw"
    path.write_bytes(data)
    created = make_image()
    with path.open("rb") as f:
        images.upload(image, created.id, f, images.UploadOpts(size=len(data)))
    assert_has_data(image, created.id, data)

    with images.download(image, created.id) as dl:
        chunks = list(dl.iter_bytes(chunk_size=10_000))
    assert all(0 < len(c) <= 10_000 for c in chunks) and len(chunks) >= 31
    assert b"".join(chunks) == data
    assert dl.response.raw.closed  # the connection went back to the pool


def test_upload_generator_download_write_to(
    make_image: MakeImage, image: ServiceClient, tmp_path: Path
) -> None:
    parts = [os.urandom(50_000) for _ in range(7)] + [b"tail"]
    data = b"".join(parts)

    def chunks() -> Iterator[bytes]:
        yield from parts  # sent with chunked transfer encoding: no length known

    created = make_image()
    images.upload(image, created.id, chunks())
    got = assert_has_data(image, created.id, data)

    out = io.BytesIO()
    with images.download(image, created.id) as dl:
        written = dl.write_to(out)
    assert written == len(data) == got.size and out.getvalue() == data

    target = tmp_path / "download.raw"  # and into a real file, with a small chunk size
    with images.download(image, created.id) as dl, target.open("wb") as f:
        assert dl.write_to(f, chunk_size=4096) == len(data)
    assert md5(target.read_bytes()) == got.checksum


@pytest.mark.parametrize(
    "chunks",
    [
        pytest.param([b"ab", b"cd"], id="list-of-2-byte-chunks"),
        pytest.param((b"first chunk, ", b"second chunk"), id="tuple-of-chunks"),
    ],
)
def test_upload_list_or_tuple_of_chunks(
    make_image: MakeImage, image: ServiceClient, chunks: list[bytes] | tuple[bytes, ...]
) -> None:
    data = b"".join(chunks)
    created = make_image()
    images.upload(image, created.id, chunks)
    assert_has_data(image, created.id, data)
    assert images.download(image, created.id).read() == data


def test_upload_bytearray_and_memoryview(make_image: MakeImage, image: ServiceClient) -> None:
    data = os.urandom(70_000)
    first, second = make_image(), make_image()
    images.upload(image, first.id, bytearray(data))
    images.upload(image, second.id, memoryview(data))
    for made in (first, second):
        assert_has_data(image, made.id, data)
        assert images.download(image, made.id).read() == data


def test_upload_errors(make_image: MakeImage, image: ServiceClient) -> None:
    created = make_image()
    # the announced size does not match the data: refused, the image stays queued
    with pytest.raises(errors.BadRequest, match="expected 3 bytes"):
        images.upload(image, created.id, b"12345", images.UploadOpts(size=3))
    assert images.get(image, created.id).extract().status == "queued"
    # no disk/container format: Glance needs them before data
    bare = make_image(disk_format=None, container_format=None)
    with pytest.raises(errors.BadRequest, match="disk_format"):
        images.upload(image, bare.id, b"data")
    images.upload(image, created.id, b"12345")
    # data is written once: active -> saving is not allowed
    with pytest.raises(errors.Conflict):
        images.upload(image, created.id, b"again")
    with pytest.raises(ValueError, match="no data"):
        images.upload(image, created.id, None)  # type: ignore[arg-type]
    assert images.download(image, created.id).read() == b"12345"


def test_upload_is_resent_after_reauthentication(
    make_image: MakeImage, image: ServiceClient, keystone: KeystoneInfo
) -> None:
    """A stale token: Glance answers 401, the provider reauthenticates and sends the body again
    from where the file object started; a generator cannot be sent twice."""
    provider = authenticated_client(admin_options(keystone))
    client = image_v2.new_client(provider)
    seen: list[tuple[str, int]] = []
    provider.session.hooks["response"].append(
        lambda resp, *args, **kwargs: seen.append((str(resp.request.method), resp.status_code))
    )
    data = os.urandom(1_000_000)
    created = make_image()
    stream = io.BytesIO(b"skipped header" + data)
    stream.seek(len(b"skipped header"))  # upload from here, and rewind to here
    provider.set_token("not-a-valid-token", provider.token_info)
    images.upload(client, created.id, stream)
    assert seen == [("PUT", 401), ("POST", 201), ("PUT", 204)]  # PUT, reauth, PUT again
    assert_has_data(image, created.id, data)

    other = make_image()
    seen.clear()
    provider.set_token("not-a-valid-token", provider.token_info)
    with pytest.raises(errors.SDKError, match="non-seekable"):
        images.upload(client, other.id, iter([b"only ", b"once"]))
    assert seen == [("PUT", 401), ("POST", 201)]
    assert images.get(image, other.id).extract().status == "queued"


def test_store_options(make_image: MakeImage, image: ServiceClient) -> None:
    created = make_image()
    with pytest.raises(errors.BadRequest, match="nostore"):
        images.upload(image, created.id, b"x", images.UploadOpts(store="nostore"))
    images.upload(image, created.id, b"into fs", images.UploadOpts(store="fs"))
    assert present(images.get(image, created.id).extract().stores) == "fs"
    with images.download(image, created.id, images.DownloadOpts(prefer=["fs"])) as dl:
        assert "prefer=fs" in dl.url and dl.read() == b"into fs"
    # every preferred store must exist: the list goes out as one comma-separated value
    with pytest.raises(errors.BadRequest, match="'other' is not configured") as err:
        images.download(image, created.id, images.DownloadOpts(prefer=["fs", "other"]))
    assert "prefer=fs%2Cother" in err.value.url
    # copy-image to a store that already has the data
    with pytest.raises(errors.BadRequest, match="already present"):
        images.import_image(
            image,
            created.id,
            images.ImportImageOpts(method=images.ImportMethod(name="copy-image"), stores=["fs"]),
        )

    staged = make_image()
    images.stage(image, staged.id, b"to every store")
    with pytest.raises(errors.Conflict, match="nostore"):
        images.import_image(
            image,
            staged.id,
            images.ImportImageOpts(
                method=images.ImportMethod(name="glance-direct"), stores=["nostore"]
            ),
        )
    images.import_image(
        image,
        staged.id,
        images.ImportImageOpts(
            method=images.ImportMethod(name="glance-direct"),
            all_stores=True,
            all_stores_must_succeed=True,
        ),
    )
    done, _ = wait_for_import(image, staged.id)
    assert present(done.stores) == "fs" and done.checksum == md5(b"to every store")
    assert done.os_glance_failed_import in (UNSET, "")


# -- stage + import (glance-direct) --------------------------------------------------


def test_stage_and_import_glance_direct(make_image: MakeImage, image: ServiceClient) -> None:
    parts = [os.urandom(64 * 1024) for _ in range(5)]
    data = b"".join(parts)
    created = make_image()
    image_id = created.id
    # import before anything was staged: 409
    with pytest.raises(errors.Conflict, match="staged"):
        images.import_image(
            image,
            image_id,
            images.ImportImageOpts(method=images.ImportMethod(name="glance-direct")),
        )
    staged = images.stage(image, image_id, iter(parts), images.StageOpts(size=len(data)))
    assert staged.status_code == 204
    assert images.get(image, image_id).extract().status == "uploading"

    started = images.import_image(
        image, image_id, images.ImportImageOpts(method=images.ImportMethod(name="glance-direct"))
    )
    assert started.status_code == 202 and started.extract() is None
    # the import runs as an api_image_import task the image lists
    _, task = wait_for_import(image, image_id)
    got = assert_has_data(image, image_id, data)
    assert present(got.stores) == "fs"
    assert images.download(image, image_id).read() == data

    assert task.image_id == image_id and task.input is not None
    assert present(task.input)["import_req"]["method"]["name"] == "glance-direct"
    assert task.result == {"image_id": image_id}
    assert task.deleted is False


def test_import_method_not_enabled(make_image: MakeImage, image: ServiceClient) -> None:
    created = make_image()
    # web-download is disabled in the local cloud (no traffic leaves 127.0.0.1)
    with pytest.raises(errors.BadRequest, match="web-download"):
        images.import_image(
            image,
            created.id,
            images.ImportImageOpts(
                method=images.ImportMethod(name="web-download", uri="http://127.0.0.1:9/x")
            ),
        )
    with pytest.raises(ValueError, match="method"):
        images.ImportImageOpts()


# -- deactivate / reactivate ---------------------------------------------------------


def test_deactivate_reactivate(
    make_image: MakeImage, image: ServiceClient, demo_image: ServiceClient
) -> None:
    data = b"public bytes " * 1000
    created = make_image(visibility="public")  # the demo project can read it
    image_id = created.id
    with pytest.raises(errors.Forbidden):  # only active images can be deactivated
        images.deactivate(image, image_id)
    images.upload(image, image_id, data)
    assert images.download(demo_image, image_id).read() == data

    assert images.deactivate(image, image_id).status_code == 204
    assert images.get(image, image_id).extract().status == "deactivated"
    assert images.get(demo_image, image_id).extract().status == "deactivated"  # still visible
    with pytest.raises(errors.Forbidden, match="deactivated") as err:
        images.download(demo_image, image_id)
    assert err.value.status == 403 and err.value.method == "GET"
    with images.download(image, image_id) as dl:  # administrators still may
        assert dl.read() == data
    # a non-admin may not reactivate somebody else's image
    with pytest.raises(errors.Forbidden):
        images.reactivate(demo_image, image_id)

    assert images.reactivate(image, image_id).status_code == 204
    assert images.get(image, image_id).extract().status == "active"
    assert images.download(demo_image, image_id).read() == data


# -- required measurement: streaming memory ------------------------------------------

SIZE_MB = 50
LIMIT_BYTES = 8 * 1024 * 1024


def file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def rss_now_kib() -> int:
    """The current RSS (Linux /proc), to show how far below the peak the process is."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1


def test_streaming_memory_50mb(make_image: MakeImage, image: ServiceClient, tmp_path: Path) -> None:
    src, dst = tmp_path / "src.raw", tmp_path / "dst.raw"
    md5_src = hashlib.md5(usedforsecurity=False)
    sha_src = hashlib.sha512()
    with src.open("wb") as f:
        for _ in range(SIZE_MB):
            block = os.urandom(1 << 20)
            md5_src.update(block)
            sha_src.update(block)
            f.write(block)
    size = SIZE_MB << 20
    created = make_image()

    rss_before, rss_now_before = maxrss_kib(), rss_now_kib()
    tracemalloc.start()
    try:
        with src.open("rb") as f:
            images.upload(image, created.id, f)
        _, upload_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_after_upload = maxrss_kib()

    tracemalloc.start()
    try:
        with images.download(image, created.id) as dl, dst.open("wb") as f:
            written = dl.write_to(f)
        _, download_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_after_download, rss_now_after = maxrss_kib(), rss_now_kib()

    print(
        f"\n[memory] {SIZE_MB} MB: tracemalloc peak upload {upload_peak / 1e6:.3f} MB, "
        f"download {download_peak / 1e6:.3f} MB; ru_maxrss growth upload "
        f"{(rss_after_upload - rss_before) / 1024:.1f} MiB, download "
        f"{(rss_after_download - rss_after_upload) / 1024:.1f} MiB "
        f"(max RSS before {rss_before / 1024:.1f} MiB, after {rss_after_download / 1024:.1f} MiB; "
        f"current RSS before {rss_now_before / 1024:.1f} MiB, after {rss_now_after / 1024:.1f} MiB)"
    )
    assert upload_peak < LIMIT_BYTES
    assert download_peak < LIMIT_BYTES
    assert written == size == dst.stat().st_size
    assert dl.expected_md5 == md5_src.hexdigest()  # checked while streaming
    assert file_md5(dst) == file_md5(src) == md5_src.hexdigest()
    got = images.get(image, created.id).extract()
    assert got.size == size and got.checksum == md5_src.hexdigest()
    assert got.os_hash_value == sha_src.hexdigest()
