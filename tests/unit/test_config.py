"""clouds.yaml and secure.yaml: search order, merging, auth types, regions, TLS keys,
endpoint overrides, schema errors that name the file and key, OS_* overrides."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from stacksdk.runtime import AuthOptions, errors
from stacksdk.runtime.config import clouds as config

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


def _cloud(body: str, name: str = "c") -> str:
    """A clouds.yaml with one cloud ``name`` whose entry is ``body`` (indented by 4)."""
    return f"clouds:\n  {name}:\n" + "".join(
        f"    {line}\n" for line in body.strip("\n").splitlines()
    )


BASE = """\
auth:
  auth_url: http://127.0.0.1:5000/v3
  username: u
  password: pw
  user_domain_id: default
  project_name: p
  project_domain_id: default
"""


def _load(
    tmp_path: Path, body: str, environ: dict[str, str] | None = None, name: str = "c"
) -> AuthOptions:
    (tmp_path / "clouds.yaml").write_text(_cloud(body, name))
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "none.yaml"),
    }
    return AuthOptions.from_cloud(name, {**env, **(environ or {})})


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "clouds.yaml").write_text(CLOUDS)
    (tmp_path / "secure.yaml").write_text(SECURE)
    return {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "secure.yaml"),
    }


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake HOME and an empty cwd, so the real ~/.config is never read."""
    (tmp_path / "home").mkdir()
    (tmp_path / "cwd").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path / "cwd")
    return tmp_path / "home"


def test_named_cloud_merged_with_secure_yaml(env: dict[str, str]) -> None:
    opts = AuthOptions.from_cloud("local", env)
    assert (opts.identity_endpoint, opts.username, opts.password) == (
        "http://127.0.0.1:5000/v3",
        "admin",
        "from-secure",
    )
    assert (opts.region_name, opts.interface, opts.project_domain_id) == (
        "RegionOne",
        "internal",
        "default",
    )
    assert "from-secure" not in repr(opts)


def test_os_cloud_and_auth_types(env: dict[str, str]) -> None:
    opts = AuthOptions.from_cloud(environ={**env, "OS_CLOUD": "appcred"})
    assert opts.method() == "application_credential" and opts.application_credential_id == "ac1"
    d = AuthOptions.from_cloud("defaults", env)
    assert (d.user_domain_id, d.project_domain_id) == ("dom", "dom")


# -- search path ----------------------------------------------------------


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _named(region: str) -> str:
    return _cloud(BASE + f"region_name: {region}\n")


def test_search_order_env_file_then_cwd_then_user_dir(home: Path, tmp_path: Path) -> None:
    user = home / ".config" / "openstack" / "clouds.yaml"
    _write(user, _named("from-home"))
    assert AuthOptions.from_cloud("c", {}).region_name == "from-home"
    _write(Path.cwd() / "clouds.yaml", _named("from-cwd"))
    assert AuthOptions.from_cloud("c", {}).region_name == "from-cwd"
    _write(tmp_path / "elsewhere.yaml", _named("from-env"))
    assert (
        AuthOptions.from_cloud(
            "c", {"OS_CLIENT_CONFIG_FILE": str(tmp_path / "elsewhere.yaml")}
        ).region_name
        == "from-env"
    )
    # a variable naming a missing file falls back to the search path, as openstacksdk does
    assert (
        AuthOptions.from_cloud(
            "c", {"OS_CLIENT_CONFIG_FILE": str(tmp_path / "missing.yaml")}
        ).region_name
        == "from-cwd"
    )


def test_no_clouds_yaml_lists_where_it_looked(home: Path) -> None:
    assert config.config_paths({}, "clouds.yaml", "OS_CLIENT_CONFIG_FILE") == [
        Path.cwd() / "clouds.yaml",
        home / ".config" / "openstack" / "clouds.yaml",
        Path("/etc/openstack/clouds.yaml"),
    ]
    with pytest.raises(errors.ConfigError, match="no clouds.yaml found") as info:
        AuthOptions.from_cloud("c", {})
    assert str(home / ".config" / "openstack" / "clouds.yaml") in str(info.value)


def test_secure_yaml_search_order(home: Path, tmp_path: Path) -> None:
    _write(Path.cwd() / "clouds.yaml", _cloud(BASE.replace("  password: pw\n", "")))
    with pytest.raises(errors.ConfigError, match="needs 'password'"):
        AuthOptions.from_cloud("c", {})
    _write(
        home / ".config" / "openstack" / "secure.yaml",
        "clouds:\n  c:\n    auth:\n      password: home-pw\n",
    )
    assert AuthOptions.from_cloud("c", {}).password == "home-pw"
    _write(Path.cwd() / "secure.yaml", "clouds:\n  c:\n    auth:\n      password: cwd-pw\n")
    assert AuthOptions.from_cloud("c", {}).password == "cwd-pw"
    _write(
        tmp_path / "s.yaml",
        "clouds:\n  c:\n    auth:\n      password: env-pw\n    region_name: R2\n",
    )
    opts = AuthOptions.from_cloud("c", {"OS_CLIENT_SECURE_FILE": str(tmp_path / "s.yaml")})
    assert (opts.password, opts.region_name, opts.username) == ("env-pw", "R2", "u")


def test_secure_yaml_without_the_cloud_changes_nothing(env: dict[str, str]) -> None:
    assert AuthOptions.from_cloud("defaults", env).password == "p"


# -- auth types -----------------------------------------------------------

ALL_CREDENTIALS = """\
auth:
  auth_url: http://127.0.0.1:5000/v3
  username: u
  user_domain_id: default
  password: pw
  token: tok
  application_credential_id: ac
  application_credential_secret: acs
"""


@pytest.mark.parametrize(
    ("auth_type", "method", "passthrough", "kept"),
    [
        ("password", "password", False, "password"),
        ("v3password", "password", False, "password"),
        ("token", "token", True, "token"),
        ("admin_token", "token", True, "token"),
        ("v3token", "token", False, "token"),
        (
            "v3applicationcredential",
            "application_credential",
            False,
            "application_credential_secret",
        ),
    ],
)
def test_auth_type_decides_the_method(
    tmp_path: Path, auth_type: str, method: str, passthrough: bool, kept: str
) -> None:
    opts = _load(tmp_path, f"auth_type: {auth_type}\n" + ALL_CREDENTIALS)
    assert (opts.method(), opts.token_passthrough) == (method, passthrough)
    # the other methods' credentials are dropped, so a stray one cannot take over
    secrets = {
        "password": opts.password,
        "token": opts.token,
        "application_credential_secret": opts.application_credential_secret,
    }
    assert {k for k, v in secrets.items() if v} == {kept}
    assert "pw" not in repr(opts) and "tok'" not in repr(opts) and "acs" not in repr(opts)


@pytest.mark.parametrize(
    ("auth", "method", "passthrough"),
    [
        ("token: tok", "token", True),
        ("password: pw\n  username: u\n  user_domain_id: d", "password", False),
        (
            "application_credential_id: a\n  application_credential_secret: s",
            "application_credential",
            False,
        ),
    ],
)
def test_auth_type_inferred(tmp_path: Path, auth: str, method: str, passthrough: bool) -> None:
    opts = _load(tmp_path, f"auth:\n  auth_url: http://127.0.0.1:5000/v3\n  {auth}\n")
    assert (opts.method(), opts.token_passthrough) == (method, passthrough)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "auth_type: token\nauth:\n  auth_url: http://k/v3\n  password: p\n",
            "auth_type token needs 'token'",
        ),
        (
            "auth_type: v3applicationcredential\nauth:\n  auth_url: http://k/v3\n  application_credential_id: a\n",
            "needs 'application_credential_secret'",
        ),
        (
            "auth_type: v3applicationcredential\nauth:\n  auth_url: http://k/v3\n  application_credential_secret: s\n",
            "needs 'application_credential_id' or 'application_credential_name'",
        ),
    ],
)
def test_auth_type_needs_its_credential(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(errors.ConfigError, match=message) as info:
        _load(tmp_path, body)
    assert "clouds.c.auth" in str(info.value)


# -- regions, interface, identity version ---------------------------------


@pytest.mark.parametrize(
    ("extra", "region"),
    [
        ("regions: [R1, R2]", "R1"),
        ("regions:\n  - name: R3\n  - name: R4", "R3"),
        ("regions: [R1, {name: R2}]\nregion_name: R2", "R2"),
        ("region_name: R9", "R9"),
        ("regions: []", None),
    ],
)
def test_regions(tmp_path: Path, extra: str, region: str | None) -> None:
    assert _load(tmp_path, BASE + extra).region_name == region


def test_region_name_must_be_one_of_regions(tmp_path: Path) -> None:
    with pytest.raises(
        errors.ConfigError,
        match=r"clouds.c.region_name: 'R9' is not one of the cloud's regions \(R1, R2\)",
    ):
        _load(tmp_path, BASE + "regions: [R1, R2]\nregion_name: R9")
    with pytest.raises(errors.ConfigError, match=r"OS_REGION_NAME|region_name: 'R9'"):
        _load(tmp_path, BASE + "regions: [R1, R2]", {"OS_REGION_NAME": "R9"})


@pytest.mark.parametrize(
    ("extra", "interface"),
    [
        ("", "public"),
        ("interface: admin", "admin"),
        ("endpoint_type: internalURL", "internal"),
        ("interface: publicURL\nendpoint_type: adminURL", "public"),
    ],
)
def test_interface(tmp_path: Path, extra: str, interface: str) -> None:
    assert _load(tmp_path, BASE + extra).interface == interface


@pytest.mark.parametrize("version", ["3", "'3'", "'3.0'"])
def test_identity_api_version_3_is_accepted(tmp_path: Path, version: str) -> None:
    assert _load(tmp_path, BASE + f"identity_api_version: {version}").username == "u"


# -- TLS, timeouts, endpoint overrides -------------------------------------


def test_tls_and_timeout_keys(tmp_path: Path, home: Path) -> None:
    opts = _load(tmp_path, BASE + "cacert: ~/ca.pem\ncert: /c.pem\nkey: /k.pem\napi_timeout: 7.5")
    assert (opts.verify, opts.cert, opts.key, opts.api_timeout) == (
        str(home / "ca.pem"),
        "/c.pem",
        "/k.pem",
        7.5,
    )
    plain = _load(tmp_path, BASE)
    assert (plain.verify, plain.cert, plain.key, plain.api_timeout) == (True, None, None, None)
    assert _load(tmp_path, BASE + "verify: false\ncacert: /ca.pem").verify is False
    assert _load(tmp_path, BASE + "verify: true").verify is True
    assert _load(tmp_path, BASE + "api_timeout: 3").api_timeout == 3.0
    with pytest.raises(errors.ConfigError, match="clouds.c.key: a client key needs 'cert' too"):
        _load(tmp_path, BASE + "key: /k.pem")


def test_endpoint_overrides_keyed_by_catalog_type(tmp_path: Path) -> None:
    opts = _load(
        tmp_path,
        BASE
        + "block_storage_endpoint_override: http://127.0.0.1:8776/v3/%(project_id)s\n"
        + "compute_endpoint_override: https://nova.example:8774/v2.1\n"
        + "object-store_endpoint_override: http://127.0.0.1:8080/v1/AUTH_x\n"
        + "volumev3_endpoint_override: http://127.0.0.1:8776/v3\n",
    )
    assert opts.endpoint_overrides == {
        "block-storage": "http://127.0.0.1:8776/v3/%(project_id)s",
        "compute": "https://nova.example:8774/v2.1",
        "object-store": "http://127.0.0.1:8080/v1/AUTH_x",
        "volumev3": "http://127.0.0.1:8776/v3",
    }
    assert _load(tmp_path, BASE).endpoint_overrides == {}


def test_two_spellings_of_one_override_are_an_error(tmp_path: Path) -> None:
    body = (
        BASE
        + "block_storage_endpoint_override: http://a/v3\nblock-storage_endpoint_override: http://b/v3\n"
    )
    with pytest.raises(errors.ConfigError, match="override 'block-storage'"):
        _load(tmp_path, body)


# -- schema errors ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            CLOUDS.replace("      username: admin", "      usernme: admin"),
            "clouds.local.auth: unknown key 'usernme' (did you mean 'username'?) (line 5)",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    regoin_name: RegionOne"),
            "clouds.local: unknown key 'regoin_name' (did you mean 'region_name'?) (line 9)",
        ),
        (
            CLOUDS.replace("auth_type: v3applicationcredential", "auth_type: v3oidcpassword"),
            "clouds.appcred.auth_type: 'v3oidcpassword' is not supported (use one of 'password'",
        ),
        (
            CLOUDS.replace(
                "      auth_url: http://127.0.0.1:5000/v3\n      username: u", "      username: u"
            ),
            "clouds.defaults.auth: 'auth_url' is required",
        ),
        (
            CLOUDS.replace("interface: internalURL", "interface: private"),
            "clouds.local.interface: 'private' is not supported",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    api_timeout: ten"),
            "clouds.local.api_timeout: 'ten' is not of type 'number' (line 9)",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    api_timeout: 0"),
            "clouds.local.api_timeout: 0 is less than or equal to the minimum of 0",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    verify: 'no'"),
            "clouds.local.verify: 'no' is not of type 'boolean'",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    regions: [{nam: R1}]"),
            "clouds.local.regions[0]: unknown key 'nam'",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    regions: [1]"),
            "clouds.local.regions[0]: 1 is not of type 'string' or 'object'",
        ),
        (
            CLOUDS.replace(
                "    region_name: RegionOne", "    compute_endpoint_override: nova:8774"
            ),
            "clouds.local.compute_endpoint_override: 'nova:8774' is not an http(s) URL",
        ),
        (
            CLOUDS.replace(
                "auth_url: http://127.0.0.1:5000/v3\n      username: admin",
                "auth_url: 127.0.0.1\n      username: admin",
            ),
            "clouds.local.auth.auth_url: '127.0.0.1' is not an http(s) URL",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    identity_api_version: 2"),
            "clouds.local.identity_api_version: '2' is not supported",
        ),
        (
            CLOUDS.replace("    region_name: RegionOne", "    1: x"),
            "clouds.local: key 1 is not a string",
        ),
        (
            CLOUDS.replace("  local:\n", "  local: 3\n  x:\n"),
            "clouds.local: 3 is not of type 'object'",
        ),
        ("clouds: [1, 2]", "expected a mapping with a 'clouds' mapping"),
        (
            "clouds: {a: [",
            "line 1, column 14: invalid YAML: while parsing a flow node; expected the node content, but found '<stream end>'",
        ),
    ],
)
def test_errors_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "clouds.yaml").write_text(text)
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "none.yaml"),
    }
    name = "appcred" if "appcred" in message else "defaults" if "defaults" in message else "local"
    with pytest.raises(errors.ConfigError) as info:
        AuthOptions.from_cloud(name, env)
    assert message in str(info.value)
    assert str(info.value).startswith(str(tmp_path / "clouds.yaml") + ": ")


def test_error_in_secure_yaml_names_secure_yaml_and_hides_the_secret(
    env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "secure.yaml").write_text(
        "clouds:\n  local:\n    auth:\n      password: 12345678\n"
    )
    with pytest.raises(errors.ConfigError) as info:
        AuthOptions.from_cloud("local", env)
    assert (
        str(info.value)
        == f"{tmp_path / 'secure.yaml'}: clouds.local.auth.password: *** is not of type 'string' (line 4)"
    )
    (tmp_path / "secure.yaml").write_text("clouds:\n  local:\n    auth:\n      passwrod: hunter2\n")
    with pytest.raises(errors.ConfigError, match="unknown key 'passwrod'") as info:
        AuthOptions.from_cloud("local", env)
    assert "hunter2" not in str(info.value)


def test_other_clouds_in_the_file_are_not_validated(tmp_path: Path) -> None:
    (tmp_path / "clouds.yaml").write_text(
        _cloud(BASE) + "  other:\n    auth_type: v3oidcpassword\n    anything: 1\n"
    )
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "none.yaml"),
    }
    assert AuthOptions.from_cloud("c", env).username == "u"


def test_schema_is_a_valid_json_schema() -> None:
    import jsonschema

    schema = json.loads((Path(config.__file__).resolve().parent / "clouds.schema.json").read_text())
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_unknown_cloud_and_missing_name(env: dict[str, str]) -> None:
    with pytest.raises(
        errors.ConfigError, match=r"no cloud 'nope' \(it has: appcred, defaults, local\)"
    ):
        AuthOptions.from_cloud("nope", env)
    with pytest.raises(errors.ConfigError, match="OS_CLOUD"):
        AuthOptions.from_cloud(environ=env)


# -- environment variables --------------------------------------------------


def test_env_variables_override_the_files(env: dict[str, str]) -> None:
    opts = AuthOptions.from_cloud(
        "local",
        {
            **env,
            "OS_PASSWORD": "env-pw",
            "OS_AUTH_URL": "https://keystone.example/v3",
            "OS_REGION_NAME": "R2",
            "OS_INTERFACE": "adminURL",
            "OS_PROJECT_ID": "pid",
            "OS_CACERT": "/ca.pem",
            "OS_CERT": "/c.pem",
            "OS_KEY": "/k.pem",
        },
    )
    assert (opts.password, opts.identity_endpoint, opts.region_name, opts.interface) == (
        "env-pw",
        "https://keystone.example/v3",
        "R2",
        "admin",
    )
    # OS_PROJECT_ID replaces the file's project_name (one group), not just adds to it
    assert (opts.project_id, opts.project_name, opts.username) == ("pid", None, "admin")
    assert (opts.verify, opts.cert, opts.key) == ("/ca.pem", "/c.pem", "/k.pem")
    assert "env-pw" not in repr(opts)


def test_env_supplies_what_the_file_lacks_and_empty_variables_are_ignored(tmp_path: Path) -> None:
    body = (
        "auth:\n  username: u\n  user_domain_name: D\n  project_name: p\n  project_domain_name: D\n"
    )
    opts = _load(
        tmp_path,
        body,
        {"OS_AUTH_URL": "http://127.0.0.1:5000/v3", "OS_PASSWORD": "pw", "OS_USERNAME": ""},
    )
    assert (opts.identity_endpoint, opts.password, opts.username) == (
        "http://127.0.0.1:5000/v3",
        "pw",
        "u",
    )


def test_env_token_and_auth_type(tmp_path: Path) -> None:
    token_only = (
        "auth:\n  auth_url: http://127.0.0.1:5000/v3\n  project_name: p\n  project_domain_id: d\n"
    )
    passthrough = _load(tmp_path, token_only, {"OS_TOKEN": "t0k"})
    assert (passthrough.token, passthrough.token_passthrough) == ("t0k", True)
    rescope = _load(tmp_path, token_only, {"OS_AUTH_TOKEN": "t0k", "OS_AUTH_TYPE": "v3token"})
    assert (rescope.method(), rescope.token_passthrough) == ("token", False)
    # a password cloud stays one: the inferred auth_type drops the stray token
    pw = _load(tmp_path, BASE, {"OS_TOKEN": "t0k"})
    assert (pw.method(), pw.token) == ("password", None)
    with pytest.raises(errors.ConfigError, match="OS_AUTH_TYPE: 'v3oidc' is not supported"):
        _load(tmp_path, BASE, {"OS_AUTH_TYPE": "v3oidc"})
    with pytest.raises(
        errors.ConfigError,
        match="OS_ENDPOINT_TYPE: 'private' is not one of public, internal, admin",
    ):
        _load(tmp_path, BASE, {"OS_ENDPOINT_TYPE": "private"})


def test_from_env_reads_exactly_the_documented_variables() -> None:
    class Recording(dict[str, str]):
        def get(self, key: str, default: Any = None) -> Any:
            asked.add(key)
            return super().get(key, default)

    asked: set[str] = set()
    AuthOptions.from_env(Recording(OS_AUTH_URL="http://127.0.0.1:5000/v3"))
    documented = {name for _, names in config.ENV_OVERRIDES for name in names}
    assert asked == documented
    doc = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text()
    assert [name for name in sorted(documented) if f"`{name}`" not in doc] == []


def test_from_env(tmp_path: Path) -> None:
    base = {"OS_AUTH_URL": "http://127.0.0.1:5000/v3"}
    assert AuthOptions.from_env({**base, "OS_TOKEN": "t"}).token_passthrough is True
    assert (
        AuthOptions.from_env({**base, "OS_TOKEN": "t", "OS_AUTH_TYPE": "v3token"}).token_passthrough
        is False
    )
    with_pw = AuthOptions.from_env(
        {**base, "OS_TOKEN": "t", "OS_USERNAME": "u", "OS_PASSWORD": "p"}
    )
    assert (with_pw.method(), with_pw.token_passthrough) == ("password", False)
    opts = AuthOptions.from_env(
        {**base, "OS_INTERFACE": "internalURL", "OS_DEFAULT_DOMAIN": "d", "OS_CACERT": "/ca.pem"}
    )
    assert (opts.interface, opts.user_domain_id, opts.project_domain_id, opts.verify) == (
        "internal",
        "d",
        "d",
        "/ca.pem",
    )
    # no credential yet is not an error here (authenticate says what is missing)
    assert AuthOptions.from_env({**base, "OS_TRUST_ID": "t1"}).trust_id == "t1"
    with pytest.raises(errors.ConfigError, match="OS_AUTH_URL is not set"):
        AuthOptions.from_env({"OS_TOKEN": "t"})


def test_loading_makes_no_network_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> Any:
        raise AssertionError("network used while loading")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    body = (
        BASE.replace("http://127.0.0.1:5000/v3", "https://keystone.invalid:5000/v3")
        + "compute_endpoint_override: https://nova.invalid/v2.1"
    )
    opts = _load(tmp_path, body)
    assert opts.identity_endpoint == "https://keystone.invalid:5000/v3"
    assert (
        AuthOptions.from_env({"OS_AUTH_URL": "https://keystone.invalid/v3", "OS_TOKEN": "t"}).token
        == "t"
    )


def test_from_env_imports_neither_yaml_nor_jsonschema() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from stacksdk.runtime import AuthOptions\n"
        "AuthOptions.from_env({'OS_AUTH_URL': 'http://127.0.0.1:1/v3', 'OS_TOKEN': 't'})\n"
        "print(sorted({'yaml', 'jsonschema'} & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"


def test_without_jsonschema_errors_still_name_file_key_and_line(tmp_path: Path) -> None:
    """jsonschema is no runtime dependency: fastcheck decides and explains."""
    import subprocess
    import sys

    (tmp_path / "clouds.yaml").write_text(_cloud(BASE + "regin_name: R\napi_timeout: ten\n"))
    (tmp_path / "ok.yaml").write_text(_cloud(BASE))
    code = (
        "import sys\n"
        "class Refuse:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'jsonschema':\n"
        "            raise ImportError('jsonschema blocked')\n"
        "sys.meta_path.insert(0, Refuse())\n"
        "from stacksdk.runtime import AuthOptions, errors\n"
        f"ok = AuthOptions.from_cloud('c', {{'OS_CLIENT_CONFIG_FILE': {str(tmp_path / 'ok.yaml')!r}}})\n"
        "assert ok.username == 'u'\n"
        "try:\n"
        f"    AuthOptions.from_cloud('c', {{'OS_CLIENT_CONFIG_FILE': {str(tmp_path / 'clouds.yaml')!r}}})\n"
        "except errors.ConfigError as exc:\n"
        "    print(exc)\n"
        "assert 'jsonschema' not in sys.modules\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == (
        f"{tmp_path / 'clouds.yaml'}: clouds.c: unknown key 'regin_name' (did you mean 'region_name'?) (line 10)"
    )


def test_explanations_agree_with_jsonschema() -> None:
    """fastcheck's explanation points where jsonschema's best match does (with jsonschema
    importable, the tests' second opinion)."""
    import jsonschema

    from stacksdk.runtime import fastcheck

    validator = _jsonschema_validator()
    relevance = jsonschema.exceptions.by_relevance(strong=frozenset({"additionalProperties"}))
    checked = 0
    for variant in _cloud_variants():
        failure = fastcheck.explain_def(config._schema(), "cloud", variant)
        best = jsonschema.exceptions.best_match(validator.iter_errors(variant), key=relevance)
        assert (failure is None) == (best is None), variant
        if failure is None or best is None:
            continue
        where, _, _ = config._describe(failure)
        assert (
            where[: len(best.absolute_path)] == tuple(best.absolute_path)
            or tuple(best.absolute_path)[: len(where)] == where
        ), (variant, failure, best)
        checked += 1
    assert checked > 100


def _jsonschema_validator() -> Any:
    """jsonschema's validator for clouds.schema.json: the tests' second opinion."""
    import jsonschema

    schema = config._schema()
    return jsonschema.validators.validator_for(schema)(schema)


def _cloud_variants() -> list[object]:
    """A valid cloud and many broken (and a few valid) variants of it."""
    base: dict[str, object] = {
        "auth": {
            "auth_url": "https://keystone.example:5000/v3",
            "username": "u",
            "password": "p",
            "project_name": "x",
        },
        "auth_type": "password",
        "region_name": "R1",
        "regions": ["R1", {"name": "R2"}],
        "interface": "internalURL",
        "identity_api_version": 3,
        "verify": True,
        "api_timeout": 30,
        "compute_endpoint_override": "https://nova.example/v2.1",
        "profile": "huaweicloud",
    }
    bad_values: list[object] = [
        None,
        0,
        -1,
        0.5,
        "",
        "x",
        True,
        [],
        {},
        ["x"],
        {"name": ""},
        {"name": 1},
        "ftp://x",
        "https://h/p",
    ]
    variants: list[object] = [base, {}, [], "x"]
    for key in list(base) + [
        "unknown_key",
        "block-storage_endpoint_override",
        "Bad_endpoint_override",
    ]:
        for value in bad_values:
            variants.append({**base, key: value})
    for key in ("auth_url", "username", "nope", "access_key"):
        for value in bad_values:
            variants.append({**base, "auth": {**base["auth"], key: value}})  # type: ignore[dict-item]
    variants.append({**base, "regions": [{"name": "R", "extra": 1}]})
    return variants


def test_the_quick_schema_check_agrees_with_jsonschema() -> None:
    """Valid clouds never import jsonschema: the compiled check must give its verdict."""
    from stacksdk.runtime.config import clouds as config

    quick = config._quick_check()
    assert quick is not None, "clouds.schema.json uses a keyword fastcheck does not compile"
    validator = _jsonschema_validator()
    variants = _cloud_variants()
    verdicts = [(quick(v), validator.is_valid(v)) for v in variants]
    assert all(q == j for q, j in verdicts), [v for v, (q, j) in zip(variants, verdicts) if q != j][
        :3
    ]
    assert (
        sum(j for _, j in verdicts) > 10 and sum(not j for _, j in verdicts) > 100
    )  # both kinds tried


def test_loading_a_valid_cloud_does_not_import_jsonschema(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "clouds.yaml").write_text(
        "clouds:\n  c:\n    region_name: R\n    api_timeout: 5\n    auth:\n"
        "      auth_url: https://k.example/v3\n      username: u\n      password: p\n"
    )
    code = (
        "import sys\nfrom stacksdk.runtime import AuthOptions\n"
        f"o = AuthOptions.from_cloud('c', {{'OS_CLIENT_CONFIG_FILE': {str(tmp_path / 'clouds.yaml')!r}}})\n"
        "assert o.username == 'u' and o.api_timeout == 5\n"
        "assert 'jsonschema' not in sys.modules, 'jsonschema was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- clouds.yaml files written for other tools ---------------------------------


def test_api_versions_are_kept_as_written(tmp_path: Path) -> None:
    opts = _load(
        tmp_path,
        BASE
        + "compute_api_version: 2.10\nvolume_api_version: 3\nblock_storage_api_version: '3.59'\n"
        + "placement_api_version: 1.39\nimage_api_version: 2\nnetwork_api_version: '2.0'\n",
    )
    # 2.10 is not 2.1: the text as written, not YAML's float
    assert opts.api_versions == {
        "compute": "2.10",
        "volume": "3",
        "block-storage": "3.59",
        "placement": "1.39",
        "image": "2",
        "network": "2.0",
    }
    assert _load(tmp_path, BASE).api_versions == {}
    with pytest.raises(
        errors.ConfigError,
        match=r"clouds.c.compute_api_version: '2.x' is not a version \(like 2.79",
    ):
        _load(tmp_path, BASE + "compute_api_version: 2.x")


@pytest.mark.parametrize(
    ("extra", "verify"),
    [
        ("insecure: true", False),
        ("insecure: 'True'", False),
        ("insecure: false", True),
        ("insecure: true\ncacert: /ca.pem", False),  # as openstacksdk: insecure wins
        ("insecure: false\ncacert: /ca.pem", "/ca.pem"),
    ],
)
def test_insecure_is_verify_false(tmp_path: Path, extra: str, verify: object) -> None:
    assert _load(tmp_path, BASE + extra).verify == verify


REGIONS = BASE + """\
regions:
  - name: R1
    values:
      compute_api_version: '2.79'
      interface: internal
      auth:
        project_name: p-in-r1
  - name: R2
    values:
      cacert: /r2.pem
  - R3
"""


def test_region_values_are_merged_for_the_chosen_region(tmp_path: Path) -> None:
    first = _load(tmp_path, REGIONS)
    assert (first.region_name, first.interface, first.project_name, first.api_versions) == (
        "R1",
        "internal",
        "p-in-r1",
        {"compute": "2.79"},
    )
    assert first.username == "u"  # the rest of auth is kept
    second = _load(tmp_path, REGIONS, {"OS_REGION_NAME": "R2"})
    assert (second.region_name, second.interface, second.project_name, second.verify) == (
        "R2",
        "public",
        "p",
        "/r2.pem",
    )
    third = _load(tmp_path, REGIONS + "region_name: R3\n")
    assert (third.region_name, third.verify, third.api_versions) == ("R3", True, {})
    # variables still win over region values
    assert _load(tmp_path, REGIONS, {"OS_INTERFACE": "admin"}).interface == "admin"
    with pytest.raises(
        errors.ConfigError,
        match=r"clouds.c.regions\[0\].values: unknown key 'usernme' \(did you mean 'username'\?\)|regions\[0\].values.auth: unknown key",
    ):
        _load(tmp_path, REGIONS.replace("project_name: p-in-r1", "usernme: x"))
    with pytest.raises(
        errors.ConfigError,
        match=r"clouds.c.regions\[0\].values: 'region_name' cannot be set per region",
    ):
        _load(tmp_path, REGIONS.replace("interface: internal", "region_name: R2"))


FOREIGN = """\
floating_ip_source: neutron
image_format: raw
compute_service_type: compute
volume_interface: internal
networks:
  - name: public
    routes_externally: true
"""


def test_keys_of_other_tools_warn_once_each_and_are_ignored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config._warned.clear()
    with caplog.at_level("WARNING", logger="stacksdk.config"):
        opts = _load(tmp_path, BASE + FOREIGN + "auth_type: password\n")
        again = _load(tmp_path, BASE + FOREIGN.replace("auth:", "auth:"))
    assert opts.username == again.username == "u"
    warned = [r.getMessage() for r in caplog.records if r.name == "stacksdk.config"]
    keys = (
        "floating_ip_source",
        "image_format",
        "compute_service_type",
        "volume_interface",
        "networks",
    )
    assert len(warned) == len(keys)  # one per key per process, however often loaded
    for key in keys:
        assert sum(repr(key) in w for w in warned) == 1
    assert all("ignores it" in w and "neutron" not in w for w in warned)


def test_passcode_is_ignored_and_auth_token_is_token(tmp_path: Path) -> None:
    config._warned.clear()
    body = "auth_type: token\nauth:\n  auth_url: http://127.0.0.1:5000/v3\n  auth_token: tok\n  passcode: '123456'\n"
    opts = _load(tmp_path, body)
    assert (opts.token, opts.token_passthrough) == ("tok", True)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("insecrue: true", "insecure"),
        ("compute_api_versoin: '2.1'", "compute_api_version"),
        ("compute_endpoint_overide: http://x/", "compute_endpoint_override"),
        ("api_timout: 3", "api_timeout"),
        ("regoins: [R1]", "regions"),
    ],
)
def test_typos_of_our_keys_stay_errors_with_a_suggestion(
    tmp_path: Path, typo: str, meant: str
) -> None:
    with pytest.raises(
        errors.ConfigError,
        match=rf"unknown key '{typo.split(':')[0]}' \(did you mean '{meant}'\?\)",
    ):
        _load(tmp_path, BASE + typo)


@pytest.mark.parametrize(
    ("auth", "user_domain", "project_domain"),
    [
        ("domain_name: D", ("user_domain_name", "D"), ("project_domain_name", "D")),
        ("domain_id: d1", ("user_domain_id", "d1"), ("project_domain_id", "d1")),
        (
            "domain_id: d1\n  user_domain_name: U",
            ("user_domain_name", "U"),
            ("project_domain_id", "d1"),
        ),
        (
            "domain_name: D\n  project_domain_id: pd",
            ("user_domain_name", "D"),
            ("project_domain_id", "pd"),
        ),
    ],
)
def test_domain_with_a_project_is_the_default_of_both_domains(
    tmp_path: Path, auth: str, user_domain: tuple[str, str], project_domain: tuple[str, str]
) -> None:
    body = f"auth:\n  auth_url: http://127.0.0.1:5000/v3\n  username: u\n  password: pw\n  project_name: p\n  {auth}\n"
    opts = _load(tmp_path, body)
    assert getattr(opts, user_domain[0]) == user_domain[1]
    assert getattr(opts, project_domain[0]) == project_domain[1]
    assert (opts.domain_id, opts.domain_name) == (None, None)  # no domain scope
    scope = opts.auth_body()["auth"]["scope"]
    assert scope == {
        "project": {
            "name": "p",
            "domain": {project_domain[0].removeprefix("project_domain_"): project_domain[1]},
        }
    }


def test_domain_without_a_project_is_the_scope(tmp_path: Path) -> None:
    body = "auth:\n  auth_url: http://127.0.0.1:5000/v3\n  username: u\n  password: pw\n  user_domain_id: default\n  domain_name: D\n"
    opts = _load(tmp_path, body)
    assert opts.auth_body()["auth"]["scope"] == {"domain": {"name": "D"}}


def test_auth_options_domain_name_is_the_users_domain() -> None:
    """The seed's AuthOptions{Username, DomainName}: DomainName is the user's domain."""
    opts = AuthOptions(
        identity_endpoint="http://127.0.0.1:5000/v3",
        username="u",
        password="pw",
        domain_name="D",
        project_name="p",
    )
    identity = opts.auth_body()["auth"]["identity"]["password"]["user"]
    assert identity["domain"] == {"name": "D"}
    assert opts.auth_body()["auth"]["scope"] == {"project": {"name": "p", "domain": {"name": "D"}}}


# -- hostile files -------------------------------------------------------------


def _hostile(tmp_path: Path, text: str | bytes, name: str = "clouds.yaml") -> errors.ConfigError:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "secure.yaml"),
    }
    if name == "secure.yaml":
        (tmp_path / "clouds.yaml").write_text(_cloud(BASE))
    with pytest.raises(errors.ConfigError) as info:
        AuthOptions.from_cloud("c", env)
    assert str(info.value).startswith(f"{path}: "), str(info.value)
    return info.value


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + f"\nclouds:\n  c:\n    regions: *a{levels - 1}\n"


@pytest.mark.parametrize("levels", [9, 12])
def test_alias_bomb_is_refused_quickly(tmp_path: Path, levels: int) -> None:
    text = _laughs(levels)
    assert len(text) < 1000
    error = _hostile(tmp_path, text)
    assert "more than 20000 values once aliases are expanded" in str(error)
    assert "line " in str(error)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a: &a [*a]\nclouds: {}\n", "an alias refers to a value that contains it"),
        ("a: &a {b: *a}\nclouds: {}\n", "an alias refers to a value that contains it"),
        (
            "clouds:\n  c:\n" + "    x: " + "[" * 200 + "]" * 200 + "\n",
            "nested deeper than 32 levels",
        ),
        ("clouds:\n  c: {}\n  c: {}\n", "line 3, column 3: duplicate key 'c'"),
        ("clouds:\n  ? [a, b]\n  : x\n", "a key is a list or a mapping"),
        (
            "clouds: !!python/object/apply:os.system ['true']\n",
            "line 1, column 9: tags other than YAML's own",
        ),
        ("clouds: !!python/name:os.system x\n", "line 1, column 9: tags other than YAML's own"),
        ("clouds: !custom {}\n", "tags other than YAML's own"),
        (
            "clouds:\n  c:\n    api_timeout: 2024-13-01\n",
            "line 3, column 18: invalid value for its type timestamp",
        ),
        ("--- {}\n--- {}\n", "expected a single document"),
        ("just text\n", "expected a mapping with a 'clouds' mapping"),
        ("- 1\n- 2\n", "expected a mapping with a 'clouds' mapping"),
        (b"clouds:\n  c: \xff\xfe\n", "line 2: not UTF-8 text"),
        (b"clouds:\n  c: a\x00b\n", "line 2: invalid YAML: character #x0000 is not allowed"),
        ("clouds:\n  c:\n    <<: [1]\n", "'<<' merges mappings only"),
        (
            "clouds:\n  c:\n    api_timeout: " + "9" * 100_000 + "\n",
            "line 3, column 18: a number of more than 64 characters",
        ),
        (
            "clouds:\n  c:\n    " + "k" * 500 + ": 1\n",
            "clouds.c: unknown key a text of 500 characters",
        ),
    ],
)
def test_hostile_files_are_config_errors(tmp_path: Path, text: str | bytes, reason: str) -> None:
    assert reason in str(_hostile(tmp_path, text))


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    error = _hostile(tmp_path, "clouds: {}\n#" + "x" * config.MAX_BYTES)
    assert "larger than 1048576 bytes" in str(error)


def test_merge_keys_work(tmp_path: Path) -> None:
    text = "defaults: &defaults\n  region_name: R1\n  interface: internal\n" + _cloud(
        "<<: *defaults\ninterface: admin\n" + BASE
    )
    (tmp_path / "clouds.yaml").write_text(text)
    opts = AuthOptions.from_cloud(
        "c",
        {
            "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
            "OS_CLIENT_SECURE_FILE": "/nonexistent",
        },
    )
    assert (opts.region_name, opts.interface, opts.username) == ("R1", "admin", "u")


SECRET = "Hunter2-s3cret-value"


@pytest.mark.parametrize(
    "text",
    [
        f'clouds:\n  c:\n    auth:\n      password: "{SECRET}\n',  # unclosed quote
        f"clouds:\n  c:\n    auth:\n      password: '{SECRET}'s'\n",
        f"clouds:\n  c:\n    auth:\n      password: {SECRET}: x\n",
        f"clouds:\n  c:\n    auth:\n      password: [{SECRET}\n",
        f"clouds:\n  c:\n    auth:\n      password: *{SECRET}\n",  # undefined alias
        f"clouds:\n  c:\n    auth:\n      password: !{SECRET} x\n",
        f"clouds:\n  c:\n    auth:\n      password:\n      - {SECRET}\n",
        f"clouds:\n  c:\n    auth:\n      password: {{a: {SECRET}}}\n",
        f"clouds:\n  c:\n    auth: {SECRET}\n",
        f"clouds:\n  c:\n    auth:\n      auth_url: https://u:{SECRET}@keystone.example/v3\n      auth_url: x\n",
        f"clouds:\n  c:\n    auth:\n      auth_url: ftp://u:{SECRET}@keystone.example/v3\n",
        f'clouds:\n  c:\n    auth:\n      password: "\\q{SECRET}"\n',
    ],
)
@pytest.mark.parametrize("name", ["clouds.yaml", "secure.yaml"])
def test_messages_never_quote_the_file(tmp_path: Path, text: str, name: str) -> None:
    error = _hostile(tmp_path, text, name)
    assert SECRET not in str(error) and "Hunter" not in str(error)
    assert " line " in str(error) or "(line " in str(error)
