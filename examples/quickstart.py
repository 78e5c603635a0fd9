"""stacksdk quickstart: authenticate from OS_* variables and do real Identity work.

    make demo                         # starts a local Keystone, runs this, stops it
    python examples/quickstart.py     # against any cloud, with an openrc sourced (needs admin)

It creates a project, a user with a role on it and an application credential,
signs in with that credential, and deletes everything again even when a step fails.
"""

from __future__ import annotations

import secrets
import sys
import uuid
from collections.abc import Callable
from typing import Any

import stacksdk.identity.v3 as identity
from stacksdk.identity.v3 import application_credentials, projects, role_assignments, roles, tokens, users
from stacksdk.runtime import AuthOptions, EndpointOpts, ServiceClient, authenticated_client, errors


def main() -> int:
    opts = AuthOptions.from_env()
    provider = authenticated_client(opts)
    info = provider.token_info
    assert info is not None
    print(f"authenticated to {provider.identity_v3} as user {info.user_id}, project {info.project_id}")
    if info.expires_at:
        print(f"token expires at {info.expires_at:%Y-%m-%d %H:%M:%S %Z}")
    print("\ncatalog:")
    for ep in info.catalog.endpoints():
        print(f"  {ep.service_type:<12} {ep.interface:<9} {ep.region:<10} {ep.url}")

    client = identity.new_client(provider, EndpointOpts(region=opts.region_name))
    undo: list[Callable[[], Any]] = []
    try:
        tour(client, undo, opts)
    finally:
        for step in reversed(undo):
            try:
                step()
            except errors.NotFound:
                pass
        print(f"\ncleaned up {len(undo)} objects")
    return 0


def tour(client: ServiceClient, undo: list[Callable[[], Any]], opts: AuthOptions) -> None:
    tag = uuid.uuid4().hex[:6]
    domain = "default"

    project = projects.create(
        client, projects.CreateOpts(name=f"quickstart-{tag}", domain_id=domain, description="made by quickstart", tags=["demo"])
    ).extract()
    undo.append(lambda: projects.delete(client, project.id))
    print(f"\ncreated project {project.name} ({project.id})")
    projects.update(client, project.id, projects.UpdateOpts(description="updated by quickstart"))
    print(f"  description now {projects.get(client, project.id).extract().description!r}")
    print(f"  find({project.name!r}) -> {projects.find(client, str(project.name)).id}")
    tagged = [p.name for p in projects.list(client, projects.ListOpts(tags=["demo"]))]
    print(f"  projects tagged 'demo': {tagged}")

    password = secrets.token_urlsafe(16)
    user = users.create(
        client, users.CreateOpts(name=f"quickstart-user-{tag}", domain_id=domain, password=password, default_project_id=project.id)
    ).extract()
    undo.append(lambda: users.delete(client, user.id))
    print(f"created user {user.name} ({user.id}); its repr hides nothing secret: {user!r}"[:160])

    member = roles.find(client, "member")
    roles.grant_project_user(client, project.id, user.id, member.id)
    page = role_assignments.list(client, role_assignments.ListOpts(user_id=user.id, include_names=True))
    for a in page:
        where = a.scope.project.name if a.scope and a.scope.project else "?"
        print(f"  assignment: {a.user.name if a.user else '?'} is {a.role.name if a.role else '?'} on {where}")

    # sign in as the new user, and make an application credential for it
    as_user = authenticated_client(
        AuthOptions(identity_endpoint=opts.identity_endpoint, user_id=user.id, password=password, project_id=project.id)
    )
    user_client = identity.new_client(as_user, EndpointOpts(region=opts.region_name))
    cred = application_credentials.create(
        user_client, user.id, application_credentials.CreateOpts(name=f"quickstart-{tag}", description="demo")
    ).extract()
    undo.append(lambda: application_credentials.delete(client, user.id, cred.id))
    print(f"created application credential {cred.name} ({cred.id}): {cred!r}"[:160])
    via_cred = authenticated_client(
        AuthOptions(identity_endpoint=opts.identity_endpoint, application_credential_id=cred.id, application_credential_secret=str(cred.secret))
    )
    assert via_cred.token_info is not None
    print(f"  signed in with it: project {via_cred.token_info.project_id}, methods {via_cred.token_info.body['methods']}")

    # the admin checks, then revokes, that token
    subject = str(via_cred.token)
    token = tokens.validate(client, tokens.ValidateOpts(subject_token=subject)).extract()
    print(f"  admin validated it: user {token.user.name if token.user else '?'}, expires {token.expires_at}")
    tokens.revoke(client, tokens.RevokeOpts(subject_token=subject))
    try:
        tokens.validate(client, tokens.ValidateOpts(subject_token=subject))
    except errors.NotFound as exc:
        print(f"  after revoke: {exc.status} {exc.message}")


if __name__ == "__main__":
    sys.exit(main())
