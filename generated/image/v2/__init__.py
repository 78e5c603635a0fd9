# Generated from image/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Image (Glance) API v2: images and their data, sharing, tags, interoperable import,
tasks, stores, locations, quotas and the image cache. Glance versions its API per deployment
(2.0 to 2.18 and later) without per-request microversions; calls a deployment does not serve
answer 404.

Modules (imported on first use): cache, images, import_info, locations, members,
metadef_namespaces, metadef_objects, metadef_properties, metadef_resource_type_associations,
metadef_resource_types, metadef_tags, schemas, stores, tasks, usage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import cache as cache
    from . import images as images
    from . import import_info as import_info
    from . import locations as locations
    from . import members as members
    from . import metadef_namespaces as metadef_namespaces
    from . import metadef_objects as metadef_objects
    from . import metadef_properties as metadef_properties
    from . import metadef_resource_type_associations as metadef_resource_type_associations
    from . import metadef_resource_types as metadef_resource_types
    from . import metadef_tags as metadef_tags
    from . import schemas as schemas
    from . import stores as stores
    from . import tasks as tasks
    from . import usage as usage

SERVICE = ServiceSpec(
    type="image",
    version="v2",
    aliases=(),
    url_suffix="v2",
)

MODULES = (
    "cache",
    "images",
    "import_info",
    "locations",
    "members",
    "metadef_namespaces",
    "metadef_objects",
    "metadef_properties",
    "metadef_resource_type_associations",
    "metadef_resource_types",
    "metadef_tags",
    "schemas",
    "stores",
    "tasks",
    "usage",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A image v2 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())
