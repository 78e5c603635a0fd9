"""Base classes of generated models and request options.

A generated class declares its attributes (typed, keyword-only, ``UNSET`` by
default) plus one declarative table (``_fields`` for models, ``_params`` for
options). All behaviour — construction, equality, decoding, encoding,
validation, masking — lives here, once.

The bases behave like ``@dataclass(kw_only=True, repr=False)`` classes without
being run through ``dataclasses``: type checkers learn the keyword constructor
from :pep:`681` (``dataclass_transform``), and at run time a subclass records
its attributes when it is created (no generated source, no ``exec``), which
keeps importing a generated module cheap. ``dataclasses.fields()``,
``replace()`` and ``asdict()`` still work on them (built on first use), and a
subclass may still be decorated with ``@dataclasses.dataclass`` as before.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ..errors import MicroversionError, ResponseError
from ..pipeline.headers import header_text, header_value
from ..types import ANY, UNSET, Kind
from .microversion import Window

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from typing_extensions import Self, dataclass_transform

M = TypeVar("M", bound="Model")

MASK = "***"


class Field:
    """One model attribute: its Python name, wire name and kind.

    ``header`` names the response header the field is read from instead of
    the body (Swift's ``X-Container-Object-Count``); ``header_prefix`` makes a
    map of every header that starts with it (``X-Container-Meta-``).
    """

    __slots__ = ("attr", "wire", "kind", "sensitive", "header", "header_prefix", "window", "enum")

    def __init__(
        self,
        attr: str,
        wire: str | None = None,
        kind: Kind = ANY,
        *,
        sensitive: bool = False,
        header: str | None = None,
        header_prefix: str | None = None,
        since: str | None = None,
        until: str | None = None,
        enum: tuple[Any, ...] = (),
    ) -> None:
        self.attr = attr
        self.wire = wire or attr
        self.kind = kind
        self.sensitive = sensitive
        self.header = header
        self.header_prefix = header_prefix
        #: the microversions in which a request may carry this field
        self.window = Window(since, until)
        #: the values a request may send (a server may answer others: not checked on decode)
        self.enum = enum


class Param:
    """One request option: where it goes, how it is checked and encoded."""

    __slots__ = (
        "attr",
        "wire",
        "kind",
        "required",
        "nullable",
        "enum",
        "window",
        "sensitive",
        "style",
        "location",
    )

    def __init__(
        self,
        attr: str,
        wire: str | None = None,
        kind: Kind = ANY,
        *,
        required: bool = False,
        nullable: bool = False,
        enum: tuple[Any, ...] = (),
        since: str | None = None,
        until: str | None = None,
        sensitive: bool = False,
        style: str = "repeat",
        location: str = "body",
    ) -> None:
        self.attr = attr
        self.wire = wire or attr
        self.kind = kind
        self.required = required
        self.nullable = nullable
        self.enum = enum
        self.window = Window(since, until)
        self.sensitive = sensitive
        #: query lists "repeat" (k=a&k=b) or "comma" (k=a,b); query booleans "flag"
        #: (k=true when true, left out when false); body maps "members" (entries
        #: are members of the body itself)
        self.style = style
        #: "body", "query" or "header"
        self.location = location


# -- declared attributes: what @dataclass(kw_only=True) would do, done once per class


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


class _Factory:
    """The default of an attribute made per instance (``field(default_factory=dict)``)."""

    __slots__ = ("factory",)

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory


def field(*, default_factory: Callable[[], Any]) -> Any:
    """Declare an attribute whose default is made per instance (``extra``'s ``{}``)."""
    return _Factory(default_factory)


class _Attr:
    """One declared instance attribute (an annotation that is not a ``ClassVar``)."""

    __slots__ = ("name", "type", "default", "factory", "init", "repr", "compare", "spec")

    def __init__(self, name: str, annotation: Any, value: Any) -> None:
        self.name = name
        self.type = annotation
        self.default = value
        self.factory: Callable[[], Any] | None = None
        self.init = self.repr = self.compare = True
        #: a ``dataclasses.field()`` the class declared the attribute with
        self.spec: Any = None
        if isinstance(value, _Factory):
            self.default, self.factory = _MISSING, value.factory
        elif type(value).__name__ == "Field" and _is_dataclass_field(value):
            dc = sys.modules["dataclasses"]
            self.spec = value
            self.default = _MISSING if value.default is dc.MISSING else value.default
            if value.default_factory is not dc.MISSING:
                self.factory = value.default_factory
            self.init, self.repr, self.compare = value.init, value.repr, value.compare


def _is_dataclass_field(value: Any) -> bool:
    dc = sys.modules.get("dataclasses")
    return dc is not None and isinstance(value, dc.Field)


def _is_classvar(annotation: Any) -> bool:
    if isinstance(annotation, str):  # from __future__ import annotations
        head = annotation.strip().partition("[")[0]
        return head.rpartition(".")[2].strip() == "ClassVar"
    return annotation is ClassVar or getattr(annotation, "__origin__", None) is ClassVar


def _own_annotations(cls: type) -> dict[str, Any]:
    annotations = cls.__dict__.get("__annotations__")
    if annotations is None and "__annotate__" in cls.__dict__:  # Python 3.14+: evaluated lazily
        import annotationlib  # type: ignore[import-not-found, unused-ignore]

        annotations = annotationlib.get_annotations(cls, format=annotationlib.Format.FORWARDREF)
    return dict(annotations or {})


class _Shape:
    """A class's declared attributes, and the tables its instances are built from."""

    __slots__ = (
        "attrs",
        "names",
        "required",
        "required_set",
        "defaults",
        "factories",
        "compare",
        "repr",
        "plain",
        "post_init",
        "direct",
        "values",
    )

    def __init__(self, cls: type, attrs: dict[str, _Attr]) -> None:
        self.attrs = attrs
        init = [a for a in attrs.values() if a.init]
        self.names = frozenset(a.name for a in init)
        #: keyword arguments without a default, in declaration order
        self.required = tuple(a.name for a in init if a.default is _MISSING and a.factory is None)
        self.required_set = frozenset(self.required)
        self.defaults = {a.name: a.default for a in attrs.values() if a.default is not _MISSING}
        self.factories = tuple((a.name, a.factory) for a in attrs.values() if a.factory is not None)
        self.compare = tuple(a.name for a in attrs.values() if a.compare)
        self.repr = tuple(a.name for a in attrs.values() if a.repr)
        # values go straight into the instance dict unless assignment is customised
        self.plain = all("__setattr__" not in vars(b) for b in cls.__mro__[:-1]) and not any(
            hasattr(getattr(cls, name, None), "__set__") for name in attrs
        )
        self.post_init = getattr(cls, "__post_init__", None)
        #: from_dict may fill the instance dict itself (nothing in __init__ to run)
        self.direct = self.plain and self.post_init is None
        #: the compared values of an instance (operator.attrgetter, made on first use)
        self.values: Callable[[Any], Any] | None = None

    def compared_values(self) -> Callable[[Any], Any]:
        """:attr:`values`, made on first use."""
        if self.values is None:
            from operator import attrgetter

            names = self.compare
            self.values = (
                attrgetter(*names)
                if len(names) > 1
                else lambda obj: tuple(getattr(obj, n) for n in names)
            )
        return self.values


def _declare(cls: type) -> _Shape:
    """Record the attributes ``cls`` declares (its own annotations and its bases')."""
    attrs: dict[str, _Attr] = {}
    for base in cls.__mro__[-1:0:-1]:
        shape = base.__dict__.get("_shape")
        if isinstance(shape, _Shape):
            attrs.update(shape.attrs)
    for name, annotation in _own_annotations(cls).items():
        if _is_classvar(annotation):
            continue
        value = getattr(cls, name, _MISSING)
        attrs[name] = _Attr(name, annotation, value)
        if isinstance(value, _Factory) and name in cls.__dict__:
            delattr(cls, name)  # as dataclasses does: no class attribute for a factory
        # (a dataclasses.field() stays: a @dataclass decorator may follow and read it)
    return _Shape(cls, attrs)


def _missing_message(cls: type, shape: _Shape, given: Mapping[str, Any]) -> str:
    """The TypeError text Python gives a call that lacks keyword-only arguments."""
    missing = [repr(name) for name in shape.required if name not in given]
    if len(missing) > 2:
        names = ", ".join(missing[:-1]) + ", and " + missing[-1]
    else:
        names = " and ".join(missing)
    plural = "s" if len(missing) > 1 else ""
    return f"{cls.__qualname__}.__init__() missing {len(missing)} required keyword-only argument{plural}: {names}"


class _DataclassFields:
    """``__dataclass_fields__``, so ``dataclasses.fields()``, ``replace()`` and
    ``asdict()`` work on the generated classes; built on first use."""

    def __get__(self, obj: Any, cls: type) -> dict[str, Any]:
        built = cls.__dict__.get("_dataclass_fields")
        if built is None:
            import dataclasses

            built = {}
            for a in cls.__dict__["_shape"].attrs.values():
                f = a.spec
                if f is None:
                    kwargs: dict[str, Any] = {}
                    if a.default is not _MISSING:
                        kwargs["default"] = a.default
                    if a.factory is not None:
                        kwargs["default_factory"] = a.factory
                    f = dataclasses.field(
                        init=a.init, repr=a.repr, compare=a.compare, kw_only=True, **kwargs
                    )
                if f.name is None:
                    f.name, f.type = a.name, a.type
                    f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
                built[a.name] = f
            type.__setattr__(cls, "_dataclass_fields", built)
        return built


class _DataclassParams:
    """``__dataclass_params__``: what ``@dataclass(kw_only=True, repr=False)`` would record."""

    init = eq = match_args = kw_only = True
    repr = order = unsafe_hash = frozen = slots = weakref_slot = False


class _Signature:
    """``__signature__`` of a class whose ``__init__`` is the generic one: its
    keyword-only attributes, for ``inspect.signature()`` and ``help()``."""

    def __get__(self, obj: Any, cls: type) -> Any:
        # e.g. a @dataclass-decorated subclass (getattr: mypy refuses __init__ on an instance)
        if getattr(cls, "__init__") is not _Declared.__init__:  # noqa: B009
            return None
        import inspect

        params = []
        for a in cls.__dict__["_shape"].attrs.values():
            if a.init:
                default = a.default if a.factory is None else _FACTORY
                if default is _MISSING:
                    default = inspect.Parameter.empty
                params.append(
                    inspect.Parameter(
                        a.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=a.type
                    )
                )
        return inspect.Signature(params, return_annotation=None)


class _FactoryDefault:
    """How a signature shows a default made per instance (as dataclasses shows it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _FactoryDefault()


if TYPE_CHECKING:

    @dataclass_transform(kw_only_default=True, eq_default=True, field_specifiers=(field,))
    class _Declarative(type):
        """Type checkers treat every class made with this metaclass like a
        ``@dataclass(kw_only=True)``; at run time the metaclass is ``type``."""

else:
    _Declarative = type


class _Declared(metaclass=_Declarative):
    """The shared base of :class:`Model` and :class:`Opts`."""

    # (declared for type checkers only: typing.get_type_hints() shows the same
    # names as it did for a @dataclass)
    if TYPE_CHECKING:
        _shape: ClassVar[_Shape]
        __dataclass_fields__: ClassVar[Any]
    else:
        __dataclass_fields__ = _DataclassFields()
    __match_args__ = ()
    __dataclass_params__ = _DataclassParams()
    __signature__ = _Signature()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._shape = _declare(cls)
        table = cls.__dict__.get("_fields") or cls.__dict__.get("_params") or ()
        sensitive = [entry for entry in table if getattr(entry, "sensitive", False)]
        if sensitive:  # never logged from now on (redact.py)
            from ..pipeline.redact import register

            in_headers = [
                e
                for e in sensitive
                if getattr(e, "location", None) == "header" or getattr(e, "header", None)
            ]
            register(
                (e.wire for e in sensitive if e not in in_headers),
                (getattr(e, "header", None) or e.wire for e in in_headers),
            )
        # every class answers dataclasses for itself, even below a @dataclass-decorated base
        cls.__dataclass_fields__ = _Declared.__dict__["__dataclass_fields__"]

    def __init__(self, /, *args: Any, **kwargs: Any) -> None:
        shape = self._shape
        if args:
            raise TypeError(
                f"{type(self).__qualname__}.__init__() takes 1 positional argument but {len(args) + 1} were given"
            )
        if not shape.names.issuperset(kwargs):
            unknown = next(k for k in kwargs if k not in shape.names)
            raise TypeError(
                f"{type(self).__qualname__}.__init__() got an unexpected keyword argument {unknown!r}"
            )
        if shape.required and not kwargs.keys() >= shape.required_set:
            raise TypeError(_missing_message(type(self), shape, kwargs))
        if shape.plain:
            values = self.__dict__
            values.update(shape.defaults)
            for name, factory in shape.factories:
                values[name] = factory()
            values.update(kwargs)
        else:
            for name, value in shape.defaults.items():
                setattr(self, name, kwargs.pop(name, value))
            for name, factory in shape.factories:
                setattr(self, name, kwargs.pop(name) if name in kwargs else factory())
            for name, value in kwargs.items():
                setattr(self, name, value)
        if shape.post_init is not None:
            shape.post_init(self)

    def __replace__(self, /, **changes: Any) -> Self:
        """``copy.replace()`` (Python 3.13+), as dataclasses provide it."""
        shape = self._shape
        values = {a.name: getattr(self, a.name) for a in shape.attrs.values() if a.init}
        for name in changes:
            if name in shape.attrs and not shape.attrs[name].init:
                raise ValueError(
                    f"field {name} is declared with init=False, it cannot be specified with replace()"
                )
        values.update(changes)
        return type(self)(**values)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = self._shape.values or self._shape.compared_values()
        return bool(values(self) == values(other))

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, as a dataclass


_Declared._shape = _Shape(_Declared, {})


def _check_nested(value: Any, microversion: str | None, where: str) -> None:
    """Set fields of models inside a request must hold a value of their kind, one
    of their enum values, and (with a microversion) exist at the call's microversion."""
    if isinstance(value, Model):
        for f in value._fields:
            item = getattr(value, f.attr)
            if item is UNSET:
                continue
            if f.enum and item is not None and item not in f.enum:
                allowed = ", ".join(repr(e) for e in f.enum)
                raise ValueError(f"{where}.{f.attr} is {item!r}; expected one of {allowed}")
            if item is not None and f.kind.check is not None and not f.kind.check(item):
                raise ValueError(f"{where}.{f.attr}: {f.kind.misfit(item)}")
            if microversion is not None and f.window and not f.window.contains(microversion):
                raise MicroversionError(
                    f"{where}.{f.attr} needs microversion {f.window.describe()}, "
                    f"the call uses {microversion}"
                )
            _check_nested(item, microversion, f"{where}.{f.attr}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_nested(item, microversion, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_nested(item, microversion, f"{where}[{key!r}]")


def _masked_repr(obj: _Declared, table: tuple[Any, ...]) -> str:
    sensitive = {f.attr for f in table if f.sensitive}
    parts = []
    names = [name for name in obj._shape.repr if name != "extra"]
    if getattr(obj, "extra", None):
        names.append("extra")
    for name in names:
        value = getattr(obj, name)
        if value is UNSET:
            continue
        shown = MASK if name in sensitive and value is not None else repr(value)
        parts.append(f"{name}={shown}")
    return f"{type(obj).__qualname__}({', '.join(parts)})"


#: what a decoder raises for a value it cannot read (a nested model's own bad
#: fields never get this far: it records them itself)
_DECODE_ERRORS = (ValueError, TypeError, OverflowError, RecursionError, ResponseError)


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


#: the JSON values a kind takes as they are, without looking inside (``from_dict``'s fast path)
_PLAIN: dict[str, frozenset[type]] = {
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "number": frozenset({int, float}),
    "boolean": frozenset({bool}),
    "any": frozenset({str, int, float, bool, list, dict}),
}


def _decode(kind: Kind, value: Any) -> tuple[Any, str | None]:
    """``value`` (not null) as ``kind`` holds it, or why it does not fit."""
    if kind.decode is None:
        if kind.check is not None and not kind.check(value):
            return value, kind.misfit(value)[:200]
        return value, None
    try:
        return kind.decode(value), None
    except _DECODE_ERRORS as exc:  # the decoders are strict: say where
        if kind.check is not None and not kind.check(value):
            return value, kind.misfit(value)[:200]
        return value, f"not a valid {kind.name}: {exc}"[:200]


class Model(_Declared):
    """Base of every generated resource model.

    A subclass declares its attributes as annotations (keyword-only in the
    constructor, ``UNSET`` by default) plus ``_fields``. ``extra`` keeps every
    key of the response the spec does not declare, so nothing the server sent
    is lost; ``to_dict()`` puts it back.

    Decoding never loses or reshapes what the server sent: a field whose value
    does not fit its declared kind (a string where a list is, ``month 13``)
    holds the value exactly as sent and is listed in ``invalid`` (``{attr:
    reason}``); a field the response lacks, even one the spec says is always
    there (a sparse ``fields=`` listing), is ``UNSET``; and ``to_dict()`` of a
    decoded model gives back exactly the object it was decoded from (timestamps
    in the server's own spelling).
    """

    _fields: ClassVar[tuple[Field, ...]] = ()
    _decoders: ClassVar[tuple[tuple[str, str, Kind, frozenset[type], bool], ...] | None] = None

    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def _decoder_table(cls) -> tuple[tuple[str, str, Kind, frozenset[type], bool], ...]:
        table = cls.__dict__.get("_decoders")
        if table is None:
            # (wire, attr, kind, the JSON types taken as they are without a look
            # inside, keep the text as sent: a decoded timestamp would be written
            # back in our own spelling)
            table = tuple(
                (
                    f.wire,
                    f.attr,
                    f.kind,
                    _PLAIN.get(f.kind.name, frozenset()),
                    f.kind.name == "datetime",
                )
                for f in cls._fields
            )
            cls._decoders = table
        return table

    @classmethod
    def from_dict(cls: type[M], data: dict[str, Any]) -> M:
        """Build a model from a decoded JSON object (wire names).

        Never fails on the values inside (see the class docs: ``invalid``);
        ``ResponseError`` when ``data`` is not a JSON object at all.
        """
        if not isinstance(data, dict):
            raise ResponseError(f"{cls.__name__}: expected a JSON object, got {_type_name(data)}")
        kwargs: dict[str, Any] = {}
        remaining = dict(data)
        pop, missing, type_of = remaining.pop, _MISSING, type
        invalid: dict[str, str] | None = None
        sent: dict[str, tuple[Any, Any]] | None = None
        for wire, attr, kind, plain, keep in cls._decoder_table():
            value = pop(wire, missing)
            if value is missing:
                continue
            if value is not None and type_of(value) not in plain:
                decoded, reason = _decode(kind, value)
                if reason is not None:  # kept exactly as sent
                    invalid = invalid or {}
                    invalid[attr] = reason
                    decoded = value
                if reason is not None or (keep and decoded is not value):
                    sent = sent or {}
                    sent[attr] = (decoded, value)
                value = decoded
            kwargs[attr] = value
        obj = cls._build(kwargs)
        obj.extra = remaining
        if sent is not None:
            obj.__dict__["_sent"] = sent
        if invalid is not None:
            obj.__dict__["_invalid"] = invalid
        return obj

    @classmethod
    def _build(cls: type[M], kwargs: dict[str, Any]) -> M:
        """An instance holding ``kwargs``, the fields a response lacks ``UNSET``
        (even those the constructor requires)."""
        shape = cls._shape
        if shape.required and not kwargs.keys() >= shape.required_set:
            for name in shape.required:
                kwargs.setdefault(name, UNSET)
        own_init = getattr(cls, "__init__")  # noqa: B009 - mypy refuses __init__ on an instance
        if shape.direct and own_init is _Declared.__init__:  # __init__, inline
            obj = cls.__new__(cls)
            values = obj.__dict__
            values.update(shape.defaults)
            for name, factory in shape.factories:
                values[name] = factory()
            values.update(kwargs)
            return obj
        return cls(**kwargs)

    @classmethod
    def from_headers(cls: type[M], headers: Mapping[str, str]) -> M:
        """Build a model from the response headers its fields name; a header
        that is not of its field's kind is kept as its text and listed in ``invalid``."""
        lower = {k.lower(): header_text(v) for k, v in headers.items()}
        kwargs: dict[str, Any] = {}
        invalid: dict[str, str] = {}
        for f in cls._fields:
            if f.header is not None and f.header.lower() in lower:
                text = lower[f.header.lower()]
                try:
                    kwargs[f.attr] = header_value(text, f.kind)
                except ResponseError as exc:
                    kwargs[f.attr] = text
                    invalid[f.attr] = str(exc)
            elif f.header_prefix is not None:
                prefix = f.header_prefix.lower()
                kwargs[f.attr] = {
                    k[len(prefix) :]: v for k, v in lower.items() if k.startswith(prefix)
                }
        obj = cls._build(kwargs)
        if invalid:
            obj.__dict__["_invalid"] = invalid
            obj.__dict__["_sent"] = {attr: (kwargs[attr], kwargs[attr]) for attr in invalid}
        return obj

    @property
    def invalid(self) -> dict[str, str]:
        """The fields the server sent in a form their kind does not fit, with why:
        ``{attr: reason}``; each holds the value exactly as it was sent."""
        found: dict[str, str] = self.__dict__.get("_invalid") or {}
        return found

    def to_dict(self) -> dict[str, Any]:
        """The wire form: declared fields that are set, plus ``extra``; a field
        still as decoded is written exactly as the server sent it."""
        out: dict[str, Any] = {}
        sent = self.__dict__.get("_sent")
        for f in self._fields:
            value = getattr(self, f.attr)
            if value is UNSET:
                continue
            if sent is not None:
                pair = sent.get(f.attr)
                if pair is not None and pair[0] is value:
                    out[f.wire] = pair[1]
                    continue
            encode = f.kind.encode
            out[f.wire] = encode(value) if encode is not None and value is not None else value
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    def is_set(self, attr: str) -> bool:
        """True when the server sent this field (even as null)."""
        return getattr(self, attr) is not UNSET

    def __repr__(self) -> str:
        return _masked_repr(self, self._fields)


class Opts(_Declared):
    """Base of generated ``CreateOpts``/``UpdateOpts``/``ListOpts``/action options.

    A subclass declares its options as annotations (keyword-only in the
    constructor; ``UNSET``, or ``REQUIRED`` for a required one) plus
    ``_params``. Validation runs on construction and again when the options
    are turned into a request, so a bad value fails before anything is sent,
    naming the field.
    """

    _params: ClassVar[tuple[Param, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        bases = [b for b in cls.__bases__ if issubclass(b, Opts)]
        if "_params" not in cls.__dict__ and len(bases) > 1:
            # several extensions' options at once (class Both(diskconfig.CreateOpts,
            # server_scheduler_hints.CreateOpts)): every base's params, each once
            merged: dict[str, Param] = {}
            for base in bases:
                for p in base._params:
                    seen = merged.setdefault(p.attr, p)
                    if seen is not p and (seen.wire, seen.location) != (p.wire, p.location):
                        raise TypeError(
                            f"{cls.__qualname__}: option {p.attr!r} means {seen.wire!r} in one "
                            f"base and {p.wire!r} in another"
                        )
            cls._params = tuple(merged.values())

    def __post_init__(self) -> None:
        self.validate()

    def _name(self) -> str:
        module = type(self).__module__.rsplit(".", 1)[-1]
        return f"{module}.{type(self).__qualname__}"

    def validate(self) -> None:
        """Raise ``ValueError`` naming the first invalid or missing field."""
        for p in self._params:
            value = getattr(self, p.attr)
            if value is UNSET:
                if p.required and not p.window:  # windowed: checked with the call's version
                    raise ValueError(f"{self._name()}: missing required field {p.attr!r}")
                continue
            if value is None:
                if not p.nullable:
                    raise ValueError(f"{self._name()}: field {p.attr!r} may not be None")
                continue
            if p.enum and value not in p.enum:
                allowed = ", ".join(repr(e) for e in p.enum)
                raise ValueError(
                    f"{self._name()}: field {p.attr!r} is {value!r}; expected one of {allowed}"
                )
            if p.kind.check is not None and not p.kind.check(value):
                raise ValueError(
                    f"{self._name()}: field {p.attr!r} must be {p.kind.name}, "
                    f"got {type(value).__name__}"
                )
            if isinstance(value, (Model, list, tuple, dict)):
                _check_nested(value, None, f"{self._name()}.{p.attr}")

    def items(self, microversion: str | None = None) -> Iterator[tuple[Param, Any]]:
        """Set parameters with their wire values, checked against ``microversion``."""
        self.validate()
        for p in self._params:
            value = getattr(self, p.attr)
            if value is UNSET:
                if p.required and p.window and microversion and p.window.contains(microversion):
                    raise ValueError(
                        f"{self._name()}: missing field {p.attr!r}, required from microversion "
                        f"{p.window.describe()} (the call uses {microversion})"
                    )
                continue
            if microversion is not None:
                if not p.window.contains(microversion):
                    raise MicroversionError(
                        f"{self._name()}: field {p.attr!r} needs microversion "
                        f"{p.window.describe()}, the call uses {microversion}"
                    )
                _check_nested(value, microversion, f"{self._name()}.{p.attr}")
            encode = p.kind.encode
            yield p, (encode(value) if encode is not None and value is not None else value)

    def to_dict(self, microversion: str | None = None) -> dict[str, Any]:
        """The JSON object these options send (wire names)."""
        return {p.wire: value for p, value in self.items(microversion)}

    def __repr__(self) -> str:
        return _masked_repr(self, self._params)
