"""What the templates render: plain records of services, modules, models, options and
operations. Every value here is final (codegen/normalize.py applied the spec's defaults,
codegen/build.py checked and assembled them): templates read, never decide.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .loader import SpecFile


@dataclasses.dataclass
class TypeInfo:
    annotation: str  # Python annotation, without "| None" / "| Unset"
    kind: str  # runtime Kind expression
    refs: list[str]  # model references it uses ("Name" or "svc/ver/plural#Name")


@dataclasses.dataclass
class FieldDef:
    attr: str
    wire: str
    type: TypeInfo
    doc: str
    nullable: bool
    read_only: bool
    create: str
    update: str
    enum: list[Any]
    sensitive: bool
    since: str | None
    until: str | None
    always: bool = False
    header: str | None = None
    header_prefix: str | None = None
    name: str = ""  # the spec's name (attr may differ: class -> class_)
    #: the runtime ``Field(...)``'s arguments, as source (build.arguments)
    arguments: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class ModelDef:
    name: str
    doc: str
    fields: list[FieldDef]
    #: a model declared elsewhere under this name too (``Link: shared#Link``): the spec's
    #: reference; the module then only imports or assigns it
    alias_of: str | None = None
    #: the name the alias is assigned from (``RoleRef = ProjectRef``, ``BandwidthRef = _IdRef``);
    #: None when the import itself re-exports it under the same name (``Link as Link``)
    target: str | None = None

    @property
    def shape(self) -> str:
        """What makes two models the same class: every field but the docs."""
        return repr([dataclasses.astuple(dataclasses.replace(f, doc="")) for f in self.fields])


@dataclasses.dataclass
class ParamDef:
    attr: str
    wire: str
    type: TypeInfo
    doc: str
    location: str
    required: bool
    nullable: bool
    enum: list[Any]
    sensitive: bool
    since: str | None
    until: str | None
    style: str
    name: str = ""  # the spec's name (attr may differ: class -> class_)
    #: the runtime ``Param(...)``'s arguments, as source (build.arguments)
    arguments: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class OptsDef:
    name: str
    doc: str
    params: list[ParamDef]
    base: str = "Opts"  # base class expression
    #: the options class whose ``_params`` these extend (an extension's base), if any
    inherits: str | None = None

    @property
    def has_required(self) -> bool:
        return any(p.required for p in self.params)

    @property
    def shape(self) -> str:
        """What makes two options classes the same class: the base and every option but the docs."""
        return repr(
            [self.base] + [dataclasses.astuple(dataclasses.replace(p, doc="")) for p in self.params]
        )


@dataclasses.dataclass
class PagingDef:
    kind: str
    options: dict[str, Any]


@dataclasses.dataclass
class OpDef:
    """One generated function."""

    name: str  # function name
    role: str  # list|get|create|update|delete|head|action
    doc: str
    method: str
    path: str
    args: list[str]  # positional path parameters, in order
    ok: tuple[int, ...]
    request_kind: str
    request_key: str | None
    response_kind: str
    response_key: str | None
    response_headers: list[tuple[str, str]]
    returns: str  # model|list|pages|none|raw|headers|location|binary
    model: str | None  # class name (local or imported alias)
    opts: OptsDef | None
    opts_required: bool
    #: the options' public name in this operation's signature: its own (``ListDetailOpts``,
    #: an alias when it reuses another's options) or the class's
    opts_name: str | None
    paging: PagingDef | None
    since: str | None
    until: str | None
    content_type: str | None = None
    authenticated: bool = True
    checksum_header: str | None = None
    root: bool = False  # the path is below the server's root, not the endpoint
    item_key: str | None = None  # list items wrapped as {item_key: {...}}
    idempotent: bool = False  # a POST/PATCH the spec says may be sent twice
    job_id: str = "job_id"  # returns: job — the response member with the job id
    #: the runtime ``Operation(...)``'s arguments, as source (build.arguments)
    arguments: list[str] = dataclasses.field(default_factory=list)

    @property
    def const(self) -> str:
        return "_" + self.name.upper()

    @property
    def return_annotation(self) -> str:
        return {
            "model": f"Result[{self.model}]",
            "list": f"Result[builtins.list[{self.model}]]",
            "pages": f"Pager[{self.model}]",
            "none": "Result[None]",
            "raw": "Result[Any]",
            "headers": f"Result[{self.model}]" if self.model else "Result[dict[str, str]]",
            "location": "Result[str | None]",
            "binary": "Result[bytes]",
            "stream": "Download",
            "job": "Result[str]",
        }[self.returns]


@dataclasses.dataclass
class ServiceDef:
    spec: SpecFile
    package: str  # "identity.v3"
    type: str
    version: str
    doc: str
    aliases: list[str]
    url_suffix: str | None
    microversion: dict[str, Any] | None
    vendor: str | None = None
    jobs: dict[str, Any] | None = None
    modules: list[ModuleDef] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class ModuleDef:
    spec: SpecFile
    service: ServiceDef | None  # None: the shared shapes
    name: str  # module name ("projects")
    kind: str  # resource | extension | shared
    doc: str
    resource: str  # main model class
    plural: str
    models: list[ModelDef]  # in definition order (dependencies first)
    opts: list[OptsDef]
    ops: list[OpDef]
    imports: dict[str, list[str]]  # module -> names, for cross-spec refs
    find: dict[str, Any] | None
    extends: str | None = None  # "identity.v3.users" for extensions
    base_ops: list[str] = dataclasses.field(default_factory=list)
    #: model references of actions: (reference, spec path)
    action_refs: list[tuple[str, tuple[str | int, ...]]] = dataclasses.field(default_factory=list)
    waiter: dict[str, Any] | None = None  # wait_for_status / wait_for_delete
    #: options classes reused under another operation's name: (alias, class)
    opts_aliases: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    #: the shared shapes of the installed stacksdk (a user's tree without its own
    #: shared.yaml): imported from there, never written
    external: bool = False

    @property
    def qualname(self) -> str:
        return self.name if self.service is None else f"{self.service.package}.{self.name}"

    @property
    def uses_datetime(self) -> bool:
        return any(
            "datetime.datetime" in f.type.annotation for m in self.models for f in m.fields
        ) or any("datetime.datetime" in p.type.annotation for o in self.opts for p in o.params)
