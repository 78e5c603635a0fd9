# Generated from identity/v3/endpoint_policies.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Endpoint policy associations (OS-ENDPOINT-POLICY): which policy blob applies to an endpoint,
directly, through its service, or through its service in a region. The model is an endpoint
associated with a policy."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, Pager, Paging, RequestTimeout
from stacksdk.runtime import Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Policy(Model):
    """A policy (the deprecated v3 policy resource) as the effective policy of an endpoint."""

    id: str | Unset = UNSET

    type: str | Unset = UNSET
    """The MIME type of the blob."""

    blob: Any | Unset = UNSET
    """The policy document; Keystone stores and returns it as a string."""

    project_id: str | None | Unset = UNSET

    user_id: str | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("blob", "blob", t.ANY),
        Field("project_id", "project_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class PolicyEndpoint(Model):
    """Endpoint policy associations (OS-ENDPOINT-POLICY): which policy blob applies to an
    endpoint, directly, through its service, or through its service in a region. The model is
    an endpoint associated with a policy."""

    id: str
    """The endpoint ID."""

    interface: str | Unset = UNSET
    """public, internal or admin."""

    region: str | None | Unset = UNSET
    """Same as region_id (older name)."""

    region_id: str | None | Unset = UNSET

    service_id: str | Unset = UNSET

    url: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str | Unset = UNSET

    description: str | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("interface", "interface", t.STRING),
        Field("region", "region", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("service_id", "service_id", t.STRING),
        Field("url", "url", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("links", "links", t.model(Links)),
    )


_LIST = Operation(
    "endpoint_policies.list",
    "GET",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints",
    ok=(200, 203),
    response_key="endpoints",
    paging=Paging("linked", next="links.next"),
)
_GET_POLICY_FOR_ENDPOINT = Operation(
    "endpoint_policies.get_policy_for_endpoint",
    "GET",
    "/endpoints/{endpoint_id}/OS-ENDPOINT-POLICY/policy",
    ok=(200, 203),
    response_key="policy",
)
_ASSOCIATE_ENDPOINT = Operation(
    "endpoint_policies.associate_endpoint",
    "PUT",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_ENDPOINT = Operation(
    "endpoint_policies.check_endpoint",
    "GET",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)
_DISSOCIATE_ENDPOINT = Operation(
    "endpoint_policies.dissociate_endpoint",
    "DELETE",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)
_ASSOCIATE_SERVICE = Operation(
    "endpoint_policies.associate_service",
    "PUT",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_SERVICE = Operation(
    "endpoint_policies.check_service",
    "GET",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}",
    ok=(204,),
    response_kind="empty",
)
_DISSOCIATE_SERVICE = Operation(
    "endpoint_policies.dissociate_service",
    "DELETE",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}",
    ok=(204,),
    response_kind="empty",
)
_ASSOCIATE_SERVICE_REGION = Operation(
    "endpoint_policies.associate_service_region",
    "PUT",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}",
    ok=(204,),
    response_kind="empty",
)
_CHECK_SERVICE_REGION = Operation(
    "endpoint_policies.check_service_region",
    "GET",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}",
    ok=(204,),
    response_kind="empty",
)
_DISSOCIATE_SERVICE_REGION = Operation(
    "endpoint_policies.dissociate_service_region",
    "DELETE",
    "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    policy_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PolicyEndpoint]:
    """List the endpoints a policy applies to, whether associated directly, through their
    service, or through their service and region."""
    return client.pager(
        _LIST,
        {"policy_id": policy_id},
        model=PolicyEndpoint,
        microversion=microversion,
        timeout=timeout,
    )


def get_policy_for_endpoint(
    client: ServiceClient,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Policy]:
    """The policy in effect for an endpoint (NotFound when none applies)."""
    return client.call(
        _GET_POLICY_FOR_ENDPOINT,
        {"endpoint_id": endpoint_id},
        model=Policy,
        microversion=microversion,
        timeout=timeout,
    )


def associate_endpoint(
    client: ServiceClient,
    policy_id: str,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate a policy with one endpoint."""
    return client.call(
        _ASSOCIATE_ENDPOINT,
        {"policy_id": policy_id, "endpoint_id": endpoint_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_endpoint(
    client: ServiceClient,
    policy_id: str,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a policy is associated with an endpoint (raises NotFound when it is not)."""
    return client.call(
        _CHECK_ENDPOINT,
        {"policy_id": policy_id, "endpoint_id": endpoint_id},
        microversion=microversion,
        timeout=timeout,
    )


def dissociate_endpoint(
    client: ServiceClient,
    policy_id: str,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the association of a policy with an endpoint."""
    return client.call(
        _DISSOCIATE_ENDPOINT,
        {"policy_id": policy_id, "endpoint_id": endpoint_id},
        microversion=microversion,
        timeout=timeout,
    )


def associate_service(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate a policy with every endpoint of a service."""
    return client.call(
        _ASSOCIATE_SERVICE,
        {"policy_id": policy_id, "service_id": service_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_service(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a policy is associated with a service (raises NotFound when it is not)."""
    return client.call(
        _CHECK_SERVICE,
        {"policy_id": policy_id, "service_id": service_id},
        microversion=microversion,
        timeout=timeout,
    )


def dissociate_service(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the association of a policy with a service."""
    return client.call(
        _DISSOCIATE_SERVICE,
        {"policy_id": policy_id, "service_id": service_id},
        microversion=microversion,
        timeout=timeout,
    )


def associate_service_region(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    region_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Associate a policy with the endpoints of a service in one region."""
    return client.call(
        _ASSOCIATE_SERVICE_REGION,
        {"policy_id": policy_id, "service_id": service_id, "region_id": region_id},
        microversion=microversion,
        timeout=timeout,
    )


def check_service_region(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    region_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a policy is associated with a service in a region (raises NotFound when it is
    not)."""
    return client.call(
        _CHECK_SERVICE_REGION,
        {"policy_id": policy_id, "service_id": service_id, "region_id": region_id},
        microversion=microversion,
        timeout=timeout,
    )


def dissociate_service_region(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    region_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the association of a policy with a service in a region."""
    return client.call(
        _DISSOCIATE_SERVICE_REGION,
        {"policy_id": policy_id, "service_id": service_id, "region_id": region_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_endpoint_policies(page: Page[Any]) -> builtins.list[PolicyEndpoint]:
    """The PolicyEndpoint items of a page (or of ``all_pages()``)."""
    return page.extract_as(PolicyEndpoint)
