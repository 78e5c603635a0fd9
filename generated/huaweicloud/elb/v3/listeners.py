# Generated from huaweicloud/elb/v3/listeners.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A listener: accepts connections to a load balancer on one protocol and port (or a range of
ports) and forwards them to its default pool or by forwarding policies. TLS settings
(certificates, security policy), timeouts, inserted headers and access control belong to it."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as _IdRef, Tag as Tag


class InsertHeaders(Model):
    """Headers added to the requests sent to the backends (true adds one); the *_alias fields
    rename a header whose flag is on. HTTP, HTTPS and QUIC listeners."""

    x_forwarded_elb_ip: bool | Unset = UNSET
    """Add X-Forwarded-ELB-IP with the load balancer's EIP."""

    x_forwarded_port: bool | Unset = UNSET
    """Add X-Forwarded-Port with the listener's port."""

    x_forwarded_for_port: bool | Unset = UNSET
    """Add X-Forwarded-For-Port with the client's source port."""

    x_forwarded_host: bool | Unset = UNSET
    """Add X-Forwarded-Host with the request's Host (rewriting X-Forwarded-Host)."""

    x_forwarded_proto: bool | Unset = UNSET
    """Add X-Forwarded-Proto with the listener's protocol."""

    x_real_ip: bool | Unset = UNSET
    """Add X-Real-IP with the client's IP address."""

    x_forwarded_elb_id: bool | Unset = UNSET
    """Add X-Forwarded-ELB-ID with the load balancer's ID."""

    x_forwarded_tls_certificate_id: bool | Unset = UNSET
    """Add X-Forwarded-TLS-Certificate-ID with the listener's certificate ID."""

    x_forwarded_tls_protocol: bool | Unset = UNSET
    """Add X-Forwarded-TLS-Protocol with the TLS protocol version negotiated."""

    x_forwarded_tls_cipher: bool | Unset = UNSET
    """Add X-Forwarded-TLS-Cipher with the cipher suite negotiated."""

    x_forwarded_tls_protocol_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-TLS-Protocol header (used when that header is on)."""

    x_forwarded_tls_cipher_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-TLS-Cipher header (used when that header is on)."""

    x_forwarded_for_processing_mode: str | Unset = UNSET
    """What happens to X-Forwarded-For: append (add the last hop, default), remove, or keep it as
    the client sent it."""

    x_forwarded_clientcert_subjectdn_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-subjectdn with the client certificate's subject DN."""

    x_forwarded_clientcert_subjectdn_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-subjectdn header (used when that header is
    on)."""

    x_forwarded_clientcert_issuerdn_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-issuerdn with the client certificate's issuer DN."""

    x_forwarded_clientcert_issuerdn_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-issuerdn header (used when that header is on)."""

    x_forwarded_clientcert_fingerprint_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-fingerprint with the client certificate's fingerprint."""

    x_forwarded_clientcert_fingerprint_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-fingerprint header (used when that header is
    on)."""

    x_forwarded_clientcert_clientverify_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-clientverify with the result of verifying the client
    certificate."""

    x_forwarded_clientcert_clientverify_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-clientverify header (used when that header is
    on)."""

    x_forwarded_clientcert_serialnumber_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-serialnumber with the client certificate's serial number."""

    x_forwarded_clientcert_serialnumber_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-serialnumber header (used when that header is
    on)."""

    x_forwarded_clientcert_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert with the client certificate itself."""

    x_forwarded_clientcert_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert header (used when that header is on)."""

    x_forwarded_clientcert_ciphers_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-ciphers with the cipher suites the client offered."""

    x_forwarded_clientcert_ciphers_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-ciphers header (used when that header is on)."""

    x_forwarded_clientcert_end_enable: bool | Unset = UNSET
    """Add X-Forwarded-Clientcert-end with the client certificate's expiry date."""

    x_forwarded_clientcert_end_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Clientcert-end header (used when that header is on)."""

    x_forwarded_tls_alpn_protocol_enable: bool | Unset = UNSET
    """Add X-Forwarded-Tls-Alpn-Protocol with the application protocol agreed by ALPN."""

    x_forwarded_tls_alpn_protocol_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Tls-Alpn-Protocol header (used when that header is on)."""

    x_forwarded_tls_sni_enable: bool | Unset = UNSET
    """Add X-Forwarded-Tls-Sni with the SNI host name the client asked for."""

    x_forwarded_tls_sni_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Tls-Sni header (used when that header is on)."""

    x_forwarded_tls_ja3_enable: bool | Unset = UNSET
    """Add X-Forwarded-Tls-Ja3 with the client's JA3 fingerprint."""

    x_forwarded_tls_ja3_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Tls-Ja3 header (used when that header is on)."""

    x_forwarded_tls_ja4_enable: bool | Unset = UNSET
    """Add X-Forwarded-Tls-Ja4 with the client's JA4 fingerprint."""

    x_forwarded_tls_ja4_alias: str | Unset = UNSET
    """Another name for the X-Forwarded-Tls-Ja4 header (used when that header is on)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("x_forwarded_elb_ip", "X-Forwarded-ELB-IP", t.BOOLEAN),
        Field("x_forwarded_port", "X-Forwarded-Port", t.BOOLEAN),
        Field("x_forwarded_for_port", "X-Forwarded-For-Port", t.BOOLEAN),
        Field("x_forwarded_host", "X-Forwarded-Host", t.BOOLEAN),
        Field("x_forwarded_proto", "X-Forwarded-Proto", t.BOOLEAN),
        Field("x_real_ip", "X-Real-IP", t.BOOLEAN),
        Field("x_forwarded_elb_id", "X-Forwarded-ELB-ID", t.BOOLEAN),
        Field("x_forwarded_tls_certificate_id", "X-Forwarded-TLS-Certificate-ID", t.BOOLEAN),
        Field("x_forwarded_tls_protocol", "X-Forwarded-TLS-Protocol", t.BOOLEAN),
        Field("x_forwarded_tls_cipher", "X-Forwarded-TLS-Cipher", t.BOOLEAN),
        Field("x_forwarded_tls_protocol_alias", "X-Forwarded-TLS-Protocol-alias", t.STRING),
        Field("x_forwarded_tls_cipher_alias", "X-Forwarded-TLS-Cipher-alias", t.STRING),
        Field("x_forwarded_for_processing_mode", "X-Forwarded-For-Processing-Mode", t.STRING),
        Field(
            "x_forwarded_clientcert_subjectdn_enable",
            "X-Forwarded-Clientcert-subjectdn-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_clientcert_subjectdn_alias",
            "X-Forwarded-Clientcert-subjectdn-alias",
            t.STRING,
        ),
        Field(
            "x_forwarded_clientcert_issuerdn_enable",
            "X-Forwarded-Clientcert-issuerdn-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_clientcert_issuerdn_alias",
            "X-Forwarded-Clientcert-issuerdn-alias",
            t.STRING,
        ),
        Field(
            "x_forwarded_clientcert_fingerprint_enable",
            "X-Forwarded-Clientcert-fingerprint-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_clientcert_fingerprint_alias",
            "X-Forwarded-Clientcert-fingerprint-alias",
            t.STRING,
        ),
        Field(
            "x_forwarded_clientcert_clientverify_enable",
            "X-Forwarded-Clientcert-clientverify-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_clientcert_clientverify_alias",
            "X-Forwarded-Clientcert-clientverify-alias",
            t.STRING,
        ),
        Field(
            "x_forwarded_clientcert_serialnumber_enable",
            "X-Forwarded-Clientcert-serialnumber-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_clientcert_serialnumber_alias",
            "X-Forwarded-Clientcert-serialnumber-alias",
            t.STRING,
        ),
        Field("x_forwarded_clientcert_enable", "X-Forwarded-Clientcert-enable", t.BOOLEAN),
        Field("x_forwarded_clientcert_alias", "X-Forwarded-Clientcert-alias", t.STRING),
        Field(
            "x_forwarded_clientcert_ciphers_enable",
            "X-Forwarded-Clientcert-ciphers-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_clientcert_ciphers_alias", "X-Forwarded-Clientcert-ciphers-alias", t.STRING
        ),
        Field("x_forwarded_clientcert_end_enable", "X-Forwarded-Clientcert-end-enable", t.BOOLEAN),
        Field("x_forwarded_clientcert_end_alias", "X-Forwarded-Clientcert-end-alias", t.STRING),
        Field(
            "x_forwarded_tls_alpn_protocol_enable",
            "X-Forwarded-Tls-Alpn-Protocol-enable",
            t.BOOLEAN,
        ),
        Field(
            "x_forwarded_tls_alpn_protocol_alias", "X-Forwarded-Tls-Alpn-Protocol-alias", t.STRING
        ),
        Field("x_forwarded_tls_sni_enable", "X-Forwarded-Tls-Sni-enable", t.BOOLEAN),
        Field("x_forwarded_tls_sni_alias", "X-Forwarded-Tls-Sni-alias", t.STRING),
        Field("x_forwarded_tls_ja3_enable", "X-Forwarded-Tls-Ja3-enable", t.BOOLEAN),
        Field("x_forwarded_tls_ja3_alias", "X-Forwarded-Tls-Ja3-alias", t.STRING),
        Field("x_forwarded_tls_ja4_enable", "X-Forwarded-Tls-Ja4-enable", t.BOOLEAN),
        Field("x_forwarded_tls_ja4_alias", "X-Forwarded-Tls-Ja4-alias", t.STRING),
    )


LoadBalancerRef = _IdRef


class IpGroup(Model):
    """Access control by IP address group."""

    ipgroup_id: str | Unset = UNSET
    """The IP address group(s), comma-separated for several (required on create)."""

    enable_ipgroup: bool | Unset = UNSET
    """Whether the access control is on (default true)."""

    type: str | Unset = UNSET
    """white (only these addresses may connect) or black (these may not)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ipgroup_id", "ipgroup_id", t.STRING),
        Field("enable_ipgroup", "enable_ipgroup", t.BOOLEAN),
        Field("type", "type", t.STRING),
    )


class QuicConfig(Model):
    """Upgrading HTTPS clients to QUIC."""

    quic_listener_id: str | Unset = UNSET
    """The QUIC listener to upgrade to (required when the block is sent on create)."""

    enable_quic_upgrade: bool | Unset = UNSET
    """Whether clients are upgraded to QUIC."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("quic_listener_id", "quic_listener_id", t.STRING),
        Field("enable_quic_upgrade", "enable_quic_upgrade", t.BOOLEAN),
    )


class PortRange(Model):
    """A range of ports, both ends included."""

    start_port: int | Unset = UNSET
    """The first port, 1-65535."""

    end_port: int | Unset = UNSET
    """The last port, 1-65535, not below start_port."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("start_port", "start_port", t.INTEGER),
        Field("end_port", "end_port", t.INTEGER),
    )


class Listener(Model):
    """A listener: accepts connections to a load balancer on one protocol and port (or a range of
    ports) and forwards them to its default pool or by forwarding policies. TLS settings
    (certificates, security policy), timeouts, inserted headers and access control belong to
    it."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; only true is accepted."""

    client_ca_tls_container_ref: str | None | Unset = UNSET
    """The CA certificate (type client) that verifies client certificates, for mutual
    authentication on HTTPS and TLS listeners."""

    connection_limit: int | None | Unset = UNSET
    """The most connections (-1 for no limit); not used by dedicated load balancers."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created (UTC; older dedicated resources leave it out)."""

    default_pool_id: str | None | Unset = UNSET
    """The pool that receives requests no forwarding policy matches."""

    default_tls_container_ref: str | None | Unset = UNSET
    """The server certificate (type server); required for HTTPS, TLS and QUIC listeners."""

    description: str | Unset = UNSET
    """A free-form description (up to 255 characters)."""

    http2_enable: bool | Unset = UNSET
    """Whether clients may use HTTP/2 over HTTPS (the backends are still spoken to with
    HTTP/1.x)."""

    id: str
    """The listener ID."""

    insert_headers: InsertHeaders | Unset = UNSET
    """HTTP headers the load balancer adds to requests for the backends."""

    loadbalancers: builtins.list[LoadBalancerRef] | Unset = UNSET
    """The load balancer of the listener (one)."""

    name: str | Unset = UNSET
    """The name (up to 255 characters; the console cannot open a listener without one)."""

    project_id: str | Unset = UNSET
    """The project that owns it (taken from the URL, never sent)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project it belongs to ("0" is the default one; on create an unknown or
    empty ID is refused)."""

    protocol: str | Unset = UNSET
    """The protocol: TCP, UDP, HTTP, HTTPS, TERMINATED_HTTPS (shared load balancers), QUIC, TLS
    or IP (gateway load balancers). Required."""

    protocol_port: int | Unset = UNSET
    """The port it listens on, 1-65535; 0 with port_ranges for a listener on every port. TCP,
    HTTP and HTTPS listeners cannot share a port; nor can QUIC and UDP ones."""

    sni_container_refs: builtins.list[str] | Unset = UNSET
    """SNI certificates (server certificates with domain names), at most 30 for dedicated load
    balancers; the domain names must be unique."""

    sni_match_algo: str | Unset = UNSET
    """How SNI wildcard names match, wildcard (standard) or longest_suffix."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags."""

    updated_at: datetime.datetime | Unset = UNSET
    """When it last changed (UTC; older dedicated resources leave it out)."""

    tls_ciphers_policy: str | None | Unset = UNSET
    """The TLS security policy for HTTPS listeners of dedicated load balancers (e.g. tls-1-0,
    tls-1-2, tls-1-2-strict, tls-1-2-fs; default tls-1-2)."""

    security_policy_id: str | None | Unset = UNSET
    """A custom security policy, used instead of tls_ciphers_policy when both are given (HTTPS
    listeners of dedicated load balancers)."""

    enable_member_retry: bool | Unset = UNSET
    """Whether a failed request is retried on another backend server."""

    keepalive_timeout: int | Unset = UNSET
    """Seconds an idle client connection is kept (TCP/UDP/IP 10-4000, default 300;
    HTTP/HTTPS/TERMINATED_HTTPS 0-4000, default 60)."""

    client_timeout: int | Unset = UNSET
    """Seconds to wait for a client's request headers or next body chunk, 1-300 (default 60; HTTP
    and HTTPS listeners only)."""

    member_timeout: int | Unset = UNSET
    """Seconds to wait for a backend's response before answering 504, 1-300 (default 60; HTTP and
    HTTPS listeners only)."""

    ipgroup: IpGroup | None | Unset = UNSET
    """The IP address group that controls which clients may connect."""

    transparent_client_ip_enable: bool | Unset = UNSET
    """Whether backend servers see the client's IP address (always on for dedicated load
    balancers' TCP/UDP listeners)."""

    proxy_protocol_enable: bool | Unset = UNSET
    """Whether the client address is passed with the PROXY protocol (TLS and TCP listeners)."""

    enhance_l7policy_enable: bool | Unset = UNSET
    """Whether advanced forwarding policies (redirects to URLs, fixed responses, rewrites, header
    and query matching) are enabled."""

    quic_config: QuicConfig | None | Unset = UNSET
    """Upgrading an HTTPS listener's clients to a QUIC listener."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    gzip_enable: bool | Unset = UNSET
    """Whether responses are gzip-compressed (HTTP and HTTPS listeners)."""

    port_ranges: builtins.list[PortRange] | Unset = UNSET
    """For a listener on every port (protocol_port 0), the port ranges it accepts: at most 10
    ranges that do not overlap."""

    ssl_early_data_enable: bool | Unset = UNSET
    """Whether TLS 1.3 0-RTT early data is accepted (HTTPS listeners)."""

    cps: int | None | Unset = UNSET
    """New connections per second allowed, 0-1000000 (0 no limit; capped by the load balancer's)."""

    connection: int | None | Unset = UNSET
    """Concurrent connections allowed, 0-1000000 (0 no limit; capped by the load balancer's)."""

    nat64_enable: bool | Unset = UNSET
    """Whether clients of either IP version may reach backends of the other."""

    loadbalancer_id: str | Unset = UNSET
    """The load balancer to add the listener to (required; one per listener)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("admin_state_up", "admin_state_up", t.BOOLEAN),
        Field("client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING),
        Field("connection_limit", "connection_limit", t.INTEGER),
        Field("created_at", "created_at", t.DATETIME),
        Field("default_pool_id", "default_pool_id", t.STRING),
        Field("default_tls_container_ref", "default_tls_container_ref", t.STRING),
        Field("description", "description", t.STRING),
        Field("http2_enable", "http2_enable", t.BOOLEAN),
        Field("id", "id", t.STRING),
        Field("insert_headers", "insert_headers", t.model(InsertHeaders)),
        Field("loadbalancers", "loadbalancers", t.list_of(t.model(LoadBalancerRef))),
        Field("name", "name", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("protocol", "protocol", t.STRING),
        Field("protocol_port", "protocol_port", t.INTEGER),
        Field("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Field("sni_match_algo", "sni_match_algo", t.STRING),
        Field("tags", "tags", t.list_of(t.model(Tag))),
        Field("updated_at", "updated_at", t.DATETIME),
        Field("tls_ciphers_policy", "tls_ciphers_policy", t.STRING),
        Field("security_policy_id", "security_policy_id", t.STRING),
        Field("enable_member_retry", "enable_member_retry", t.BOOLEAN),
        Field("keepalive_timeout", "keepalive_timeout", t.INTEGER),
        Field("client_timeout", "client_timeout", t.INTEGER),
        Field("member_timeout", "member_timeout", t.INTEGER),
        Field("ipgroup", "ipgroup", t.model(IpGroup)),
        Field("transparent_client_ip_enable", "transparent_client_ip_enable", t.BOOLEAN),
        Field("proxy_protocol_enable", "proxy_protocol_enable", t.BOOLEAN),
        Field("enhance_l7policy_enable", "enhance_l7policy_enable", t.BOOLEAN),
        Field("quic_config", "quic_config", t.model(QuicConfig)),
        Field("protection_status", "protection_status", t.STRING),
        Field("protection_reason", "protection_reason", t.STRING),
        Field("gzip_enable", "gzip_enable", t.BOOLEAN),
        Field("port_ranges", "port_ranges", t.list_of(t.model(PortRange))),
        Field("ssl_early_data_enable", "ssl_early_data_enable", t.BOOLEAN),
        Field("cps", "cps", t.INTEGER),
        Field("connection", "connection", t.INTEGER),
        Field("nat64_enable", "nat64_enable", t.BOOLEAN),
        Field("loadbalancer_id", "loadbalancer_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    limit: int | Unset = UNSET
    """The most items one page holds (0-2000, default 2000)."""

    marker: str | Unset = UNSET
    """Start after the item with this ID (the previous page's last); needs limit."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from marker (use the previous page's first ID, page_info.previous_marker)."""

    protocol_port: builtins.list[str] | Unset = UNSET
    """Only listeners whose protocol_port is one of these."""

    protocol: builtins.list[str] | Unset = UNSET
    """Only listeners whose protocol is one of these."""

    description: builtins.list[str] | Unset = UNSET
    """Only listeners whose description is one of these."""

    default_tls_container_ref: builtins.list[str] | Unset = UNSET
    """Only listeners whose default_tls_container_ref is one of these."""

    client_ca_tls_container_ref: builtins.list[str] | Unset = UNSET
    """Only listeners whose client_ca_tls_container_ref is one of these."""

    admin_state_up: bool | Unset = UNSET
    """Only listeners whose admin_state_up is this."""

    include_recycle_bin: bool | Unset = UNSET
    """Include load balancers in the recycle bin (or their listeners)."""

    connection_limit: builtins.list[int] | Unset = UNSET
    """Only listeners whose connection_limit is one of these."""

    default_pool_id: builtins.list[str] | Unset = UNSET
    """Only listeners whose default_pool_id is one of these."""

    id: builtins.list[str] | Unset = UNSET
    """Only listeners whose id is one of these."""

    name: str | Unset = UNSET
    """Only items with exactly this name."""

    http2_enable: bool | Unset = UNSET
    """Only listeners whose http2_enable is this."""

    loadbalancer_id: builtins.list[str] | Unset = UNSET
    """Only listeners of one of these load balancers."""

    tls_ciphers_policy: builtins.list[str] | Unset = UNSET
    """Only listeners whose tls_ciphers_policy is one of these."""

    member_address: builtins.list[str] | Unset = UNSET
    """Only items with a backend at one of these IP addresses (a filter only)."""

    member_device_id: builtins.list[str] | Unset = UNSET
    """Only items with a backend on one of these ECS servers (a filter only)."""

    enterprise_project_id: builtins.list[str] | Unset = UNSET
    """Only items of these enterprise projects (all_granted_eps for every one the caller may see;
    without it, the caller's permitted ones)."""

    enable_member_retry: bool | Unset = UNSET
    """Only listeners whose enable_member_retry is this."""

    member_timeout: builtins.list[int] | Unset = UNSET
    """Only listeners whose member_timeout is one of these."""

    client_timeout: builtins.list[int] | Unset = UNSET
    """Only listeners whose client_timeout is one of these."""

    keepalive_timeout: builtins.list[int] | Unset = UNSET
    """Only listeners whose keepalive_timeout is one of these."""

    transparent_client_ip_enable: bool | Unset = UNSET
    """Only listeners whose transparent_client_ip_enable is this."""

    proxy_protocol_enable: bool | Unset = UNSET
    """Only listeners whose proxy_protocol_enable is this."""

    enhance_l7policy_enable: bool | Unset = UNSET
    """Only listeners whose enhance_l7policy_enable is this."""

    member_instance_id: builtins.list[str] | Unset = UNSET
    """Only items with one of these backend instances (a filter only)."""

    protection_status: builtins.list[str] | Unset = UNSET
    """Only listeners whose protection_status is one of these."""

    ssl_early_data_enable: bool | Unset = UNSET
    """Only listeners whose ssl_early_data_enable is this."""

    nat64_enable: bool | Unset = UNSET
    """Only listeners whose nat64_enable is this."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("protocol_port", "protocol_port", t.list_of(t.STRING), location="query"),
        Param("protocol", "protocol", t.list_of(t.STRING), location="query"),
        Param("description", "description", t.list_of(t.STRING), location="query"),
        Param(
            "default_tls_container_ref",
            "default_tls_container_ref",
            t.list_of(t.STRING),
            location="query",
        ),
        Param(
            "client_ca_tls_container_ref",
            "client_ca_tls_container_ref",
            t.list_of(t.STRING),
            location="query",
        ),
        Param("admin_state_up", "admin_state_up", t.BOOLEAN, location="query"),
        Param("include_recycle_bin", "include_recycle_bin", t.BOOLEAN, location="query"),
        Param("connection_limit", "connection_limit", t.list_of(t.INTEGER), location="query"),
        Param("default_pool_id", "default_pool_id", t.list_of(t.STRING), location="query"),
        Param("id", "id", t.list_of(t.STRING), location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("http2_enable", "http2_enable", t.BOOLEAN, location="query"),
        Param("loadbalancer_id", "loadbalancer_id", t.list_of(t.STRING), location="query"),
        Param("tls_ciphers_policy", "tls_ciphers_policy", t.list_of(t.STRING), location="query"),
        Param("member_address", "member_address", t.list_of(t.STRING), location="query"),
        Param("member_device_id", "member_device_id", t.list_of(t.STRING), location="query"),
        Param(
            "enterprise_project_id", "enterprise_project_id", t.list_of(t.STRING), location="query"
        ),
        Param("enable_member_retry", "enable_member_retry", t.BOOLEAN, location="query"),
        Param("member_timeout", "member_timeout", t.list_of(t.INTEGER), location="query"),
        Param("client_timeout", "client_timeout", t.list_of(t.INTEGER), location="query"),
        Param("keepalive_timeout", "keepalive_timeout", t.list_of(t.INTEGER), location="query"),
        Param(
            "transparent_client_ip_enable",
            "transparent_client_ip_enable",
            t.BOOLEAN,
            location="query",
        ),
        Param("proxy_protocol_enable", "proxy_protocol_enable", t.BOOLEAN, location="query"),
        Param("enhance_l7policy_enable", "enhance_l7policy_enable", t.BOOLEAN, location="query"),
        Param("member_instance_id", "member_instance_id", t.list_of(t.STRING), location="query"),
        Param("protection_status", "protection_status", t.list_of(t.STRING), location="query"),
        Param("ssl_early_data_enable", "ssl_early_data_enable", t.BOOLEAN, location="query"),
        Param("nat64_enable", "nat64_enable", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; only true is accepted."""

    client_ca_tls_container_ref: str | None | Unset = UNSET
    """The CA certificate (type client) that verifies client certificates, for mutual
    authentication on HTTPS and TLS listeners."""

    default_pool_id: str | None | Unset = UNSET
    """The pool that receives requests no forwarding policy matches."""

    default_tls_container_ref: str | None | Unset = UNSET
    """The server certificate (type server); required for HTTPS, TLS and QUIC listeners."""

    description: str | Unset = UNSET
    """A free-form description (up to 255 characters)."""

    http2_enable: bool | Unset = UNSET
    """Whether clients may use HTTP/2 over HTTPS (the backends are still spoken to with
    HTTP/1.x)."""

    insert_headers: InsertHeaders | Unset = UNSET
    """HTTP headers the load balancer adds to requests for the backends."""

    name: str | Unset = UNSET
    """The name (up to 255 characters; the console cannot open a listener without one)."""

    protocol: str = REQUIRED
    """The protocol: TCP, UDP, HTTP, HTTPS, TERMINATED_HTTPS (shared load balancers), QUIC, TLS
    or IP (gateway load balancers). Required."""

    protocol_port: int | Unset = UNSET
    """The port it listens on, 1-65535; 0 with port_ranges for a listener on every port. TCP,
    HTTP and HTTPS listeners cannot share a port; nor can QUIC and UDP ones."""

    sni_container_refs: builtins.list[str] | Unset = UNSET
    """SNI certificates (server certificates with domain names), at most 30 for dedicated load
    balancers; the domain names must be unique."""

    sni_match_algo: str | Unset = UNSET
    """How SNI wildcard names match, wildcard (standard) or longest_suffix."""

    tags: builtins.list[Tag] | Unset = UNSET
    """Key/value tags."""

    tls_ciphers_policy: str | None | Unset = UNSET
    """The TLS security policy for HTTPS listeners of dedicated load balancers (e.g. tls-1-0,
    tls-1-2, tls-1-2-strict, tls-1-2-fs; default tls-1-2)."""

    security_policy_id: str | None | Unset = UNSET
    """A custom security policy, used instead of tls_ciphers_policy when both are given (HTTPS
    listeners of dedicated load balancers)."""

    enable_member_retry: bool | Unset = UNSET
    """Whether a failed request is retried on another backend server."""

    keepalive_timeout: int | Unset = UNSET
    """Seconds an idle client connection is kept (TCP/UDP/IP 10-4000, default 300;
    HTTP/HTTPS/TERMINATED_HTTPS 0-4000, default 60)."""

    client_timeout: int | Unset = UNSET
    """Seconds to wait for a client's request headers or next body chunk, 1-300 (default 60; HTTP
    and HTTPS listeners only)."""

    member_timeout: int | Unset = UNSET
    """Seconds to wait for a backend's response before answering 504, 1-300 (default 60; HTTP and
    HTTPS listeners only)."""

    ipgroup: IpGroup | None | Unset = UNSET
    """The IP address group that controls which clients may connect."""

    transparent_client_ip_enable: bool | Unset = UNSET
    """Whether backend servers see the client's IP address (always on for dedicated load
    balancers' TCP/UDP listeners)."""

    proxy_protocol_enable: bool | Unset = UNSET
    """Whether the client address is passed with the PROXY protocol (TLS and TCP listeners)."""

    enhance_l7policy_enable: bool | Unset = UNSET
    """Whether advanced forwarding policies (redirects to URLs, fixed responses, rewrites, header
    and query matching) are enabled."""

    quic_config: QuicConfig | None | Unset = UNSET
    """Upgrading an HTTPS listener's clients to a QUIC listener."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    gzip_enable: bool | Unset = UNSET
    """Whether responses are gzip-compressed (HTTP and HTTPS listeners)."""

    port_ranges: builtins.list[PortRange] | Unset = UNSET
    """For a listener on every port (protocol_port 0), the port ranges it accepts: at most 10
    ranges that do not overlap."""

    ssl_early_data_enable: bool | Unset = UNSET
    """Whether TLS 1.3 0-RTT early data is accepted (HTTPS listeners)."""

    cps: int | None | Unset = UNSET
    """New connections per second allowed, 0-1000000 (0 no limit; capped by the load balancer's)."""

    connection: int | None | Unset = UNSET
    """Concurrent connections allowed, 0-1000000 (0 no limit; capped by the load balancer's)."""

    nat64_enable: bool | Unset = UNSET
    """Whether clients of either IP version may reach backends of the other."""

    loadbalancer_id: str = REQUIRED
    """The load balancer to add the listener to (required; one per listener)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param(
            "client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING, nullable=True
        ),
        Param("default_pool_id", "default_pool_id", t.STRING, nullable=True),
        Param("default_tls_container_ref", "default_tls_container_ref", t.STRING, nullable=True),
        Param("description", "description", t.STRING),
        Param("http2_enable", "http2_enable", t.BOOLEAN),
        Param("insert_headers", "insert_headers", t.model(InsertHeaders)),
        Param("name", "name", t.STRING),
        Param("protocol", "protocol", t.STRING, required=True),
        Param("protocol_port", "protocol_port", t.INTEGER),
        Param("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Param("sni_match_algo", "sni_match_algo", t.STRING),
        Param("tags", "tags", t.list_of(t.model(Tag))),
        Param("tls_ciphers_policy", "tls_ciphers_policy", t.STRING, nullable=True),
        Param("security_policy_id", "security_policy_id", t.STRING, nullable=True),
        Param("enable_member_retry", "enable_member_retry", t.BOOLEAN),
        Param("keepalive_timeout", "keepalive_timeout", t.INTEGER),
        Param("client_timeout", "client_timeout", t.INTEGER),
        Param("member_timeout", "member_timeout", t.INTEGER),
        Param("ipgroup", "ipgroup", t.model(IpGroup), nullable=True),
        Param("transparent_client_ip_enable", "transparent_client_ip_enable", t.BOOLEAN),
        Param("proxy_protocol_enable", "proxy_protocol_enable", t.BOOLEAN),
        Param("enhance_l7policy_enable", "enhance_l7policy_enable", t.BOOLEAN),
        Param("quic_config", "quic_config", t.model(QuicConfig), nullable=True),
        Param("protection_status", "protection_status", t.STRING),
        Param("protection_reason", "protection_reason", t.STRING, nullable=True),
        Param("gzip_enable", "gzip_enable", t.BOOLEAN),
        Param("port_ranges", "port_ranges", t.list_of(t.model(PortRange))),
        Param("ssl_early_data_enable", "ssl_early_data_enable", t.BOOLEAN),
        Param("cps", "cps", t.INTEGER, nullable=True),
        Param("connection", "connection", t.INTEGER, nullable=True),
        Param("nat64_enable", "nat64_enable", t.BOOLEAN),
        Param("loadbalancer_id", "loadbalancer_id", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    admin_state_up: bool | Unset = UNSET
    """The administrative state; only true is accepted."""

    client_ca_tls_container_ref: str | None | Unset = UNSET
    """The CA certificate (type client) that verifies client certificates, for mutual
    authentication on HTTPS and TLS listeners."""

    default_pool_id: str | None | Unset = UNSET
    """The pool that receives requests no forwarding policy matches."""

    default_tls_container_ref: str | None | Unset = UNSET
    """The server certificate (type server); required for HTTPS, TLS and QUIC listeners."""

    description: str | Unset = UNSET
    """A free-form description (up to 255 characters)."""

    http2_enable: bool | Unset = UNSET
    """Whether clients may use HTTP/2 over HTTPS (the backends are still spoken to with
    HTTP/1.x)."""

    insert_headers: InsertHeaders | Unset = UNSET
    """HTTP headers the load balancer adds to requests for the backends."""

    name: str | Unset = UNSET
    """The name (up to 255 characters; the console cannot open a listener without one)."""

    sni_container_refs: builtins.list[str] | Unset = UNSET
    """SNI certificates (server certificates with domain names), at most 30 for dedicated load
    balancers; the domain names must be unique."""

    sni_match_algo: str | Unset = UNSET
    """How SNI wildcard names match, wildcard (standard) or longest_suffix."""

    tls_ciphers_policy: str | None | Unset = UNSET
    """The TLS security policy for HTTPS listeners of dedicated load balancers (e.g. tls-1-0,
    tls-1-2, tls-1-2-strict, tls-1-2-fs; default tls-1-2)."""

    security_policy_id: str | None | Unset = UNSET
    """A custom security policy, used instead of tls_ciphers_policy when both are given (HTTPS
    listeners of dedicated load balancers)."""

    enable_member_retry: bool | Unset = UNSET
    """Whether a failed request is retried on another backend server."""

    keepalive_timeout: int | Unset = UNSET
    """Seconds an idle client connection is kept (TCP/UDP/IP 10-4000, default 300;
    HTTP/HTTPS/TERMINATED_HTTPS 0-4000, default 60)."""

    client_timeout: int | Unset = UNSET
    """Seconds to wait for a client's request headers or next body chunk, 1-300 (default 60; HTTP
    and HTTPS listeners only)."""

    member_timeout: int | Unset = UNSET
    """Seconds to wait for a backend's response before answering 504, 1-300 (default 60; HTTP and
    HTTPS listeners only)."""

    ipgroup: IpGroup | None | Unset = UNSET
    """The IP address group that controls which clients may connect."""

    transparent_client_ip_enable: bool | Unset = UNSET
    """Whether backend servers see the client's IP address (always on for dedicated load
    balancers' TCP/UDP listeners)."""

    proxy_protocol_enable: bool | Unset = UNSET
    """Whether the client address is passed with the PROXY protocol (TLS and TCP listeners)."""

    enhance_l7policy_enable: bool | Unset = UNSET
    """Whether advanced forwarding policies (redirects to URLs, fixed responses, rewrites, header
    and query matching) are enabled."""

    quic_config: QuicConfig | None | Unset = UNSET
    """Upgrading an HTTPS listener's clients to a QUIC listener."""

    protection_status: str | Unset = UNSET
    """nonProtection (default) or consoleProtection, which stops console users from changing it
    by mistake (the API can still change it)."""

    protection_reason: str | None | Unset = UNSET
    """Why it is protected (at most 255 characters, without < and >); used with
    consoleProtection."""

    gzip_enable: bool | Unset = UNSET
    """Whether responses are gzip-compressed (HTTP and HTTPS listeners)."""

    ssl_early_data_enable: bool | Unset = UNSET
    """Whether TLS 1.3 0-RTT early data is accepted (HTTPS listeners)."""

    cps: int | None | Unset = UNSET
    """New connections per second allowed, 0-1000000 (0 no limit; capped by the load balancer's)."""

    connection: int | None | Unset = UNSET
    """Concurrent connections allowed, 0-1000000 (0 no limit; capped by the load balancer's)."""

    nat64_enable: bool | Unset = UNSET
    """Whether clients of either IP version may reach backends of the other."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("admin_state_up", "admin_state_up", t.BOOLEAN),
        Param(
            "client_ca_tls_container_ref", "client_ca_tls_container_ref", t.STRING, nullable=True
        ),
        Param("default_pool_id", "default_pool_id", t.STRING, nullable=True),
        Param("default_tls_container_ref", "default_tls_container_ref", t.STRING, nullable=True),
        Param("description", "description", t.STRING),
        Param("http2_enable", "http2_enable", t.BOOLEAN),
        Param("insert_headers", "insert_headers", t.model(InsertHeaders)),
        Param("name", "name", t.STRING),
        Param("sni_container_refs", "sni_container_refs", t.list_of(t.STRING)),
        Param("sni_match_algo", "sni_match_algo", t.STRING),
        Param("tls_ciphers_policy", "tls_ciphers_policy", t.STRING, nullable=True),
        Param("security_policy_id", "security_policy_id", t.STRING, nullable=True),
        Param("enable_member_retry", "enable_member_retry", t.BOOLEAN),
        Param("keepalive_timeout", "keepalive_timeout", t.INTEGER),
        Param("client_timeout", "client_timeout", t.INTEGER),
        Param("member_timeout", "member_timeout", t.INTEGER),
        Param("ipgroup", "ipgroup", t.model(IpGroup), nullable=True),
        Param("transparent_client_ip_enable", "transparent_client_ip_enable", t.BOOLEAN),
        Param("proxy_protocol_enable", "proxy_protocol_enable", t.BOOLEAN),
        Param("enhance_l7policy_enable", "enhance_l7policy_enable", t.BOOLEAN),
        Param("quic_config", "quic_config", t.model(QuicConfig), nullable=True),
        Param("protection_status", "protection_status", t.STRING),
        Param("protection_reason", "protection_reason", t.STRING, nullable=True),
        Param("gzip_enable", "gzip_enable", t.BOOLEAN),
        Param("ssl_early_data_enable", "ssl_early_data_enable", t.BOOLEAN),
        Param("cps", "cps", t.INTEGER, nullable=True),
        Param("connection", "connection", t.INTEGER, nullable=True),
        Param("nat64_enable", "nat64_enable", t.BOOLEAN),
    )


_LIST = Operation(
    "listeners.list",
    "GET",
    "/elb/listeners",
    ok=(200, 203),
    response_key="listeners",
    paging=Paging("marker", next="page_info.next_marker"),
)
_GET = Operation(
    "listeners.get",
    "GET",
    "/elb/listeners/{listener_id}",
    ok=(200, 203),
    response_key="listener",
)
_CREATE = Operation(
    "listeners.create",
    "POST",
    "/elb/listeners",
    ok=(200, 201, 202),
    request_kind="json",
    request_key="listener",
    response_key="listener",
)
_UPDATE = Operation(
    "listeners.update",
    "PUT",
    "/elb/listeners/{listener_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="listener",
    response_key="listener",
)
_DELETE = Operation(
    "listeners.delete",
    "DELETE",
    "/elb/listeners/{listener_id}",
    ok=(200, 202, 204),
    response_kind="empty",
)
_FORCE_DELETE = Operation(
    "listeners.force_delete",
    "DELETE",
    "/elb/listeners/{listener_id}/force",
    ok=(200, 202, 204),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Listener]:
    """List listeners, optionally filtered; most filters take several values. Pages with limit
    and marker (page_info.next_marker while more follow)."""
    return client.pager(
        _LIST, None, model=Listener, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    listener_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Listener]:
    """Show a listener."""
    return client.call(
        _GET,
        {"listener_id": listener_id},
        model=Listener,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Listener]:
    """Add a listener to a load balancer (loadbalancer_id, protocol and, unless port_ranges are
    given, protocol_port are needed)."""
    return client.call(
        _CREATE, None, model=Listener, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    listener_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Listener]:
    """Change a listener; only the fields set are sent."""
    return client.call(
        _UPDATE,
        {"listener_id": listener_id},
        model=Listener,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    listener_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a listener; refused while it has forwarding policies (see force_delete)."""
    return client.call(
        _DELETE, {"listener_id": listener_id}, microversion=microversion, timeout=timeout
    )


def force_delete(
    client: ServiceClient,
    listener_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a listener with its forwarding policies; its pools are detached, not deleted."""
    return client.call(
        _FORCE_DELETE, {"listener_id": listener_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Listener:
    """The one Listener whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Listener,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_listeners(page: Page[Any]) -> builtins.list[Listener]:
    """The Listener items of a page (or of ``all_pages()``)."""
    return page.extract_as(Listener)
