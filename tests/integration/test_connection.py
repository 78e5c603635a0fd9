"""``stacksdk.connect``: one typed object per cloud, its service clients built on first
use, against the real local cloud (clouds.yaml, AuthOptions, or a provider)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import yaml

import stacksdk
import stacksdk.compute.v2 as compute_v2
from stacksdk.block_storage.v3 import volumes
from stacksdk.compute.v2 import flavors
from stacksdk.identity.v3 import projects
from stacksdk.image.v2 import images
from stacksdk.network.v2 import networks
from stacksdk.object_store.v1 import containers
from stacksdk.placement.v1 import resource_providers
from stacksdk.runtime import ProviderClient, errors
from tests.localcloud.cloud import CloudInfo
from tests.localcloud.keystone import KeystoneInfo

from .conftest import admin_options


def _clouds_yaml(tmp_path: Path, cloud: CloudInfo) -> Path:
    info = cloud.keystone
    path = tmp_path / "clouds.yaml"
    auth = {
        "auth_url": info.auth_url,
        "username": info.admin_username,
        "password": info.admin_password,
        "user_domain_id": info.domain_id,
        "project_name": info.admin_project,
        "project_domain_id": info.domain_id,
    }
    path.write_text(
        yaml.safe_dump({"clouds": {"local": {"auth": auth, "region_name": info.region}}})
    )
    return path


def test_connect_by_cloud_name_reaches_every_service(
    cloud: CloudInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(_clouds_yaml(tmp_path, cloud)))
    monkeypatch.setenv("OS_CLIENT_SECURE_FILE", str(tmp_path / "none.yaml"))
    with stacksdk.connect("local") as conn:
        assert any(p.name == cloud.keystone.admin_project for p in projects.list(conn.identity))
        assert flavors.extract_flavors(flavors.list(conn.compute).all_pages()) is not None
        networks.list(conn.network).all_pages()
        images.list(conn.image).all_pages()
        volumes.list(conn.block_storage).all_pages()
        resource_providers.list(conn.placement).all_pages()
        containers.list(conn.object_store).all_pages()
        assert (
            conn.compute
            is conn.compute
            is conn.client(compute_v2)
            is conn.client("stacksdk.compute.v2")
        )
        assert conn.compute.spec is compute_v2.SERVICE and conn.provider.token is not None


def test_connect_with_options_or_a_provider(
    keystone: KeystoneInfo, admin_provider: ProviderClient
) -> None:
    by_options = stacksdk.connect(auth=admin_options(keystone))
    by_provider = stacksdk.connect(provider=admin_provider)
    assert by_provider.provider is admin_provider and by_options.provider is not admin_provider
    assert {p.id for p in projects.list(by_options.identity)} == {
        p.id for p in projects.list(by_provider.identity)
    }


def test_clients_are_built_on_first_use_once_without_a_request(
    keystone: KeystoneInfo, admin_provider: ProviderClient
) -> None:
    sent: list[str] = []
    conn = stacksdk.connect(auth=admin_options(keystone))
    conn.provider.session.hooks["response"].append(lambda resp, **_: sent.append(resp.url))
    assert "none yet" in repr(conn)
    results: list[object] = []
    start = threading.Barrier(8)

    def grab() -> None:
        start.wait(timeout=30)
        results.append(conn.network)

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(results) == 8 and all(r is results[0] for r in results)
    assert sent == []  # the endpoint came from the token's catalog: nothing was asked
    assert "stacksdk.network.v2" in repr(conn) and "compute" not in repr(conn)
    networks.list(conn.network).all_pages()
    assert sent and all("/v2.0/networks" in url for url in sent)


def test_connect_refuses_what_cannot_work(
    keystone: KeystoneInfo, admin_provider: ProviderClient
) -> None:
    with pytest.raises(ValueError, match="cloud and auth"):
        stacksdk.connect("local", auth=admin_options(keystone))
    with pytest.raises(ValueError, match="verify"):
        stacksdk.connect(provider=admin_provider, verify=False)
    conn = stacksdk.connect(provider=admin_provider, region="nowhere")
    with pytest.raises(errors.EndpointNotFound, match="nowhere"):
        _ = conn.compute
    with pytest.raises(AttributeError, match="compute"):
        conn.compute = conn.identity  # type: ignore[misc]
    with pytest.raises(TypeError, match="not a generated service package"):
        conn.client("stacksdk.runtime")
