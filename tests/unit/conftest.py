from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import ClassVar

import pytest

from stacksdk.runtime import UNSET, ProviderClient, ServiceClient, ServiceSpec, Unset
from stacksdk.runtime import types as t
from stacksdk.runtime.resources.fields import Field, Model, Opts, Param
from stacksdk.runtime.resources.service import MicroversionSpec

from .server import Server, serve


@dataclasses.dataclass(kw_only=True, repr=False)
class Thing(Model):
    """A model shaped like a generated one."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    secret: str | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("secret", "secret", t.STRING, sensitive=True),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class ThingListOpts(Opts):
    limit: int | Unset = UNSET
    marker: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    any_tags: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("tags", "tags", t.list_of(t.STRING), location="query"),
        Param("any_tags", "tags-any", t.list_of(t.STRING), location="query", style="comma"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
    )


@pytest.fixture(scope="session", autouse=True)
def codegen_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the generator's black cache inside the test's temp dirs."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("STACKSDK_CODEGEN_CACHE", str(tmp_path_factory.mktemp("codegen-cache")))
        yield


@pytest.fixture
def server() -> Iterator[Server]:
    yield from serve()


@pytest.fixture
def sleeps() -> list[float]:
    """The waits the provider's retries asked for (recorded, not slept)."""
    return []


@pytest.fixture
def provider(server: Server, sleeps: list[float]) -> ProviderClient:
    p = ProviderClient(server.url + "/identity/v3")
    p.set_token("tok-1")
    p.sleep = sleeps.append
    return p


@pytest.fixture
def client(provider: ProviderClient, server: Server) -> ServiceClient:
    return ServiceClient(provider, ServiceSpec(type="thing", version="v1"), server.url + "/v1")


@pytest.fixture
def mv_client(provider: ProviderClient, server: Server) -> ServiceClient:
    spec = ServiceSpec(
        type="thing",
        version="v1",
        microversion=MicroversionSpec(service="thing", min="1.0", max="1.30"),
    )
    return ServiceClient(provider, spec, server.url + "/v1")
