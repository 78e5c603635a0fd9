"""Fixtures shared by the load-balancer v2 (Octavia) tests.

The package starts Keystone + Octavia (tests/localcloud/extra/octavia.py): the API
with its controller worker in the same process on the fake:// transport and the noop
amphora, compute and network drivers, so objects really go PENDING_* -> ACTIVE and
deletes really finish. Any UUID does as a VIP subnet (the noop network driver
invents the port and the address).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import stacksdk.load_balancer.v2 as load_balancer_v2
from stacksdk.load_balancer.v2 import loadbalancers
from stacksdk.runtime import ServiceClient
from tests.integration.clouds import provider_for, running
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.cloud import CloudInfo, LocalCloud

#: a made-up subnet: the noop network driver accepts any UUID
SUBNET = "5e1e0a55-0c1d-4c2b-9a4e-0d0c7a1d2b3c"
#: bounded waits for the in-process worker (it takes well under a second per flow)
WAIT_S = 60.0
POLL_S = 0.1


#: Octavia's start is ~2 s of CPU (imports), but services start niced (tests/localcloud/
#: cloud.py): on a 2-core machine at load 10-15 that took up to 3 minutes, past
#: service_cloud's default of 180 s
STARTUP_TIMEOUT_S = 420.0


@pytest.fixture(scope="package")
def lb_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    """Keystone + Octavia (as service_cloud starts them, with a longer start timeout)."""
    workdir = tmp_path_factory.mktemp("cloud-octavia")
    with (
        LocalCloud(services=("octavia",), startup_timeout=STARTUP_TIMEOUT_S) as local,
        running(local, workdir) as info,
    ):
        yield info


@pytest.fixture(scope="package")
def octavia(lb_cloud: CloudInfo) -> ServiceClient:
    """Load-balancer v2 as admin."""
    return load_balancer_v2.new_client(provider_for(lb_cloud))


@pytest.fixture(scope="package")
def demo_octavia(lb_cloud: CloudInfo) -> ServiceClient:
    """Load-balancer v2 as the demo user (role member on project demo)."""
    return load_balancer_v2.new_client(provider_for(lb_cloud, "demo"))


def wait_lb(client: ServiceClient, lb_id: str) -> loadbalancers.LoadBalancer:
    """The load balancer once it is ACTIVE again (every change locks it PENDING_*)."""
    return loadbalancers.wait_for_status(client, lb_id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)


MakeLB = Callable[..., loadbalancers.LoadBalancer]


@pytest.fixture
def make_lb(octavia: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeLB:
    """make_lb(client=octavia, **create_opts) -> an ACTIVE load balancer, cascade-deleted
    (and waited for) at teardown."""

    def make(client: ServiceClient = octavia, **kwargs: Any) -> loadbalancers.LoadBalancer:
        kwargs.setdefault("name", unique("lb"))
        kwargs.setdefault("vip_subnet_id", SUBNET)
        created = loadbalancers.create(client, loadbalancers.CreateOpts(**kwargs)).extract()
        lb_id = created.id

        def remove() -> None:
            wait_lb(octavia, lb_id)
            loadbalancers.delete(octavia, lb_id, loadbalancers.DeleteOpts(cascade=True))
            loadbalancers.wait_for_delete(octavia, lb_id, timeout=WAIT_S, interval=POLL_S)

        cleanup(remove)
        return wait_lb(client, lb_id)

    return make


def new_uuid() -> str:
    return str(uuid.uuid4())
