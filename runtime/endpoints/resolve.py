"""The one place a service's URL is decided.

Order: ``EndpointOpts(url=...)``, the auth options' endpoint overrides (or the
one endpoint a standalone service's auth names), the catalog, the identity endpoint (for identity itself), the vendor profile's
template. When none gives one, the error names each place tried.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .. import errors
from ..record import Frozen

if TYPE_CHECKING:
    from ..resources.service import ServiceSpec
    from .catalog import Catalog, EndpointOpts
    from .profiles import Profile

_PROJECT_FORMS = (
    "%(project_id)s",
    "$(project_id)s",
    "%(tenant_id)s",
    "$(tenant_id)s",
    "{project_id}",
)


class Where(Frozen):
    """What an auth plugin knows about where services are (all optional)."""

    _fields = (
        "overrides",
        "default",
        "region",
        "interface",
        "catalog",
        "identity",
        "profile",
        "project_id",
        "domain_id",
    )
    overrides: Mapping[str, str]
    #: the endpoint of every service no override names (a standalone service)
    default: str | None
    region: str | None
    interface: str | None
    catalog: Catalog | None
    identity: str | None
    profile: Profile | None
    project_id: str | None
    domain_id: str | None

    def __init__(
        self,
        *,
        overrides: Mapping[str, str] | None = None,
        default: str | None = None,
        region: str | None = None,
        interface: str | None = None,
        catalog: Catalog | None = None,
        identity: str | None = None,
        profile: Profile | None = None,
        project_id: str | None = None,
        domain_id: str | None = None,
    ) -> None:
        self._init(
            overrides=overrides or {},
            default=default,
            region=region,
            interface=interface,
            catalog=catalog,
            identity=identity,
            profile=profile,
            project_id=project_id,
            domain_id=domain_id,
        )


def resolve(spec: ServiceSpec, opts: EndpointOpts, where: Where) -> str:
    """The URL of ``spec``'s service (see the module doc); EndpointNotFound naming
    every place tried, ConfigError for a URL the SDK never sends."""
    if opts.url:
        return _with_suffix(fill_project(opts.url, where.project_id), spec.url_suffix)
    types = (spec.type, *spec.aliases)
    tried: list[str] = []
    override = (
        next((where.overrides[t] for t in types if t in where.overrides), None) or where.default
    )
    if override:
        return _with_suffix(fill_project(override, where.project_id), spec.url_suffix)
    tried_override = f"no endpoint override ({spec.type.replace('-', '_')}_endpoint_override)"
    region = opts.region or where.region
    interface = opts.interface or where.interface or "public"
    if where.catalog is not None:
        try:
            url = where.catalog.find(types, region=region, interface=interface, name=opts.name)
            return _with_suffix(fill_project(url, where.project_id), spec.url_suffix)
        except errors.EndpointNotFound as exc:
            tried.append(str(exc))
    else:
        tried.append("no catalog (not authenticated, an unscoped token, or a cloud without one)")
    tried.append(tried_override)
    if spec.type == "identity" and where.identity:
        return _with_suffix(where.identity, spec.url_suffix)
    profile = where.profile
    if profile is not None:
        if profile.template_for(spec.type, spec.version) is not None:
            values = {
                "region": region,
                "project_id": where.project_id,
                "domain_id": where.domain_id,
            }
            return profile.endpoint(spec.type, spec.version, values).rstrip("/")
        tried.append(f"profile {profile.name!r} has no template for {spec.type!r}")
    else:
        tried.append("no vendor profile")
    raise errors.EndpointNotFound(
        f"no endpoint for {spec.type} {spec.version}: "
        + "; ".join(tried)
        + "; pass EndpointOpts(url=...)"
    )


def fill_project(url: str, project_id: str | None) -> str:
    """Catalog URLs and overrides may name the project (``$(tenant_id)s``,
    ``%(project_id)s``, ``{project_id}``): put ``project_id`` in. ConfigError for a URL
    the SDK never sends (urls.problem: backslash, user info, bad port, ...)."""
    if project_id and ("(" in url or "{" in url):
        for form in _PROJECT_FORMS:
            url = url.replace(form, project_id)
    from ..pipeline.urls import problem, shown

    reason = problem(url)  # refused here, before any request, with what is wrong
    if reason is not None:
        raise errors.ConfigError(f"endpoint {shown(url)} is refused: {reason}")
    return url


def _with_suffix(url: str, suffix: str | None) -> str:
    from urllib.parse import urlsplit

    url = url.rstrip("/")
    if suffix and not urlsplit(url).path.rstrip("/").endswith("/" + suffix):
        url = f"{url}/{suffix}"
    return url
