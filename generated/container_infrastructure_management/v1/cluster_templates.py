# Generated from container-infrastructure-management/v1/cluster_templates.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A cluster template: the settings clusters are built from (orchestration engine, image,
flavors, networks, drivers, labels). A template in use by a cluster cannot be deleted, and
only some of its fields can then change. Public templates are seen by every project; hidden
ones only by admins."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Link as Link


class ClusterTemplate(Model):
    """A cluster template: the settings clusters are built from (orchestration engine, image,
    flavors, networks, drivers, labels). A template in use by a cluster cannot be deleted, and
    only some of its fields can then change. Public templates are seen by every project;
    hidden ones only by admins."""

    uuid: str
    """The template's UUID."""

    name: str | None | Unset = UNSET
    """The template's name."""

    coe: Literal["kubernetes"] | Unset = UNSET
    """The container orchestration engine."""

    image_id: str | Unset = UNSET
    """The Glance image of the nodes (uuid or name)."""

    flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the workers."""

    master_flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the masters."""

    dns_nameserver: str | None | Unset = UNSET
    """The DNS server(s) of the cluster's network, comma-separated."""

    keypair_id: str | None | Unset = UNSET
    """The Nova keypair of the nodes (a cluster may name another)."""

    external_network_id: str | None | Unset = UNSET
    """The external network (uuid or name) for floating IPs."""

    fixed_network: str | None | Unset = UNSET
    """The private network of the nodes; Magnum makes one when unset."""

    fixed_subnet: str | None | Unset = UNSET
    """The private subnet of the nodes."""

    network_driver: str | None | Unset = UNSET
    """The container network driver (flannel, calico)."""

    apiserver_port: int | None | Unset = UNSET
    """The API server's port (1024-65535)."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of each node's Docker volume."""

    cluster_distro: str | None | Unset = UNSET
    """The image's operating system, read from the image's os_distro property."""

    http_proxy: str | None | Unset = UNSET
    """The HTTP proxy of the nodes."""

    https_proxy: str | None | Unset = UNSET
    """The HTTPS proxy of the nodes."""

    no_proxy: str | None | Unset = UNSET
    """Addresses that bypass the proxy, comma-separated."""

    volume_driver: str | None | Unset = UNSET
    """The volume driver of the containers (cinder)."""

    registry_enabled: bool | Unset = UNSET
    """Whether the cluster runs a Docker registry."""

    labels: dict[str, Any] | Unset = UNSET
    """Key/value settings of the cluster driver."""

    tls_disabled: bool | Unset = UNSET
    """Whether TLS is off for the cluster's APIs."""

    public: bool | Unset = UNSET
    """Whether every project sees the template (admin only)."""

    server_type: Literal["vm", "bm"] | Unset = UNSET
    """Virtual machines or bare metal."""

    insecure_registry: str | None | Unset = UNSET
    """An insecure Docker registry the nodes may use."""

    docker_storage_driver: str | None | Unset = UNSET
    """The Docker storage driver (overlay2, ...)."""

    master_lb_enabled: bool | Unset = UNSET
    """Whether clusters get a load balancer in front of their masters."""

    floating_ip_enabled: bool | Unset = UNSET
    """Whether the nodes get floating IPs."""

    hidden: bool | Unset = UNSET
    """Whether the template is hidden from non-admins (admin only)."""

    tags: str | None | Unset = UNSET
    """Free tags of the template."""

    driver: str | None | Unset = UNSET
    """The cluster driver to use (by default chosen from the image and engine)."""

    project_id: str | Unset = UNSET
    """The owner project."""

    user_id: str | Unset = UNSET
    """The user who created it."""

    links: builtins.list[Link] | Unset = UNSET
    """Self and bookmark links."""

    created_at: datetime.datetime | Unset = UNSET
    """When it was created."""

    updated_at: datetime.datetime | None | Unset = UNSET
    """When it last changed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("uuid", "uuid", t.STRING),
        Field("name", "name", t.STRING),
        Field("coe", "coe", t.STRING, enum=("kubernetes",)),
        Field("image_id", "image_id", t.STRING),
        Field("flavor_id", "flavor_id", t.STRING),
        Field("master_flavor_id", "master_flavor_id", t.STRING),
        Field("dns_nameserver", "dns_nameserver", t.STRING),
        Field("keypair_id", "keypair_id", t.STRING),
        Field("external_network_id", "external_network_id", t.STRING),
        Field("fixed_network", "fixed_network", t.STRING),
        Field("fixed_subnet", "fixed_subnet", t.STRING),
        Field("network_driver", "network_driver", t.STRING),
        Field("apiserver_port", "apiserver_port", t.INTEGER),
        Field("docker_volume_size", "docker_volume_size", t.INTEGER),
        Field("cluster_distro", "cluster_distro", t.STRING),
        Field("http_proxy", "http_proxy", t.STRING),
        Field("https_proxy", "https_proxy", t.STRING),
        Field("no_proxy", "no_proxy", t.STRING),
        Field("volume_driver", "volume_driver", t.STRING),
        Field("registry_enabled", "registry_enabled", t.BOOLEAN),
        Field("labels", "labels", t.map_of(t.ANY)),
        Field("tls_disabled", "tls_disabled", t.BOOLEAN),
        Field("public", "public", t.BOOLEAN),
        Field("server_type", "server_type", t.STRING, enum=("vm", "bm")),
        Field("insecure_registry", "insecure_registry", t.STRING),
        Field("docker_storage_driver", "docker_storage_driver", t.STRING),
        Field("master_lb_enabled", "master_lb_enabled", t.BOOLEAN),
        Field("floating_ip_enabled", "floating_ip_enabled", t.BOOLEAN),
        Field("hidden", "hidden", t.BOOLEAN),
        Field("tags", "tags", t.STRING),
        Field("driver", "driver", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("created_at", "created_at", t.DATETIME),
        Field("updated_at", "updated_at", t.DATETIME),
    )


class ListOpts(Opts):
    """Query parameters of list. Also the options of list_detail."""

    limit: int | Unset = UNSET
    """The most templates per page."""

    marker: str | Unset = UNSET
    """The uuid of the last template of the previous page."""

    sort_key: str | Unset = UNSET
    """The field to sort by (default id)."""

    sort_dir: Literal["asc", "desc"] | Unset = UNSET
    """The sort direction."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query", enum=("asc", "desc")),
    )


class CreateOpts(Opts):
    """Options of create."""

    name: str | None | Unset = UNSET
    """The template's name."""

    coe: Literal["kubernetes"] = REQUIRED
    """The container orchestration engine."""

    image_id: str = REQUIRED
    """The Glance image of the nodes (uuid or name)."""

    flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the workers."""

    master_flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the masters."""

    dns_nameserver: str | None | Unset = UNSET
    """The DNS server(s) of the cluster's network, comma-separated."""

    keypair_id: str | None | Unset = UNSET
    """The Nova keypair of the nodes (a cluster may name another)."""

    external_network_id: str | None | Unset = UNSET
    """The external network (uuid or name) for floating IPs."""

    fixed_network: str | None | Unset = UNSET
    """The private network of the nodes; Magnum makes one when unset."""

    fixed_subnet: str | None | Unset = UNSET
    """The private subnet of the nodes."""

    network_driver: str | None | Unset = UNSET
    """The container network driver (flannel, calico)."""

    apiserver_port: int | None | Unset = UNSET
    """The API server's port (1024-65535)."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of each node's Docker volume."""

    http_proxy: str | None | Unset = UNSET
    """The HTTP proxy of the nodes."""

    https_proxy: str | None | Unset = UNSET
    """The HTTPS proxy of the nodes."""

    no_proxy: str | None | Unset = UNSET
    """Addresses that bypass the proxy, comma-separated."""

    volume_driver: str | None | Unset = UNSET
    """The volume driver of the containers (cinder)."""

    registry_enabled: bool | Unset = UNSET
    """Whether the cluster runs a Docker registry."""

    labels: dict[str, Any] | Unset = UNSET
    """Key/value settings of the cluster driver."""

    tls_disabled: bool | Unset = UNSET
    """Whether TLS is off for the cluster's APIs."""

    public: bool | Unset = UNSET
    """Whether every project sees the template (admin only)."""

    server_type: Literal["vm", "bm"] | Unset = UNSET
    """Virtual machines or bare metal."""

    insecure_registry: str | None | Unset = UNSET
    """An insecure Docker registry the nodes may use."""

    docker_storage_driver: str | None | Unset = UNSET
    """The Docker storage driver (overlay2, ...)."""

    master_lb_enabled: bool | Unset = UNSET
    """Whether clusters get a load balancer in front of their masters."""

    floating_ip_enabled: bool | Unset = UNSET
    """Whether the nodes get floating IPs."""

    hidden: bool | Unset = UNSET
    """Whether the template is hidden from non-admins (admin only)."""

    tags: str | None | Unset = UNSET
    """Free tags of the template."""

    driver: str | None | Unset = UNSET
    """The cluster driver to use (by default chosen from the image and engine)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("coe", "coe", t.STRING, required=True, enum=("kubernetes",)),
        Param("image_id", "image_id", t.STRING, required=True),
        Param("flavor_id", "flavor_id", t.STRING, nullable=True),
        Param("master_flavor_id", "master_flavor_id", t.STRING, nullable=True),
        Param("dns_nameserver", "dns_nameserver", t.STRING, nullable=True),
        Param("keypair_id", "keypair_id", t.STRING, nullable=True),
        Param("external_network_id", "external_network_id", t.STRING, nullable=True),
        Param("fixed_network", "fixed_network", t.STRING, nullable=True),
        Param("fixed_subnet", "fixed_subnet", t.STRING, nullable=True),
        Param("network_driver", "network_driver", t.STRING, nullable=True),
        Param("apiserver_port", "apiserver_port", t.INTEGER, nullable=True),
        Param("docker_volume_size", "docker_volume_size", t.INTEGER, nullable=True),
        Param("http_proxy", "http_proxy", t.STRING, nullable=True),
        Param("https_proxy", "https_proxy", t.STRING, nullable=True),
        Param("no_proxy", "no_proxy", t.STRING, nullable=True),
        Param("volume_driver", "volume_driver", t.STRING, nullable=True),
        Param("registry_enabled", "registry_enabled", t.BOOLEAN),
        Param("labels", "labels", t.map_of(t.ANY)),
        Param("tls_disabled", "tls_disabled", t.BOOLEAN),
        Param("public", "public", t.BOOLEAN),
        Param("server_type", "server_type", t.STRING, enum=("vm", "bm")),
        Param("insecure_registry", "insecure_registry", t.STRING, nullable=True),
        Param("docker_storage_driver", "docker_storage_driver", t.STRING, nullable=True),
        Param("master_lb_enabled", "master_lb_enabled", t.BOOLEAN),
        Param("floating_ip_enabled", "floating_ip_enabled", t.BOOLEAN),
        Param("hidden", "hidden", t.BOOLEAN),
        Param("tags", "tags", t.STRING, nullable=True),
        Param("driver", "driver", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    name: str | None | Unset = UNSET
    """The template's name."""

    coe: Literal["kubernetes"] | Unset = UNSET
    """The container orchestration engine."""

    image_id: str | Unset = UNSET
    """The Glance image of the nodes (uuid or name)."""

    flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the workers."""

    master_flavor_id: str | None | Unset = UNSET
    """The Nova flavor of the masters."""

    dns_nameserver: str | None | Unset = UNSET
    """The DNS server(s) of the cluster's network, comma-separated."""

    keypair_id: str | None | Unset = UNSET
    """The Nova keypair of the nodes (a cluster may name another)."""

    external_network_id: str | None | Unset = UNSET
    """The external network (uuid or name) for floating IPs."""

    fixed_network: str | None | Unset = UNSET
    """The private network of the nodes; Magnum makes one when unset."""

    fixed_subnet: str | None | Unset = UNSET
    """The private subnet of the nodes."""

    network_driver: str | None | Unset = UNSET
    """The container network driver (flannel, calico)."""

    apiserver_port: int | None | Unset = UNSET
    """The API server's port (1024-65535)."""

    docker_volume_size: int | None | Unset = UNSET
    """The size in GB of each node's Docker volume."""

    http_proxy: str | None | Unset = UNSET
    """The HTTP proxy of the nodes."""

    https_proxy: str | None | Unset = UNSET
    """The HTTPS proxy of the nodes."""

    no_proxy: str | None | Unset = UNSET
    """Addresses that bypass the proxy, comma-separated."""

    volume_driver: str | None | Unset = UNSET
    """The volume driver of the containers (cinder)."""

    registry_enabled: bool | Unset = UNSET
    """Whether the cluster runs a Docker registry."""

    tls_disabled: bool | Unset = UNSET
    """Whether TLS is off for the cluster's APIs."""

    public: bool | Unset = UNSET
    """Whether every project sees the template (admin only)."""

    server_type: Literal["vm", "bm"] | Unset = UNSET
    """Virtual machines or bare metal."""

    insecure_registry: str | None | Unset = UNSET
    """An insecure Docker registry the nodes may use."""

    docker_storage_driver: str | None | Unset = UNSET
    """The Docker storage driver (overlay2, ...)."""

    master_lb_enabled: bool | Unset = UNSET
    """Whether clusters get a load balancer in front of their masters."""

    floating_ip_enabled: bool | Unset = UNSET
    """Whether the nodes get floating IPs."""

    hidden: bool | Unset = UNSET
    """Whether the template is hidden from non-admins (admin only)."""

    tags: str | None | Unset = UNSET
    """Free tags of the template."""

    driver: str | None | Unset = UNSET
    """The cluster driver to use (by default chosen from the image and engine)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, nullable=True),
        Param("coe", "coe", t.STRING, enum=("kubernetes",)),
        Param("image_id", "image_id", t.STRING),
        Param("flavor_id", "flavor_id", t.STRING, nullable=True),
        Param("master_flavor_id", "master_flavor_id", t.STRING, nullable=True),
        Param("dns_nameserver", "dns_nameserver", t.STRING, nullable=True),
        Param("keypair_id", "keypair_id", t.STRING, nullable=True),
        Param("external_network_id", "external_network_id", t.STRING, nullable=True),
        Param("fixed_network", "fixed_network", t.STRING, nullable=True),
        Param("fixed_subnet", "fixed_subnet", t.STRING, nullable=True),
        Param("network_driver", "network_driver", t.STRING, nullable=True),
        Param("apiserver_port", "apiserver_port", t.INTEGER, nullable=True),
        Param("docker_volume_size", "docker_volume_size", t.INTEGER, nullable=True),
        Param("http_proxy", "http_proxy", t.STRING, nullable=True),
        Param("https_proxy", "https_proxy", t.STRING, nullable=True),
        Param("no_proxy", "no_proxy", t.STRING, nullable=True),
        Param("volume_driver", "volume_driver", t.STRING, nullable=True),
        Param("registry_enabled", "registry_enabled", t.BOOLEAN),
        Param("tls_disabled", "tls_disabled", t.BOOLEAN),
        Param("public", "public", t.BOOLEAN),
        Param("server_type", "server_type", t.STRING, enum=("vm", "bm")),
        Param("insecure_registry", "insecure_registry", t.STRING, nullable=True),
        Param("docker_storage_driver", "docker_storage_driver", t.STRING, nullable=True),
        Param("master_lb_enabled", "master_lb_enabled", t.BOOLEAN),
        Param("floating_ip_enabled", "floating_ip_enabled", t.BOOLEAN),
        Param("hidden", "hidden", t.BOOLEAN),
        Param("tags", "tags", t.STRING, nullable=True),
        Param("driver", "driver", t.STRING, nullable=True),
    )


ListDetailOpts = ListOpts

_LIST = Operation(
    "cluster_templates.list",
    "GET",
    "/clustertemplates",
    ok=(200, 203),
    response_key="clustertemplates",
    paging=Paging("linked", next="next"),
)
_GET = Operation(
    "cluster_templates.get",
    "GET",
    "/clustertemplates/{cluster_template_id}",
    ok=(200, 203),
)
_CREATE = Operation(
    "cluster_templates.create",
    "POST",
    "/clustertemplates",
    ok=(201,),
    request_kind="json",
)
_UPDATE = Operation(
    "cluster_templates.update",
    "PATCH",
    "/clustertemplates/{cluster_template_id}",
    ok=(200,),
    request_kind="json-patch",
)
_DELETE = Operation(
    "cluster_templates.delete",
    "DELETE",
    "/clustertemplates/{cluster_template_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_DETAIL = Operation(
    "cluster_templates.list_detail",
    "GET",
    "/clustertemplates/detail",
    ok=(200, 203),
    response_key="clustertemplates",
    paging=Paging("linked", next="next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ClusterTemplate]:
    """The templates the project can see."""
    return client.pager(
        _LIST, None, model=ClusterTemplate, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    cluster_template_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ClusterTemplate]:
    """One template, by uuid or name."""
    return client.call(
        _GET,
        {"cluster_template_id": cluster_template_id},
        model=ClusterTemplate,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ClusterTemplate]:
    """Creates a template (the answer is the whole template)."""
    return client.call(
        _CREATE, None, model=ClusterTemplate, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    cluster_template_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ClusterTemplate]:
    """Changes fields with a JSON Patch of replace operations (values are strings or integers;
    Magnum converts them). A template in use accepts only some changes."""
    return client.call(
        _UPDATE,
        {"cluster_template_id": cluster_template_id},
        model=ClusterTemplate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    cluster_template_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Deletes a template no cluster uses."""
    return client.call(
        _DELETE,
        {"cluster_template_id": cluster_template_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ClusterTemplate]:
    """The templates, with every field (the same as list today)."""
    return client.pager(
        _LIST_DETAIL,
        None,
        model=ClusterTemplate,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ClusterTemplate:
    """The one ClusterTemplate whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ClusterTemplate,
        name_field="name",
        id_field="uuid",
    )


def extract_cluster_templates(page: Page[Any]) -> builtins.list[ClusterTemplate]:
    """The ClusterTemplate items of a page (or of ``all_pages()``)."""
    return page.extract_as(ClusterTemplate)
