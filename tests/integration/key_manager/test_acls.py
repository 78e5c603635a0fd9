"""Secret and container ACLs against a real Barbican, and what they mean for another
project's user: the demo user (member of project demo) cannot read the admin project's
secrets until an ACL names it, and a private secret (project-access false) is closed to
the owning project's other users."""

from __future__ import annotations

import pytest

from stacksdk.key_manager.v1 import container_acls, containers, secret_acls, secrets
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import secret_id

TEXT = secrets.GetPayloadOpts(accept="text/plain")


def user_id(client: ServiceClient) -> str:
    info = client.provider.token_info
    assert info is not None and info.user_id
    return info.user_id


def test_secret_acl_get_replace_patch_delete(
    km: ServiceClient, demo_km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    ref = present(
        secrets.create(
            km,
            secrets.CreateOpts(
                name=unique("acl"), payload="for admins only", payload_content_type="text/plain"
            ),
        )
        .extract()
        .secret_ref
    )
    sid = secret_id(ref)
    cleanup(lambda: secrets.delete(km, sid))

    # no ACL yet: the implicit one, read by the project
    default = secret_acls.get(km, sid).extract()
    assert present(default.read).project_access is True
    assert not present(default.read).is_set("users")

    # another project's member is refused (403) the secret and its payload
    with pytest.raises(errors.Forbidden):
        secrets.get(demo_km, sid)
    with pytest.raises(errors.Forbidden):
        secrets.get_payload(demo_km, sid, TEXT)

    demo = user_id(demo_km)
    replaced = secret_acls.replace(
        km,
        sid,
        secret_acls.ReplaceOpts(read=secret_acls.ACLEntry(users=[demo], project_access=False)),
    )
    assert replaced.status_code == 200
    assert replaced.extract().acl_ref == ref + "/acl"
    acl = present(secret_acls.get(km, sid).extract().read)
    assert acl.users == [demo] and acl.project_access is False and acl.created

    # named in the ACL, the demo user reads it
    assert secrets.get_payload(demo_km, sid, TEXT).extract() == b"for admins only"
    # and the secret is listed to it on request (acl_only)
    shared = secrets.list(demo_km, secrets.ListOpts(acl_only=True))
    assert ref in [s.secret_ref for s in shared]

    # PATCH changes only what it names: users here, project_access stays false
    secret_acls.update(km, sid, secret_acls.UpdateOpts(read=secret_acls.ACLEntry(users=[])))
    acl = present(secret_acls.get(km, sid).extract().read)
    assert acl.users == [] and acl.project_access is False
    with pytest.raises(errors.Forbidden):
        secrets.get_payload(demo_km, sid, TEXT)

    # PUT replaces the whole ACL: project_access not given becomes true
    secret_acls.replace(km, sid, secret_acls.ReplaceOpts(read=secret_acls.ACLEntry(users=[demo])))
    acl = present(secret_acls.get(km, sid).extract().read)
    assert acl.users == [demo] and acl.project_access is True

    assert secret_acls.delete(km, sid).status_code == 200
    assert secret_acls.get(km, sid).extract().to_dict() == {"read": {"project-access": True}}
    with pytest.raises(errors.Forbidden):
        secrets.get(demo_km, sid)


def test_demo_cannot_touch_admin_secret(
    km: ServiceClient, demo_km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    sid = secret_id(
        present(
            secrets.create(
                km,
                secrets.CreateOpts(
                    name=unique("private"), payload="p", payload_content_type="text/plain"
                ),
            )
            .extract()
            .secret_ref
        )
    )
    cleanup(lambda: secrets.delete(km, sid))
    with pytest.raises(errors.Forbidden):
        secrets.delete(demo_km, sid)
    with pytest.raises(errors.Forbidden):
        secret_acls.replace(
            demo_km, sid, secret_acls.ReplaceOpts(read=secret_acls.ACLEntry(users=[]))
        )
    # the demo user's own secrets are its project's: the admin project's are not listed
    own = secrets.create(demo_km, secrets.CreateOpts(name=unique("demo-own"))).extract()
    own_id = secret_id(present(own.secret_ref))
    cleanup(lambda: secrets.delete(demo_km, own_id))
    listed = [s.secret_ref for s in secrets.list(demo_km)]
    assert own.secret_ref in listed and all(secret_id(present(r)) != sid for r in listed)


def test_container_acl(
    km: ServiceClient, demo_km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    cid = secret_id(
        present(
            containers.create(km, containers.CreateOpts(name=unique("c-acl"), type="generic"))
            .extract()
            .container_ref
        )
    )
    cleanup(lambda: containers.delete(km, cid))
    assert present(container_acls.get(km, cid).extract().read).project_access is True
    with pytest.raises(errors.Forbidden):
        containers.get(demo_km, cid)

    demo = user_id(demo_km)
    container_acls.replace(
        km, cid, container_acls.ReplaceOpts(read=container_acls.ACLEntry(users=[demo]))
    )
    assert containers.get(demo_km, cid).extract().type == "generic"
    container_acls.update(
        km, cid, container_acls.UpdateOpts(read=container_acls.ACLEntry(project_access=False))
    )
    acl = present(container_acls.get(km, cid).extract().read)
    assert acl.users == [demo] and acl.project_access is False
    container_acls.delete(km, cid)
    with pytest.raises(errors.Forbidden):
        containers.get(demo_km, cid)
