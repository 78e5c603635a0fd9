"""Response headers as values: the text a server meant (UTF-8 read back from latin-1)
and a header's text as a field's kind (integers, numbers, booleans, HTTP dates)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ResponseError
from ..types import parse_datetime

if TYPE_CHECKING:
    import datetime

    from ..types import Kind


def header_text(value: str) -> str:
    """Header text as sent: http.client reads header bytes as latin-1, servers
    write UTF-8 (Swift metadata), so non-ASCII text is re-read as UTF-8."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def header_value(text: str, kind: Kind) -> Any:
    """A header's text as the field's kind (integers, numbers, booleans, dates);
    ``ResponseError`` when it is not one."""
    try:
        if kind.name == "integer":
            return int(text)
        if kind.name == "number":
            return float(text)
        if kind.name == "boolean":
            return text.strip().lower() in ("true", "1", "yes", "on")
        if kind.name == "datetime":
            return _header_datetime(text)
    except (ValueError, OverflowError, OSError, TypeError, IndexError) as exc:
        # (int() refuses more than 4300 digits with a ValueError too)
        shown = repr(text) if len(text) <= 80 else repr(text[:80]) + "..."
        raise ResponseError(f"header value {shown} is not a valid {kind.name}") from exc
    return text


def _header_datetime(text: str) -> datetime.datetime:
    """HTTP dates (Last-Modified), Unix timestamps (X-Timestamp) or ISO 8601."""
    import datetime

    text = text.strip()
    try:
        return datetime.datetime.fromtimestamp(float(text), tz=datetime.timezone.utc)
    except (ValueError, OverflowError, OSError):  # not a number, nan, inf, year 300000
        pass
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return parse_datetime(text)
