"""The service catalog a Keystone token carries, and endpoint lookup in it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .errors import EndpointNotFound
from .record import Frozen

INTERFACES = ("public", "internal", "admin")


class EndpointOpts(Frozen):
    """Which endpoint of a service to use (the seed's ``EndpointOpts``).

    ``region`` and ``interface`` default to the provider's auth options
    (``OS_REGION_NAME``/``OS_INTERFACE``); ``url`` skips the catalog.
    """

    _fields = ("region", "interface", "name", "url")
    region: str | None
    interface: str | None
    name: str | None
    url: str | None

    def __init__(
        self,
        region: str | None = None,
        interface: str | None = None,
        name: str | None = None,
        url: str | None = None,
    ) -> None:
        iface = interface
        if iface is not None:
            iface = iface.lower().removesuffix("url")
            if iface not in INTERFACES:
                raise ValueError(
                    f"EndpointOpts: interface {interface!r} is not one of {', '.join(INTERFACES)}"
                )
        self._init(region=region, interface=iface, name=name, url=url)


class Endpoint(Frozen):
    """One endpoint of the catalog."""

    _fields = ("service_type", "service_name", "interface", "region", "url")
    service_type: str
    service_name: str
    interface: str
    region: str
    url: str

    def __init__(
        self, service_type: str, service_name: str, interface: str, region: str, url: str
    ) -> None:
        self._init(
            service_type=service_type,
            service_name=service_name,
            interface=interface,
            region=region,
            url=url,
        )


class Catalog:
    """The ``catalog`` list of a v3 token."""

    def __init__(self, entries: Sequence[dict[str, Any]] | None = None) -> None:
        self.entries = list(entries or [])

    def endpoints(self) -> Iterator[Endpoint]:
        for service in self.entries:
            for ep in service.get("endpoints") or []:
                if not ep.get("url"):
                    continue
                yield Endpoint(
                    service_type=str(service.get("type", "")),
                    service_name=str(service.get("name", "")),
                    interface=str(ep.get("interface", "")),
                    region=str(ep.get("region_id") or ep.get("region") or ""),
                    url=str(ep["url"]),
                )

    def find(
        self,
        service_types: Sequence[str],
        *,
        region: str | None,
        interface: str,
        name: str | None = None,
    ) -> str:
        """The URL of the one endpoint that matches; EndpointNotFound otherwise."""
        wanted = tuple(service_types)
        for stype in wanted:  # the official type first, then aliases in order
            matches = [
                ep
                for ep in self.endpoints()
                if ep.service_type == stype
                and ep.interface == interface
                and (region is None or ep.region == region)
                and (name is None or ep.service_name == name)
            ]
            urls = sorted({ep.url for ep in matches})
            if len(urls) == 1:
                return urls[0]
            if len(urls) > 1:
                regions = sorted({ep.region for ep in matches})
                raise EndpointNotFound(
                    f"several {stype!r} endpoints match (regions {', '.join(regions)}); "
                    "set EndpointOpts(region=...) or name"
                )
        available = sorted({f"{ep.service_type}/{ep.interface}/{ep.region}" for ep in self.endpoints()})
        raise EndpointNotFound(
            f"no endpoint for service type {' or '.join(repr(t) for t in wanted)}, "
            f"interface {interface!r}, region {region or 'any'!r}"
            + (f", name {name!r}" if name else "")
            + f"; the catalog has: {', '.join(available) or 'nothing'}"
        )
