# Generated from key-manager/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Key Manager (Barbican) API v1: secrets (keys, passphrases, certificates and other
blobs stored encrypted, with their payload read back as bytes), containers that group secrets,
orders that make Barbican generate keys, access control lists, quotas, secret stores and
transport keys. Barbican names every resource by a reference, a URL that ends with the
resource's UUID (secret_ref, container_ref, order_ref...); the functions of this package take
that UUID. Microversions 1.0 to 1.2 are sent as "OpenStack-API-Version: key-manager X.Y": 1.1
adds secret consumers, 1.2 makes deleting a secret that has consumers fail unless forced.
Barbican's version document shows its microversion range only to requests that name a
microversion, so without one set on the client calls use 1.0.

Modules (imported on first use): container_acls, container_consumers, containers, orders,
project_quotas, quotas, secret_acls, secret_consumers, secret_metadata, secret_metadata_items,
secret_stores, secrets, transport_keys, versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import container_acls as container_acls
    from . import container_consumers as container_consumers
    from . import containers as containers
    from . import orders as orders
    from . import project_quotas as project_quotas
    from . import quotas as quotas
    from . import secret_acls as secret_acls
    from . import secret_consumers as secret_consumers
    from . import secret_metadata as secret_metadata
    from . import secret_metadata_items as secret_metadata_items
    from . import secret_stores as secret_stores
    from . import secrets as secrets
    from . import transport_keys as transport_keys
    from . import versions as versions

SERVICE = ServiceSpec(
    type="key-manager",
    version="v1",
    aliases=(),
    url_suffix="v1",
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        max="1.2",
        min="1.0",
        service="key-manager",
    ),
)

MODULES = (
    "container_acls",
    "container_consumers",
    "containers",
    "orders",
    "project_quotas",
    "quotas",
    "secret_acls",
    "secret_consumers",
    "secret_metadata",
    "secret_metadata_items",
    "secret_stores",
    "secrets",
    "transport_keys",
    "versions",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A key-manager v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
