"""A loopback stand-in for Huawei Cloud that checks every request's AK/SK signature
with the vendor's own SDK (huaweicloudsdkcore, a test dependency only).

Each request's ``Authorization`` is recomputed by ``huaweicloudsdkcore``'s signer from
what the server received (method, raw path, query, the headers the client says it
signed, body); a mismatch is answered 401 and recorded in ``bad_signatures``, so a test
that passes has also proved its signature. Replies are scripted in order; the signed
catalog request (``GET /v3/auth/catalog``) is answered from ``catalog`` (404 when None:
endpoints then come from the profile's templates).
"""

from __future__ import annotations

import threading
from typing import Any

from stacksdk.runtime import ProviderClient, authenticated_client
from stacksdk.runtime.auth import AKSKAuthOptions
from stacksdk.runtime.endpoints.profiles import Profile
from tests.unit.server import Reply, Request, Server

AK = "HWTESTAK0000EXAMPLE1"
SK = "hw-test-secret-key-0123456789abcdefEXAMPLE"
PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
REGION = "xx-test-1"


def expected_authorization(req: Request, ak: str = AK, sk: str = SK) -> str | None:
    """What huaweicloudsdkcore computes for the request as received (None: unsigned)."""
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import Signer

    auth = next((v for k, v in req.headers.items() if k.lower() == "authorization"), None)
    if not auth or "SignedHeaders=" not in auth:
        return None
    signed = auth.split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")
    received = {k.lower(): v for k, v in req.headers.items()}
    # http.server decodes header bytes as latin-1; the client signed the UTF-8 text
    headers = {name: received.get(name, "").encode("latin-1").decode("utf-8") for name in signed}
    sdk_request = SdkRequest(
        method=req.method,
        schema="http",
        host=received.get("host"),
        resource_path=req.path,
        query_params=list(req.query),
        header_params=headers,
        body=req.body,
    )
    Signer(BasicCredentials(ak, sk)).sign(sdk_request)
    return str(sdk_request.header_params["Authorization"])


class HwCloud:
    """The scripted, signature-checking server plus a provider signing for it."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.url = server.url
        self.project_id = PROJECT_ID
        self.region = REGION
        self.catalog: list[dict[str, Any]] | None = None
        self.bad_signatures: list[Request] = []
        #: tokens the server accepts instead of a signature (issued in a test)
        self.tokens: set[str] = set()
        self._replies: list[Reply] = []
        self._lock = threading.Lock()
        server.handler = self._handle  # type: ignore[assignment]
        self.profile = Profile.load("huaweicloud").rebased(server.url)
        self._provider: ProviderClient | None = None

    @property
    def requests(self) -> list[Request]:
        """What reached the server, signed correctly or not (catalog lookups included)."""
        return self.server.requests

    @property
    def api_requests(self) -> list[Request]:
        """The requests other than the provider's own catalog lookup."""
        return [r for r in self.server.requests if r.path != "/v3/auth/catalog"]

    def reply(
        self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        """Queue the answer to the next API request."""
        with self._lock:
            self._replies.append(Reply(status, body, dict(headers or {})))

    def options(self, **overrides: Any) -> AKSKAuthOptions:
        values: dict[str, Any] = {
            "access_key": AK,
            "secret_key": SK,
            "project_id": PROJECT_ID,
            "region": REGION,
            "profile": self.profile,
        }
        values.update(overrides)
        return AKSKAuthOptions(**values)

    @property
    def provider(self) -> ProviderClient:
        """A provider signing with the test AK/SK, endpoints from the rebased profile."""
        if self._provider is None:
            self._provider = authenticated_client(self.options())
        return self._provider

    def _handle(self, req: Request) -> Reply:
        token = next((v for k, v in req.headers.items() if k.lower() == "x-auth-token"), None)
        if token is not None and token in self.tokens and "Authorization" not in req.headers:
            return self._scripted(req)  # a token IAM issued (agency tests)
        wanted = expected_authorization(req)
        got = next((v for k, v in req.headers.items() if k.lower() == "authorization"), None)
        if wanted is None or got != wanted:
            self.bad_signatures.append(req)
            return Reply(401, {"error_msg": "signature mismatch", "error_code": "APIGW.0301"})
        if req.method == "GET" and req.path == "/v3/auth/catalog":
            if self.catalog is None:
                return Reply(404, {"error_msg": "no catalog here"})
            return Reply(200, {"catalog": self.catalog})
        return self._scripted(req)

    def _scripted(self, req: Request) -> Reply:
        with self._lock:
            if not self._replies:
                return Reply(500, {"error_msg": f"no reply scripted for {req.method} {req.path}"})
            return self._replies.pop(0)
