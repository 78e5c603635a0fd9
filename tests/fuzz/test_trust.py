"""Class 1: a token goes only to the hosts the SDK trusts, decided on what the transport
really connects to. Real sockets: a trusted loopback server serves pages whose next
links are hostile; a second server on 127.0.0.2 (and a third on another port of
127.0.0.1) stands in for the attacker and must accept no connection at all.

Property: for every link, either the SDK refuses it (an SDKError, nothing sent) or the
request reaches the trusted server only."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stacksdk.identity.v3 as identity_v3
from stacksdk.identity.v3 import projects
from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, errors

from .loopback import RawServer

CLASS = "trust: next links and endpoints"
TOKEN = "gAAAAA-fuzz-token-0123456789"


class Cloud:
    """The trusted server (answers a first page whose next link is ``link``, then an
    empty one), two attackers, and a client with a token aimed at the trusted one."""

    def __init__(self, trusted: RawServer, attacker: RawServer, other: RawServer) -> None:
        self.trusted, self.attacker, self.other = trusted, attacker, other
        self.link: Any = None
        trusted.handler = self._handle
        provider = ProviderClient(trusted.url + "/v3")
        provider.set_token(TOKEN)
        provider.retry_policy = None
        self.provider = provider
        self.client = identity_v3.new_client(provider, EndpointOpts(url=trusted.url + "/v3"))

    def _handle(self, method: str, target: str) -> tuple[int, Any]:
        if len(self.trusted.received) == 1:
            return 200, {"projects": [{"id": "p1", "name": "one"}], "links": {"next": self.link}}
        return 200, {"projects": [], "links": {"next": None}}

    def fill(self, text: str) -> str:
        t, a, o = self.trusted, self.attacker, self.other
        return (
            text.replace("{T}", t.netloc)
            .replace("{A}", a.netloc)
            .replace("{O}", o.netloc)
            .replace("{pT}", str(t.port))
            .replace("{pA}", str(a.port))
        )

    def follow(self, link: str) -> tuple[int, int, bool]:
        """List with ``link`` as the first page's next link: (escapes, connections the
        attackers accepted, whether the SDK refused)."""
        for server in (self.trusted, self.attacker, self.other):
            server.reset()
        self.link = link
        escapes, refused = 0, False
        try:
            list(projects.list(self.client))
        except errors.SDKError:
            refused = True
        except Exception:  # noqa: BLE001 - any other exception escaped the SDK's error tree
            escapes = 1
        misdirected = self.attacker.connections + self.other.connections
        # whatever reached the trusted server carried the token only there
        return escapes, misdirected, refused


@pytest.fixture(scope="module")
def cloud() -> Iterator[Cloud]:
    with (
        RawServer("127.0.0.1") as trusted,
        RawServer("127.0.0.2") as attacker,
        RawServer("127.0.0.1") as other,
    ):
        yield Cloud(trusted, attacker, other)


def _addresses(host: str, port: int | None) -> set[tuple[str, int | None]]:
    """The IPv4 (address, port) pairs a host name or literal stands for (an IPv4-mapped
    IPv6 literal names its IPv4 address; "localhost" resolves to 127.0.0.1)."""
    out: set[tuple[str, int | None]] = set()
    for info in socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM):
        address = ipaddress.ip_address(info[4][0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        out.add((str(address), port))
    return out


HOSTILE = [
    "http://{A}\\@{T}/v3/projects?page=2",  # urllib.parse: T; urllib3: A
    "http://{A}\\\\@{T}/v3/projects",
    "http://{T}\\@{A}/v3/projects",
    "http://{T}@{A}/v3/projects",  # userinfo
    "http://u:pw@{T}/v3/projects?page=2",  # userinfo, even to the trusted host
    "http://{A}#@{T}/v3/projects",
    "http://{A}?@{T}/v3/projects",
    "http://{A}%40{T}/v3/projects",
    "http://{T}%2F@{A}/v3/projects",
    "http://127.0.0.%32:{pA}/v3/projects",  # percent-encoded host characters
    "http://[::ffff:127.0.0.2]:{pA}/v3/projects",  # IPv6 brackets
    "http://[::ffff:127.0.0.1]:{pT}/v3/projects",
    "HTTP://127.0.0.2:{pA}/v3/projects",  # mixed case
    "http://127.0.0.2.:{pA}/v3/projects",  # trailing dot
    "http://127.0.0.1.:{pT}/v3/projects",
    "http://127.0.0.2:{pA}:80/v3/projects",
    "http://127.0.0.1:80/v3/projects",  # default-port variants of the trusted host
    "http://127.0.0.1/v3/projects",
    "http://127.0.0.1:0{pT}/v3/projects",
    "http://{A}\t/v3/projects",  # tabs and newlines inside
    "http://127.0.0.2\n:{pA}/v3/projects",
    "http://{T}/v3/pro\tjects",
    "http://{T}/v3/projects\r\nHost: evil",
    "//{A}/v3/projects",  # scheme-relative
    "///{A}/v3/projects",
    "/\\{A}/v3/projects",
    "\\\\{A}/v3/projects",
    "http:{A}/v3/projects",
    "http:/{A}/v3/projects",
    "http:\\\\{A}/v3/projects",
    "http://127。0。0。2:{pA}/v3/projects",  # unicode (ideographic) dots
    "http://１２７.０.０.２:{pA}/v3/projects",  # fullwidth digits
    "http://127．0．0．2:{pA}/v3/projects",
    "http://xn--127-0.0.2:{pA}/v3/projects",  # IDNA
    "http://2130706434:{pA}/v3/projects",  # 127.0.0.2 as one number
    "http://0x7f.0.0.2:{pA}/v3/projects",
    "http://{A}/v3/projects",
    "https://{A}/v3/projects",
    "ftp://{A}/v3/projects",
    "http://{O}/v3/projects",  # the trusted IP on another port
    "http://localhost:{pA}/v3/projects",
    " http://{A}/v3/projects",
    "http://{A}\x00@{T}/v3/projects",
    "http://127.0.0.1:{pT}:{pA}/v3/projects",
    "http://127.0.0.1:99999/v3/projects",
    "http://127.0.0.1:-1/v3/projects",
    "http://:{pA}/v3/projects",
]


@pytest.mark.parametrize("link", HOSTILE)
def test_hostile_next_links_reach_no_other_host(cloud: Cloud, link: str, fuzz_stats: Any) -> None:
    escapes, misdirected, _ = cloud.follow(cloud.fill(link))
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert (escapes, misdirected) == (0, 0)
    assert cloud.trusted.connections >= 1  # the first page was served


def test_the_attacker_counts_what_reaches_it(cloud: Cloud) -> None:
    """Control: a provider that trusts the attacker's address does send there, and the
    attacker counts it (so a count of 0 above means nothing arrived)."""
    trusting = ProviderClient(cloud.trusted.url + "/v3")
    trusting.set_token(TOKEN)
    trusting.trust_hosts([cloud.attacker.url])
    cloud.attacker.reset()
    trusting.request("GET", cloud.attacker.url + "/v3/projects")
    assert cloud.attacker.connections == 1
    assert f"X-Auth-Token: {TOKEN}".encode() in cloud.attacker.received[0][2]


@pytest.mark.parametrize(
    "link",
    [
        "/v3/projects?page=2",
        "http://{T}/v3/projects?page=2",
        "HTTP://{T}/v3/projects?page=2",
        "?page=2",
    ],
)
def test_good_next_links_are_followed_to_the_trusted_host(cloud: Cloud, link: str) -> None:
    escapes, misdirected, refused = cloud.follow(cloud.fill(link))
    assert (escapes, misdirected, refused) == (0, 0, False)
    assert [t for _, t, _ in cloud.trusted.received] == ["/v3/projects", "/v3/projects?page=2"]
    assert all(f"X-Auth-Token: {TOKEN}".encode() in h for _, _, h in cloud.trusted.received)


# links built from the pieces parsers disagree on
SCHEMES = [
    "http://",
    "HTTP://",
    "https://",
    "http:",
    "http:/",
    "//",
    "",
    "/",
    "http:\\\\",
    "ftp://",
    " http://",
]
USERINFO = ["", "{T}@", "{A}@", "u:p@", "@", "{T}\\@", "{A}\\@", "%40"]
HOSTS = [
    "127.0.0.1",
    "127.0.0.2",
    "127.0.0.2.",
    "localhost",
    "[::1]",
    "[::ffff:127.0.0.2]",
    "2130706434",
    "127.0.0.%32",
    "127。0。0。2",
    "１２７.0.0.2",
    "xn--nxasmq6b",
    "",
    "127.0.0.1\t",
    "127.0.0.2\n",
]
PORTS = [
    "",
    ":{pT}",
    ":{pA}",
    ":80",
    ":0",
    ":65536",
    ":",
    ":+{pA}",
    ":{pA}\t",
    ": {pT}",
    ":0x50",
    ":{pT}:{pA}",
]
TAILS = ["", "\\@{T}", "\\@{A}", "#@{A}", "?@{A}", "@{A}", "/@{A}", "\\", "%2F@{A}", "\r\n"]
PATHS = [
    "/v3/projects?page=2",
    "",
    "/",
    "?page=2",
    "#x",
    "/../../v3/projects?page=2",
    "/%2e%2e/x",
    "/v3/\tx",
]

links = st.builds(
    lambda *parts: "".join(parts),
    st.sampled_from(SCHEMES),
    st.sampled_from(USERINFO),
    st.sampled_from(HOSTS),
    st.sampled_from(PORTS),
    st.sampled_from(TAILS),
    st.sampled_from(PATHS),
)


@given(template=links)
def test_generated_next_links(cloud: Cloud, template: str, fuzz_stats: Any) -> None:
    escapes, misdirected, _ = cloud.follow(cloud.fill(template))
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert (escapes, misdirected) == (0, 0), template


@given(template=links)
def test_generated_endpoint_urls_connect_where_the_transport_reads_them(
    cloud: Cloud, template: str, fuzz_stats: Any
) -> None:
    """An endpoint override is trusted as the transport reads it: either refused before
    anything is sent, or every connection goes to the one server it names."""
    url = cloud.fill(template)
    for server in (cloud.trusted, cloud.attacker, cloud.other):
        server.reset()
    escapes = 0
    client: ServiceClient | None = None
    try:
        provider = ProviderClient(
            cloud.trusted.url + "/v3"
        )  # trusts nothing the last example added
        provider.set_token(TOKEN)
        provider.retry_policy = None
        client = identity_v3.new_client(provider, EndpointOpts(url=url))
        list(projects.list(client))
    except errors.SDKError:
        pass
    except Exception:  # noqa: BLE001
        escapes = 1
    contacted = [s for s in (cloud.trusted, cloud.attacker, cloud.other) if s.connections]
    misdirected = 0
    if contacted:
        from urllib3.util import parse_url

        assert client is not None
        target = parse_url(client.endpoint)  # the transport's own reading
        named = [
            s for s in contacted if (s.host, s.port) in _addresses(str(target.host), target.port)
        ]
        misdirected = len(contacted) - len(named)
    fuzz_stats.record(CLASS, tried=1, escapes=escapes, misdirected=misdirected)
    assert (escapes, misdirected) == (0, 0), url
