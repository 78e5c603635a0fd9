"""Streaming downloads: bodies that are never held in memory whole."""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import IO, TYPE_CHECKING

from .. import errors
from ..errors import request_id_of

if TYPE_CHECKING:
    import requests

    from .operation import Operation

DEFAULT_CHUNK = 64 * 1024


class ChecksumMismatch(errors.ResponseError):
    """The bytes received do not match the checksum the server announced."""


class Download:
    """A streaming response body: ``iter_bytes()``, ``read()``, ``write_to(f)``.

    Use it as a context manager (or call ``close()``) so the connection goes
    back to the pool. When the operation names a checksum header (an MD5 as
    hex, or base64 as in Content-MD5), the bytes are checked as they stream
    and a mismatch raises :class:`ChecksumMismatch` after the last chunk.
    Hashing costs about 1.7 s of CPU per GB; ``verify=False`` skips it for
    callers that check the data otherwise.
    """

    def __init__(self, resp: requests.Response, op: Operation) -> None:
        self.response = resp
        self.operation = op
        self.status_code = resp.status_code
        self.headers = resp.headers
        self.url = resp.url
        self.expected_md5 = _expected_md5(
            resp.headers.get(op.checksum_header)
            if op.checksum_header and _whole_body(resp)
            else None
        )
        self._consumed = False

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers)

    @property
    def content_length(self) -> int | None:
        value = self.headers.get("Content-Length")
        return int(value) if value and value.isdigit() else None

    def iter_bytes(
        self, chunk_size: int = DEFAULT_CHUNK, *, verify: bool = True
    ) -> Iterator[bytes]:
        """Yield the body in chunks of at most ``chunk_size`` bytes (once),
        checked against the announced checksum unless ``verify`` is false."""
        if self._consumed:
            raise errors.SDKError(f"{self.operation.name}: the body was already read")
        self._consumed = True
        digest = None
        if self.expected_md5 and verify:
            import hashlib

            digest = hashlib.md5(usedforsecurity=False)
        try:
            # the bytes as stored: no transparent gunzip of Content-Encoding: gzip bodies
            for chunk in self.response.raw.stream(chunk_size, decode_content=False):
                if digest is not None:
                    digest.update(chunk)
                yield chunk
        except errors.SDKError:
            raise
        except Exception as exc:  # urllib3/requests failures mid-body
            raise errors.ConnectionFailed(
                f"body interrupted: {type(exc).__name__}", method="GET", url=self.url
            ) from exc
        finally:
            self.response.close()
        if digest is not None and digest.hexdigest() != self.expected_md5:
            raise ChecksumMismatch(
                f"{self.operation.name}: received data has MD5 {digest.hexdigest()}, "
                f"the server announced {self.expected_md5}"
            )

    def read(self, *, verify: bool = True) -> bytes:
        """The whole body (for small objects; prefer write_to for large ones)."""
        return b"".join(self.iter_bytes(verify=verify))

    def write_to(
        self, fileobj: IO[bytes], chunk_size: int = DEFAULT_CHUNK, *, verify: bool = True
    ) -> int:
        """Stream the body into ``fileobj``; returns the number of bytes written."""
        total = 0
        for chunk in self.iter_bytes(chunk_size, verify=verify):
            fileobj.write(chunk)
            total += len(chunk)
        return total

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Download:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Download({self.operation.name}, status={self.status_code}, length={self.content_length})"


def _whole_body(resp: requests.Response) -> bool:
    """Does the checksum header describe these bytes? Not for a range (206) nor
    for large-object manifests, whose ETag is a hash of their segments' ETags."""
    if resp.status_code == 206:
        return False
    manifest = ("X-Static-Large-Object", "X-Object-Manifest")
    return not any(resp.headers.get(h) for h in manifest)


def _expected_md5(value: str | None) -> str | None:
    """A hex MD5 from a header: hex as such (ETag, quoted or not), or base64 (Content-MD5)."""
    if not value:
        return None
    import base64

    value = value.strip().strip('"')
    if len(value) == 32 and all(c in "0123456789abcdefABCDEF" for c in value):
        return value.lower()
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    return raw.hex() if len(raw) == 16 else None
