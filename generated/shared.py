# Generated from shared.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Shapes many services share (links, tags, references by id): declared once here, one class each
in stacksdk.shared; a spec uses one as `model: shared#Link`, or under its own name too with
`Link: shared#Link` under models."""

from __future__ import annotations

from typing import ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Unset


class Link(Model):
    """A link as OpenStack APIs write them (Nova, Cinder, Glance; version documents): its URL,
    its relation (self, bookmark, next, describedby) and, in version documents, the media
    type."""

    href: str | Unset = UNSET
    """The URL."""

    rel: str | Unset = UNSET
    """The relation: self, bookmark, next, describedby, ..."""

    type: str | Unset = UNSET
    """The media type of the target (version documents)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("href", "href", t.STRING),
        Field("rel", "rel", t.STRING),
        Field("type", "type", t.STRING),
    )


class Links(Model):
    """Keystone-style links of a resource or a collection: the resource's own URL, and for a
    collection the next and previous pages (null at either end)."""

    self: str | Unset = UNSET
    """The URL of the resource or page itself."""

    next: str | None | Unset = UNSET
    """The next page of a collection."""

    previous: str | None | Unset = UNSET
    """The previous page of a collection."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("next", "next", t.STRING),
        Field("previous", "previous", t.STRING),
    )


class Tag(Model):
    """A key/value tag (Huawei Cloud's resource tags)."""

    key: str | Unset = UNSET
    """The tag's key."""

    value: str | Unset = UNSET
    """The tag's value."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key", "key", t.STRING),
        Field("value", "value", t.STRING),
    )


class IdRef(Model):
    """A reference to another resource by its id."""

    id: str | Unset = UNSET
    """The id of the resource referred to."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("id", "id", t.STRING),)


class MediaType(Model):
    """A media type of an API version (version documents)."""

    base: str | Unset = UNSET
    """The base type, application/json."""

    type: str | Unset = UNSET
    """The versioned vendor type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("base", "base", t.STRING),
        Field("type", "type", t.STRING),
    )


class ZoneState(Model):
    """The state of an availability zone (Nova, Cinder)."""

    available: bool | Unset = UNSET
    """True when the zone can be used."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("available", "available", t.BOOLEAN),)


class MetadataItem(Model):
    """One metadata item of a resource (Nova's and Cinder's metadata/{key})."""

    meta: dict[str, str] | Unset = UNSET
    """The item, {key: value}."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("meta", "meta", t.map_of(t.STRING)),)


class AddressPair(Model):
    """An IP address (or CIDR) and MAC address a port or NIC may use besides its own."""

    ip_address: str | Unset = UNSET
    """The IP address or CIDR."""

    mac_address: str | Unset = UNSET
    """The MAC address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ip_address", "ip_address", t.STRING),
        Field("mac_address", "mac_address", t.STRING),
    )


class Route(Model):
    """A static route."""

    destination: str | Unset = UNSET
    """The destination range in CIDR notation."""

    nexthop: str | Unset = UNSET
    """The next hop's IP address."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("destination", "destination", t.STRING),
        Field("nexthop", "nexthop", t.STRING),
    )
