"""stacksdk's hand-written core: auth, endpoints, the request pipeline, results.

Generated service modules import only from here. Names load on first use
(PEP 562), so ``import stacksdk.identity.v3.projects`` costs no HTTP library
import until a request is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

if TYPE_CHECKING:
    from . import errors
    from .aksk import AgencyAuthOptions, AKSKAuthOptions
    from .auth import AuthOptions, TokenInfo, authenticate, authenticated_client, cloud_auth_options
    from .catalog import Catalog, EndpointOpts
    from .download import Download
    from .model import Field, Model, Opts, Param
    from .operation import Operation, Paging
    from .pagination import Page, Pager
    from .profiles import Profile
    from .provider import ProviderClient, RetryBackoffFunc, new_client
    from .result import Result
    from .service import MicroversionSpec, ServiceClient, ServiceSpec
    from .types import REQUIRED, UNSET, Unset

_WHERE = {
    "errors": "",
    "AKSKAuthOptions": ".aksk",
    "AgencyAuthOptions": ".aksk",
    "AuthOptions": ".auth",
    "cloud_auth_options": ".auth",
    "Profile": ".profiles",
    "TokenInfo": ".auth",
    "authenticate": ".auth",
    "authenticated_client": ".auth",
    "Catalog": ".catalog",
    "EndpointOpts": ".catalog",
    "Download": ".download",
    "Field": ".model",
    "Model": ".model",
    "Opts": ".model",
    "Param": ".model",
    "Operation": ".operation",
    "Paging": ".operation",
    "Page": ".pagination",
    "Pager": ".pagination",
    "ProviderClient": ".provider",
    "RetryBackoffFunc": ".provider",
    "new_client": ".provider",
    "Result": ".result",
    "MicroversionSpec": ".service",
    "ServiceClient": ".service",
    "ServiceSpec": ".service",
    "REQUIRED": ".types",
    "UNSET": ".types",
    "Unset": ".types",
}

__all__ = sorted([*_WHERE, "__version__"])


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if where == "":
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
