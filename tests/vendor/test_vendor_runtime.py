"""Vendor plumbing against the signature-checking loopback Huawei Cloud: profiles and
endpoint resolution (override -> catalog -> profile), project lookup by name, the signed
catalog, agencies, clouds.yaml with ``profile: huaweicloud``, jobs, totals."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from stacksdk.runtime import (
    EndpointOpts,
    ServiceClient,
    authenticated_client,
    cloud_auth_options,
    errors,
)
from stacksdk.runtime.auth import AgencyAuthOptions, AKSKAuthOptions
from stacksdk.runtime.endpoints.profiles import Profile
from stacksdk.runtime.resources.jobs import wait_for_job
from stacksdk.runtime.resources.operation import Operation, Paging
from stacksdk.runtime.resources.service import JobSpec, ServiceSpec

from .hwcloud import AK, SK, HwCloud

VPC = ServiceSpec("vpc", "v1", url_suffix=None, vendor="huaweicloud")
PEERING = ServiceSpec("vpc", "v2.0", url_suffix=None, vendor="huaweicloud")
IAM = ServiceSpec("iam", "v3", url_suffix=None, vendor="huaweicloud")
ECS = ServiceSpec(
    "ecs",
    "v1",
    url_suffix=None,
    vendor="huaweicloud",
    jobs=JobSpec("/jobs/{job_id}", reason="fail_reason"),
)


def test_endpoints_come_from_the_profile_templates(hw: HwCloud) -> None:
    p = hw.provider
    assert ServiceClient.for_service(p, VPC).endpoint == f"{hw.url}/v1/{hw.project_id}"
    assert ServiceClient.for_service(p, PEERING).endpoint == f"{hw.url}/v2.0"
    assert ServiceClient.for_service(p, IAM).endpoint == f"{hw.url}/v3"


def test_the_real_profile_builds_vendor_hosts() -> None:
    profile = Profile.load("huaweicloud")
    values = {"region": "cn-north-4", "project_id": "p1"}
    assert profile.endpoint("vpc", "v1", values) == "https://vpc.cn-north-4.myhuaweicloud.com/v1/p1"
    assert (
        profile.endpoint("ecs", "v1.1", values)
        == "https://ecs.cn-north-4.myhuaweicloud.com/v1.1/p1"
    )
    assert profile.endpoint("dns", "v2", values) == "https://dns.cn-north-4.myhuaweicloud.com/v2"
    assert profile.identity_endpoint(values) == "https://iam.cn-north-4.myhuaweicloud.com/v3"
    with pytest.raises(errors.ConfigError, match="needs 'region'"):
        profile.endpoint("vpc", "v1", {"project_id": "p1"})


def test_resolution_order_override_then_catalog_then_profile(hw: HwCloud) -> None:
    hw.catalog = [
        {
            "type": "vpc",
            "name": "vpc",
            "endpoints": [
                {
                    "interface": "public",
                    "region": hw.region,
                    "region_id": hw.region,
                    "url": hw.url + "/from-catalog/$(tenant_id)s",
                    "id": "e1",
                }
            ],
        }
    ]
    p = authenticated_client(hw.options())
    assert ServiceClient.for_service(p, VPC).endpoint == f"{hw.url}/from-catalog/{hw.project_id}"
    p2 = authenticated_client(
        hw.options(endpoint_overrides={"vpc": hw.url + "/override/{project_id}"})
    )
    assert ServiceClient.for_service(p2, VPC).endpoint == f"{hw.url}/override/{hw.project_id}"
    assert (
        ServiceClient.for_service(p2, VPC, EndpointOpts(url=hw.url + "/explicit")).endpoint
        == hw.url + "/explicit"
    )
    # the catalog has no ECS: the profile's template serves
    assert ServiceClient.for_service(p, ECS).endpoint == f"{hw.url}/v1/{hw.project_id}"


def test_no_profile_and_no_catalog_names_what_was_tried(hw: HwCloud) -> None:
    from stacksdk.runtime.endpoints.resolve import Where, resolve

    # what the signed provider's plugin knows, without its profile (and no catalog)
    with pytest.raises(errors.EndpointNotFound) as err:
        resolve(VPC, EndpointOpts(), Where(region=hw.options().region, project_id=hw.project_id))
    text = str(err.value)
    assert "no endpoint override" in text and "no catalog" in text and "no vendor profile" in text


def test_unknown_profile_is_a_config_error() -> None:
    with pytest.raises(errors.ConfigError, match="built in: huaweicloud, openstack"):
        Profile.load("nosuchcloud")
    with pytest.raises(errors.ConfigError, match="endpoints.vpc"):
        Profile.from_dict({"name": "x", "endpoints": {"vpc": "ftp://nope"}}, "x.yaml")


def test_a_vendor_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(
        "name: acme\nauth: [aksk]\nvariables: {domain: acme.example}\n"
        "endpoints:\n  default: 'https://{service}.{domain}/{version}/{project_id}'\n"
    )
    profile = Profile.load(str(path))
    assert profile.endpoint("vpc", "v1", {"project_id": "p"}) == "https://vpc.acme.example/v1/p"


def test_project_resolved_by_name_with_a_signed_request(hw: HwCloud) -> None:
    hw.reply(200, {"projects": [{"id": "pid-by-name", "name": "xx-test-1_prod"}]})
    p = authenticated_client(
        hw.options(project_id=None, project_name="xx-test-1_prod", domain_id="dom-1")
    )
    lookup = hw.api_requests[0]
    assert (lookup.method, lookup.path, lookup.query) == (
        "GET",
        "/v3/projects",
        [("name", "xx-test-1_prod")],
    )
    assert lookup.headers["X-Domain-Id"] == "dom-1"
    assert p.project_id == "pid-by-name"
    assert ServiceClient.for_service(p, VPC).endpoint.endswith("/v1/pid-by-name")
    hw.reply(200, {"projects": []})
    with pytest.raises(errors.ConfigError, match="matches 0 projects"):
        authenticated_client(hw.options(project_id=None, project_name="nope"))


def test_account_resolved_by_name_with_a_signed_request(hw: HwCloud) -> None:
    hw.reply(200, {"domains": [{"id": "dom-42", "name": "acme-account", "enabled": True}]})
    hw.reply(200, {"ok": True})
    p = authenticated_client(hw.options(domain_name="acme-account"))
    assert hw.api_requests[0].path == "/v3/auth/domains"
    p.request("GET", hw.url + "/v3/projects", ok=(200,))
    assert hw.api_requests[-1].headers["X-Domain-Id"] == "dom-42"
    hw.reply(200, {"domains": [{"id": "dom-42", "name": "acme-account"}]})
    with pytest.raises(errors.ConfigError, match="matches 0 accounts"):
        authenticated_client(hw.options(domain_name="other"))


def test_agency_token_through_an_aksk_principal(hw: HwCloud) -> None:
    hw.tokens.add("delegated-token")
    hw.reply(
        201,
        {
            "token": {
                "project": {"id": "delegated-pid", "name": "p"},
                "catalog": [],
                "expires_at": "2099-01-01T00:00:00Z",
            }
        },
        {"X-Subject-Token": "delegated-token"},
    )
    opts = AgencyAuthOptions(
        principal=hw.options(),
        agency_name="ops-agency",
        domain_name="other-account",
        project_id="delegated-pid",
    )
    p = authenticated_client(opts)
    issued = hw.api_requests[-1]
    assert (issued.method, issued.path) == ("POST", "/v3/auth/tokens")
    assert issued.json()["auth"]["identity"] == {
        "methods": ["assume_role"],
        "assume_role": {"agency_name": "ops-agency", "domain_name": "other-account"},
    }
    assert issued.json()["auth"]["scope"] == {"project": {"id": "delegated-pid"}}
    assert p.token == "delegated-token" and p.project_id == "delegated-pid"
    hw.reply(200, {"vpcs": []})
    client = ServiceClient.for_service(p, VPC)
    assert client.endpoint.endswith("/v1/delegated-pid")
    p.request("GET", client.endpoint + "/vpcs", ok=(200,))
    assert hw.api_requests[-1].headers["X-Auth-Token"] == "delegated-token"
    assert "delegated-token" not in repr(opts)


def test_clouds_yaml_with_the_huaweicloud_profile_and_aksk(hw: HwCloud, tmp_path: Path) -> None:
    (tmp_path / "clouds.yaml").write_text(textwrap.dedent(f"""
            clouds:
              hw:
                profile: huaweicloud
                auth_type: aksk
                region_name: {hw.region}
                auth:
                  access_key: {AK}
                  project_id: {hw.project_id}
            """))
    (tmp_path / "secure.yaml").write_text(f"clouds:\n  hw:\n    auth:\n      secret_key: {SK}\n")
    env = {
        "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml"),
        "OS_CLIENT_SECURE_FILE": str(tmp_path / "secure.yaml"),
    }
    opts = cloud_auth_options("hw", env)
    assert isinstance(opts, AKSKAuthOptions) and opts == AKSKAuthOptions.from_cloud("hw", env)
    assert opts.profile == "huaweicloud" and SK not in repr(opts)
    real = authenticated_client  # the real profile names real hosts: point it at the loopback
    opts.profile = Profile.load(str(opts.profile)).rebased(hw.url)
    p = real(opts)
    import stacksdk.huaweicloud.ecs.v1 as ecs_v1
    import stacksdk.huaweicloud.evs.v2 as evs_v2
    import stacksdk.huaweicloud.vpc.v1 as vpc_v1
    from stacksdk.huaweicloud.vpc.v1 import vpcs

    for package, path in ((vpc_v1, "/v1/"), (ecs_v1, "/v1/"), (evs_v2, "/v2/")):
        assert package.new_client(p).endpoint == f"{hw.url}{path}{hw.project_id}"
    hw.reply(200, {"vpcs": [{"id": "v-1", "name": "net", "cidr": "10.0.0.0/16", "status": "OK"}]})
    hw.reply(200, {"vpcs": []})  # the marker after the last item: an empty page ends it
    assert [v.name for v in vpcs.list(vpc_v1.new_client(p))] == ["net"]  # signed, verified
    env["OS_SECRET_KEY"] = "from-env"
    assert AKSKAuthOptions.from_cloud("hw", env).secret_key == "from-env"


def test_wait_for_job_returns_the_entities(hw: HwCloud, monkeypatch: pytest.MonkeyPatch) -> None:
    client = ServiceClient.for_service(hw.provider, ECS)
    hw.reply(200, {"job_id": "j1", "status": "RUNNING", "entities": {}})
    hw.reply(200, {"job_id": "j1", "status": "SUCCESS", "entities": {"server_id": "s1"}})
    seen: list[str] = []
    got = wait_for_job(client, "j1", interval=0, progress=lambda job: seen.append(job["status"]))
    assert got == {"server_id": "s1"} and seen == ["RUNNING", "SUCCESS"]
    assert [r.path for r in hw.api_requests] == [f"/v1/{hw.project_id}/jobs/j1"] * 2

    hw.reply(200, {"job_id": "j2", "status": "FAIL", "fail_reason": "Ecs.0013 quota exceeded"})
    with pytest.raises(errors.WaitFailed, match="quota exceeded") as err:
        wait_for_job(client, "j2", interval=0)
    assert err.value.resource["job_id"] == "j2"
    hw.reply(200, {"job_id": "j3", "status": "INIT"})
    with pytest.raises(errors.WaitTimeout):
        wait_for_job(client, "j3", timeout=0, interval=0)


def test_a_job_path_below_the_root_names_the_project(hw: HwCloud) -> None:
    evs = ServiceSpec(
        "evs", "v2", url_suffix=None, jobs=JobSpec("/v1/{project_id}/jobs/{job_id}", root=True)
    )
    client = ServiceClient.for_service(hw.provider, evs)
    hw.reply(200, {"status": "SUCCESS", "entities": {"volume_id": "v1"}})
    assert wait_for_job(client, "j9", interval=0) == {"volume_id": "v1"}
    assert hw.api_requests[-1].path == f"/v1/{hw.project_id}/jobs/j9"


def test_returns_job_and_totals(hw: HwCloud) -> None:
    client = ServiceClient.for_service(hw.provider, ECS)
    create = Operation(
        "cloudservers.create",
        "POST",
        "/cloudservers",
        ok=(200,),
        request_kind="json",
        response_kind="job",
    )
    hw.reply(200, {"job_id": "job-7", "serverIds": ["a"]})
    assert client.call(create).extract() == "job-7"
    hw.reply(200, {"error": "no id"})
    with pytest.raises(errors.ResponseError, match="job_id"):
        client.call(create).extract()

    from tests.unit.conftest import Thing

    listing = Operation(
        "things.list",
        "GET",
        "/things",
        response_key="things",
        paging=Paging("offset", count="count"),
    )
    hw.reply(200, {"things": [{"id": "a"}, {"id": "b"}], "count": 3})
    hw.reply(200, {"things": [{"id": "c"}], "count": 3})
    hw.reply(200, {"things": [], "count": 3})
    pages = list(client.pager(listing, model=Thing).pages())
    assert [p.total for p in pages] == [3, 3, 3]
    assert [r.q("offset") for r in hw.api_requests[-3:]] == [None, "2", "3"]


def test_aksk_options_take_the_documented_positional_order() -> None:
    opts = AKSKAuthOptions(
        "ak", "sk", "pid", None, "dom", "cn-north-4", "sts", "https://iam.example/v3"
    )
    assert (opts.project_id, opts.domain_id, opts.region) == ("pid", "dom", "cn-north-4")
    assert (opts.security_token, opts.identity_endpoint) == ("sts", "https://iam.example/v3")
    assert "'sk'" not in repr(opts) and "'sts'" not in repr(opts)
