"""One object per cloud: ``cloud = stacksdk.connect("mycloud")``.

A :class:`Connection` holds one authenticated provider and builds each service's client
the first time it is used (``servers.list(cloud.compute)``), then keeps it. Its typed
attributes are generated from the specs (``stacksdk/connection.py``: one
:class:`ServiceAttribute` per generated service package, a vendor's services in one
:class:`VendorNamespace` each, ``cloud.huaweicloud.vpc_v1``); the module functions stay what they are, a
connection only saves the ``new_client(provider, EndpointOpts(...))`` lines.
"""

from __future__ import annotations

import importlib
from _thread import allocate_lock
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from .endpoints.catalog import EndpointOpts
    from .pipeline.provider import ProviderClient
    from .resources.service import ServiceClient


class _Clients:
    """The clients of one connection, by package, built once each (thread-safe)."""

    def __init__(self, provider: ProviderClient, opts: EndpointOpts) -> None:
        self.provider = provider
        self.opts = opts
        self._built: dict[str, ServiceClient] = {}
        self._lock = allocate_lock()

    def get(self, package: str) -> ServiceClient:
        client = self._built.get(package)
        if client is not None:
            return client
        module = importlib.import_module(package)
        spec = getattr(module, "SERVICE", None)
        from .resources.service import ServiceClient, ServiceSpec

        if not isinstance(spec, ServiceSpec):
            raise TypeError(f"{package} is not a generated service package (it has no SERVICE)")
        with self._lock:
            client = self._built.get(package)
            if client is None:
                client = self._built[package] = ServiceClient.for_service(
                    self.provider, spec, self.opts
                )
        return client


class ServiceGroup:
    """Service clients that share one provider: a connection, or a vendor's namespace in it."""

    def __init__(self, clients: _Clients) -> None:
        self._clients = clients

    def __repr__(self) -> str:
        built = ", ".join(sorted(self._clients._built)) or "none yet"
        return f"<{type(self).__qualname__} clients: {built}>"


#: a group of services (a vendor's namespace); bound by class, not by name: a string
#: bound would be compiled when this module is imported
S = TypeVar("S", bound=ServiceGroup)


class ServiceAttribute:
    """A connection attribute for one generated service package: its value is that
    service's client, built on first use. Read-only."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.name = package

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> ServiceAttribute: ...
    @overload
    def __get__(self, obj: ServiceGroup, owner: type) -> ServiceClient: ...
    def __get__(self, obj: ServiceGroup | None, owner: type) -> ServiceAttribute | ServiceClient:
        if obj is None:
            return self
        return obj._clients.get(self.package)

    def __set__(self, obj: ServiceGroup, value: Any) -> None:
        raise AttributeError(
            f"{self.name} is a service client built on first use; it cannot be assigned"
        )


class VendorNamespace(Generic[S]):
    """A connection attribute holding one vendor's services (``cloud.huaweicloud``)."""

    def __init__(self, namespace: type[S]) -> None:
        self.namespace = namespace
        self.name = namespace.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> VendorNamespace[S]: ...
    @overload
    def __get__(self, obj: ServiceGroup, owner: type) -> S: ...
    def __get__(self, obj: ServiceGroup | None, owner: type) -> VendorNamespace[S] | S:
        if obj is None:
            return self
        return self.namespace(obj._clients)

    def __set__(self, obj: ServiceGroup, value: Any) -> None:
        raise AttributeError(f"{self.name} is a vendor's services; it cannot be assigned")


class BaseConnection(ServiceGroup):
    """One cloud: an authenticated provider and its service clients, built on first use.

    Make one with :func:`stacksdk.connect`. ``cloud.client(pkg)`` gives the client of any
    generated service package, a user's own included.
    """

    def __init__(self, provider: ProviderClient, opts: EndpointOpts | None = None) -> None:
        from .endpoints.catalog import EndpointOpts

        super().__init__(_Clients(provider, opts or EndpointOpts()))

    @property
    def provider(self) -> ProviderClient:
        """The authenticated provider every client of this connection uses."""
        return self._clients.provider

    def client(self, package: ModuleType | str) -> ServiceClient:
        """The client of a generated service package (a module, or its dotted name)."""
        return self._clients.get(package if isinstance(package, str) else package.__name__)

    def close(self) -> None:
        """Close the HTTP connections (the provider's session)."""
        self._clients.provider.session.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


C = TypeVar("C", bound=BaseConnection)


def open_connection(
    cls: type[C],
    cloud: str | None = None,
    *,
    auth: Any = None,
    provider: ProviderClient | None = None,
    region: str | None = None,
    interface: str | None = None,
    **provider_kwargs: Any,
) -> C:
    """A connection of class ``cls`` (what ``stacksdk.connect`` calls)."""
    given = [
        n for n, v in (("cloud", cloud), ("auth", auth), ("provider", provider)) if v is not None
    ]
    if len(given) > 1:
        raise ValueError(
            f"connect: give one of cloud, auth and provider, not {' and '.join(given)}"
        )
    if provider is not None and provider_kwargs:
        raise ValueError(
            f"connect: {', '.join(sorted(provider_kwargs))} cannot apply to a given provider"
        )
    if provider is None:
        from .auth import authenticated_client, cloud_auth_options

        options = auth if auth is not None else cloud_auth_options(cloud)
        provider = authenticated_client(options, **provider_kwargs)
    from .endpoints.catalog import EndpointOpts

    return cls(provider, EndpointOpts(region=region, interface=interface))
