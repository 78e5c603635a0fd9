"""Value kinds shared by models and request options.

``UNSET`` means "not given": a model field the server did not send, or an
option the caller did not set. It is distinct from ``None``, which is an
explicit JSON ``null``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from typing import IO, TYPE_CHECKING, Any, Final, Literal, Union

if TYPE_CHECKING:
    import re

    from .resources.fields import Model


class Unset:
    """The type of :data:`UNSET`. Falsy, a singleton, never serialised."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()

#: What an upload accepts: bytes, a binary file object (streamed, never read
#: whole; rewound if the request must be resent) or an iterable of chunks.
BinaryData = Union[bytes, bytearray, IO[bytes], Iterable[bytes]]

#: ``timeout=`` of one call: seconds for connecting and for each read, or a
#: ``(connect, read)`` pair; None uses the provider's (10 s, 60 s by default)
RequestTimeout = Union[float, tuple[float, float], None]
#: the longest wait accepted anywhere, in seconds (sockets cannot wait much longer: ~31 years)
MAX_SECONDS = 1e9

#: Default of a required option. Typed ``Any`` so a field can be declared
#: ``name: str = REQUIRED``; leaving it so raises ``ValueError`` on construction.
REQUIRED: Any = UNSET


class Kind:
    """How one value travels between JSON and Python, and how it is checked."""

    __slots__ = ("name", "decode", "encode", "check", "item")

    def __init__(
        self,
        name: str,
        decode: Callable[[Any], Any] | None = None,
        encode: Callable[[Any], Any] | None = None,
        check: Callable[[Any], bool] | None = None,
        item: Kind | None = None,
    ) -> None:
        self.name = name
        #: wire -> python; None means the JSON value is used as it is (when
        #: ``check`` accepts it). Raises (TypeError, ValueError, ResponseError)
        #: for a value that does not fit.
        self.decode = decode
        #: python -> wire; None means the value is sent as it is.
        self.encode = encode
        #: is a Python value acceptable for this kind? (a value as JSON decodes
        #: it is too: strings for timestamps, objects for models)
        self.check = check
        #: the kind of the items of a list or the values of a map
        self.item = item

    def misfit(self, value: Any) -> str:
        """Why ``value`` does not fit this kind, naming the first bad item."""
        item = self.item
        pairs: Iterable[tuple[Any, Any]] = ()
        if isinstance(value, dict) and self.name.startswith("map["):
            pairs = value.items()
        elif isinstance(value, (list, tuple)) and self.name.startswith("list["):
            pairs = enumerate(value)
        for key, x in pairs:
            if item is not None and item.check is not None and not item.check(x):
                return f"[{key!r}]: {item.misfit(x)}"
        shown = "null" if value is None else type(value).__name__
        return f"expected {self.name}, got {shown}"

    def __repr__(self) -> str:
        return f"Kind({self.name})"


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


STRING: Final = Kind("string", check=lambda v: isinstance(v, str))
INTEGER: Final = Kind("integer", check=_is_int)
NUMBER: Final = Kind("number", check=_is_number)
BOOLEAN: Final = Kind("boolean", check=lambda v: isinstance(v, bool))
ANY: Final = Kind("any")

_DT_PATTERN = (
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*(Z|z|[+-]\d{2}:?\d{2})?$"
)
_dt_re: re.Pattern[str] | None = None  # compiled on first use, not on import


def parse_datetime(value: str) -> _dt.datetime:
    """Parse the ISO 8601 forms OpenStack services emit.

    Naive timestamps (no offset) are UTC, which is what every OpenStack
    service means by them.
    """
    global _dt_re
    if _dt_re is None:
        import re

        _dt_re = re.compile(_DT_PATTERN)
    m = _dt_re.match(value.strip()) if len(value) <= 100 else None
    if not m:
        raise ValueError(f"not an ISO 8601 timestamp: {_shown(value)}")
    year, month, day, hour, minute, sec, frac, tz = m.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    try:
        if tz in (None, "Z", "z"):
            tzinfo = _dt.timezone.utc
        else:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            tzinfo = _dt.timezone(sign * offset)
        return _dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(sec or 0), micro, tzinfo
        )
    except ValueError as exc:  # month 13, a 25-hour offset, ...
        raise ValueError(f"not an ISO 8601 timestamp: {_shown(value)} ({exc})") from None


def _shown(value: str) -> str:
    """``repr(value)``, cut short: a hostile server may send megabytes."""
    return repr(value) if len(value) <= 80 else repr(value[:80]) + "..."


def _decode_datetime(value: Any) -> Any:
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp, got {type(value).__name__}")
    return parse_datetime(value) if value else value


def _encode_datetime(value: Any) -> Any:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            return value.isoformat()
        return value.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


DATETIME: Final = Kind(
    "datetime",
    decode=_decode_datetime,
    encode=_encode_datetime,
    check=lambda v: isinstance(v, (_dt.datetime, str)),
)


def _checked(value: Any, expected: type) -> Any:
    if not isinstance(value, expected):
        raise TypeError(f"expected a {expected.__name__}, got {type(value).__name__}")
    return value


def list_of(item: Kind) -> Kind:
    dec, enc, chk = item.decode, item.encode, item.check
    return Kind(
        f"list[{item.name}]",
        decode=(lambda v: [dec(x) for x in _checked(v, list)]) if dec else None,
        encode=(lambda v: [enc(x) for x in v]) if enc else (lambda v: list(v)),
        check=lambda v: isinstance(v, (list, tuple)) and (chk is None or all(chk(x) for x in v)),
        item=item,
    )


def map_of(value: Kind) -> Kind:
    dec, enc, chk = value.decode, value.encode, value.check
    return Kind(
        f"map[{value.name}]",
        decode=(lambda v: {k: dec(x) for k, x in _checked(v, dict).items()}) if dec else None,
        encode=(lambda v: {k: enc(x) for k, x in v.items()}) if enc else (lambda v: dict(v)),
        check=lambda v: isinstance(v, dict) and (chk is None or all(chk(x) for x in v.values())),
        item=value,
    )


def model(cls: type[Model]) -> Kind:
    """A nested object described by a generated model class."""
    return Kind(
        cls.__name__,
        decode=cls.from_dict,
        encode=lambda v: v.to_dict() if hasattr(v, "to_dict") else v,
        check=lambda v: isinstance(v, (cls, dict)),
    )
