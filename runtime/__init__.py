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
    from . import errors as errors
    from . import types as types
    from .auth import (
        AgencyAuthOptions as AgencyAuthOptions,
    )
    from .auth import (
        AKSKAuthOptions as AKSKAuthOptions,
    )
    from .auth import (
        AuthOptions as AuthOptions,
    )
    from .auth import (
        AuthPlugin as AuthPlugin,
    )
    from .auth import (
        HTTPBasicAuth as HTTPBasicAuth,
    )
    from .auth import (
        NoAuth as NoAuth,
    )
    from .auth import (
        TokenAuth as TokenAuth,
    )
    from .auth import (
        TokenInfo as TokenInfo,
    )
    from .auth import (
        authenticate as authenticate,
    )
    from .auth import (
        authenticated_client as authenticated_client,
    )
    from .auth import (
        cloud_auth_options as cloud_auth_options,
    )
    from .connection import (
        BaseConnection as BaseConnection,
    )
    from .connection import (
        ServiceAttribute as ServiceAttribute,
    )
    from .connection import (
        ServiceGroup as ServiceGroup,
    )
    from .connection import (
        VendorNamespace as VendorNamespace,
    )
    from .connection import (
        open_connection as open_connection,
    )
    from .endpoints.catalog import Catalog as Catalog
    from .endpoints.catalog import EndpointOpts as EndpointOpts
    from .endpoints.profiles import Profile as Profile
    from .pipeline.provider import (
        TRACE as TRACE,
    )
    from .pipeline.provider import (
        ProviderClient as ProviderClient,
    )
    from .pipeline.provider import (
        RetryBackoffFunc as RetryBackoffFunc,
    )
    from .pipeline.provider import (
        new_client as new_client,
    )
    from .pipeline.request import Request as Request
    from .pipeline.retry import NO_RETRIES as NO_RETRIES
    from .pipeline.retry import RetryPolicy as RetryPolicy
    from .resources import jobs as jobs
    from .resources import wait as wait
    from .resources.download import Download as Download
    from .resources.fields import Field as Field
    from .resources.fields import Model as Model
    from .resources.fields import Opts as Opts
    from .resources.fields import Param as Param
    from .resources.lazy import lazy_modules as lazy_modules
    from .resources.operation import Operation as Operation
    from .resources.operation import Paging as Paging
    from .resources.pagination import Page as Page
    from .resources.pagination import Pager as Pager
    from .resources.result import Result as Result
    from .resources.service import (
        JobSpec as JobSpec,
    )
    from .resources.service import (
        MicroversionSpec as MicroversionSpec,
    )
    from .resources.service import (
        ServiceClient as ServiceClient,
    )
    from .resources.service import (
        ServiceSpec as ServiceSpec,
    )
    from .types import (
        REQUIRED as REQUIRED,
    )
    from .types import (
        UNSET as UNSET,
    )
    from .types import (
        BinaryData as BinaryData,
    )
    from .types import (
        RequestTimeout as RequestTimeout,
    )
    from .types import (
        Unset as Unset,
    )

#: public modules -> where they live (generated code imports ``types``, ``wait`` and
#: ``jobs`` as modules; users catch ``errors.*``)
_MODULES = {
    "errors": ".errors",
    "jobs": ".resources.jobs",
    "types": ".types",
    "wait": ".resources.wait",
}

#: public name -> the module that defines it; generated code imports only these names
#: (and the modules above), so the files behind them may move
_WHERE = {
    "TRACE": ".pipeline.provider",
    "RetryPolicy": ".pipeline.retry",
    "NO_RETRIES": ".pipeline.retry",
    "lazy_modules": ".resources.lazy",
    "BaseConnection": ".connection",
    "ServiceAttribute": ".connection",
    "ServiceGroup": ".connection",
    "VendorNamespace": ".connection",
    "open_connection": ".connection",
    "JobSpec": ".resources.service",
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
    "Download": ".resources.download",
    "Field": ".resources.fields",
    "Model": ".resources.fields",
    "Opts": ".resources.fields",
    "Param": ".resources.fields",
    "Operation": ".resources.operation",
    "Paging": ".resources.operation",
    "Page": ".resources.pagination",
    "Pager": ".resources.pagination",
    "ProviderClient": ".pipeline.provider",
    "RetryBackoffFunc": ".pipeline.provider",
    "new_client": ".pipeline.provider",
    "Request": ".pipeline.request",
    "Result": ".resources.result",
    "MicroversionSpec": ".resources.service",
    "ServiceClient": ".resources.service",
    "ServiceSpec": ".resources.service",
    "REQUIRED": ".types",
    "UNSET": ".types",
    "Unset": ".types",
}

__all__ = sorted([*_MODULES, *_WHERE, "__version__"])


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is not None:
        value: Any = importlib.import_module(module, __name__)
    else:
        where = _WHERE.get(name)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
