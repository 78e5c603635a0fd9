"""Keystone v3 tokens, as every token plugin obtains them: version discovery,
``POST /v3/auth/tokens`` (issue) and ``GET /v3/auth/tokens`` (validate), and
:class:`TokenInfo`, what Keystone said about a token (never the token itself)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import errors
from ..endpoints.catalog import Catalog
from ..resources.result import decode_json
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..pipeline.provider import ProviderClient


@dataclasses.dataclass(repr=False)
class TokenInfo:
    """What Keystone said about the token (never the token itself). A dataclass, not a
    ``Frozen`` record: tests (and callers) may adjust ``expires_at``."""

    body: dict[str, Any]
    catalog: Catalog
    expires_at: _dt.datetime | None

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> TokenInfo:
        """``ResponseError`` for a body without a ``token`` object or with a catalog
        that is not a list; an ``expires_at`` that is not a timestamp counts as
        unknown (the token is then renewed only when the server refuses it)."""
        token = body.get("token") if isinstance(body, dict) else None
        if not isinstance(token, dict):
            raise errors.ResponseError("token response has no 'token' object")
        expires = token.get("expires_at")
        try:
            expires_at = parse_datetime(expires) if isinstance(expires, str) else None
        except ValueError:
            expires_at = None
        return cls(body=token, catalog=Catalog(token.get("catalog")), expires_at=expires_at)

    @property
    def project_id(self) -> str | None:
        project = self.body.get("project") or {}
        return project.get("id") if isinstance(project, dict) else None

    @property
    def user_id(self) -> str | None:
        user = self.body.get("user") or {}
        return user.get("id") if isinstance(user, dict) else None

    def __repr__(self) -> str:
        return f"TokenInfo(user_id={self.user_id!r}, project_id={self.project_id!r}, expires_at={self.expires_at!r})"


def discover_v3(provider: ProviderClient) -> str:
    """The Identity v3 URL for the provider's identity endpoint.

    ``.../v3`` is used as it is; an unversioned URL is asked for its
    version document and the v3 link in it is followed.
    """
    base = provider.identity_endpoint.rstrip("/")
    if base.rsplit("/", 1)[-1].startswith("v3"):
        return base
    resp = provider.request("GET", base + "/", ok=(200, 300), authenticated=False)
    doc = decode_json(resp, f"identity endpoint {base}")
    if not isinstance(doc, dict):
        raise errors.ResponseError(f"identity endpoint {base} did not return a version document")
    versions: Any = doc.get("versions", {})
    if isinstance(versions, dict):
        versions = versions.get("values", [])
    if "version" in doc:
        versions = [doc["version"]]
    for v in versions if isinstance(versions, list) else ():
        vid = v.get("id") if isinstance(v, dict) else None
        if not isinstance(vid, str) or not vid.startswith("v3"):
            continue
        status = v.get("status")
        if isinstance(status, str) and status.lower() == "deprecated":
            continue
        links = v.get("links")
        for link in links if isinstance(links, list) else ():
            if not isinstance(link, dict) or link.get("rel") != "self":
                continue
            href = link.get("href")
            if href and isinstance(href, str):
                try:
                    path = urlsplit(href.rstrip("/")).path
                except ValueError:  # (an unparsable host: only the path is used anyway)
                    continue
                # Trust only the host we were given; keep its scheme and netloc.
                given = urlsplit(base)
                return f"{given.scheme}://{given.netloc}{path}"
        return base + "/v3"
    raise errors.EndpointNotFound(f"identity endpoint {base} offers no v3 API")


def issue_token(
    sender: ProviderClient, v3: str, body: dict[str, Any], *, authenticated: bool
) -> tuple[str, TokenInfo]:
    """POST ``body`` to ``{v3}/auth/tokens`` through ``sender``: the new token and what
    Keystone said about it. Issuing a second token does no harm: the POST may be
    retried like a GET."""
    resp = sender.request(
        "POST",
        v3 + "/auth/tokens",
        json=body,
        ok=(201,),
        authenticated=authenticated,
        idempotent=True,
    )
    token = resp.headers.get("X-Subject-Token")
    if not token:
        raise errors.ResponseError(
            "the identity service answered 201 without an X-Subject-Token header"
        )
    from ..pipeline.redact import remember

    remember(token)  # scrubbed from every error and log line from now on
    return token, TokenInfo.from_body(_token_document(resp))


def validate_token(provider: ProviderClient, v3: str, token: str) -> TokenInfo:
    """What Keystone says about ``token`` (its scope and catalog), asked with the token itself."""
    from ..pipeline.redact import remember

    remember(token)  # Keystone quotes a token it does not know ("Could not find token: ...")
    resp = provider.request(
        "GET",
        v3 + "/auth/tokens",
        headers={"X-Auth-Token": token, "X-Subject-Token": token},
        authenticated=False,
    )
    return TokenInfo.from_body(_token_document(resp))


def _token_document(resp: Any) -> dict[str, Any]:
    """The JSON object of a token response; ResponseError for anything else."""
    body = decode_json(resp, "token response")
    if not isinstance(body, dict):
        raise errors.ResponseError("token response: expected a JSON object")
    return body
