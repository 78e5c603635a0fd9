# Generated from compute/v2/flavor_extra_specs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A flavor's extra specs: key/value strings that steer scheduling and the hypervisor
(hw:cpu_policy, hw:numa_nodes, resources:*, trait:*, ...). Keys are 1-255 characters of
letters, digits and "-_:. "; values at most 255 characters. Since 2.86 Nova validates the keys
and values it knows (a 400 for a bad one) and accepts unknown keys only outside its own
namespaces. Reading is allowed to every user by default; writing is admin-only. Since 2.61
flavors carry their extra specs too (Flavor.extra_specs)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class FlavorExtraSpecs(Model):
    """A flavor's extra specs: key/value strings that steer scheduling and the hypervisor
    (hw:cpu_policy, hw:numa_nodes, resources:*, trait:*, ...). Keys are 1-255 characters of
    letters, digits and "-_:. "; values at most 255 characters. Since 2.86 Nova validates the
    keys and values it knows (a 400 for a bad one) and accepts unknown keys only outside its
    own namespaces. Reading is allowed to every user by default; writing is admin-only. Since
    2.61 flavors carry their extra specs too (Flavor.extra_specs)."""

    extra_specs: dict[str, str] | Unset = UNSET
    """The extra specs, key to value (values are always returned as strings)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("extra_specs", "extra_specs", t.map_of(t.STRING)),
    )


class CreateOpts(Opts):
    """Options of create."""

    extra_specs: dict[str, str] = REQUIRED
    """The extra specs, key to value (values are always returned as strings)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("extra_specs", "extra_specs", t.map_of(t.STRING), required=True),
    )


class UpdateKeyOpts(Opts):
    """Options of update_key."""

    extra_specs: dict[str, str] = REQUIRED
    """{key: value} for the key in the path."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("extra_specs", "extra_specs", t.map_of(t.STRING), required=True, style="members"),
    )


_GET = Operation(
    "flavor_extra_specs.get",
    "GET",
    "/flavors/{flavor_id}/os-extra_specs",
    ok=(200, 203),
)
_CREATE = Operation(
    "flavor_extra_specs.create",
    "POST",
    "/flavors/{flavor_id}/os-extra_specs",
    ok=(200,),
    request_kind="json",
)
_GET_KEY = Operation(
    "flavor_extra_specs.get_key",
    "GET",
    "/flavors/{flavor_id}/os-extra_specs/{key}",
    ok=(200, 203),
)
_UPDATE_KEY = Operation(
    "flavor_extra_specs.update_key",
    "PUT",
    "/flavors/{flavor_id}/os-extra_specs/{key}",
    ok=(200,),
    request_kind="json",
)
_DELETE_KEY = Operation(
    "flavor_extra_specs.delete_key",
    "DELETE",
    "/flavors/{flavor_id}/os-extra_specs/{key}",
    ok=(200,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FlavorExtraSpecs]:
    """All extra specs of a flavor."""
    return client.call(
        _GET,
        {"flavor_id": flavor_id},
        model=FlavorExtraSpecs,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    flavor_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FlavorExtraSpecs]:
    """Add extra specs to a flavor, replacing the values of keys it already has (keys not given
    are kept); returns what was sent."""
    return client.call(
        _CREATE,
        {"flavor_id": flavor_id},
        model=FlavorExtraSpecs,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get_key(
    client: ServiceClient,
    flavor_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """One extra spec of a flavor, as a one-entry dict {key: value} (NotFound when the flavor has
    no such key)."""
    return client.call(
        _GET_KEY, {"flavor_id": flavor_id, "key": key}, microversion=microversion, timeout=timeout
    )


def update_key(
    client: ServiceClient,
    flavor_id: str,
    key: str,
    opts: UpdateKeyOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Set one extra spec. extra_specs must hold exactly that key (the one in the path) and its
    value: Nova answers 400 for any other key or more than one. Returns the one-entry dict
    that was set."""
    return client.call(
        _UPDATE_KEY,
        {"flavor_id": flavor_id, "key": key},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_key(
    client: ServiceClient,
    flavor_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one extra spec (NotFound when the flavor has no such key)."""
    return client.call(
        _DELETE_KEY,
        {"flavor_id": flavor_id, "key": key},
        microversion=microversion,
        timeout=timeout,
    )


def extract_flavor_extra_specs(page: Page[Any]) -> builtins.list[FlavorExtraSpecs]:
    """The FlavorExtraSpecs items of a page (or of ``all_pages()``)."""
    return page.extract_as(FlavorExtraSpecs)
