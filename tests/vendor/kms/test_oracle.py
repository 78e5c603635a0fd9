"""KMS v1.0 against Huawei's own SDK (huaweicloudsdkkms, a test dependency only): for every
function of keys, grants, datakeys and data, the method and path, every request option (wire
name and type) and every response field (wire name and type, nested models included) are
compared with the SDK's request and response model classes. A response model is compared with
the union of the SDK classes it stands for (the Grant of create and of the listings, say). A
difference fails the test unless it is listed, with its reason, in DIFFERENCES; a listed
difference that no longer occurs fails it too. The SDK has no notion of required options, so
those are checked by the loopback tests instead."""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Any

import pytest

from stacksdk.huaweicloud.kms.v1_0 import data, datakeys, grants, keys
from stacksdk.runtime import Model, Operation, Opts

hwmodel = pytest.importorskip(
    "huaweicloudsdkkms.v2.model", reason="huaweicloudsdkkms (test extra) is not installed"
)
hwclient = pytest.importorskip("huaweicloudsdkkms.v2.kms_client")

#: our endpoint ends in /v1.0/<project_id>; the SDK's paths start below the host
PREFIX = "/v1.0/{project_id}"


@dataclass(frozen=True)
class Case:
    module: types.ModuleType
    function: str
    opts: type[Opts] | None  # None: the function takes no options
    sdk: str  # the SDK's operation (KmsClient method)
    sdk_body: str | None  # the SDK's request body class (None: no body)
    model: type[Model] | None  # what extract() gives (None: no body)


CASES = [
    # keys (those before this issue too)
    Case(keys, "create", keys.CreateOpts, "create_key", "CreateKeyRequestBody", keys.Key),
    Case(keys, "describe", keys.DescribeOpts, "list_key_detail", "OperateKeyRequestBody", keys.Key),
    Case(keys, "list_keys", keys.ListKeysOpts, "list_keys", "ListKeysRequestBody", keys.KeyPage),
    Case(keys, "enable", keys.EnableOpts, "enable_key", "OperateKeyRequestBody", keys.KeyState),
    Case(keys, "disable", keys.DisableOpts, "disable_key", "OperateKeyRequestBody", keys.KeyState),
    Case(
        keys,
        "schedule_deletion",
        keys.ScheduleDeletionOpts,
        "delete_key",
        "ScheduleKeyDeletionRequestBody",
        keys.KeyState,
    ),
    Case(
        keys,
        "cancel_deletion",
        keys.CancelDeletionOpts,
        "cancel_key_deletion",
        "OperateKeyRequestBody",
        keys.KeyState,
    ),
    Case(
        keys,
        "update_description",
        keys.UpdateDescriptionOpts,
        "update_key_description",
        "UpdateKeyDescriptionRequestBody",
        keys.Key,
    ),
    Case(
        keys,
        "update_alias",
        keys.UpdateAliasOpts,
        "update_key_alias",
        "UpdateKeyAliasRequestBody",
        keys.Key,
    ),
    # added with this issue
    Case(
        grants, "create", grants.CreateOpts, "create_grant", "CreateGrantRequestBody", grants.Grant
    ),
    Case(
        grants,
        "list_grants",
        grants.ListGrantsOpts,
        "list_grants",
        "ListGrantsRequestBody",
        grants.GrantPage,
    ),
    Case(
        grants,
        "list_retirable",
        grants.ListRetirableOpts,
        "list_retirable_grants",
        "ListRetirableGrantsRequestBody",
        grants.GrantPage,
    ),
    Case(grants, "revoke", grants.RevokeOpts, "cancel_grant", "RevokeGrantRequestBody", None),
    Case(grants, "retire", grants.RetireOpts, "cancel_self_grant", "RevokeGrantRequestBody", None),
    Case(
        keys,
        "enable_rotation",
        keys.EnableRotationOpts,
        "enable_key_rotation",
        "OperateKeyRequestBody",
        None,
    ),
    Case(
        keys,
        "disable_rotation",
        keys.DisableRotationOpts,
        "disable_key_rotation",
        "OperateKeyRequestBody",
        None,
    ),
    Case(
        keys,
        "show_rotation_status",
        keys.ShowRotationStatusOpts,
        "show_key_rotation_status",
        "OperateKeyRequestBody",
        keys.RotationStatus,
    ),
    Case(
        keys,
        "update_rotation_interval",
        keys.UpdateRotationIntervalOpts,
        "update_key_rotation_interval",
        "UpdateKeyRotationIntervalRequestBody",
        None,
    ),
    Case(keys, "list_tags", None, "show_kms_tags", None, keys.KeyTags),
    Case(keys, "list_project_tags", None, "list_kms_tags", None, keys.ProjectTags),
    Case(keys, "add_tag", keys.AddTagOpts, "create_kms_tag", "CreateKmsTagRequestBody", None),
    Case(keys, "remove_tag", None, "delete_tag", None, None),
    Case(
        keys,
        "update_tags",
        keys.UpdateTagsOpts,
        "batch_create_kms_tags",
        "BatchCreateKmsTagsRequestBody",
        None,
    ),
    Case(
        datakeys,
        "create",
        datakeys.CreateOpts,
        "create_datakey",
        "CreateDatakeyRequestBody",
        datakeys.DataKey,
    ),
    Case(
        datakeys,
        "create_without_plaintext",
        datakeys.CreateWithoutPlaintextOpts,
        "create_datakey_without_plaintext",
        "CreateDatakeyRequestBody",
        datakeys.DataKey,
    ),
    Case(
        datakeys,
        "encrypt",
        datakeys.EncryptOpts,
        "encrypt_datakey",
        "EncryptDatakeyRequestBody",
        datakeys.DataKey,
    ),
    Case(
        datakeys,
        "decrypt",
        datakeys.DecryptOpts,
        "decrypt_datakey",
        "DecryptDatakeyRequestBody",
        datakeys.DataKey,
    ),
    Case(data, "encrypt", data.EncryptOpts, "encrypt_data", "EncryptDataRequestBody", data.Data),
    Case(data, "decrypt", data.DecryptOpts, "decrypt_data", "DecryptDataRequestBody", data.Data),
    Case(
        data,
        "gen_random",
        data.GenRandomOpts,
        "create_random",
        "GenRandomRequestBody",
        data.RandomData,
    ),
]

#: differences from the SDK that are meant, each with its reason (key: what the test reports)
DIFFERENCES: dict[str, str] = {
    "keys.create request: vm_id: missing here": (
        "the SDK's CreateKeyRequestBody has vm_id, which the create-key API reference that"
        " keys.yaml follows does not describe; left out until its meaning is documented"
    ),
    "keys.Key ~ KeKInfo+KeyAliasInfo+KeyDescriptionInfo+KeyDetails: enterprise_project_id:"
    " not in the SDK": (
        "a create-key request field (Key.enterprise_project_id, create: optional); one model"
        " serves the request and the answers, and answers carry sys_enterprise_project_id"
    ),
}

#: what is masked in reprs and logs (the SDK marks nothing sensitive in these classes)
SENSITIVE = {
    "datakeys.DataKey": {"plain_text", "data_key"},
    "datakeys.CreateOpts": {"pin"},
    "datakeys.EncryptOpts": {"plain_text", "pin"},
    "data.Data": {"plain_text", "plain_text_base64"},
    "data.EncryptOpts": {"plain_text"},
}

_SCALARS = {
    "str": "string",
    "int": "integer",
    "bool": "boolean",
    "float": "number",
    "object": "any",
}


def _sdk_kind(name: str) -> Any:
    """The SDK's openapi type as ("list", item) / ("model", class) / a scalar kind name."""
    if name.startswith("list[") and name.endswith("]"):
        return ("list", _sdk_kind(name[5:-1]))
    if name in _SCALARS:
        return _SCALARS[name]
    return ("model", getattr(hwmodel, name))


def _our_kind(kind: Any) -> Any:
    if kind.name.startswith("list[") and kind.item is not None:
        return ("list", _our_kind(kind.item))
    decode = kind.decode
    if isinstance(decode, types.MethodType) and isinstance(decode.__self__, type):
        return ("model", decode.__self__)
    return kind.name


def _sdk_fields(cls: Any) -> dict[str, Any]:
    return {cls.attribute_map[a]: _sdk_kind(t) for a, t in cls.openapi_types.items()}


def _label(cls: type) -> str:
    return f"{cls.__module__.rsplit('.', 1)[1]}.{cls.__name__}"


class Report:
    def __init__(self) -> None:
        self.diffs: list[str] = []
        #: our response model -> the SDK classes it stands for (compared on their union)
        self.answers: dict[type, list[type]] = {}

    def answer(self, ours: type, theirs: type) -> None:
        known = self.answers.setdefault(ours, [])
        if theirs not in known:
            known.append(theirs)

    def kinds(self, where: str, wire: str, ours: Any, theirs: Any) -> None:
        if isinstance(ours, tuple) and isinstance(theirs, tuple) and ours[0] == theirs[0]:
            if ours[0] == "list":
                self.kinds(where, wire, ours[1], theirs[1])
            else:
                self.answer(ours[1], theirs[1])
        elif ours != theirs:
            self.diffs.append(f"{where}: {wire}: type {ours!r} here, {theirs!r} in the SDK")

    def members(self, where: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        for wire in sorted(ours.keys() - theirs.keys()):
            self.diffs.append(f"{where}: {wire}: not in the SDK")
        for wire in sorted(theirs.keys() - ours.keys()):
            self.diffs.append(f"{where}: {wire}: missing here")
        for wire in sorted(ours.keys() & theirs.keys()):
            self.kinds(where, wire, ours[wire], theirs[wire])

    def _model(self, ours: type) -> tuple[str, dict[str, Any], dict[str, Any]]:
        theirs: dict[str, Any] = {}
        for sdk_cls in self.answers[ours]:
            theirs.update(_sdk_fields(sdk_cls))
        mine = {f.wire: _our_kind(f.kind) for f in ours._fields}  # type: ignore[attr-defined]
        names = "+".join(sorted(c.__name__ for c in self.answers[ours]))
        return f"{_label(ours)} ~ {names}", mine, theirs

    def models(self) -> None:
        """Compare each response model with the union of the SDK classes it stands for,
        nested ones included (collected first, until no new pair turns up)."""
        while True:
            before = sum(len(v) for v in self.answers.values())
            for ours in list(self.answers):
                _, mine, theirs = self._model(ours)
                for wire in mine.keys() & theirs.keys():
                    probe = Report()
                    probe.kinds("", wire, mine[wire], theirs[wire])
                    for m, classes in probe.answers.items():
                        for c in classes:
                            self.answer(m, c)
            if sum(len(v) for v in self.answers.values()) == before:
                break
        for ours in list(self.answers):
            self.members(*self._model(ours))


def _operation(case: Case) -> Operation:
    name = f"{case.module.__name__.rsplit('.', 1)[1]}.{case.function}"
    found = [v for v in vars(case.module).values() if isinstance(v, Operation) and v.name == name]
    assert len(found) == 1, name
    return found[0]


def _sdk_http_info(case: Case) -> dict[str, Any]:
    request_cls = getattr(hwmodel, "".join(p.title() for p in case.sdk.split("_")) + "Request")
    info = getattr(hwclient.KmsClient, f"_{case.sdk}_http_info")(request_cls())
    assert isinstance(info, dict)
    return info


def test_every_new_function_matches_the_sdk() -> None:
    report = Report()
    for case in CASES:
        where = f"{case.module.__name__.rsplit('.', 1)[1]}.{case.function}"
        assert callable(getattr(case.module, case.function)), where
        op = _operation(case)
        info = _sdk_http_info(case)
        if (op.method, PREFIX + op.path) != (info["method"], info["resource_path"]):
            report.diffs.append(
                f"{where}: {op.method} {PREFIX + op.path} here,"
                f" {info['method']} {info['resource_path']} in the SDK"
            )
        ours = {p.wire: _our_kind(p.kind) for p in case.opts._params} if case.opts else {}
        theirs = _sdk_fields(getattr(hwmodel, case.sdk_body)) if case.sdk_body else {}
        report.members(f"{where} request", ours, theirs)
        response_cls = getattr(hwmodel, info["response_type"])
        if op.response_key is not None:  # we unwrap {"<response_key>": {...}}
            wrapped = _sdk_fields(response_cls).get(op.response_key)
            assert isinstance(wrapped, tuple) and wrapped[0] == "model", where
            response_cls = wrapped[1]
        answered = _sdk_fields(response_cls)
        if case.model is None:
            if answered:
                report.diffs.append(f"{where}: returns nothing, the SDK reads {sorted(answered)}")
        else:
            report.answers.setdefault(case.model, []).append(response_cls)
    report.models()
    unexplained = [d for d in report.diffs if d not in DIFFERENCES]
    stale = [d for d in DIFFERENCES if d not in report.diffs]
    assert unexplained == [], "\n".join(unexplained)
    assert stale == [], "\n".join(stale)


def test_every_function_has_a_case() -> None:
    ops = {
        v.name
        for m in (keys, grants, datakeys, data)
        for v in vars(m).values()
        if isinstance(v, Operation)
    }
    cases = {f"{c.module.__name__.rsplit('.', 1)[1]}.{c.function}" for c in CASES}
    assert ops == cases


def test_the_comparison_sees_a_difference() -> None:
    """The comparison is not vacuous: a field the SDK lacks, one we lack and a type
    mismatch are each reported."""
    report = Report()
    report.members("x", {"a": "string", "b": "integer"}, {"b": "string", "c": "string"})
    assert report.diffs == [
        "x: a: not in the SDK",
        "x: c: missing here",
        "x: b: type 'integer' here, 'string' in the SDK",
    ]
    report = Report()
    report.answers[grants.Grant] = [hwmodel.CreateGrantResponse]
    report.models()  # the create answer alone lacks the listing's fields
    assert "grants.Grant ~ CreateGrantResponse: operations: not in the SDK" in report.diffs


def test_secrets_are_sensitive() -> None:
    modules = {"datakeys": datakeys, "data": data, "grants": grants, "keys": keys}
    found: dict[str, set[str]] = {}
    for mod_name, module in modules.items():
        for name, cls in vars(module).items():
            if (
                isinstance(cls, type)
                and issubclass(cls, (Model, Opts))
                and cls.__name__ == name
                and cls.__module__ == module.__name__
            ):
                table: tuple[Any, ...] = getattr(cls, "_fields", ()) or getattr(cls, "_params", ())
                masked = {f.wire for f in table if f.sensitive}
                if masked:
                    found[f"{mod_name}.{name}"] = masked
    assert found == SENSITIVE
