"""stacksdk quickstart: real work on every service of a cloud, then a clean slate.

    make demo                         # starts a local cloud, runs this, stops it
    OS_CLOUD=mycloud python examples/quickstart.py    # any cloud in clouds.yaml (needs admin)

Authenticates from clouds.yaml (OS_CLOUD), shows the catalog, then: a project, a
user with a role and an application credential (Identity); an image uploaded and
downloaded back with a matching checksum (Image); a resource provider with an
inventory (Placement); objects in a container (Object Storage). Everything it
creates is deleted again, even when a step fails. Services the cloud lacks are skipped.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import sys
import uuid
from collections.abc import Callable
from typing import Any

import stacksdk
import stacksdk.identity.v3 as identity
from stacksdk.identity.v3 import (
    application_credentials,
    projects,
    role_assignments,
    roles,
    tokens,
    users,
)
from stacksdk.image.v2 import images
from stacksdk.object_store.v1 import containers, objects
from stacksdk.placement.v1 import inventories, resource_providers
from stacksdk.runtime import AuthOptions, authenticated_client, errors

Undo = list[Callable[[], Any]]
TAG = uuid.uuid4().hex[:6]


def main() -> int:
    opts = AuthOptions.from_cloud() if os.environ.get("OS_CLOUD") else AuthOptions.from_env()
    cloud = stacksdk.connect(auth=opts)  # service clients are built on first use
    provider = cloud.provider
    info = provider.token_info
    assert info is not None
    print(
        f"authenticated to {provider.identity_v3} as user {info.user_id}, project {info.project_id}"
    )
    print("\ncatalog:")
    for ep in sorted(info.catalog.endpoints(), key=lambda e: (e.service_type, e.interface)):
        print(f"  {ep.service_type:<13} {ep.interface:<9} {ep.region:<10} {ep.url}")
    types = {ep.service_type for ep in info.catalog.endpoints()}

    undo: Undo = []
    try:
        identity_tour(cloud, opts, undo)
        if "image" in types:
            image_tour(cloud, undo)
        if "placement" in types:
            placement_tour(cloud, undo)
        if "object-store" in types:
            object_store_tour(cloud, undo)
    finally:
        for step in reversed(undo):
            try:
                step()
            except errors.NotFound:
                pass
        print(f"\ncleaned up {len(undo)} objects")
    return 0


def identity_tour(cloud: stacksdk.Connection, opts: AuthOptions, undo: Undo) -> None:
    client = cloud.identity
    print("\n== Identity")
    project = projects.create(
        client, projects.CreateOpts(name=f"quickstart-{TAG}", domain_id="default", tags=["demo"])
    ).extract()
    undo.append(lambda: projects.delete(client, project.id))
    projects.update(client, project.id, projects.UpdateOpts(description="made by quickstart"))
    print(
        f"project {project.name} ({project.id}): {projects.get(client, project.id).extract().description!r}"
    )
    print(f"  find({project.name!r}) -> {projects.find(client, str(project.name)).id}")

    password = secrets.token_urlsafe(16)
    user = users.create(
        client, users.CreateOpts(name=f"quickstart-{TAG}", domain_id="default", password=password)
    ).extract()
    undo.append(lambda: users.delete(client, user.id))
    roles.grant_project_user(client, project.id, user.id, roles.find(client, "member").id)
    for a in role_assignments.list(
        client, role_assignments.ListOpts(user_id=user.id, include_names=True)
    ):
        print(
            f"  {a.user.name if a.user else '?'} is {a.role.name if a.role else '?'} on project {project.name}"
        )

    as_user = authenticated_client(
        AuthOptions(
            identity_endpoint=opts.identity_endpoint,
            user_id=user.id,
            password=password,
            project_id=project.id,
        )
    )
    cred = application_credentials.create(
        identity.new_client(as_user),
        user.id,
        application_credentials.CreateOpts(name=f"quickstart-{TAG}"),
    ).extract()
    undo.append(lambda: application_credentials.delete(client, user.id, cred.id))
    via_cred = authenticated_client(
        AuthOptions(
            identity_endpoint=opts.identity_endpoint,
            application_credential_id=cred.id,
            application_credential_secret=str(cred.secret),
        )
    )
    subject = str(via_cred.token)
    token = tokens.validate(client, tokens.ValidateOpts(subject_token=subject)).extract()
    print(
        f"  application credential {cred.name}: signed in as {token.user.name if token.user else '?'}"
    )
    tokens.revoke(client, tokens.RevokeOpts(subject_token=subject))
    print("  and its token revoked")


def image_tour(cloud: stacksdk.Connection, undo: Undo) -> None:
    client = cloud.image
    print("\n== Image")
    img = images.create(
        client,
        images.CreateOpts(
            name=f"quickstart-{TAG}",
            disk_format="raw",
            container_format="bare",
            properties={"demo": "yes"},
        ),
    ).extract()
    undo.append(lambda: images.delete(client, img.id))
    data = os.urandom(4 * 1024 * 1024)
    images.upload(client, img.id, io.BytesIO(data))
    with images.download(client, img.id) as download:
        digest = hashlib.md5(download.read(), usedforsecurity=False).hexdigest()
    shown = images.get(client, img.id).extract()
    print(
        f"image {shown.name} ({shown.id}): {shown.status}, {shown.size} bytes, custom property demo={shown.extra.get('demo')}"
    )
    print(
        f"  downloaded back: md5 {digest}, matches upload: {digest == hashlib.md5(data, usedforsecurity=False).hexdigest()}, matches Glance: {digest == shown.checksum}"
    )


def placement_tour(cloud: stacksdk.Connection, undo: Undo) -> None:
    client = cloud.placement
    print(f"\n== Placement (microversion {client.negotiate()})")
    rp = resource_providers.create(
        client, resource_providers.CreateOpts(name=f"quickstart-{TAG}")
    ).extract()
    undo.append(lambda: resource_providers.delete(client, rp.uuid))
    inv = inventories.set_all(
        client,
        rp.uuid,
        inventories.SetAllOpts(
            resource_provider_generation=rp.generation or 0,
            inventories={
                "VCPU": inventories.InventoryRecord(total=8),
                "MEMORY_MB": inventories.InventoryRecord(total=16384),
            },
        ),
    ).extract()
    print(
        f"resource provider {rp.name} ({rp.uuid}), generation now {inv.resource_provider_generation}"
    )
    for rc, item in sorted((inv.inventories or {}).items()):
        print(f"  {rc}: total {item.total}")


def object_store_tour(cloud: stacksdk.Connection, undo: Undo) -> None:
    client = cloud.object_store
    print("\n== Object Storage")
    name = f"quickstart-{TAG}"
    containers.create(client, name)
    undo.append(lambda: containers.delete(client, name))
    keys = [f"docs/{i}.txt" for i in range(3)]
    for i, key in enumerate(keys):
        objects.upload(
            client,
            name,
            key,
            f"object number {i}\n".encode(),
            objects.UploadOpts(content_type="text/plain"),
        )
    undo.append(lambda: [objects.delete(client, name, key) for key in keys])
    listing = [(o.name, o.size) for o in objects.list(client, name)]
    print(f"container {name}: {listing}")
    with objects.download(client, name, "docs/1.txt") as download:
        print(f"  docs/1.txt says: {download.read().decode().strip()!r}")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # Ctrl-C: what was made so far is deleted already (main's finally)
        print("interrupted", file=sys.stderr)
        sys.exit(130)
