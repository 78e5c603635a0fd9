"""Small immutable value classes (endpoint options, service specs).

:class:`Frozen` gives what ``@dataclasses.dataclass(frozen=True)`` gives —
assignment refused, equality and hashing by value, a ``Name(a=..., b=...)``
repr — without importing ``dataclasses`` (and ``inspect`` with it) when a
generated service package is imported. Subclasses write their ``__init__``
(so type checkers see the exact signature) and set values with :meth:`_init`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

if TYPE_CHECKING:
    from typing_extensions import Self


def _refuse(name: str) -> NoReturn:
    import dataclasses

    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


class Frozen:
    """Base of immutable records compared, hashed and shown by their fields."""

    #: the fields, in constructor order
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # as a dataclass: positional matching (setattr: mypy refuses the class attribute)
        setattr(cls, "__match_args__", cls._fields)  # noqa: B010

    def _init(self, **values: Any) -> None:
        self.__dict__.update(values)

    def _replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (values as the constructor would store them), as
        ``dataclasses.replace`` makes one; TypeError for a name that is not a field."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: Any) -> None:
        _refuse(name)

    def __delattr__(self, name: str) -> None:
        _refuse(name)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        from .pipeline.redact import scrub  # URLs (endpoints, options) may carry user info

        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return scrub(f"{type(self).__qualname__}({shown})")
