"""Fixtures of the Shared File Systems v2 (Manila) tests: one cloud (Keystone and
Manila, with manila-scheduler and manila-share on Manila's DummyDriver in the API
worker) for the whole package, a share type the dummy backend accepts, and one
available share that read-only tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import stacksdk.shared_file_system.v2 as sfs_v2
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from stacksdk.shared_file_system.v2 import share_types, shares
from tests.integration.clouds import provider_for, service_cloud
from tests.localcloud.cloud import CloudInfo

#: Manila 23's newest microversion, and the specs' maximum
MANILA_MAX = "2.99"
#: shares of the dummy backend are ready in a few seconds; a busy machine may need more
WAIT = 90.0


def create_available(sfs: ServiceClient, opts: shares.CreateOpts) -> shares.Share:
    """Create a share and wait until it is available.

    The local Manila runs three services on one sqlite file; rarely, sqlite still
    refuses a write with "database is locked" and the share ends in error (see
    tests/localcloud/extra/_manila_inproc.py). Such a share is deleted and created
    once more; a second error fails the test."""
    for attempt in (1, 2):
        made = shares.create(sfs, opts).extract()
        try:
            return shares.wait_for_status(sfs, made.id, "available", timeout=WAIT, interval=0.5)
        except errors.WaitFailed:
            shares.force_delete(sfs, made.id)
            shares.wait_for_delete(sfs, made.id, timeout=WAIT, interval=0.5)
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@pytest.fixture(scope="package")
def manila_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "manila") as info:
        yield info


@pytest.fixture(scope="package")
def admin(manila_cloud: CloudInfo) -> ProviderClient:
    return provider_for(manila_cloud, "admin")


@pytest.fixture(scope="package")
def sfs(admin: ProviderClient) -> ServiceClient:
    """Manila as admin (microversion negotiated: 2.99)."""
    return sfs_v2.new_client(admin)


@pytest.fixture(scope="package")
def demo_sfs(manila_cloud: CloudInfo) -> ServiceClient:
    """Manila as the non-admin demo user."""
    return sfs_v2.new_client(provider_for(manila_cloud, "demo"))


@pytest.fixture(scope="package")
def share_type(sfs: ServiceClient) -> Iterator[share_types.ShareType]:
    """A public type the dummy backend (driver_handles_share_servers = False) takes,
    with snapshots, shares from snapshots, revert and mountable snapshots."""
    st = share_types.create(
        sfs,
        share_types.CreateOpts(
            name="dummy-dhss-false",
            description="the local dummy backend",
            extra_specs={
                "driver_handles_share_servers": "False",
                "snapshot_support": "True",
                "create_share_from_snapshot_support": "True",
                "revert_to_snapshot_support": "True",
                "mount_snapshot_support": "True",
            },
        ),
    ).extract()
    yield st
    try:
        share_types.delete(sfs, st.id)
    except (errors.NotFound, errors.BadRequest, errors.Conflict):
        pass


@pytest.fixture(scope="package")
def share(sfs: ServiceClient, share_type: share_types.ShareType) -> Iterator[shares.Share]:
    """An available 1 GiB NFS share for tests that only read or add-and-remove."""
    made = create_available(
        sfs,
        shares.CreateOpts(
            name="pkg-share", share_proto="NFS", size=1, share_type=share_type.id,
            metadata={"team": "sfs"},
        ),
    )  # fmt: skip
    yield made
    try:
        shares.force_delete(sfs, made.id)
        shares.wait_for_delete(sfs, made.id, timeout=WAIT, interval=0.5)
    except errors.NotFound:
        pass
