"""stacksdk's hand-written core: auth, endpoints, the request pipeline, results.

Generated service modules import only from here. Names load on first use
(PEP 562), so ``import stacksdk.identity.v3.projects`` costs no HTTP library
import until a request is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__ as __version__

if TYPE_CHECKING:  # `X as X`: what mypy --strict counts as re-exported (see _WHERE)
    from . import errors as errors, jobs as jobs, types as types, wait as wait
    from .auth import (
        AgencyAuthOptions as AgencyAuthOptions,
        AKSKAuthOptions as AKSKAuthOptions,
        AuthOptions as AuthOptions,
        AuthPlugin as AuthPlugin,
        HTTPBasicAuth as HTTPBasicAuth,
        NoAuth as NoAuth,
        TokenAuth as TokenAuth,
        TokenInfo as TokenInfo,
        authenticate as authenticate,
        authenticated_client as authenticated_client,
        cloud_auth_options as cloud_auth_options,
    )
    from .endpoints.catalog import Catalog as Catalog, EndpointOpts as EndpointOpts
    from .download import Download as Download
    from .connection import (
        BaseConnection as BaseConnection,
        ServiceAttribute as ServiceAttribute,
        ServiceGroup as ServiceGroup,
        VendorNamespace as VendorNamespace,
        open_connection as open_connection,
    )
    from .lazy import lazy_modules as lazy_modules
    from .fields import Field as Field, Model as Model, Opts as Opts, Param as Param
    from .operation import Operation as Operation, Paging as Paging
    from .pagination import Page as Page, Pager as Pager
    from .endpoints.profiles import Profile as Profile
    from .provider import (
        ProviderClient as ProviderClient,
        RetryBackoffFunc as RetryBackoffFunc,
        new_client as new_client,
    )
    from .request import Request as Request
    from .result import Result as Result
    from .service import (
        JobSpec as JobSpec,
        MicroversionSpec as MicroversionSpec,
        ServiceClient as ServiceClient,
        ServiceSpec as ServiceSpec,
    )
    from .types import (
        REQUIRED as REQUIRED,
        UNSET as UNSET,
        BinaryData as BinaryData,
        RequestTimeout as RequestTimeout,
        Unset as Unset,
    )

#: public name -> the module that defines it ("" for a module of this package); generated
#: code imports only these names, so the files behind them may move
_WHERE = {
    "errors": "",
    "jobs": "",
    "types": "",
    "wait": "",
    "lazy_modules": ".lazy",
    "BaseConnection": ".connection",
    "ServiceAttribute": ".connection",
    "ServiceGroup": ".connection",
    "VendorNamespace": ".connection",
    "open_connection": ".connection",
    "JobSpec": ".service",
    "BinaryData": ".types",
    "RequestTimeout": ".types",
    "AKSKAuthOptions": ".auth",
    "AgencyAuthOptions": ".auth",
    "AuthOptions": ".auth",
    "AuthPlugin": ".auth",
    "HTTPBasicAuth": ".auth",
    "NoAuth": ".auth",
    "TokenAuth": ".auth",
    "cloud_auth_options": ".auth",
    "Profile": ".endpoints.profiles",
    "TokenInfo": ".auth",
    "authenticate": ".auth",
    "authenticated_client": ".auth",
    "Catalog": ".endpoints.catalog",
    "EndpointOpts": ".endpoints.catalog",
    "Download": ".download",
    "Field": ".fields",
    "Model": ".fields",
    "Opts": ".fields",
    "Param": ".fields",
    "Operation": ".operation",
    "Paging": ".operation",
    "Page": ".pagination",
    "Pager": ".pagination",
    "ProviderClient": ".provider",
    "RetryBackoffFunc": ".provider",
    "new_client": ".provider",
    "Request": ".request",
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
