"""stacksdk quickstart: authenticate from OS_* variables and do real Identity work.

    make demo            # starts a local Keystone, runs this, stops it
    python examples/quickstart.py   # against any cloud, with an openrc sourced

Everything it creates is deleted again, even when a step fails.
"""

from __future__ import annotations

import sys
import uuid

import stacksdk.identity.v3 as identity
from stacksdk.identity.v3 import projects
from stacksdk.runtime import AuthOptions, EndpointOpts, authenticated_client, errors


def main() -> int:
    opts = AuthOptions.from_env()
    provider = authenticated_client(opts)
    info = provider.token_info
    assert info is not None
    print(f"authenticated to {provider.identity_endpoint} as user {info.user_id}, project {info.project_id}")
    print(f"token expires at {info.expires_at:%Y-%m-%d %H:%M:%S %Z}")

    print("\ncatalog:")
    for ep in info.catalog.endpoints():
        print(f"  {ep.service_type:<12} {ep.interface:<9} {ep.region:<10} {ep.url}")

    client = identity.new_client(provider, EndpointOpts(region=opts.region_name))
    name = f"quickstart-{uuid.uuid4().hex[:6]}"
    created = projects.create(
        client, projects.CreateOpts(name=name, domain_id="default", description="made by quickstart", tags=["demo"])
    ).extract()
    print(f"\ncreated project {created.name} ({created.id})")
    try:
        projects.update(client, created.id, projects.UpdateOpts(description="renamed by quickstart"))
        again = projects.get(client, created.id).extract()
        print(f"  description is now {again.description!r}, tags {again.tags}")
        found = projects.find(client, name)
        print(f"  find({name!r}) -> {found.id}")
        tagged = [p.name for p in projects.list(client, projects.ListOpts(tags=["demo"]))]
        print(f"  projects tagged 'demo': {tagged}")
        everyone = projects.extract_projects(projects.list(client).all_pages())
        print(f"  {len(everyone)} projects in total")
    finally:
        projects.delete(client, created.id)
        print(f"deleted project {created.id}")
    try:
        projects.get(client, created.id)
    except errors.NotFound as exc:
        print(f"  and it is gone: {exc.status} {exc.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
