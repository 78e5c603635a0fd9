"""The service catalog a Keystone token carries, and endpoint lookup in it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import EndpointNotFound, ResponseError
from ..record import Frozen

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
    """The ``catalog`` list of a v3 token.

    ``ResponseError`` when it is not a list; entries and endpoints of the wrong
    shape (not objects, no ``url`` string) are skipped: nothing can be sent to them.
    """

    def __init__(self, entries: Sequence[dict[str, Any]] | None = None) -> None:
        if entries is not None and not isinstance(entries, (list, tuple)):
            raise ResponseError(f"token catalog: expected a list, got {type(entries).__name__}")
        self.entries = list(entries or [])

    def endpoints(self) -> Iterator[Endpoint]:
        for service in self.entries:
            if not isinstance(service, dict):
                continue
            listed = service.get("endpoints")
            for ep in listed if isinstance(listed, list) else ():
                url = ep.get("url") if isinstance(ep, dict) else None
                if not url or not isinstance(url, str):
                    continue
                yield Endpoint(
                    service_type=_text(service.get("type")),
                    service_name=_text(service.get("name")),
                    interface=_text(ep.get("interface")),
                    region=_text(ep.get("region_id")) or _text(ep.get("region")),
                    url=url,
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
                    f"several {stype!r} endpoints match (regions {_few([repr(r) for r in regions])}); "
                    "set EndpointOpts(region=...) or name"
                )
        asked = (
            f"no {' or '.join(repr(t) for t in wanted)} endpoint for interface {interface!r} "
            f"in region {region or 'any'!r}" + (f" named {name!r}" if name else "")
        )
        raise EndpointNotFound(f"{asked}: {self._offers(wanted, interface)}")

    def _offers(self, wanted: tuple[str, ...], interface: str) -> str:
        """What the catalog has for ``wanted`` (one short line, for EndpointNotFound)."""
        same = [ep for ep in self.endpoints() if ep.service_type in wanted]
        if not same:
            types = sorted({ep.service_type for ep in self.endpoints()})
            return f"the catalog has no such service (it has {_few(types) or 'nothing'})"
        regions = sorted({ep.region for ep in same if ep.interface == interface})
        if regions:
            return f"the catalog offers it in region {_few([repr(r) for r in regions])}"
        return f"the catalog offers it only as {_few(sorted({ep.interface for ep in same}))}"


def _few(items: Sequence[str], limit: int = 8) -> str:
    """``a, b, c`` or ``a, b, c and 4 more`` (text from a server: one line, short)."""
    shown = [" ".join(i.split())[:40] for i in items[:limit]]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(shown) + more


def _text(value: Any) -> str:
    """A catalog string member; anything else (null, a number, an object) is ""."""
    return value if isinstance(value, str) else ""
