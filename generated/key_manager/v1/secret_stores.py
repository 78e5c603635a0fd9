# Generated from key-manager/v1/secret_stores.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A secret store: one of the backends (a secret store plugin, with a crypto plugin where it uses
one) a deployment with multiple secret stores enabled offers. One is the global default; a
project may prefer another, where its new secrets are then stored. Without multiple secret
stores enabled, every call here answers 404. Barbican identifies a store by its
secret_store_ref (a URL); the functions take the UUID that ends it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset


class SecretStore(Model):
    """A secret store: one of the backends (a secret store plugin, with a crypto plugin where it
    uses one) a deployment with multiple secret stores enabled offers. One is the global
    default; a project may prefer another, where its new secrets are then stored. Without
    multiple secret stores enabled, every call here answers 404. Barbican identifies a store
    by its secret_store_ref (a URL); the functions take the UUID that ends it."""

    secret_store_ref: str | Unset = UNSET
    """The store's reference, a URL ending with its UUID."""

    name: str | Unset = UNSET
    """The store's name (from its plugin)."""

    secret_store_plugin: str | Unset = UNSET
    """The secret store plugin, e.g. "store_crypto", "kmip_plugin", "vault_plugin"."""

    crypto_plugin: str | None | Unset = UNSET
    """The crypto plugin of a store_crypto store, e.g. "simple_crypto", "p11_crypto"."""

    global_default: bool | Unset = UNSET
    """Whether this is the deployment's default store."""

    status: str | Unset = UNSET
    """ACTIVE."""

    created: datetime.datetime | Unset = UNSET
    """When the store was registered."""

    updated: datetime.datetime | Unset = UNSET
    """When the store last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("secret_store_ref", "secret_store_ref", t.STRING),
        Field("name", "name", t.STRING),
        Field("secret_store_plugin", "secret_store_plugin", t.STRING),
        Field("crypto_plugin", "crypto_plugin", t.STRING),
        Field("global_default", "global_default", t.BOOLEAN),
        Field("status", "status", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
    )


_LIST = Operation(
    "secret_stores.list",
    "GET",
    "/secret-stores",
    ok=(200, 203),
    response_key="secret_stores",
    paging=Paging("single"),
)
_GET = Operation(
    "secret_stores.get",
    "GET",
    "/secret-stores/{secret_store_id}",
    ok=(200, 203),
)
_GET_GLOBAL_DEFAULT = Operation(
    "secret_stores.get_global_default",
    "GET",
    "/secret-stores/global-default",
    ok=(200, 203),
)
_GET_PREFERRED = Operation(
    "secret_stores.get_preferred",
    "GET",
    "/secret-stores/preferred",
    ok=(200, 203),
)
_SET_PREFERRED = Operation(
    "secret_stores.set_preferred",
    "POST",
    "/secret-stores/{secret_store_id}/preferred",
    ok=(204,),
    response_kind="empty",
)
_UNSET_PREFERRED = Operation(
    "secret_stores.unset_preferred",
    "DELETE",
    "/secret-stores/{secret_store_id}/preferred",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[SecretStore]:
    """List the deployment's secret stores (one page)."""
    return client.pager(_LIST, None, model=SecretStore, microversion=microversion, timeout=timeout)


def get(
    client: ServiceClient,
    secret_store_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretStore]:
    """Show a secret store."""
    return client.call(
        _GET,
        {"secret_store_id": secret_store_id},
        model=SecretStore,
        microversion=microversion,
        timeout=timeout,
    )


def get_global_default(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretStore]:
    """Show the deployment's default secret store."""
    return client.call(
        _GET_GLOBAL_DEFAULT, None, model=SecretStore, microversion=microversion, timeout=timeout
    )


def get_preferred(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[SecretStore]:
    """Show the secret store the caller's project prefers (404 when it has chosen none: the
    global default is used)."""
    return client.call(
        _GET_PREFERRED, None, model=SecretStore, microversion=microversion, timeout=timeout
    )


def set_preferred(
    client: ServiceClient,
    secret_store_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Make a secret store the caller's project's preferred one (admin)."""
    return client.call(
        _SET_PREFERRED,
        {"secret_store_id": secret_store_id},
        microversion=microversion,
        timeout=timeout,
    )


def unset_preferred(
    client: ServiceClient,
    secret_store_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Forget the caller's project's preferred store (admin; 404 when it has none); the global
    default is used again."""
    return client.call(
        _UNSET_PREFERRED,
        {"secret_store_id": secret_store_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SecretStore:
    """The one SecretStore whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=SecretStore,
        name_field="name",
        id_field="id",
    )


def extract_secret_stores(page: Page[Any]) -> builtins.list[SecretStore]:
    """The SecretStore items of a page (or of ``all_pages()``)."""
    return page.extract_as(SecretStore)
