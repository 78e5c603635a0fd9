# Generated from identity/v3/domain_configs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""The identity-driver configuration of one domain (for example an LDAP backend), stored by
Keystone when domain_specific_drivers_enabled and domain_configurations_from_database are on.
Only the identity and ldap groups can be stored; sensitive options (the LDAP password) are
accepted but never returned."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class IdentityOptions(Model):
    """Options of the [identity] group. Option values are returned as they were stored."""

    driver: str | Unset = UNSET
    """The identity backend of the domain: "sql" or "ldap"."""

    list_limit: int | None | Unset = UNSET
    """The most entities an identity listing returns."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("driver", "driver", t.STRING),
        Field("list_limit", "list_limit", t.INTEGER),
    )


class LdapOptions(Model):
    """Options of the [ldap] group that a domain may set (Keystone's allow-list plus the
    sensitive password). Option values are returned as they were stored."""

    url: str | Unset = UNSET
    """The LDAP server URL(s), comma separated."""

    user: str | None | Unset = UNSET
    """The bind DN used to query the server."""

    password: str | None | Unset = UNSET
    """The bind password (write-only; never returned)."""

    suffix: str | Unset = UNSET
    """The default suffix when no tree DN is set."""

    query_scope: Literal["one", "sub"] | Unset = UNSET
    """The search scope."""

    page_size: int | Unset = UNSET
    """The paged-results page size (0 disables paging)."""

    alias_dereferencing: Literal["never", "searching", "always", "finding", "default"] | Unset = (
        UNSET
    )
    """How aliases are dereferenced."""

    debug_level: int | None | Unset = UNSET
    """The LDAP library debug level."""

    chase_referrals: bool | None | Unset = UNSET
    """Whether referrals are followed."""

    user_tree_dn: str | None | Unset = UNSET
    """The search base of users."""

    user_filter: str | None | Unset = UNSET
    """An LDAP filter applied to user searches."""

    user_objectclass: str | Unset = UNSET
    """The object class of users."""

    user_id_attribute: str | Unset = UNSET
    """The attribute holding the user ID."""

    user_name_attribute: str | Unset = UNSET
    """The attribute holding the user name."""

    user_mail_attribute: str | Unset = UNSET
    """The attribute holding the e-mail address."""

    user_description_attribute: str | Unset = UNSET
    """The attribute holding the description."""

    user_pass_attribute: str | Unset = UNSET
    """The attribute holding the password."""

    user_enabled_attribute: str | Unset = UNSET
    """The attribute telling whether a user is enabled."""

    user_enabled_invert: bool | Unset = UNSET
    """Whether the enabled attribute is inverted."""

    user_enabled_mask: int | Unset = UNSET
    """The bit mask of the enabled flag in an integer attribute."""

    user_enabled_default: str | Unset = UNSET
    """The enabled value assumed when the attribute is missing."""

    user_attribute_ignore: builtins.list[str] | Unset = UNSET
    """User attributes ignored on create and update."""

    user_default_project_id_attribute: str | None | Unset = UNSET
    """The attribute holding the default project ID."""

    user_enabled_emulation: bool | Unset = UNSET
    """Whether enabled is emulated by group membership."""

    user_enabled_emulation_dn: str | None | Unset = UNSET
    """The group whose members are enabled."""

    user_enabled_emulation_use_group_config: bool | Unset = UNSET
    """Whether the emulation group uses the group options."""

    user_additional_attribute_mapping: builtins.list[str] | Unset = UNSET
    """Extra "ldap_attr:user_attr" mappings."""

    group_tree_dn: str | None | Unset = UNSET
    """The search base of groups."""

    group_filter: str | None | Unset = UNSET
    """An LDAP filter applied to group searches."""

    group_objectclass: str | Unset = UNSET
    """The object class of groups."""

    group_id_attribute: str | Unset = UNSET
    """The attribute holding the group ID."""

    group_name_attribute: str | Unset = UNSET
    """The attribute holding the group name."""

    group_members_are_ids: bool | Unset = UNSET
    """Whether member values are user IDs rather than DNs."""

    group_member_attribute: str | Unset = UNSET
    """The attribute listing members."""

    group_desc_attribute: str | Unset = UNSET
    """The attribute holding the description."""

    group_attribute_ignore: builtins.list[str] | Unset = UNSET
    """Group attributes ignored on create and update."""

    group_additional_attribute_mapping: builtins.list[str] | Unset = UNSET
    """Extra "ldap_attr:group_attr" mappings."""

    tls_cacertfile: str | None | Unset = UNSET
    """The CA certificate file."""

    tls_cacertdir: str | None | Unset = UNSET
    """The CA certificate directory."""

    use_tls: bool | Unset = UNSET
    """Whether StartTLS is used."""

    tls_req_cert: Literal["demand", "never", "allow"] | Unset = UNSET
    """How the server certificate is checked."""

    use_pool: bool | Unset = UNSET
    """Whether connections are pooled."""

    pool_size: int | Unset = UNSET
    """The connection pool size."""

    pool_retry_max: int | Unset = UNSET
    """The reconnection attempts before giving up."""

    pool_retry_delay: float | Unset = UNSET
    """The seconds between reconnection attempts."""

    pool_connection_timeout: int | Unset = UNSET
    """The connect timeout in seconds (-1 waits forever)."""

    pool_connection_lifetime: int | Unset = UNSET
    """The seconds a pooled connection lives."""

    use_auth_pool: bool | Unset = UNSET
    """Whether end-user binds use a separate pool."""

    auth_pool_size: int | Unset = UNSET
    """The size of the end-user bind pool."""

    auth_pool_connection_lifetime: int | Unset = UNSET
    """The seconds an end-user bind connection lives."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", t.STRING),
        Field("user", "user", t.STRING),
        Field("password", "password", t.STRING, sensitive=True),
        Field("suffix", "suffix", t.STRING),
        Field("query_scope", "query_scope", t.STRING, enum=("one", "sub")),
        Field("page_size", "page_size", t.INTEGER),
        Field(
            "alias_dereferencing",
            "alias_dereferencing",
            t.STRING,
            enum=("never", "searching", "always", "finding", "default"),
        ),
        Field("debug_level", "debug_level", t.INTEGER),
        Field("chase_referrals", "chase_referrals", t.BOOLEAN),
        Field("user_tree_dn", "user_tree_dn", t.STRING),
        Field("user_filter", "user_filter", t.STRING),
        Field("user_objectclass", "user_objectclass", t.STRING),
        Field("user_id_attribute", "user_id_attribute", t.STRING),
        Field("user_name_attribute", "user_name_attribute", t.STRING),
        Field("user_mail_attribute", "user_mail_attribute", t.STRING),
        Field("user_description_attribute", "user_description_attribute", t.STRING),
        Field("user_pass_attribute", "user_pass_attribute", t.STRING),
        Field("user_enabled_attribute", "user_enabled_attribute", t.STRING),
        Field("user_enabled_invert", "user_enabled_invert", t.BOOLEAN),
        Field("user_enabled_mask", "user_enabled_mask", t.INTEGER),
        Field("user_enabled_default", "user_enabled_default", t.STRING),
        Field("user_attribute_ignore", "user_attribute_ignore", t.list_of(t.STRING)),
        Field("user_default_project_id_attribute", "user_default_project_id_attribute", t.STRING),
        Field("user_enabled_emulation", "user_enabled_emulation", t.BOOLEAN),
        Field("user_enabled_emulation_dn", "user_enabled_emulation_dn", t.STRING),
        Field(
            "user_enabled_emulation_use_group_config",
            "user_enabled_emulation_use_group_config",
            t.BOOLEAN,
        ),
        Field(
            "user_additional_attribute_mapping",
            "user_additional_attribute_mapping",
            t.list_of(t.STRING),
        ),
        Field("group_tree_dn", "group_tree_dn", t.STRING),
        Field("group_filter", "group_filter", t.STRING),
        Field("group_objectclass", "group_objectclass", t.STRING),
        Field("group_id_attribute", "group_id_attribute", t.STRING),
        Field("group_name_attribute", "group_name_attribute", t.STRING),
        Field("group_members_are_ids", "group_members_are_ids", t.BOOLEAN),
        Field("group_member_attribute", "group_member_attribute", t.STRING),
        Field("group_desc_attribute", "group_desc_attribute", t.STRING),
        Field("group_attribute_ignore", "group_attribute_ignore", t.list_of(t.STRING)),
        Field(
            "group_additional_attribute_mapping",
            "group_additional_attribute_mapping",
            t.list_of(t.STRING),
        ),
        Field("tls_cacertfile", "tls_cacertfile", t.STRING),
        Field("tls_cacertdir", "tls_cacertdir", t.STRING),
        Field("use_tls", "use_tls", t.BOOLEAN),
        Field("tls_req_cert", "tls_req_cert", t.STRING, enum=("demand", "never", "allow")),
        Field("use_pool", "use_pool", t.BOOLEAN),
        Field("pool_size", "pool_size", t.INTEGER),
        Field("pool_retry_max", "pool_retry_max", t.INTEGER),
        Field("pool_retry_delay", "pool_retry_delay", t.NUMBER),
        Field("pool_connection_timeout", "pool_connection_timeout", t.INTEGER),
        Field("pool_connection_lifetime", "pool_connection_lifetime", t.INTEGER),
        Field("use_auth_pool", "use_auth_pool", t.BOOLEAN),
        Field("auth_pool_size", "auth_pool_size", t.INTEGER),
        Field("auth_pool_connection_lifetime", "auth_pool_connection_lifetime", t.INTEGER),
    )


class SecurityComplianceOptions(Model):
    """The password rules a client may read (default domain only)."""

    password_regex: str | None | Unset = UNSET
    """The regular expression new passwords must match."""

    password_regex_description: str | None | Unset = UNSET
    """The rule in plain words."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("password_regex", "password_regex", t.STRING),
        Field("password_regex_description", "password_regex_description", t.STRING),
    )


class DomainConfig(Model):
    """The identity-driver configuration of one domain (for example an LDAP backend), stored by
    Keystone when domain_specific_drivers_enabled and domain_configurations_from_database are
    on. Only the identity and ldap groups can be stored; sensitive options (the LDAP password)
    are accepted but never returned."""

    identity: IdentityOptions | Unset = UNSET
    """Options of the [identity] group."""

    ldap: LdapOptions | Unset = UNSET
    """Options of the [ldap] group."""

    security_compliance: SecurityComplianceOptions | Unset = UNSET
    """The readable password rules; only get_group(default domain, "security_compliance") returns
    them."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("identity", "identity", t.model(IdentityOptions)),
        Field("ldap", "ldap", t.model(LdapOptions)),
        Field("security_compliance", "security_compliance", t.model(SecurityComplianceOptions)),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update and update_group."""

    identity: IdentityOptions | Unset = UNSET
    """Options of the [identity] group."""

    ldap: LdapOptions | Unset = UNSET
    """Options of the [ldap] group."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("identity", "identity", t.model(IdentityOptions)),
        Param("ldap", "ldap", t.model(LdapOptions)),
    )


class UpdateOptionOpts(Opts):
    """Options of update_option."""

    config: dict[str, Any] = REQUIRED
    """{option: new value}, naming exactly the option of the path (its name is part of the body,
    so it cannot be a fixed field)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("config", "config", t.map_of(t.ANY), required=True),
    )


UpdateOpts = CreateOpts
UpdateGroupOpts = CreateOpts

_GET = Operation(
    "domain_configs.get",
    "GET",
    "/domains/{domain_id}/config",
    ok=(200, 203),
    response_key="config",
)
_CREATE = Operation(
    "domain_configs.create",
    "PUT",
    "/domains/{domain_id}/config",
    ok=(200, 201),
    request_kind="json",
    request_key="config",
    response_key="config",
)
_UPDATE = Operation(
    "domain_configs.update",
    "PATCH",
    "/domains/{domain_id}/config",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="config",
    response_key="config",
)
_DELETE = Operation(
    "domain_configs.delete",
    "DELETE",
    "/domains/{domain_id}/config",
    ok=(204,),
    response_kind="empty",
)
_GET_GROUP = Operation(
    "domain_configs.get_group",
    "GET",
    "/domains/{domain_id}/config/{group}",
    ok=(200, 203),
    response_key="config",
)
_UPDATE_GROUP = Operation(
    "domain_configs.update_group",
    "PATCH",
    "/domains/{domain_id}/config/{group}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="config",
    response_key="config",
)
_DELETE_GROUP = Operation(
    "domain_configs.delete_group",
    "DELETE",
    "/domains/{domain_id}/config/{group}",
    ok=(204,),
    response_kind="empty",
)
_GET_OPTION = Operation(
    "domain_configs.get_option",
    "GET",
    "/domains/{domain_id}/config/{group}/{option}",
    ok=(200, 203),
    response_key="config",
)
_UPDATE_OPTION = Operation(
    "domain_configs.update_option",
    "PATCH",
    "/domains/{domain_id}/config/{group}/{option}",
    ok=(200, 202, 204),
    request_kind="json",
    response_key="config",
)
_DELETE_OPTION = Operation(
    "domain_configs.delete_option",
    "DELETE",
    "/domains/{domain_id}/config/{group}/{option}",
    ok=(204,),
    response_kind="empty",
)
_GET_DEFAULT = Operation(
    "domain_configs.get_default",
    "GET",
    "/domains/config/default",
    ok=(200, 203),
    response_key="config",
)
_GET_DEFAULT_GROUP = Operation(
    "domain_configs.get_default_group",
    "GET",
    "/domains/config/{group}/default",
    ok=(200, 203),
    response_key="config",
)
_GET_DEFAULT_OPTION = Operation(
    "domain_configs.get_default_option",
    "GET",
    "/domains/config/{group}/{option}/default",
    ok=(200, 203),
    response_key="config",
)


def get(
    client: ServiceClient,
    domain_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Show a domain's whole configuration; NotFound when it has none."""
    return client.call(
        _GET,
        {"domain_id": domain_id},
        model=DomainConfig,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    domain_id: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Store a domain's configuration, replacing any previous one (201 when the domain had none,
    200 otherwise)."""
    return client.call(
        _CREATE,
        {"domain_id": domain_id},
        model=DomainConfig,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    domain_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Merge options into a domain's configuration; returns the whole configuration."""
    return client.call(
        _UPDATE,
        {"domain_id": domain_id},
        model=DomainConfig,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    domain_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a domain's whole configuration."""
    return client.call(
        _DELETE, {"domain_id": domain_id}, microversion=microversion, timeout=timeout
    )


def get_group(
    client: ServiceClient,
    domain_id: str,
    group: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Show one group ("identity", "ldap", or "security_compliance" for the default domain) of a
    domain's configuration."""
    return client.call(
        _GET_GROUP,
        {"domain_id": domain_id, "group": group},
        model=DomainConfig,
        microversion=microversion,
        timeout=timeout,
    )


def update_group(
    client: ServiceClient,
    domain_id: str,
    group: str,
    opts: UpdateGroupOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Merge options into one existing group; pass only that group. Returns the whole
    configuration."""
    return client.call(
        _UPDATE_GROUP,
        {"domain_id": domain_id, "group": group},
        model=DomainConfig,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_group(
    client: ServiceClient,
    domain_id: str,
    group: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete one group of a domain's configuration."""
    return client.call(
        _DELETE_GROUP,
        {"domain_id": domain_id, "group": group},
        microversion=microversion,
        timeout=timeout,
    )


def get_option(
    client: ServiceClient,
    domain_id: str,
    group: str,
    option: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Show one option: a JSON object {option: value} (decode it with IdentityOptions.from_dict
    or LdapOptions.from_dict for typed access)."""
    return client.call(
        _GET_OPTION,
        {"domain_id": domain_id, "group": group, "option": option},
        microversion=microversion,
        timeout=timeout,
    )


def update_option(
    client: ServiceClient,
    domain_id: str,
    group: str,
    option: str,
    opts: UpdateOptionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Change one existing option. Returns the whole configuration."""
    return client.call(
        _UPDATE_OPTION,
        {"domain_id": domain_id, "group": group, "option": option},
        model=DomainConfig,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete_option(
    client: ServiceClient,
    domain_id: str,
    group: str,
    option: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete one option of a domain's configuration."""
    return client.call(
        _DELETE_OPTION,
        {"domain_id": domain_id, "group": group, "option": option},
        microversion=microversion,
        timeout=timeout,
    )


def get_default(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Show the configuration a domain without its own would use (the server's identity and ldap
    options, sensitive ones left out)."""
    return client.call(
        _GET_DEFAULT, None, model=DomainConfig, microversion=microversion, timeout=timeout
    )


def get_default_group(
    client: ServiceClient,
    group: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[DomainConfig]:
    """Show the default options of one group ("identity" or "ldap")."""
    return client.call(
        _GET_DEFAULT_GROUP,
        {"group": group},
        model=DomainConfig,
        microversion=microversion,
        timeout=timeout,
    )


def get_default_option(
    client: ServiceClient,
    group: str,
    option: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Show the default value of one option: a JSON object {option: value}."""
    return client.call(
        _GET_DEFAULT_OPTION,
        {"group": group, "option": option},
        microversion=microversion,
        timeout=timeout,
    )


def extract_domain_configs(page: Page[Any]) -> builtins.list[DomainConfig]:
    """The DomainConfig items of a page (or of ``all_pages()``)."""
    return page.extract_as(DomainConfig)
