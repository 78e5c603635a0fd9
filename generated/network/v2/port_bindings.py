# Generated from network/v2/port_bindings.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A binding of a port to a host (binding-extended extension). A port has one ACTIVE binding and,
during a live migration, INACTIVE ones on the target hosts; activating one makes it the port's
binding. Bindings are addressed by host."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class PortBinding(Model):
    """A binding of a port to a host (binding-extended extension). A port has one ACTIVE binding
    and, during a live migration, INACTIVE ones on the target hosts; activating one makes it
    the port's binding. Bindings are addressed by host."""

    host: str
    """The host the port is bound to."""

    vnic_type: str | Unset = UNSET
    """The kind of vNIC (normal, direct, macvtap, baremetal, direct-physical, vdpa, ...)."""

    profile: dict[str, Any] | None | Unset = UNSET
    """Driver-specific binding details given by the caller."""

    vif_type: str | Unset = UNSET
    """The VIF type the mechanism driver chose (binding_failed when none could bind)."""

    vif_details: dict[str, Any] | None | Unset = UNSET
    """The mechanism driver's details for plugging the VIF."""

    status: str | Unset = UNSET
    """ACTIVE or INACTIVE."""

    project_id: str | Unset = UNSET
    """The port's project."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("host", "host", t.STRING),
        Field("vnic_type", "vnic_type", t.STRING),
        Field("profile", "profile", t.map_of(t.ANY)),
        Field("vif_type", "vif_type", t.STRING),
        Field("vif_details", "vif_details", t.map_of(t.ANY)),
        Field("status", "status", t.STRING),
        Field("project_id", "project_id", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    host: str | Unset = UNSET
    """Only the binding on this host."""

    vif_type: str | Unset = UNSET
    """Only bindings of this VIF type."""

    vnic_type: str | Unset = UNSET
    """Only bindings of this vNIC type."""

    status: str | Unset = UNSET
    """Only ACTIVE or INACTIVE bindings."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, location="query"),
        Param("vif_type", "vif_type", t.STRING, location="query"),
        Param("vnic_type", "vnic_type", t.STRING, location="query"),
        Param("status", "status", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    host: str = REQUIRED
    """The host the port is bound to."""

    vnic_type: str | Unset = UNSET
    """The kind of vNIC (normal, direct, macvtap, baremetal, direct-physical, vdpa, ...)."""

    profile: dict[str, Any] | None | Unset = UNSET
    """Driver-specific binding details given by the caller."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("host", "host", t.STRING, required=True),
        Param("vnic_type", "vnic_type", t.STRING),
        Param("profile", "profile", t.map_of(t.ANY), nullable=True),
    )


_LIST = Operation(
    "port_bindings.list",
    "GET",
    "/ports/{port_id}/bindings",
    ok=(200, 203),
    response_key="bindings",
    paging=Paging("single"),
)
_CREATE = Operation(
    "port_bindings.create",
    "POST",
    "/ports/{port_id}/bindings",
    ok=(201,),
    request_kind="json",
    request_key="binding",
    response_key="binding",
)
_DELETE = Operation(
    "port_bindings.delete",
    "DELETE",
    "/ports/{port_id}/bindings/{host}",
    ok=(204,),
    response_kind="empty",
)
_ACTIVATE = Operation(
    "port_bindings.activate",
    "PUT",
    "/ports/{port_id}/bindings/{host}/activate",
    ok=(200,),
    response_key="binding",
)


def list(
    client: ServiceClient,
    port_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[PortBinding]:
    """List a port's bindings (admin or service by default; compute and shared filesystem ports
    only, else 400)."""
    return client.pager(
        _LIST,
        {"port_id": port_id},
        model=PortBinding,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    port_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortBinding]:
    """Bind the port to another host (the service role only by default, as Nova has): INACTIVE
    while the port has an active binding, else ACTIVE. 409 when the port is already bound
    there; a 500 (PortBindingError) when no mechanism driver can bind on that host."""
    return client.call(
        _CREATE,
        {"port_id": port_id},
        model=PortBinding,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    port_id: str,
    host: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete the port's binding on a host (the service role only by default)."""
    return client.call(
        _DELETE, {"port_id": port_id, "host": host}, microversion=microversion, timeout=timeout
    )


def activate(
    client: ServiceClient,
    port_id: str,
    host: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[PortBinding]:
    """Make the port's binding on a host its active one, the former one turning INACTIVE (the
    service role only by default)."""
    return client.call(
        _ACTIVATE,
        {"port_id": port_id, "host": host},
        model=PortBinding,
        microversion=microversion,
        timeout=timeout,
    )


def extract_port_bindings(page: Page[Any]) -> builtins.list[PortBinding]:
    """The PortBinding items of a page (or of ``all_pages()``)."""
    return page.extract_as(PortBinding)
