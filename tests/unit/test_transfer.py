"""Binary uploads (streamed, rewound on resend), streaming downloads with
checksum checks, and JSON-patch bodies."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from stacksdk.runtime import UNSET, Operation, ProviderClient, ServiceClient, Unset, errors
from stacksdk.runtime import types as t
from stacksdk.runtime.resources.download import ChecksumMismatch
from stacksdk.runtime.resources.fields import Opts, Param
from stacksdk.runtime.resources.service import json_patch

from .server import Reply, Request, Server

UPLOAD = Operation(
    "images.upload",
    "PUT",
    "/images/{image_id}/file",
    ok=(204,),
    request_kind="binary",
    response_kind="empty",
)
DOWNLOAD = Operation(
    "images.download",
    "GET",
    "/images/{image_id}/file",
    response_kind="stream",
    checksum_header="Content-MD5",
)
ETAG_GET = Operation(
    "objects.download",
    "GET",
    "/c/{name}",
    ok=(200, 206),
    response_kind="stream",
    checksum_header="ETag",
)
BLOB = bytes(range(256)) * 1000  # 256 kB


def test_upload_streams_bytes_and_file_objects(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(204)
    client.call(UPLOAD, {"image_id": "i"}, data=BLOB)
    client.call(UPLOAD, {"image_id": "i"}, data=io.BytesIO(BLOB))
    assert [r.body for r in server.requests] == [BLOB, BLOB]
    assert server.requests[0].headers["Content-Type"] == "application/octet-stream"


def test_upload_is_rewound_when_resent_after_reauth(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    provider.set_reauth(lambda: provider.set_token("tok-2"))
    server.handler = lambda r: Reply(401) if r.headers["X-Auth-Token"] == "tok-1" else Reply(204)
    f = io.BytesIO(b"skip:" + BLOB)
    f.read(5)  # the upload starts where the file is, not at 0
    client.call(UPLOAD, {"image_id": "i"}, data=f)
    assert [r.body for r in server.requests] == [BLOB, BLOB]


def test_a_one_shot_body_is_not_resent(
    provider: ProviderClient, client: ServiceClient, server: Server
) -> None:
    provider.set_reauth(lambda: provider.set_token("tok-2"))
    server.handler = lambda r: Reply(401) if r.headers["X-Auth-Token"] == "tok-1" else Reply(204)

    def chunks() -> Iterator[bytes]:
        yield BLOB[:1000]
        yield BLOB[1000:]

    with pytest.raises(errors.SDKError, match="non-seekable"):
        client.call(UPLOAD, {"image_id": "i"}, data=chunks())
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "header",
    [
        {"Content-MD5": base64.b64encode(hashlib.md5(BLOB).digest()).decode()},
        {"Content-MD5": hashlib.md5(BLOB).hexdigest()},
        {},
    ],
)
def test_download_streams_and_verifies(
    client: ServiceClient, server: Server, header: dict[str, str]
) -> None:
    server.handler = lambda r: Reply(
        200, BLOB, {"Content-Type": "application/octet-stream", **header}
    )
    with client.download(DOWNLOAD, {"image_id": "i"}) as d:
        assert d.status_code == 200 and d.content_length == len(BLOB)
        chunks = list(d.iter_bytes(4096))
    assert all(len(c) <= 4096 for c in chunks) and b"".join(chunks) == BLOB
    out = io.BytesIO()
    assert client.download(DOWNLOAD, {"image_id": "i"}).write_to(out) == len(BLOB)
    assert out.getvalue() == BLOB


def test_download_checksum_mismatch(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(
        200, BLOB, {"ETag": '"' + hashlib.md5(b"other").hexdigest() + '"'}
    )
    d = client.download(ETAG_GET, {"name": "o"})
    with pytest.raises(ChecksumMismatch, match="MD5"):
        d.read()
    with pytest.raises(errors.SDKError, match="already read"):
        d.read()
    # a caller that checks the data otherwise may skip the hashing
    assert client.download(ETAG_GET, {"name": "o"}).read(verify=False) == BLOB
    sink = io.BytesIO()
    assert client.download(ETAG_GET, {"name": "o"}).write_to(sink, verify=False) == len(BLOB)
    assert sink.getvalue() == BLOB


def test_download_errors_are_typed(client: ServiceClient, server: Server) -> None:
    server.handler = lambda r: Reply(404, {"message": "no such image"})
    with pytest.raises(errors.NotFound, match="no such image"):
        client.download(DOWNLOAD, {"image_id": "i"})


@dataclasses.dataclass(kw_only=True, repr=False)
class PatchOpts(Opts):
    name: str | Unset = UNSET
    min_disk: int | None | Unset = UNSET
    properties: dict[str, Any] | Unset = UNSET
    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("min_disk", "min_disk", t.INTEGER, nullable=True),
        Param("properties", "properties", t.map_of(t.ANY), style="members"),
    )


def test_json_patch_ops() -> None:
    opts = PatchOpts(name="n", min_disk=None, properties={"os_distro": "ubuntu", "a/b": None})
    assert json_patch(opts, None) == [
        {"op": "replace", "path": "/name", "value": "n"},
        {"op": "replace", "path": "/min_disk", "value": None},
        {"op": "add", "path": "/os_distro", "value": "ubuntu"},
        {"op": "remove", "path": "/a~1b"},
    ]


def test_json_patch_request(client: ServiceClient, server: Server) -> None:
    op = Operation(
        "images.update",
        "PATCH",
        "/images/{image_id}",
        request_kind="json-patch",
        content_type="application/openstack-images-v2.1-json-patch",
    )
    server.handler = lambda r: Reply(200, {"id": "i"})
    client.call(op, {"image_id": "i"}, opts=PatchOpts(name="x"))
    req: Request = server.requests[0]
    assert req.headers["Content-Type"] == "application/openstack-images-v2.1-json-patch"
    assert req.json() == [{"op": "replace", "path": "/name", "value": "x"}]


@dataclasses.dataclass(kw_only=True, repr=False)
class PatchWithQueryOpts(Opts):
    name: str | Unset = UNSET
    rollback: bool | Unset = UNSET
    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING),
        Param("rollback", "rollback", t.BOOLEAN, location="query"),
    )


def test_json_patch_query_options_go_only_in_the_query(
    client: ServiceClient, server: Server
) -> None:
    # Magnum's cluster update: ?rollback=true beside a JSON Patch of the cluster
    op = Operation(
        "clusters.update", "PATCH", "/clusters/{id}", ok=(202,), request_kind="json-patch"
    )
    server.handler = lambda r: Reply(202, {"uuid": "c"})
    client.call(op, {"id": "c"}, opts=PatchWithQueryOpts(name="x", rollback=True))
    req: Request = server.requests[0]
    assert req.query == [("rollback", "true")]
    assert req.json() == [{"op": "replace", "path": "/name", "value": "x"}]


@dataclasses.dataclass(kw_only=True, repr=False)
class MetaOpts(Opts):
    metadata: dict[str, str | None] | Unset = UNSET
    read_acl: str | Unset = UNSET
    _params: ClassVar[tuple[Param, ...]] = (
        Param("metadata", "X-Container-Meta-", t.map_of(t.ANY), location="header", style="prefix"),
        Param("read_acl", "X-Container-Read", t.STRING, location="header"),
    )


def test_header_params_and_prefix_maps(client: ServiceClient, server: Server) -> None:
    op = Operation("containers.update", "POST", "/c/{name}", ok=(204,), response_kind="empty")
    server.handler = lambda r: Reply(204)
    client.call(
        op, {"name": "c"}, opts=MetaOpts(metadata={"Color": "blue", "old": None}, read_acl=".r:*")
    )
    h = server.requests[0].headers
    assert (h["X-Container-Meta-Color"], h["X-Container-Meta-old"], h["X-Container-Read"]) == (
        "blue",
        "",
        ".r:*",
    )


def test_no_checksum_for_ranges_and_manifests(client: ServiceClient, server: Server) -> None:
    wrong = {"ETag": hashlib.md5(b"whole object").hexdigest()}
    server.handler = lambda r: Reply(
        206, BLOB[:100], {**wrong, "Content-Range": f"bytes 0-99/{len(BLOB)}"}
    )
    assert client.download(ETAG_GET, {"name": "o"}).read() == BLOB[:100]
    server.handler = lambda r: Reply(200, BLOB, {**wrong, "X-Static-Large-Object": "True"})
    assert client.download(ETAG_GET, {"name": "o"}).read() == BLOB


def test_download_returns_stored_bytes_without_decoding(
    client: ServiceClient, server: Server
) -> None:
    import gzip

    packed = gzip.compress(BLOB)
    server.handler = lambda r: Reply(
        200, packed, {"Content-Encoding": "gzip", "ETag": hashlib.md5(packed).hexdigest()}
    )
    assert client.download(ETAG_GET, {"name": "o"}).read() == packed


def test_non_ascii_header_values_travel_as_utf8(client: ServiceClient, server: Server) -> None:
    op = Operation("containers.update", "POST", "/c/{name}", ok=(204,), response_kind="empty")
    server.handler = lambda r: Reply(204)
    client.call(op, {"name": "c"}, opts=MetaOpts(metadata={"Price": "5 €", "City": "Zürich"}))
    h = server.requests[0].headers
    # http.server decodes header bytes as latin-1: recover the raw bytes
    assert h["X-Container-Meta-Price"].encode("latin-1").decode("utf-8") == "5 €"
    assert h["X-Container-Meta-City"].encode("latin-1").decode("utf-8") == "Zürich"
