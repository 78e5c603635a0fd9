# Generated from messaging/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Messaging (Zaqar) API v2: queues with metadata, messages posted in batches and read,
claimed or popped by consumers, claims, subscriptions that forward messages to webhooks or
mail, pre-signed URLs, and (admin) storage pools and flavors. Every request below /v2 must
carry a Client-ID header (a UUID naming the client, e.g. one per process): each operation
takes it as a required client_id option. The project comes from the token. Errors come as
{"title": "...", "description": "..."}.

Modules (imported on first use): claims, flavors, health, messages, pools, queues,
subscriptions, versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import claims as claims
    from . import flavors as flavors
    from . import health as health
    from . import messages as messages
    from . import pools as pools
    from . import queues as queues
    from . import subscriptions as subscriptions
    from . import versions as versions

SERVICE = ServiceSpec(
    type="messaging",
    version="v2",
    aliases=(),
    url_suffix="v2",
)

MODULES = (
    "claims",
    "flavors",
    "health",
    "messages",
    "pools",
    "queues",
    "subscriptions",
    "versions",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A messaging v2 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
