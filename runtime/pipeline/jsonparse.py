"""JSON exactly as a server wrote it (the one JSON reader of response bodies)."""

from __future__ import annotations

from typing import Any


def parse_json(raw: bytes | str) -> Any:
    """JSON exactly as a server wrote it: integers longer than ``int()`` reads
    (4300 digits) stay exact as ``Decimal``, ``1e999`` is ``inf``. ``ValueError``
    for anything that is not JSON, and for JSON nested too deeply to decode."""
    import json

    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise
    except ValueError:  # (only) int()'s digit limit: read such numbers as Decimal
        try:
            return json.loads(raw, parse_int=_int_or_decimal)
        except RecursionError:
            raise ValueError("the JSON is nested too deeply") from None


def _int_or_decimal(text: str) -> Any:
    try:
        return int(text)
    except ValueError:  # more digits than sys.get_int_max_str_digits()
        from decimal import Decimal

        return Decimal(text)
