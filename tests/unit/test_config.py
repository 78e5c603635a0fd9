"""clouds.yaml and secure.yaml: search order, merging, errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from stacksdk.runtime import AuthOptions, errors

CLOUDS = """\
clouds:
  local:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      project_name: admin
      user_domain_id: default
      project_domain_id: default
    region_name: RegionOne
    interface: internalURL
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://127.0.0.1:5000/v3
      application_credential_id: ac1
      application_credential_secret: s3cr3t
  defaults:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: u
      password: p
      project_name: p
      default_domain_id: dom
"""
SECURE = """\
clouds:
  local:
    auth:
      password: from-secure
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "clouds.yaml").write_text(CLOUDS)
    (tmp_path / "secure.yaml").write_text(SECURE)
    return {"OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"), "OS_CLIENT_SECURE_FILE": str(tmp_path / "secure.yaml")}


def test_named_cloud_merged_with_secure_yaml(env: dict[str, str]) -> None:
    opts = AuthOptions.from_cloud("local", env)
    assert (opts.identity_endpoint, opts.username, opts.password) == ("http://127.0.0.1:5000/v3", "admin", "from-secure")
    assert (opts.region_name, opts.interface, opts.project_domain_id) == ("RegionOne", "internal", "default")
    assert "from-secure" not in repr(opts)


def test_os_cloud_and_auth_types(env: dict[str, str]) -> None:
    opts = AuthOptions.from_cloud(environ={**env, "OS_CLOUD": "appcred"})
    assert opts.method() == "application_credential" and opts.application_credential_id == "ac1"
    d = AuthOptions.from_cloud("defaults", env)
    assert (d.user_domain_id, d.project_domain_id) == ("dom", "dom")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (CLOUDS.replace("      username: admin", "      usernme: admin"), "clouds.local.auth: unknown key 'usernme'"),
        (CLOUDS.replace("    region_name: RegionOne", "    regoin_name: RegionOne"), "clouds.local: unknown key 'regoin_name'"),
        (CLOUDS.replace("auth_type: v3applicationcredential", "auth_type: v3oidcpassword"), "clouds.appcred.auth_type: 'v3oidcpassword' is not supported"),
        (CLOUDS.replace("      auth_url: http://127.0.0.1:5000/v3\n      username: u", "      username: u"), "clouds.defaults.auth: 'auth_url' is required"),
        ("clouds: [1, 2]", "expected a mapping with a 'clouds' mapping"),
        ("clouds: {a: [", "cannot read"),
    ],
)
def test_errors_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "clouds.yaml").write_text(text)
    env = {"OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"), "OS_CLIENT_SECURE_FILE": str(tmp_path / "none.yaml")}
    name = "appcred" if "appcred" in message else "defaults" if "defaults" in message else "local"
    with pytest.raises(errors.ConfigError) as info:
        AuthOptions.from_cloud(name, env)
    assert message in str(info.value) and str(tmp_path / "clouds.yaml") in str(info.value)


def test_unknown_cloud_and_missing_name(env: dict[str, str]) -> None:
    with pytest.raises(errors.ConfigError, match=r"no cloud 'nope' \(it has: appcred, defaults, local\)"):
        AuthOptions.from_cloud("nope", env)
    with pytest.raises(errors.ConfigError, match="OS_CLOUD"):
        AuthOptions.from_cloud(environ=env)
