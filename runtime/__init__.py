"""stacksdk's hand-written core: auth, endpoints, the request pipeline, results.

Generated service modules import only from here.
"""

from . import errors
from .auth import AuthOptions, TokenInfo, authenticate, authenticated_client
from .catalog import Catalog, EndpointOpts
from .model import Field, Model, Opts, Param
from .operation import Operation, Paging
from .pagination import Page, Pager
from .provider import ProviderClient, RetryBackoffFunc, new_client
from .result import Result
from .service import MicroversionSpec, ServiceClient, ServiceSpec
from .types import REQUIRED, UNSET, Unset
from .version import __version__

__all__ = [
    "REQUIRED",
    "UNSET",
    "AuthOptions",
    "Catalog",
    "EndpointOpts",
    "Field",
    "MicroversionSpec",
    "Model",
    "Operation",
    "Opts",
    "Page",
    "Pager",
    "Paging",
    "Param",
    "ProviderClient",
    "Result",
    "RetryBackoffFunc",
    "ServiceClient",
    "ServiceSpec",
    "TokenInfo",
    "Unset",
    "__version__",
    "authenticate",
    "authenticated_client",
    "errors",
    "new_client",
]
