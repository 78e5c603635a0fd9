# Generated from placement/v1/traits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Traits: qualitative capabilities (HW_CPU_X86_AVX2, CUSTOM_*) that resource providers can have.
The standard traits come with placement (os-traits); custom ones start with "CUSTOM_" and use
only A-Z, 0-9 and "_". A provider's traits are replaced as a whole and the write must send the
provider's generation. Every trait call needs microversion 1.6."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class TraitList(Model):
    """Traits: qualitative capabilities (HW_CPU_X86_AVX2, CUSTOM_*) that resource providers can
    have. The standard traits come with placement (os-traits); custom ones start with
    "CUSTOM_" and use only A-Z, 0-9 and "_". A provider's traits are replaced as a whole and
    the write must send the provider's generation. Every trait call needs microversion 1.6."""

    traits: builtins.list[str] | Unset = UNSET
    """Trait names."""

    resource_provider_generation: int | Unset = UNSET
    """Only for a provider's traits: the provider's generation (after the change, for a write)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("traits", "traits", t.list_of(t.STRING)),
        Field("resource_provider_generation", "resource_provider_generation", t.INTEGER),
    )


class ListNamesOpts(Opts):
    """Options of list_names."""

    name: str | Unset = UNSET
    """"in:NAME1,NAME2" (only these) or "startswith:PREFIX" (names with this prefix)."""

    associated: bool | Unset = UNSET
    """True for only the traits some provider has, False for only those no provider has."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("associated", "associated", t.BOOLEAN, location="query"),
    )


class SetForProviderOpts(Opts):
    """Options of set_for_provider."""

    traits: builtins.list[str] = REQUIRED
    """The provider's new traits (standard or existing custom ones)."""

    resource_provider_generation: int = REQUIRED
    """The provider generation the change is based on."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("traits", "traits", t.list_of(t.STRING), required=True),
        Param(
            "resource_provider_generation", "resource_provider_generation", t.INTEGER, required=True
        ),
    )


_DELETE = Operation(
    "traits.delete",
    "DELETE",
    "/traits/{trait_name}",
    ok=(204,),
    response_kind="empty",
    since="1.6",
)
_LIST_NAMES = Operation(
    "traits.list_names",
    "GET",
    "/traits",
    ok=(200, 203),
    since="1.6",
)
_CHECK = Operation(
    "traits.check",
    "GET",
    "/traits/{trait_name}",
    ok=(204,),
    response_kind="empty",
    since="1.6",
)
_ENSURE = Operation(
    "traits.ensure",
    "PUT",
    "/traits/{trait_name}",
    ok=(201, 204),
    response_kind="empty",
    since="1.6",
)
_GET_FOR_PROVIDER = Operation(
    "traits.get_for_provider",
    "GET",
    "/resource_providers/{resource_provider_uuid}/traits",
    ok=(200, 203),
    since="1.6",
)
_SET_FOR_PROVIDER = Operation(
    "traits.set_for_provider",
    "PUT",
    "/resource_providers/{resource_provider_uuid}/traits",
    ok=(200,),
    request_kind="json",
    since="1.6",
)
_DELETE_FOR_PROVIDER = Operation(
    "traits.delete_for_provider",
    "DELETE",
    "/resource_providers/{resource_provider_uuid}/traits",
    ok=(204,),
    response_kind="empty",
    since="1.6",
)


def delete(
    client: ServiceClient,
    trait_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a custom trait. 400 for a standard trait, 409 while a provider has it, 404 when it
    does not exist."""
    return client.call(
        _DELETE, {"trait_name": trait_name}, microversion=microversion, timeout=timeout
    )


def list_names(
    client: ServiceClient,
    opts: ListNamesOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TraitList]:
    """List trait names, optionally filtered."""
    return client.call(
        _LIST_NAMES, None, model=TraitList, opts=opts, microversion=microversion, timeout=timeout
    )


def check(
    client: ServiceClient,
    trait_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Succeed (204) when the trait exists; raise NotFound when it does not."""
    return client.call(
        _CHECK, {"trait_name": trait_name}, microversion=microversion, timeout=timeout
    )


def ensure(
    client: ServiceClient,
    trait_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Create a custom trait (201), or succeed when it already exists (204). 400 for a name that
    is not a valid custom trait."""
    return client.call(
        _ENSURE, {"trait_name": trait_name}, microversion=microversion, timeout=timeout
    )


def get_for_provider(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TraitList]:
    """Show a provider's traits and generation."""
    return client.call(
        _GET_FOR_PROVIDER,
        {"resource_provider_uuid": resource_provider_uuid},
        model=TraitList,
        microversion=microversion,
        timeout=timeout,
    )


def set_for_provider(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: SetForProviderOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TraitList]:
    """Replace all of a provider's traits. 409 on a stale generation; 400 when a trait does not
    exist."""
    return client.call(
        _SET_FOR_PROVIDER,
        {"resource_provider_uuid": resource_provider_uuid},
        model=TraitList,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_for_provider(
    client: ServiceClient,
    resource_provider_uuid: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove all of a provider's traits, without a generation check (409 only on a concurrent
    update)."""
    return client.call(
        _DELETE_FOR_PROVIDER,
        {"resource_provider_uuid": resource_provider_uuid},
        microversion=microversion,
        timeout=timeout,
    )


def extract_traits(page: Page[Any]) -> builtins.list[TraitList]:
    """The TraitList items of a page (or of ``all_pages()``)."""
    return page.extract_as(TraitList)
