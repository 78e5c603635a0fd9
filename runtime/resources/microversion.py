"""Microversions: parsing, comparing and windows ("since"/"until")."""

from __future__ import annotations

from functools import lru_cache

from ..errors import MicroversionError


@lru_cache(maxsize=256)
def parse(version: str) -> tuple[int, int]:
    """``"2.55"`` -> ``(2, 55)``; raises ``MicroversionError`` (a ValueError) on anything else."""
    text = str(version).strip()
    major, sep, minor = text.partition(".")
    if not sep or not major.isdigit() or not minor.isdigit():
        raise MicroversionError(f"invalid microversion {version!r}; expected 'X.Y'")
    return int(major), int(minor)


class Window:
    """The microversions a field, parameter or operation exists in (inclusive)."""

    __slots__ = ("since", "until")

    def __init__(self, since: str | None = None, until: str | None = None) -> None:
        self.since = since
        self.until = until

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def contains(self, version: str) -> bool:
        v = parse(version)
        if self.since is not None and v < parse(self.since):
            return False
        if self.until is not None and v > parse(self.until):
            return False
        return True

    def describe(self) -> str:
        if self.since and self.until:
            return f"{self.since} to {self.until}"
        if self.since:
            return f">= {self.since}"
        if self.until:
            return f"<= {self.until}"
        return "any"
