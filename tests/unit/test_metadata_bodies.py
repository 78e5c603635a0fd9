"""Metadata sub-APIs answer with the metadata itself, not inside the resource's envelope.

Cinder's snapshot metadata calls answer ``{"metadata": {...}}`` or ``{"meta": {...}}``: their
operations must not look under the snapshot's key ``"snapshot"`` (they did, and every
``extract()`` raised ``ResponseError`` against a real Cinder; the local cloud cannot make a
snapshot, so this is checked against the scripted server)."""

from __future__ import annotations

from stacksdk.block_storage.v3 import snapshots
from stacksdk.runtime.resources.service import ServiceClient

from .server import Reply, Request, Server

SNAP = "5f0d7a3c-0000-4000-8000-000000000001"


def _metadata_server(server: Server) -> None:
    stored = {"k": "v"}

    def handle(req: Request) -> Reply:
        body = req.json() if req.body else {}
        if req.path.endswith("/metadata"):
            if req.method == "PUT":
                stored.clear()
            stored.update(body.get("metadata", {}))
            return Reply(200, {"metadata": dict(stored)})
        key = req.path.rsplit("/", 1)[1]
        if req.method == "PUT":
            stored.update(body["meta"])
        return Reply(200, {"meta": {key: stored[key]}})

    server.handler = handle


def test_snapshot_metadata_calls_decode_cinders_bodies(
    server: Server, client: ServiceClient
) -> None:
    _metadata_server(server)
    assert snapshots.get_metadata(client, SNAP).extract().metadata == {"k": "v"}
    added = snapshots.create_metadata(
        client, SNAP, snapshots.CreateMetadataOpts(metadata={"a": "1"})
    )
    assert added.extract().metadata == {"k": "v", "a": "1"}
    replaced = snapshots.replace_metadata(
        client, SNAP, snapshots.ReplaceMetadataOpts(metadata={"b": "2"})
    )
    assert replaced.extract().metadata == {"b": "2"}
    assert snapshots.get_metadata_key(client, SNAP, "b").extract().meta == {"b": "2"}
    updated = snapshots.update_metadata_key(
        client, SNAP, "b", snapshots.UpdateMetadataKeyOpts(meta={"b": "3"})
    )
    assert updated.extract().meta == {"b": "3"}
    sent = [(r.method, r.path, r.json() if r.body else None) for r in server.requests]
    assert sent[1] == ("POST", f"/v1/snapshots/{SNAP}/metadata", {"metadata": {"a": "1"}})
    assert sent[4] == ("PUT", f"/v1/snapshots/{SNAP}/metadata/b", {"meta": {"b": "3"}})
