# Generated from key-manager/v1/containers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A container: a named group of references to secrets. A generic container holds any secrets
under any names; an rsa container holds public_key, private_key and optionally
private_key_passphrase; a certificate container holds certificate and optionally private_key,
private_key_passphrase and intermediates. Only generic containers can change after creation
(add_secret, remove_secret). Barbican identifies a container by its container_ref (a URL); the
functions take the UUID that ends it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class SecretRef(Model):
    """A secret in a container."""

    name: str | None | Unset = UNSET
    """The secret's name in the container (rsa: public_key, private_key, private_key_passphrase;
    certificate: certificate, private_key, private_key_passphrase, intermediates)."""

    secret_ref: str | Unset = UNSET
    """The secret's reference (URL); Barbican reads the UUID at its end."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("secret_ref", "secret_ref", t.STRING),
    )


class ConsumerRef(Model):
    """A consumer of a container, as the container lists it."""

    name: str | Unset = UNSET
    """The consumer's name (e.g. the service), at most 36 characters."""

    url: str | Unset = UNSET
    """The URL of the resource that uses the container."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", t.STRING),
        Field("url", "URL", t.STRING),
    )


class Container(Model):
    """A container: a named group of references to secrets. A generic container holds any secrets
    under any names; an rsa container holds public_key, private_key and optionally
    private_key_passphrase; a certificate container holds certificate and optionally
    private_key, private_key_passphrase and intermediates. Only generic containers can change
    after creation (add_secret, remove_secret). Barbican identifies a container by its
    container_ref (a URL); the functions take the UUID that ends it."""

    container_ref: str | Unset = UNSET
    """The container's reference, a URL ending with its UUID."""

    name: str | None | Unset = UNSET
    """A human-readable name (at most 255 characters; need not be unique)."""

    type: Literal["generic", "rsa", "certificate"] | Unset = UNSET
    """The kind of container, which decides the names its secrets may have."""

    secret_refs: builtins.list[SecretRef] | Unset = UNSET
    """The secrets in the container, each under a name."""

    consumers: builtins.list[ConsumerRef] | Unset = UNSET
    """The consumers registered on the container (name and URL each)."""

    status: str | Unset = UNSET
    """ACTIVE."""

    created: datetime.datetime | Unset = UNSET
    """When the container was created."""

    updated: datetime.datetime | Unset = UNSET
    """When the container last changed."""

    creator_id: str | Unset = UNSET
    """The ID of the Keystone user who created the container."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("container_ref", "container_ref", t.STRING),
        Field("name", "name", t.STRING),
        Field("type", "type", t.STRING, enum=("generic", "rsa", "certificate")),
        Field("secret_refs", "secret_refs", t.list_of(t.model(SecretRef))),
        Field("consumers", "consumers", t.list_of(t.model(ConsumerRef))),
        Field("status", "status", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("updated", "updated", t.DATETIME),
        Field("creator_id", "creator_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only containers with exactly this name."""

    type: Literal["generic", "rsa", "certificate"] | Unset = UNSET
    """Only containers of this kind."""

    limit: int | Unset = UNSET
    """The most containers a page holds (Barbican caps it, 100 by default)."""

    offset: int | Unset = UNSET
    """How many containers to skip."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, location="query"),
        Param("type", "type", t.STRING, location="query", enum=("generic", "rsa", "certificate")),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("offset", "offset", t.INTEGER, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """A human-readable name (at most 255 characters; need not be unique)."""

    type: Literal["generic", "rsa", "certificate"] = REQUIRED
    """The kind of container, which decides the names its secrets may have."""

    secret_refs: builtins.list[SecretRef] | Unset = UNSET
    """The secrets in the container, each under a name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("type", "type", t.STRING, required=True, enum=("generic", "rsa", "certificate")),
        Param("secret_refs", "secret_refs", t.list_of(t.model(SecretRef))),
    )


class AddSecretOpts(Opts):
    """Options of add_secret. Also the options of remove_secret."""

    secret_ref: str = REQUIRED
    """The secret's reference (URL)."""

    name: str | Unset = UNSET
    """The name it has in the container (at most 255 characters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("secret_ref", "secret_ref", t.STRING, required=True),
        Param("name", "name", t.STRING),
    )


RemoveSecretOpts = AddSecretOpts

_LIST = Operation(
    "containers.list",
    "GET",
    "/containers",
    ok=(200, 203),
    response_key="containers",
    paging=Paging("linked", count="total", next="next"),
)
_GET = Operation(
    "containers.get",
    "GET",
    "/containers/{container_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "containers.create",
    "POST",
    "/containers",
    ok=(201,),
    request_kind="json",
)
_DELETE = Operation(
    "containers.delete",
    "DELETE",
    "/containers/{container_id}",
    ok=(204,),
    response_kind="empty",
)
_ADD_SECRET = Operation(
    "containers.add_secret",
    "POST",
    "/containers/{container_id}/secrets",
    ok=(201,),
    request_kind="json",
)
_REMOVE_SECRET = Operation(
    "containers.remove_secret",
    "DELETE",
    "/containers/{container_id}/secrets",
    ok=(204,),
    request_kind="json",
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Container]:
    """List the project's containers the caller may read, oldest first. Pages by offset and limit
    through next links; each page carries the total number of matches."""
    return client.pager(
        _LIST, None, model=Container, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    container_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Container]:
    """Show a container with its secret references and consumers."""
    return client.call(
        _GET,
        {"container_id": container_id},
        model=Container,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Container]:
    """Create a container of secrets of the project (404 when a secret does not exist; 400 when
    the names do not fit the type). The answer carries only container_ref."""
    return client.call(
        _CREATE, None, model=Container, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    container_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a container and its consumers (its secrets stay)."""
    return client.call(
        _DELETE, {"container_id": container_id}, microversion=microversion, timeout=timeout
    )


def add_secret(
    client: ServiceClient,
    container_id: str,
    opts: AddSecretOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Container]:
    """Add a secret to a generic container under a name (400 for other types, 409 when that
    secret is already there under that name). The answer carries only container_ref."""
    return client.call(
        _ADD_SECRET,
        {"container_id": container_id},
        model=Container,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def remove_secret(
    client: ServiceClient,
    container_id: str,
    opts: RemoveSecretOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove a secret (by reference and name) from a generic container; 404 when it is not there
    under that name."""
    return client.call(
        _REMOVE_SECRET,
        {"container_id": container_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Container:
    """The one Container whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Container,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_containers(page: Page[Any]) -> builtins.list[Container]:
    """The Container items of a page (or of ``all_pages()``)."""
    return page.extract_as(Container)
