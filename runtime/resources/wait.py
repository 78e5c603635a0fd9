"""Waiters: poll a resource until it reaches a state, or until it is gone.

Generated modules of resources whose spec names a status field expose
``wait_for_status(client, <ids>, status, ...)`` and ``wait_for_delete(client, <ids>, ...)``,
which call these. Every wait is bounded by ``timeout`` (seconds, on a monotonic clock);
``interval`` is the pause between two polls; ``progress`` is called with each model read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import errors
from ..types import MAX_SECONDS
from .fields import Model
from .operation import Operation

if TYPE_CHECKING:
    from .service import ServiceClient

M = TypeVar("M", bound=Model)

DEFAULT_TIMEOUT = 600.0
DEFAULT_INTERVAL = 2.0


def states(value: str | Iterable[str]) -> frozenset[str]:
    """One state or several, lower-cased (states compare without case)."""
    return frozenset([value.lower()] if isinstance(value, str) else (v.lower() for v in value))


def pause(deadline: float, interval: float) -> None:
    """Sleep ``interval`` seconds, or until ``deadline`` (time.monotonic) if sooner."""
    time.sleep(max(0.0, min(interval, deadline - time.monotonic())))


def check_timing(timeout: float, interval: float) -> None:
    """ValueError unless ``timeout`` and ``interval`` are finite numbers of seconds, zero
    or more (NaN compares false with everything: a NaN deadline is never reached)."""
    for name, value in (("timeout", timeout), ("interval", interval)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{name} must be a number of seconds, got {type(value).__name__}")
        if not 0 <= value <= MAX_SECONDS:
            raise ValueError(
                f"{name} must be a number of seconds, not negative, up to {MAX_SECONDS:g}, got {value!r}"
            )


def wait_for_status(
    client: ServiceClient,
    get_op: Operation,
    path_params: Mapping[str, Any],
    *,
    model: type[M],
    field: str,
    wanted: str | Iterable[str],
    failures: Iterable[str] = (),
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    progress: Callable[[M], None] | None = None,
) -> M:
    """Poll ``get_op`` until ``model.<field>`` is one of ``wanted`` (compared without case)
    and return that model; raise :class:`errors.WaitFailed` at once on a failure state
    (unless it is wanted), :class:`errors.WaitTimeout` after ``timeout`` seconds."""
    check_timing(timeout, interval)
    want, fail = states(wanted), states(failures) - states(wanted)
    deadline = time.monotonic() + timeout
    polls = 0
    while True:
        current = client.call(get_op, path_params, model=model).extract_as(model)
        polls += 1
        if progress is not None:
            progress(current)
        state = getattr(current, field, None)
        if isinstance(state, str):
            if state.lower() in want:
                return current
            if state.lower() in fail:
                raise errors.WaitFailed(
                    f"{get_op.name} {dict(path_params)}: {field} is {state!r}, waiting for {sorted(want)}",
                    current,
                )
        if time.monotonic() >= deadline:
            raise errors.WaitTimeout(
                f"{get_op.name} {dict(path_params)}: {field} still {state!r} after {timeout:g} s "
                f"({polls} polls), waiting for {sorted(want)}"
            )
        pause(deadline, interval)


def wait_for_delete(
    client: ServiceClient,
    get_op: Operation,
    path_params: Mapping[str, Any],
    *,
    model: type[M],
    field: str | None = None,
    deleted: Iterable[str] = (),
    failures: Iterable[str] = (),
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    progress: Callable[[M], None] | None = None,
) -> None:
    """Poll ``get_op`` until it answers 404 (or ``model.<field>`` is one of ``deleted``);
    :class:`errors.WaitFailed` on a failure state (e.g. ``error_deleting``),
    :class:`errors.WaitTimeout` after ``timeout`` seconds."""
    check_timing(timeout, interval)
    gone, fail = states(deleted), states(failures)
    deadline = time.monotonic() + timeout
    polls = 0
    while True:
        try:
            current = client.call(get_op, path_params, model=model).extract_as(model)
        except errors.NotFound:
            return
        polls += 1
        if progress is not None:
            progress(current)
        state = getattr(current, field, None) if field else None
        if isinstance(state, str):
            if state.lower() in gone:
                return
            if state.lower() in fail:
                raise errors.WaitFailed(
                    f"{get_op.name} {dict(path_params)}: {field} is {state!r} while deleting",
                    current,
                )
        if time.monotonic() >= deadline:
            raise errors.WaitTimeout(
                f"{get_op.name} {dict(path_params)}: still there after {timeout:g} s ({polls} polls)"
                + (f", {field} {state!r}" if field else "")
            )
        pause(deadline, interval)
