# Generated from huaweicloud/kms/v1_0/keys.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A customer master key (CMK): symmetric (AES_256, SM4) or asymmetric (RSA, EC, SM2, ED25519)
key material that never leaves KMS, or an HMAC key, used to encrypt data keys, sign or compute
MACs. Keys are not deleted at once: schedule_deletion sets a waiting period during which
cancel_deletion brings the key back (disabled)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Tag as Tag


class KeyState(Model):
    """A key's ID and its state after an action."""

    key_id: str | Unset = UNSET
    """The key ID."""

    key_state: str | Unset = UNSET
    """The new state: 2 enabled, 3 disabled, 4 pending deletion, 5 pending import, 7 frozen."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key_id", "key_id", t.STRING),
        Field("key_state", "key_state", t.STRING),
    )


class Key(Model):
    """A customer master key (CMK): symmetric (AES_256, SM4) or asymmetric (RSA, EC, SM2,
    ED25519) key material that never leaves KMS, or an HMAC key, used to encrypt data keys,
    sign or compute MACs. Keys are not deleted at once: schedule_deletion sets a waiting
    period during which cancel_deletion brings the key back (disabled)."""

    key_id: str
    """The key ID (a UUID)."""

    key_alias: str | Unset = UNSET
    """The alias, 1-255 characters of letters, digits, ":", "/", "_" and "-"; it cannot end in
    /default (reserved for the keys services create)."""

    key_description: str | Unset = UNSET
    """A description, 0-255 characters."""

    key_spec: str | Unset = UNSET
    """The algorithm: AES_256 (the default), SM4, RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384,
    SECP256K1, SM2, ED25519, HMAC_256, HMAC_384, HMAC_512 or HMAC_SM3."""

    key_usage: str | Unset = UNSET
    """ENCRYPT_DECRYPT (the default for symmetric keys), SIGN_VERIFY (the default for asymmetric
    keys) or GENERATE_VERIFY_MAC (HMAC keys)."""

    origin: Literal["kms", "external"] | Unset = UNSET
    """Where the key material comes from, kms (generated; the default) or external (imported
    later)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project to create the key in (default "0", the default project); only with
    enterprise projects enabled."""

    keystore_id: str | Unset = UNSET
    """The key store to create the key in: 0 (the default KMS store) or a dedicated store's ID."""

    domain_id: str | Unset = UNSET
    """The account that owns the key."""

    region_id: str | Unset = UNSET
    """The region of the key (create answers only)."""

    realm: str | Unset = UNSET
    """The key's region (realm)."""

    key_state: str | Unset = UNSET
    """The state, a digit: 1 pending activation, 2 enabled, 3 disabled, 4 pending deletion, 5
    pending import, 7 frozen."""

    key_type: str | Unset = UNSET
    """The key type."""

    creation_date: str | Unset = UNSET
    """When the key was created, as a Unix timestamp string (milliseconds in the examples)."""

    scheduled_deletion_date: str | Unset = UNSET
    """When a key pending deletion will be deleted, as a Unix timestamp string."""

    expiration_time: str | Unset = UNSET
    """When imported key material expires, as a Unix timestamp string."""

    default_key_flag: str | Unset = UNSET
    """"1" for a default key that a cloud service created, else "0"."""

    key_rotation_enabled: str | Unset = UNSET
    """"true" when automatic rotation is on (default "false")."""

    sys_enterprise_project_id: str | Unset = UNSET
    """The enterprise project of the key ("0" is the default one)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key_id", "key_id", t.STRING),
        Field("key_alias", "key_alias", t.STRING),
        Field("key_description", "key_description", t.STRING),
        Field("key_spec", "key_spec", t.STRING),
        Field("key_usage", "key_usage", t.STRING),
        Field("origin", "origin", t.STRING, enum=("kms", "external")),
        Field("enterprise_project_id", "enterprise_project_id", t.STRING),
        Field("keystore_id", "keystore_id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("realm", "realm", t.STRING),
        Field("key_state", "key_state", t.STRING),
        Field("key_type", "key_type", t.STRING),
        Field("creation_date", "creation_date", t.STRING),
        Field("scheduled_deletion_date", "scheduled_deletion_date", t.STRING),
        Field("expiration_time", "expiration_time", t.STRING),
        Field("default_key_flag", "default_key_flag", t.STRING),
        Field("key_rotation_enabled", "key_rotation_enabled", t.STRING),
        Field("sys_enterprise_project_id", "sys_enterprise_project_id", t.STRING),
    )


class KeyPage(Model):
    """One page of list_keys. While truncated is "true", ask again with marker=next_marker."""

    keys: builtins.list[str] | Unset = UNSET
    """The IDs of the keys on this page."""

    key_details: builtins.list[Key] | Unset = UNSET
    """The keys on this page."""

    next_marker: str | Unset = UNSET
    """The marker of the next page (empty on the last page)."""

    truncated: str | Unset = UNSET
    """"true" while more keys follow, "false" on the last page."""

    total: int | Unset = UNSET
    """The number of keys that match."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("keys", "keys", t.list_of(t.STRING)),
        Field("key_details", "key_details", t.list_of(t.model(Key))),
        Field("next_marker", "next_marker", t.STRING),
        Field("truncated", "truncated", t.STRING),
        Field("total", "total", t.INTEGER),
    )


class KeyMaterial(Model):
    """One version of a key's material."""

    material_id: str | Unset = UNSET
    """The material's ID."""

    charge_id: str | Unset = UNSET
    """The billing ID of the material."""

    create_time: str | Unset = UNSET
    """When the material was made, as a Unix timestamp string."""

    expiration_time: str | Unset = UNSET
    """When the material expires, as a Unix timestamp string."""

    state: int | Unset = UNSET
    """The material's state."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("material_id", "material_id", t.STRING),
        Field("charge_id", "charge_id", t.STRING),
        Field("create_time", "create_time", t.STRING),
        Field("expiration_time", "expiration_time", t.STRING),
        Field("state", "state", t.INTEGER),
    )


class RotationStatus(Model):
    """A key's automatic rotation (get-key-rotation-status)."""

    key_rotation_enabled: bool | Unset = UNSET
    """Whether automatic rotation is on."""

    rotation_interval: int | Unset = UNSET
    """Days between rotations, 30-365."""

    last_rotation_time: str | Unset = UNSET
    """When the key was last rotated, as a Unix timestamp string."""

    number_of_rotations: int | Unset = UNSET
    """How many times the key has been rotated."""

    key_materials: builtins.list[KeyMaterial] | Unset = UNSET
    """The key's material versions, where the region reports them."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key_rotation_enabled", "key_rotation_enabled", t.BOOLEAN),
        Field("rotation_interval", "rotation_interval", t.INTEGER),
        Field("last_rotation_time", "last_rotation_time", t.STRING),
        Field("number_of_rotations", "number_of_rotations", t.INTEGER),
        Field("key_materials", "key_materials", t.list_of(t.model(KeyMaterial))),
    )


class KeyTags(Model):
    """The tags of one key (GET /kms/{key_id}/tags)."""

    tags: builtins.list[Tag] | Unset = UNSET
    """The key's tags."""

    exist_tags_num: int | Unset = UNSET
    """How many tags the key has."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("tags", "tags", t.list_of(t.model(Tag))),
        Field("exist_tags_num", "existTagsNum", t.INTEGER),
    )


class TagValues(Model):
    """A tag key and every value it has on the project's keys."""

    key: str | Unset = UNSET
    """The tag's key."""

    values: builtins.list[str] | Unset = UNSET
    """Its values."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("key", "key", t.STRING),
        Field("values", "values", t.list_of(t.STRING)),
    )


class ProjectTags(Model):
    """Every tag of the project's keys (GET /kms/tags)."""

    tags: builtins.list[TagValues] | Unset = UNSET
    """The tag keys and their values."""

    _fields: ClassVar[tuple[Field, ...]] = (Field("tags", "tags", t.list_of(t.model(TagValues))),)


class CreateOpts(Opts):
    """Options of create."""

    key_alias: str = REQUIRED
    """The alias, 1-255 characters of letters, digits, ":", "/", "_" and "-"; it cannot end in
    /default (reserved for the keys services create)."""

    key_description: str | Unset = UNSET
    """A description, 0-255 characters."""

    key_spec: str | Unset = UNSET
    """The algorithm: AES_256 (the default), SM4, RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384,
    SECP256K1, SM2, ED25519, HMAC_256, HMAC_384, HMAC_512 or HMAC_SM3."""

    key_usage: str | Unset = UNSET
    """ENCRYPT_DECRYPT (the default for symmetric keys), SIGN_VERIFY (the default for asymmetric
    keys) or GENERATE_VERIFY_MAC (HMAC keys)."""

    origin: Literal["kms", "external"] | Unset = UNSET
    """Where the key material comes from, kms (generated; the default) or external (imported
    later)."""

    enterprise_project_id: str | Unset = UNSET
    """The enterprise project to create the key in (default "0", the default project); only with
    enterprise projects enabled."""

    keystore_id: str | Unset = UNSET
    """The key store to create the key in: 0 (the default KMS store) or a dedicated store's ID."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_alias", "key_alias", t.STRING, required=True),
        Param("key_description", "key_description", t.STRING),
        Param("key_spec", "key_spec", t.STRING),
        Param("key_usage", "key_usage", t.STRING),
        Param("origin", "origin", t.STRING, enum=("kms", "external")),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param("keystore_id", "keystore_id", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class DescribeOpts(Opts):
    """Options of describe. Also the options of enable and disable and cancel_deletion and
    enable_rotation and disable_rotation and show_rotation_status."""

    key_id: str = REQUIRED
    """The key ID."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("sequence", "sequence", t.STRING),
    )


class ListKeysOpts(Opts):
    """Options of list_keys."""

    limit: str | Unset = UNSET
    """The most keys to return, as a string (e.g. "100")."""

    marker: str | Unset = UNSET
    """Where the page starts: the previous answer's next_marker."""

    key_state: str | Unset = UNSET
    """Only keys in this state (a digit 1-5, as a string)."""

    key_spec: str | Unset = UNSET
    """Only keys with this algorithm (default AES_256; ALL lists every kind, asymmetric ones
    too)."""

    enterprise_project_id: str | Unset = UNSET
    """Only keys of this enterprise project (all for every project the caller may see)."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.STRING),
        Param("marker", "marker", t.STRING),
        Param("key_state", "key_state", t.STRING),
        Param("key_spec", "key_spec", t.STRING),
        Param("enterprise_project_id", "enterprise_project_id", t.STRING),
        Param("sequence", "sequence", t.STRING),
    )


class ScheduleDeletionOpts(Opts):
    """Options of schedule_deletion."""

    key_id: str = REQUIRED
    """The key ID."""

    pending_days: str = REQUIRED
    """Days until the key is deleted, 7-1096, as a string (e.g. "7")."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("pending_days", "pending_days", t.STRING, required=True),
        Param("sequence", "sequence", t.STRING),
    )


class UpdateDescriptionOpts(Opts):
    """Options of update_description."""

    key_id: str = REQUIRED
    """The key ID."""

    key_description: str = REQUIRED
    """The new description, 0-255 characters."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("key_description", "key_description", t.STRING, required=True),
        Param("sequence", "sequence", t.STRING),
    )


class UpdateAliasOpts(Opts):
    """Options of update_alias."""

    key_id: str = REQUIRED
    """The key ID."""

    key_alias: str = REQUIRED
    """The new alias, 1-255 characters of letters, digits, ":", "/", "_" and "-", not ending in
    /default."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("key_alias", "key_alias", t.STRING, required=True),
        Param("sequence", "sequence", t.STRING),
    )


class UpdateRotationIntervalOpts(Opts):
    """Options of update_rotation_interval."""

    key_id: str = REQUIRED
    """The key ID."""

    rotation_interval: int = REQUIRED
    """Days between rotations, 30-365."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("key_id", "key_id", t.STRING, required=True),
        Param("rotation_interval", "rotation_interval", t.INTEGER, required=True),
        Param("sequence", "sequence", t.STRING),
    )


class AddTagOpts(Opts):
    """Options of add_tag."""

    tag: Tag = REQUIRED
    """The tag to add."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("tag", "tag", t.model(Tag), required=True),
        Param("sequence", "sequence", t.STRING),
    )


class UpdateTagsOpts(Opts):
    """Options of update_tags."""

    tags: builtins.list[Tag] = REQUIRED
    """The tags; for delete, each tag's value may be left out."""

    action: Literal["create", "delete"] = REQUIRED
    """create or delete."""

    sequence: str | Unset = UNSET
    """A 36-character request sequence number of the caller's choosing, for tracing."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("tags", "tags", t.list_of(t.model(Tag)), required=True),
        Param("action", "action", t.STRING, required=True, enum=("create", "delete")),
        Param("sequence", "sequence", t.STRING),
    )


EnableOpts = DescribeOpts
DisableOpts = DescribeOpts
CancelDeletionOpts = DescribeOpts
EnableRotationOpts = DescribeOpts
DisableRotationOpts = DescribeOpts
ShowRotationStatusOpts = DescribeOpts

_CREATE = Operation(
    "keys.create",
    "POST",
    "/kms/create-key",
    ok=(200, 201, 202),
    request_kind="json",
    response_key="key_info",
)
_DESCRIBE = Operation(
    "keys.describe",
    "POST",
    "/kms/describe-key",
    ok=(200, 201, 202),
    request_kind="json",
    idempotent=True,
    response_key="key_info",
)
_LIST_KEYS = Operation(
    "keys.list_keys",
    "POST",
    "/kms/list-keys",
    ok=(200, 201, 202),
    request_kind="json",
    idempotent=True,
)
_ENABLE = Operation(
    "keys.enable",
    "POST",
    "/kms/enable-key",
    ok=(200, 201, 202),
    request_kind="json",
    response_key="key_info",
)
_DISABLE = Operation(
    "keys.disable",
    "POST",
    "/kms/disable-key",
    ok=(200, 201, 202),
    request_kind="json",
    response_key="key_info",
)
_SCHEDULE_DELETION = Operation(
    "keys.schedule_deletion",
    "POST",
    "/kms/schedule-key-deletion",
    ok=(200, 201, 202),
    request_kind="json",
)
_CANCEL_DELETION = Operation(
    "keys.cancel_deletion",
    "POST",
    "/kms/cancel-key-deletion",
    ok=(200, 201, 202),
    request_kind="json",
)
_UPDATE_DESCRIPTION = Operation(
    "keys.update_description",
    "POST",
    "/kms/update-key-description",
    ok=(200, 201, 202),
    request_kind="json",
    response_key="key_info",
)
_UPDATE_ALIAS = Operation(
    "keys.update_alias",
    "POST",
    "/kms/update-key-alias",
    ok=(200, 201, 202),
    request_kind="json",
    response_key="key_info",
)
_ENABLE_ROTATION = Operation(
    "keys.enable_rotation",
    "POST",
    "/kms/enable-key-rotation",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="empty",
)
_DISABLE_ROTATION = Operation(
    "keys.disable_rotation",
    "POST",
    "/kms/disable-key-rotation",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="empty",
)
_SHOW_ROTATION_STATUS = Operation(
    "keys.show_rotation_status",
    "POST",
    "/kms/get-key-rotation-status",
    ok=(200, 201, 202),
    request_kind="json",
    idempotent=True,
)
_UPDATE_ROTATION_INTERVAL = Operation(
    "keys.update_rotation_interval",
    "POST",
    "/kms/update-key-rotation-interval",
    ok=(200, 201, 202),
    request_kind="json",
    response_kind="empty",
)
_LIST_TAGS = Operation(
    "keys.list_tags",
    "GET",
    "/kms/{key_id}/tags",
    ok=(200, 203),
)
_LIST_PROJECT_TAGS = Operation(
    "keys.list_project_tags",
    "GET",
    "/kms/tags",
    ok=(200, 203),
)
_ADD_TAG = Operation(
    "keys.add_tag",
    "POST",
    "/kms/{key_id}/tags",
    ok=(200, 204),
    request_kind="json",
    response_kind="empty",
)
_REMOVE_TAG = Operation(
    "keys.remove_tag",
    "DELETE",
    "/kms/{key_id}/tags/{key}",
    ok=(200, 204),
    response_kind="empty",
)
_UPDATE_TAGS = Operation(
    "keys.update_tags",
    "POST",
    "/kms/{key_id}/tags/action",
    ok=(200, 204),
    request_kind="json",
    response_kind="empty",
)


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Key]:
    """Create a key (key_alias is required). The answer holds the new key's key_id, domain_id and
    region_id; describe it for the rest."""
    return client.call(
        _CREATE, None, model=Key, opts=opts, microversion=microversion, timeout=timeout
    )


def describe(
    client: ServiceClient,
    opts: DescribeOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Key]:
    """Show a key (describe-key)."""
    return client.call(
        _DESCRIBE, None, model=Key, opts=opts, microversion=microversion, timeout=timeout
    )


def list_keys(
    client: ServiceClient,
    opts: ListKeysOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[KeyPage]:
    """List keys, one page per call: give limit, then marker=next_marker while the answer's
    truncated is "true" (the marker travels in the request body, so there is no automatic
    pager)."""
    return client.call(
        _LIST_KEYS, None, model=KeyPage, opts=opts, microversion=microversion, timeout=timeout
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[KeyState]:
    """Enable a disabled key (enable-key)."""
    return client.call(
        _ENABLE, None, model=KeyState, opts=opts, microversion=microversion, timeout=timeout
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[KeyState]:
    """Disable a key; it cannot be used until enabled again (disable-key)."""
    return client.call(
        _DISABLE, None, model=KeyState, opts=opts, microversion=microversion, timeout=timeout
    )


def schedule_deletion(
    client: ServiceClient,
    opts: ScheduleDeletionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[KeyState]:
    """Schedule a key's deletion after a waiting period (schedule-key-deletion); the key is
    unusable meanwhile and cancel_deletion brings it back."""
    return client.call(
        _SCHEDULE_DELETION,
        None,
        model=KeyState,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def cancel_deletion(
    client: ServiceClient,
    opts: CancelDeletionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[KeyState]:
    """Cancel a scheduled deletion (cancel-key-deletion); the key returns disabled."""
    return client.call(
        _CANCEL_DELETION,
        None,
        model=KeyState,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_description(
    client: ServiceClient,
    opts: UpdateDescriptionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Key]:
    """Change a key's description (update-key-description)."""
    return client.call(
        _UPDATE_DESCRIPTION, None, model=Key, opts=opts, microversion=microversion, timeout=timeout
    )


def update_alias(
    client: ServiceClient,
    opts: UpdateAliasOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Key]:
    """Change a key's alias (update-key-alias)."""
    return client.call(
        _UPDATE_ALIAS, None, model=Key, opts=opts, microversion=microversion, timeout=timeout
    )


def enable_rotation(
    client: ServiceClient,
    opts: EnableRotationOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Turn on automatic rotation of a symmetric key (enable-key-rotation; every 365 days unless
    update_rotation_interval says otherwise). The answer has no body."""
    return client.call(
        _ENABLE_ROTATION, None, opts=opts, microversion=microversion, timeout=timeout
    )


def disable_rotation(
    client: ServiceClient,
    opts: DisableRotationOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Turn off automatic rotation (disable-key-rotation). The answer has no body."""
    return client.call(
        _DISABLE_ROTATION, None, opts=opts, microversion=microversion, timeout=timeout
    )


def show_rotation_status(
    client: ServiceClient,
    opts: ShowRotationStatusOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RotationStatus]:
    """Show whether a key rotates, how often and when it last did (get-key-rotation-status)."""
    return client.call(
        _SHOW_ROTATION_STATUS,
        None,
        model=RotationStatus,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update_rotation_interval(
    client: ServiceClient,
    opts: UpdateRotationIntervalOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Set the days between automatic rotations (update-key-rotation-interval). The answer has no
    body."""
    return client.call(
        _UPDATE_ROTATION_INTERVAL, None, opts=opts, microversion=microversion, timeout=timeout
    )


def list_tags(
    client: ServiceClient,
    key_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[KeyTags]:
    """Show the tags of a key."""
    return client.call(
        _LIST_TAGS, {"key_id": key_id}, model=KeyTags, microversion=microversion, timeout=timeout
    )


def list_project_tags(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ProjectTags]:
    """Show every tag key, with its values, that the project's keys carry."""
    return client.call(
        _LIST_PROJECT_TAGS, None, model=ProjectTags, microversion=microversion, timeout=timeout
    )


def add_tag(
    client: ServiceClient,
    key_id: str,
    opts: AddTagOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add a tag to a key (a key may have up to 10; a tag of the same key is replaced)."""
    return client.call(
        _ADD_TAG, {"key_id": key_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def remove_tag(
    client: ServiceClient,
    key_id: str,
    key: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Remove the tag with this tag key from a key."""
    return client.call(
        _REMOVE_TAG, {"key_id": key_id, "key": key}, microversion=microversion, timeout=timeout
    )


def update_tags(
    client: ServiceClient,
    key_id: str,
    opts: UpdateTagsOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Add (action "create") or remove (action "delete") several tags of a key at once."""
    return client.call(
        _UPDATE_TAGS, {"key_id": key_id}, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_keys(page: Page[Any]) -> builtins.list[Key]:
    """The Key items of a page (or of ``all_pages()``)."""
    return page.extract_as(Key)
