# Generated from huaweicloud/kms/v1_0/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Key Management Service (KMS/DEW) API v1.0: customer master keys with their
rotation and tags (keys), grants (grants), data keys for envelope encryption (datakeys), and
small-data encryption and random numbers (data). Every key operation is a POST to an action
path under /kms (create-key, describe-key, list-keys, enable-key, ...) with the key ID in the
JSON body. The endpoint ends in the project ID
(https://kms.<region>.<domain>/v1.0/<project_id>). Key states are digits sent as strings: 1
pending activation, 2 enabled, 3 disabled, 4 pending deletion, 5 pending import, 7 frozen.

Modules (imported on first use): data, datakeys, grants, keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import data as data
    from . import datakeys as datakeys
    from . import grants as grants
    from . import keys as keys

SERVICE = ServiceSpec(
    type="kms",
    version="v1.0",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
)

MODULES = (
    "data",
    "datakeys",
    "grants",
    "keys",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A kms v1.0 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
