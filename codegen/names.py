"""How spec names become Python names: the one place that decides it.

Spec names reach generated code as identifiers (attributes, arguments, functions,
classes, modules). Each kind has a set of names it must not take: Python keywords,
the names the generated code itself uses in that scope, and the attributes and
methods of the runtime's ``Model``/``Opts``. Attributes and arguments that would
clash are renamed with a trailing underscore (``class`` -> ``class_``; the wire
name stays ``class``); names that are part of the public surface and cannot be
renamed (functions, classes, modules) are refused by lint.
"""

from __future__ import annotations

import builtins
import keyword
import re

#: what generated modules may import: module -> names it provides (a name is imported
#: when the module's body uses it); the runtime only through its package's public names
STD_MODULES = ("builtins", "dataclasses", "datetime")  # imported whole, used as `name.attr`
IMPORTS: dict[str, list[str]] = {
    "typing": ["TYPE_CHECKING", "Any", "ClassVar", "Literal"],
    "collections.abc": ["Callable", "Iterable"],
    # the runtime's public names only (runtime/__init__.py): its files may move freely
    "stacksdk.runtime": [
        "REQUIRED",
        "UNSET",
        "BinaryData",
        "Download",
        "EndpointOpts",
        "Field",
        "JobSpec",
        "MicroversionSpec",
        "Model",
        "Operation",
        "Opts",
        "Page",
        "Pager",
        "Paging",
        "Param",
        "ProviderClient",
        "RequestTimeout",
        "Result",
        "ServiceClient",
        "ServiceSpec",
        "Unset",
        "lazy_modules",
        "BaseConnection",
        "ServiceAttribute",
        "ServiceGroup",
        "VendorNamespace",
        "open_connection",
    ],
}

#: a Python identifier made of ASCII letters, digits and underscores (spec names are ASCII)
_ASCII_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

#: lower-case names the generated class bodies and signatures use (annotations included:
#: type checkers look them up in the class scope first)
_BODY_NAMES = frozenset(
    {"t", "str", "int", "float", "bool", "dict", "datetime", "builtins", "dataclasses"}
)

#: module-level names of every generated module (imports and the service module's own)
_MODULE_NAMES = frozenset(
    {"annotations", "builtins", "dataclasses", "datetime", "t", "_wait", "_jobs", "lazy_modules"}
)

#: the public attributes and methods of the runtime's Model and Opts (a test keeps this
#: complete; spelled out so that the output depends on nothing but codegen and the specs)
RUNTIME_ATTRIBUTES = frozenset(
    {"extra", "from_dict", "from_headers", "invalid", "is_set", "to_dict", "items", "validate"}
)

#: attributes of models and options
ATTRIBUTE_RESERVED = RUNTIME_ATTRIBUTES | _BODY_NAMES | set(keyword.kwlist)

#: arguments of generated functions besides the path parameters, and what their bodies use
ARGUMENT_RESERVED = frozenset(
    {
        "client",
        "data",
        "opts",
        "microversion",
        "timeout",
        "name_or_id",
        "status",
        "interval",
        "progress",
    }
    | _MODULE_NAMES
    | _BODY_NAMES
    | set(keyword.kwlist)
)

#: functions a resource module generates itself
GENERATED_FUNCTIONS = frozenset(
    {
        "list",
        "get",
        "create",
        "update",
        "delete",
        "head",
        "find",
        "new_client",
        "wait_for_status",
        "wait_for_delete",
    }
)

#: names a module (a resource's plural, an extension's module) cannot take: the service
#: package's own names
MODULE_RESERVED = frozenset(
    {"new_client", "wait_for_job", "lazy_modules", "annotations"} | set(keyword.kwlist)
)

#: class names (models) a module cannot define: what it imports, and its constants
CLASS_RESERVED = frozenset(
    {name for names in IMPORTS.values() for name in names}
    | {"SERVICE", "MODULES"}
    | set(keyword.kwlist)
)

#: package names (the spec tree's directories) the generated root cannot hold
#: top-level names a spec directory cannot take: the hand-written packages and the
#: generated modules beside the services (shared shapes, the typed connection)
PACKAGE_RESERVED = frozenset({"runtime", "codegen", "shared", "connection"} | set(keyword.kwlist))


def is_identifier(name: str) -> bool:
    """An ASCII Python identifier that is not a keyword (soft keywords are fine)."""
    return bool(_ASCII_IDENTIFIER.fullmatch(name)) and not keyword.iskeyword(name)


def attribute(name: str) -> str:
    """The Python attribute of a field or option named ``name`` in the spec."""
    return name + "_" if name in ATTRIBUTE_RESERVED else name


def argument(name: str) -> str:
    """The Python argument of a path parameter ``{name}``."""
    return name + "_" if name in ARGUMENT_RESERVED else name


def function_clash(name: str) -> str | None:
    """Why an action cannot be called ``name`` (None: it can)."""
    if not is_identifier(name):
        return "is not a Python identifier"
    if name in GENERATED_FUNCTIONS or name.startswith("extract_"):
        return "clashes with a generated function"
    if name in _MODULE_NAMES or name in _BODY_NAMES or hasattr(builtins, name):
        return "clashes with a built-in or imported name"
    return None


def module_clash(name: str) -> str | None:
    """Why a module cannot be called ``name`` (None: it can)."""
    if not is_identifier(name):
        return "is not a Python identifier"
    if name in MODULE_RESERVED:
        return "clashes with a name of the service package"
    return None


def class_clash(name: str) -> str | None:
    """Why a model class cannot be called ``name`` (None: it can)."""
    if not is_identifier(name):
        return "is not a Python identifier"
    if name in CLASS_RESERVED:
        return "clashes with a name the generated module imports or defines"
    return None


def package_clash(name: str, top: bool) -> str | None:
    """Why a spec directory cannot be called ``name`` (its package name), None if it can."""
    package = name.replace("-", "_")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", package) or keyword.iskeyword(package):
        return (
            f"directory {name!r} does not make a package name (lower-case letters, digits, - and _)"
        )
    if top and package in PACKAGE_RESERVED:
        return f"directory {name!r} would shadow stacksdk.{package}"
    return None
