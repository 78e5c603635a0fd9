"""When a failed request may be sent again, and how long to wait first.

The provider asks :meth:`RetryPolicy.delay` after every failure; ``None``
means "raise it". The rules, in order:

* A request the server cannot have acted on may always be retried: a 429 (it
  refused the request) and a connection that failed before anything was sent
  (refused, connect timeout, name resolution).
* A request the server may have received (a read timeout, a connection dropped
  after sending, a 5xx answer) is retried only when sending it twice does no
  harm: GET, HEAD, PUT, DELETE, OPTIONS, or an operation its spec marks
  ``idempotent: true``. A POST or PATCH is never repeated: that is how a
  create gets duplicated.
* ``Retry-After`` (seconds or an HTTP date) is honoured up to
  ``max_retry_after``; a server asking for longer gets its error back at once
  rather than an hour's sleep. Without it, waits grow exponentially with full
  jitter (a random wait between 0 and ``base_delay * 2**retry``, capped).
* At most ``max_attempts`` attempts, and no retry that would start after
  ``deadline`` seconds from the first attempt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..record import Frozen

if TYPE_CHECKING:
    from .. import errors


class RetryPolicy(Frozen):
    """The built-in retry rules (see the module doc); ``provider.retry_policy``."""

    _fields = (
        "max_attempts",
        "base_delay",
        "max_delay",
        "max_retry_after",
        "deadline",
        "retry_statuses",
        "idempotent_statuses",
    )
    max_attempts: int
    base_delay: float
    max_delay: float
    max_retry_after: float
    deadline: float | None
    retry_statuses: frozenset[int]
    idempotent_statuses: frozenset[int]

    def __init__(
        self,
        *,
        max_attempts: int = 4,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        max_retry_after: float = 60.0,
        deadline: float | None = 300.0,
        retry_statuses: frozenset[int] | set[int] | tuple[int, ...] = (429,),
        idempotent_statuses: frozenset[int] | set[int] | tuple[int, ...] = (500, 502, 503, 504),
    ) -> None:
        if max_attempts < 1:
            raise ValueError("RetryPolicy: max_attempts must be at least 1")
        if base_delay < 0 or max_delay < 0 or max_retry_after < 0:
            raise ValueError("RetryPolicy: delays must not be negative")
        self._init(
            max_attempts=max_attempts,
            base_delay=base_delay,
            max_delay=max_delay,
            max_retry_after=max_retry_after,
            deadline=deadline,
            retry_statuses=frozenset(retry_statuses),
            idempotent_statuses=frozenset(idempotent_statuses),
        )

    def delay(
        self,
        err: errors.SDKError,
        *,
        attempt: int,
        idempotent: bool,
        elapsed: float,
        rand: Callable[[], float],
    ) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to give up.

        ``attempt`` counts the attempts made so far (1 after the first);
        ``rand()`` returns a float in [0, 1) (the jitter).
        """
        from .. import errors as e

        if attempt >= self.max_attempts:
            return None
        wait: float | None
        if isinstance(err, e.HTTPError):
            status = err.status
            if status in self.retry_statuses:
                pass
            elif status in self.idempotent_statuses and idempotent:
                pass
            else:
                return None
            after = retry_after_seconds(err.retry_after)
            if after is not None:
                if after > self.max_retry_after:
                    return None
                wait = after
            else:
                wait = self.backoff(attempt, rand)
        elif isinstance(err, e.TransportError):
            if err.sent and not idempotent:
                return None
            wait = self.backoff(attempt, rand)
        else:
            return None
        if self.deadline is not None and elapsed + wait > self.deadline:
            return None
        return wait

    def backoff(self, attempt: int, rand: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(max_delay, base_delay * 2**(attempt-1)))."""
        ceiling = min(self.max_delay, self.base_delay * float(1 << min(max(attempt - 1, 0), 30)))
        return ceiling * rand()


#: retries nothing: ``provider.retry_policy = NO_RETRIES``
NO_RETRIES = RetryPolicy(max_attempts=1)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """A ``Retry-After`` header as seconds from now: ``"120"``, ``"1.5"`` or an
    HTTP date (``"Wed, 21 Oct 2015 07:28:00 GMT"``; a past date is 0). None when
    absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds and seconds != float("inf") else None
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT
        import datetime as _dt

        when = when.replace(tzinfo=_dt.timezone.utc)
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)
