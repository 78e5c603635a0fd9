"""IAM v3 projects: every operation against the signature-checking loopback cloud.

The IAM endpoint has no project ID: paths are /v3/projects, /v3/auth/projects, ...
"""

from __future__ import annotations

import pytest

import stacksdk.huaweicloud.iam.v3 as iam_v3
from stacksdk.huaweicloud.iam.v3 import projects
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

# IAM pages only when page and per_page are both sent; without per_page one answer holds
# every match. The runtime's page pager still asks for page 2 when the caller set no limit
# (reported to the runtime's owner); these tests describe the right behaviour and turn
# into failures (strict XPASS) once the pager stops after an unlimited first page.

ACCOUNT = "d78cbac186b744899480f25bd0220b51"
REGION_PROJECT = "04dd42abe48026ad2fa3c01ad7fa1234"
SUB_ID = "3de1461665f045ef91ba1efe8121b979"


@pytest.fixture
def client(hw: HwCloud) -> ServiceClient:
    return iam_v3.new_client(hw.provider)


def project_body(**changes: object) -> dict[str, object]:
    """A subproject as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": SUB_ID,
        "name": "xx-test-1_billing",
        "description": "billing team",
        "domain_id": ACCOUNT,
        "parent_id": REGION_PROJECT,
        "enabled": True,
        "is_domain": False,
        "links": {"self": f"https://iam.example.com/v3/projects/{SUB_ID}"},
    }
    body.update(changes)
    return body


def test_endpoint_has_no_project_id(hw: HwCloud, client: ServiceClient) -> None:
    assert client.endpoint.rstrip("/").endswith("/v3")
    assert hw.project_id not in client.endpoint


def test_list_with_filters(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200, {"projects": [project_body()], "links": {"self": "x", "next": None, "previous": None}}
    )
    opts = projects.ListOpts(
        domain_id=ACCOUNT, parent_id=REGION_PROJECT, enabled=True, name="xx-test-1_billing"
    )
    got = list(projects.list(client, opts))
    (req,) = hw.api_requests
    assert req.method == "GET" and req.path == "/v3/projects"
    assert sorted(req.query) == [
        ("domain_id", ACCOUNT),
        ("enabled", "true"),
        ("name", "xx-test-1_billing"),
        ("parent_id", REGION_PROJECT),
    ]
    assert [p.id for p in got] == [SUB_ID]
    assert (
        got[0].parent_id == REGION_PROJECT and got[0].enabled is True and got[0].is_domain is False
    )


def test_list_pages_by_page_number(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200, {"projects": [project_body(id="p-1"), project_body(id="p-2")], "links": {"self": "x"}}
    )
    hw.reply(200, {"projects": [project_body(id="p-3")], "links": {"self": "x"}})
    got = [p.id for p in projects.list(client, projects.ListOpts(page=1, per_page=2))]
    assert got == ["p-1", "p-2", "p-3"]
    one, two = hw.api_requests
    assert sorted(one.query) == [("page", "1"), ("per_page", "2")]
    assert sorted(two.query) == [("page", "2"), ("per_page", "2")]


def test_get(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"project": project_body()})
    got = projects.get(client, SUB_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v3/projects/{SUB_ID}" and req.body == b""
    assert got.name == "xx-test-1_billing" and got.domain_id == ACCOUNT
    assert got.links == projects.Links(self=f"https://iam.example.com/v3/projects/{SUB_ID}")


def test_create(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(201, {"project": project_body()})
    opts = projects.CreateOpts(
        name="xx-test-1_billing",
        parent_id=REGION_PROJECT,
        domain_id=ACCOUNT,
        description="billing team",
    )
    got = projects.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == "/v3/projects" and req.query == []
    assert req.json() == {
        "project": {
            "name": "xx-test-1_billing",
            "parent_id": REGION_PROJECT,
            "domain_id": ACCOUNT,
            "description": "billing team",
        }
    }
    assert got.id == SUB_ID


def test_create_needs_a_parent_before_sending(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="parent_id"):
        projects.create(client, projects.CreateOpts(name="xx-test-1_x"))
    assert hw.api_requests == []


def test_update(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"project": project_body(description="finance", extra={"tier": "gold"})})
    got = projects.update(client, SUB_ID, projects.UpdateOpts(description="finance")).extract()
    req = hw.api_requests[-1]
    assert req.method == "PATCH" and req.path == f"/v3/projects/{SUB_ID}"
    assert req.json() == {"project": {"description": "finance"}}
    assert got.description == "finance" and got.extra_info == {"tier": "gold"}


def test_list_auth(hw: HwCloud, client: ServiceClient) -> None:
    system = project_body(id=REGION_PROJECT, name="xx-test-1", parent_id=ACCOUNT)
    hw.reply(200, {"projects": [system, project_body()], "links": {"self": "x"}})
    got = projects.list_auth(client).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == "/v3/auth/projects" and req.query == []
    assert [p.name for p in got] == ["xx-test-1", "xx-test-1_billing"]
    assert got[0].parent_id == ACCOUNT


def test_list_for_user(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"projects": [project_body()], "links": {"self": "x"}})
    got = projects.list_for_user(client, "user-7").extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == "/v3/users/user-7/projects"
    assert [p.id for p in got] == [SUB_ID]


def test_find_by_name(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(404, {"error": {"code": 404, "message": "Could not find project"}})
    hw.reply(200, {"projects": [project_body()], "links": {"self": "x"}})
    hw.reply(200, {"project": project_body()})  # find returns what get returns for the match
    got = projects.find(client, "xx-test-1_billing")
    get_req, list_req, by_id = hw.api_requests
    assert get_req.path == "/v3/projects/xx-test-1_billing"
    assert list_req.path == "/v3/projects" and list_req.q("name") == "xx-test-1_billing"
    assert by_id.path == f"/v3/projects/{SUB_ID}"
    assert got.id == SUB_ID


def test_error_carries_the_message(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(409, {"error": {"code": 409, "message": "project name exists", "title": "Conflict"}})
    with pytest.raises(errors.Conflict):
        projects.create(
            client, projects.CreateOpts(name="xx-test-1_billing", parent_id=REGION_PROJECT)
        )


def test_list_with_filters_and_page_size(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"projects": [project_body()], "links": {"self": "x"}})
    opts = projects.ListOpts(domain_id=ACCOUNT, is_domain=False, page=1, per_page=50)
    got = list(projects.list(client, opts))
    (req,) = hw.api_requests  # a short page is the last one
    assert sorted(req.query) == [
        ("domain_id", ACCOUNT),
        ("is_domain", "false"),
        ("page", "1"),
        ("per_page", "50"),
    ]
    assert [p.name for p in got] == ["xx-test-1_billing"]
