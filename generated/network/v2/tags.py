# Generated from network/v2/tags.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The tags of a Neutron resource that supports them (standard-attr-tag extension): resource_type
is the collection in the URL (networks, subnets, ports, routers, floatingips, security-groups,
subnetpools, trunks, policies for QoS policies, network_segment_ranges) and resource_id the
resource's ID; segments, security group rules and address scopes have no tags. A tag is a
string of 1-255 characters without "," (at most 50 per resource). Resources also show their
tags in a tags attribute and lists filter by them (tags, tags-any, ...). Some Neutron releases
answer 500, not 404, for a resource that does not exist."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class Tags(Model):
    """The tags of a Neutron resource that supports them (standard-attr-tag extension):
    resource_type is the collection in the URL (networks, subnets, ports, routers,
    floatingips, security-groups, subnetpools, trunks, policies for QoS policies,
    network_segment_ranges) and resource_id the resource's ID; segments, security group rules
    and address scopes have no tags. A tag is a string of 1-255 characters without "," (at
    most 50 per resource). Resources also show their tags in a tags attribute and lists filter
    by them (tags, tags-any, ...). Some Neutron releases answer 500, not 404, for a resource
    that does not exist."""

    tags: builtins.list[str] | Unset = UNSET
    """The tags."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("tags", "tags", t.list_of(t.STRING)),)


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    tags: builtins.list[str] = REQUIRED
    """The tags."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("tags", "tags", t.list_of(t.STRING), required=True),
    )


UpdateOpts = CreateOpts

_GET = Operation(
    "tags.get",
    "GET",
    "/{resource_type}/{resource_id}/tags",
    ok=(200, 203),
)
_CREATE = Operation(
    "tags.create",
    "POST",
    "/{resource_type}/{resource_id}/tags",
    ok=(200, 201),
    request_kind="json",
)
_UPDATE = Operation(
    "tags.update",
    "PUT",
    "/{resource_type}/{resource_id}/tags",
    ok=(200,),
    request_kind="json",
)
_DELETE = Operation(
    "tags.delete",
    "DELETE",
    "/{resource_type}/{resource_id}/tags",
    ok=(204,),
    response_kind="empty",
)
_ADD_TAG = Operation(
    "tags.add_tag",
    "PUT",
    "/{resource_type}/{resource_id}/tags/{tag}",
    ok=(201,),
    response_kind="empty",
)
_CHECK_TAG = Operation(
    "tags.check_tag",
    "GET",
    "/{resource_type}/{resource_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
)
_REMOVE_TAG = Operation(
    "tags.remove_tag",
    "DELETE",
    "/{resource_type}/{resource_id}/tags/{tag}",
    ok=(204,),
    response_kind="empty",
)


def get(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tags]:
    """All tags of a resource."""
    return client.call(
        _GET,
        {"resource_type": resource_type, "resource_id": resource_id},
        model=Tags,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tags]:
    """Add several tags to a resource, keeping those it has; returns all its tags (Neutron
    answers 200, though the api-ref says 201)."""
    return client.call(
        _CREATE,
        {"resource_type": resource_type, "resource_id": resource_id},
        model=Tags,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Tags]:
    """Replace all tags of a resource; returns the new tags."""
    return client.call(
        _UPDATE,
        {"resource_type": resource_type, "resource_id": resource_id},
        model=Tags,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove every tag of a resource."""
    return client.call(
        _DELETE,
        {"resource_type": resource_type, "resource_id": resource_id},
        microversion=microversion,
        timeout=timeout,
    )


def add_tag(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add one tag (the tag is in the URL, so it must be URL-safe text; adding one that exists is
    fine)."""
    return client.call(
        _ADD_TAG,
        {"resource_type": resource_type, "resource_id": resource_id, "tag": tag},
        microversion=microversion,
        timeout=timeout,
    )


def check_tag(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Raise NotFound unless the resource has this tag."""
    return client.call(
        _CHECK_TAG,
        {"resource_type": resource_type, "resource_id": resource_id, "tag": tag},
        microversion=microversion,
        timeout=timeout,
    )


def remove_tag(
    client: ServiceClient,
    resource_type: str,
    resource_id: str,
    tag: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove one tag (NotFound when the resource does not have it)."""
    return client.call(
        _REMOVE_TAG,
        {"resource_type": resource_type, "resource_id": resource_id, "tag": tag},
        microversion=microversion,
        timeout=timeout,
    )


def extract_tags(page: Page[Any]) -> builtins.list[Tags]:
    """The Tags items of a page (or of ``all_pages()``)."""
    return page.extract_as(Tags)
