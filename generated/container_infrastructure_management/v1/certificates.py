# Generated from container-infrastructure-management/v1/certificates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A cluster's certificate authority: get shows the CA certificate (PEM), create has the CA sign
a certificate signing request, rotate_ca replaces the CA (TLS clusters only). The path names
the cluster by uuid or name."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.container_infrastructure_management.v1.clusters import Cluster
from stacksdk.shared import Link as Link


class Certificate(Model):
    """A cluster's certificate authority: get shows the CA certificate (PEM), create has the CA
    sign a certificate signing request, rotate_ca replaces the CA (TLS clusters only). The
    path names the cluster by uuid or name."""

    cluster_uuid: str
    """The cluster (uuid or name on create; the uuid in answers)."""

    csr: str | Unset = UNSET
    """The certificate signing request to sign, in PEM."""

    pem: str | Unset = UNSET
    """The CA certificate, or the signed certificate, in PEM."""

    ca_cert_type: str | None | Unset = UNSET
    """Which of the cluster's CAs (kubernetes by default; also etcd, front_proxy in Kubernetes
    clusters)."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    created_at: datetime.datetime | Unset = UNSET
    """When the certificate was made."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """Not set for certificates."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cluster_uuid", "cluster_uuid", t.STRING),
        Field("csr", "csr", t.STRING),
        Field("pem", "pem", t.STRING),
        Field("ca_cert_type", "ca_cert_type", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class GetOpts(Opts):
    """Options of get."""

    ca_cert_type: str | Unset = UNSET
    """Which CA to show (default kubernetes)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("ca_cert_type", "ca_cert_type", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    cluster_uuid: str = REQUIRED
    """The cluster (uuid or name on create; the uuid in answers)."""

    csr: str | Unset = UNSET
    """The certificate signing request to sign, in PEM."""

    ca_cert_type: str | None | Unset = UNSET
    """Which of the cluster's CAs (kubernetes by default; also etcd, front_proxy in Kubernetes
    clusters)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("cluster_uuid", "cluster_uuid", t.STRING, required=True),
        Param("csr", "csr", t.STRING),
        Param("ca_cert_type", "ca_cert_type", t.STRING, nullable=True),
    )


_GET = Operation(
    "certificates.get",
    "GET",
    "/certificates/{cluster_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "certificates.create",
    "POST",
    "/certificates",
    ok=(201,),
    request_kind="json",
)
_ROTATE_CA = Operation(
    "certificates.rotate_ca",
    "PATCH",
    "/certificates/{cluster_id}",
    ok=(202,),
)


def get(
    client: ServiceClient,
    cluster_id: str,
    opts: GetOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Certificate]:
    """The cluster's CA certificate."""
    return client.call(
        _GET,
        {"cluster_id": cluster_id},
        model=Certificate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Certificate]:
    """Has the cluster's CA sign a certificate signing request; the answer holds the signed
    certificate."""
    return client.call(
        _CREATE, None, model=Certificate, opts=opts, microversion=microversion, timeout=timeout
    )


def rotate_ca(
    client: ServiceClient,
    cluster_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Cluster]:
    """Replaces the cluster's CA (added in 1.5; refused for clusters without TLS); the answer
    holds only the cluster's uuid."""
    return client.call(
        _ROTATE_CA,
        {"cluster_id": cluster_id},
        model=Cluster,
        microversion=microversion,
        timeout=timeout,
    )


def extract_certificates(page: Page[Any]) -> builtins.list[Certificate]:
    """The Certificate items of a page (or of ``all_pages()``)."""
    return page.extract_as(Certificate)
