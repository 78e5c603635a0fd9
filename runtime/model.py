"""Base classes of generated models and request options.

A generated class is a plain dataclass plus one declarative table
(``_fields`` for models, ``_params`` for options). All behaviour —
decoding, encoding, validation, masking — lives here, once.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, TypeVar

from .errors import MicroversionError, ResponseError
from .microversion import Window
from .types import ANY, UNSET, Kind, parse_datetime

M = TypeVar("M", bound="Model")

MASK = "***"


class Field:
    """One model attribute: its Python name, wire name and kind.

    ``header`` names the response header the field is read from instead of
    the body (Swift's ``X-Container-Object-Count``); ``header_prefix`` makes a
    map of every header that starts with it (``X-Container-Meta-``).
    """

    __slots__ = ("attr", "wire", "kind", "sensitive", "header", "header_prefix", "window")

    def __init__(
        self,
        attr: str,
        wire: str | None = None,
        kind: Kind = ANY,
        *,
        sensitive: bool = False,
        header: str | None = None,
        header_prefix: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> None:
        self.attr = attr
        self.wire = wire or attr
        self.kind = kind
        self.sensitive = sensitive
        self.header = header
        self.header_prefix = header_prefix
        #: the microversions in which a request may carry this field
        self.window = Window(since, until)


class Param:
    """One request option: where it goes, how it is checked and encoded."""

    __slots__ = (
        "attr",
        "wire",
        "kind",
        "required",
        "nullable",
        "enum",
        "window",
        "sensitive",
        "style",
        "location",
    )

    def __init__(
        self,
        attr: str,
        wire: str | None = None,
        kind: Kind = ANY,
        *,
        required: bool = False,
        nullable: bool = False,
        enum: tuple[Any, ...] = (),
        since: str | None = None,
        until: str | None = None,
        sensitive: bool = False,
        style: str = "repeat",
        location: str = "body",
    ) -> None:
        self.attr = attr
        self.wire = wire or attr
        self.kind = kind
        self.required = required
        self.nullable = nullable
        self.enum = enum
        self.window = Window(since, until)
        self.sensitive = sensitive
        #: query lists "repeat" (k=a&k=b) or "comma" (k=a,b); query booleans "flag"
        #: (k=true when true, left out when false); body maps "members" (entries
        #: are members of the body itself)
        self.style = style
        #: "body", "query" or "header"
        self.location = location


def _check_nested(value: Any, microversion: str, where: str) -> None:
    """Set fields of models inside a request must exist at the call's microversion."""
    if isinstance(value, Model):
        for f in value._fields:
            item = getattr(value, f.attr)
            if item is UNSET:
                continue
            if f.window and not f.window.contains(microversion):
                raise MicroversionError(
                    f"{where}.{f.attr} needs microversion {f.window.describe()}, "
                    f"the call uses {microversion}"
                )
            _check_nested(item, microversion, f"{where}.{f.attr}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_nested(item, microversion, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_nested(item, microversion, f"{where}[{key!r}]")


def _masked_repr(obj: Any, table: tuple[Any, ...]) -> str:
    sensitive = {f.attr for f in table if f.sensitive}
    parts = []
    names = [f.name for f in dataclasses.fields(obj) if f.repr and f.name != "extra"]
    if getattr(obj, "extra", None):
        names.append("extra")
    for name in names:
        value = getattr(obj, name)
        if value is UNSET:
            continue
        shown = MASK if name in sensitive and value is not None else repr(value)
        parts.append(f"{name}={shown}")
    return f"{type(obj).__qualname__}({', '.join(parts)})"


def _utf8(value: str) -> str:
    """Header text as sent: http.client reads header bytes as latin-1, servers
    write UTF-8 (Swift metadata), so non-ASCII text is re-read as UTF-8."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def header_value(text: str, kind: Kind) -> Any:
    """A header's text as the field's kind (integers, numbers, booleans, dates)."""
    try:
        if kind.name == "integer":
            return int(text)
        if kind.name == "number":
            return float(text)
        if kind.name == "boolean":
            return text.strip().lower() in ("true", "1", "yes", "on")
        if kind.name == "datetime":
            return _header_datetime(text)
    except ValueError as exc:
        raise ResponseError(f"header value {text!r} is not a valid {kind.name}") from exc
    return text


def _header_datetime(text: str) -> datetime.datetime:
    """HTTP dates (Last-Modified), Unix timestamps (X-Timestamp) or ISO 8601."""
    text = text.strip()
    try:
        return datetime.datetime.fromtimestamp(float(text), tz=datetime.timezone.utc)
    except ValueError:
        pass
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return parse_datetime(text)


@dataclasses.dataclass(kw_only=True, repr=False)
class Model:
    """Base of every generated resource model.

    ``extra`` keeps every key of the response the spec does not declare, so
    nothing the server sent is lost; ``to_dict()`` puts it back.
    """

    _fields: ClassVar[tuple[Field, ...]] = ()
    _decoders: ClassVar[tuple[tuple[str, str, Any], ...] | None] = None

    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decoder_table(cls) -> tuple[tuple[str, str, Any], ...]:
        table = cls.__dict__.get("_decoders")
        if table is None:
            table = tuple((f.wire, f.attr, f.kind.decode) for f in cls._fields)
            cls._decoders = table
        return table

    @classmethod
    def from_dict(cls: type[M], data: dict[str, Any]) -> M:
        """Build a model from a decoded JSON object (wire names)."""
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}.from_dict expects a JSON object, got {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        remaining = dict(data)
        for wire, attr, decode in cls._decoder_table():
            if wire in remaining:
                value = remaining.pop(wire)
                kwargs[attr] = decode(value) if decode is not None and value is not None else value
        try:
            obj = cls(**kwargs)
        except TypeError as exc:
            missing = [
                f.name
                for f in dataclasses.fields(cls)
                if f.name not in kwargs
                and f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING
            ]
            if not missing:
                raise
            raise ResponseError(
                f"{cls.__name__}: the response lacks {', '.join(map(repr, missing))}"
            ) from exc
        obj.extra = remaining
        return obj

    @classmethod
    def from_headers(cls: type[M], headers: Mapping[str, str]) -> M:
        """Build a model from the response headers its fields name."""
        lower = {k.lower(): _utf8(v) for k, v in headers.items()}
        kwargs: dict[str, Any] = {}
        for f in cls._fields:
            if f.header is not None and f.header.lower() in lower:
                kwargs[f.attr] = header_value(lower[f.header.lower()], f.kind)
            elif f.header_prefix is not None:
                prefix = f.header_prefix.lower()
                kwargs[f.attr] = {
                    k[len(prefix) :]: v for k, v in lower.items() if k.startswith(prefix)
                }
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The wire form: declared fields that are set, plus ``extra``."""
        out: dict[str, Any] = {}
        for f in self._fields:
            value = getattr(self, f.attr)
            if value is UNSET:
                continue
            encode = f.kind.encode
            out[f.wire] = encode(value) if encode is not None and value is not None else value
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    def is_set(self, attr: str) -> bool:
        """True when the server sent this field (even as null)."""
        return getattr(self, attr) is not UNSET

    def __repr__(self) -> str:
        return _masked_repr(self, self._fields)


@dataclasses.dataclass(kw_only=True, repr=False)
class Opts:
    """Base of generated ``CreateOpts``/``UpdateOpts``/``ListOpts``/action options.

    Validation runs on construction and again when the options are turned
    into a request, so a bad value fails before anything is sent, naming the
    field.
    """

    _params: ClassVar[tuple[Param, ...]] = ()

    def __post_init__(self) -> None:
        self.validate()

    def _name(self) -> str:
        module = type(self).__module__.rsplit(".", 1)[-1]
        return f"{module}.{type(self).__qualname__}"

    def validate(self) -> None:
        """Raise ``ValueError`` naming the first invalid or missing field."""
        for p in self._params:
            value = getattr(self, p.attr)
            if value is UNSET:
                if p.required and not p.window:  # windowed: checked with the call's version
                    raise ValueError(f"{self._name()}: missing required field {p.attr!r}")
                continue
            if value is None:
                if not p.nullable:
                    raise ValueError(f"{self._name()}: field {p.attr!r} may not be None")
                continue
            if p.enum and value not in p.enum:
                allowed = ", ".join(repr(e) for e in p.enum)
                raise ValueError(
                    f"{self._name()}: field {p.attr!r} is {value!r}; expected one of {allowed}"
                )
            if p.kind.check is not None and not p.kind.check(value):
                raise ValueError(
                    f"{self._name()}: field {p.attr!r} must be {p.kind.name}, "
                    f"got {type(value).__name__}"
                )

    def items(self, microversion: str | None = None) -> Iterator[tuple[Param, Any]]:
        """Set parameters with their wire values, checked against ``microversion``."""
        self.validate()
        for p in self._params:
            value = getattr(self, p.attr)
            if value is UNSET:
                if p.required and p.window and microversion and p.window.contains(microversion):
                    raise ValueError(
                        f"{self._name()}: missing field {p.attr!r}, required from microversion "
                        f"{p.window.describe()} (the call uses {microversion})"
                    )
                continue
            if microversion is not None:
                if not p.window.contains(microversion):
                    raise MicroversionError(
                        f"{self._name()}: field {p.attr!r} needs microversion "
                        f"{p.window.describe()}, the call uses {microversion}"
                    )
                _check_nested(value, microversion, f"{self._name()}.{p.attr}")
            encode = p.kind.encode
            yield p, (encode(value) if encode is not None and value is not None else value)

    def to_dict(self, microversion: str | None = None) -> dict[str, Any]:
        """The JSON object these options send (wire names)."""
        return {p.wire: value for p, value in self.items(microversion)}

    def __repr__(self) -> str:
        return _masked_repr(self, self._params)
