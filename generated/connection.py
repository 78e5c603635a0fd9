# Generated from specs/ by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A typed connection to one cloud: ``cloud = stacksdk.connect("mycloud")``, then
``servers.list(cloud.compute)``: one attribute per generated service, its client built on
first use. A service with several versions has one attribute per version
(``ecs_v1``, ``ecs_v1_1``); a vendor's own services are in its namespace
(``cloud.huaweicloud.vpc_v1``)."""

from __future__ import annotations

from typing import Any

from stacksdk.runtime import ProviderClient, BaseConnection, ServiceAttribute, ServiceGroup
from stacksdk.runtime import VendorNamespace, open_connection


class Huaweicloud(ServiceGroup):
    """huaweicloud's own services, each client built on first use."""

    #: The dns v2 client (stacksdk.huaweicloud.dns.v2).
    dns = ServiceAttribute("stacksdk.huaweicloud.dns.v2")
    #: The ecs v1 client (stacksdk.huaweicloud.ecs.v1).
    ecs_v1 = ServiceAttribute("stacksdk.huaweicloud.ecs.v1")
    #: The ecs v1.1 client (stacksdk.huaweicloud.ecs.v1_1).
    ecs_v1_1 = ServiceAttribute("stacksdk.huaweicloud.ecs.v1_1")
    #: The elb v3 client (stacksdk.huaweicloud.elb.v3).
    elb = ServiceAttribute("stacksdk.huaweicloud.elb.v3")
    #: The evs v2 client (stacksdk.huaweicloud.evs.v2).
    evs = ServiceAttribute("stacksdk.huaweicloud.evs.v2")
    #: The iam v3 client (stacksdk.huaweicloud.iam.v3).
    iam = ServiceAttribute("stacksdk.huaweicloud.iam.v3")
    #: The kms v1.0 client (stacksdk.huaweicloud.kms.v1_0).
    kms = ServiceAttribute("stacksdk.huaweicloud.kms.v1_0")
    #: The vpc v1 client (stacksdk.huaweicloud.vpc.v1).
    vpc_v1 = ServiceAttribute("stacksdk.huaweicloud.vpc.v1")
    #: The vpc v2.0 client (stacksdk.huaweicloud.vpc.v2_0).
    vpc_v2_0 = ServiceAttribute("stacksdk.huaweicloud.vpc.v2_0")


class Connection(BaseConnection):
    """One cloud's service clients, each built on first use (:func:`connect`)."""

    #: The baremetal v1 client (stacksdk.baremetal.v1).
    baremetal = ServiceAttribute("stacksdk.baremetal.v1")
    #: The block-storage v3 client (stacksdk.block_storage.v3).
    block_storage = ServiceAttribute("stacksdk.block_storage.v3")
    #: The compute v2.1 client (stacksdk.compute.v2).
    compute = ServiceAttribute("stacksdk.compute.v2")
    #: The container-infrastructure-management v1 client (stacksdk.container_infrastructure_management.v1).
    container_infrastructure_management = ServiceAttribute(
        "stacksdk.container_infrastructure_management.v1"
    )
    #: The database v1 client (stacksdk.database.v1).
    database = ServiceAttribute("stacksdk.database.v1")
    #: The dns v2 client (stacksdk.dns.v2).
    dns = ServiceAttribute("stacksdk.dns.v2")
    #: The identity v3 client (stacksdk.identity.v3).
    identity = ServiceAttribute("stacksdk.identity.v3")
    #: The image v2 client (stacksdk.image.v2).
    image = ServiceAttribute("stacksdk.image.v2")
    #: The instance-ha v1 client (stacksdk.instance_ha.v1).
    instance_ha = ServiceAttribute("stacksdk.instance_ha.v1")
    #: The key-manager v1 client (stacksdk.key_manager.v1).
    key_manager = ServiceAttribute("stacksdk.key_manager.v1")
    #: The load-balancer v2 client (stacksdk.load_balancer.v2).
    load_balancer = ServiceAttribute("stacksdk.load_balancer.v2")
    #: The messaging v2 client (stacksdk.messaging.v2).
    messaging = ServiceAttribute("stacksdk.messaging.v2")
    #: The network v2.0 client (stacksdk.network.v2).
    network = ServiceAttribute("stacksdk.network.v2")
    #: The object-store v1 client (stacksdk.object_store.v1).
    object_store = ServiceAttribute("stacksdk.object_store.v1")
    #: The orchestration v1 client (stacksdk.orchestration.v1).
    orchestration = ServiceAttribute("stacksdk.orchestration.v1")
    #: The placement v1 client (stacksdk.placement.v1).
    placement = ServiceAttribute("stacksdk.placement.v1")
    #: The shared-file-system v2 client (stacksdk.shared_file_system.v2).
    shared_file_system = ServiceAttribute("stacksdk.shared_file_system.v2")
    #: The workflow v2 client (stacksdk.workflow.v2).
    workflow = ServiceAttribute("stacksdk.workflow.v2")
    #: huaweicloud's own services, each client built on first use.
    huaweicloud = VendorNamespace(Huaweicloud)


def connect(
    cloud: str | None = None,
    *,
    auth: Any = None,
    provider: ProviderClient | None = None,
    region: str | None = None,
    interface: str | None = None,
    **provider_kwargs: Any,
) -> Connection:
    """Authenticate to a cloud and return its :class:`Connection`.

    ``cloud`` names a clouds.yaml cloud (default ``OS_CLOUD``, ``OS_*`` variables
    apply); or pass ``auth`` (``AuthOptions``, ``AKSKAuthOptions``, ...) or an
    authenticated ``provider``. ``region``/``interface`` choose the endpoints (default:
    the cloud's); other keywords go to the provider (``verify=``, ``read_timeout=``...).
    """
    return open_connection(
        Connection,
        cloud,
        auth=auth,
        provider=provider,
        region=region,
        interface=interface,
        **provider_kwargs,
    )
