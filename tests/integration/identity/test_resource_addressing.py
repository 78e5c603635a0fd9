"""Ids that look like path syntax against the real Keystone: no call may address a
resource other than the one its arguments name (``projects.delete(c, "..")`` must not
reach ``/v3/``, ``"."`` not ``/v3/projects``): each is sent as one encoded segment and
answered 404 for an id that does not exist."""

from __future__ import annotations

import pytest

from stacksdk.identity.v3 import projects
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique

ODD_IDS = [
    "..",
    ".",
    "...",
    "?x=1",
    "#frag",
    "%",
    "%2E%2E",
    "%2F",
    ";x",
    "ünï €",
    "a\\b",
    " ",
    "\t",
]
#: Keystone decodes %2F before routing ("<id>/tags" would name the tags): refused
SLASHED = ["/", "../..", "a/b", "x/", "/x"]


@pytest.mark.parametrize("odd", ODD_IDS)
def test_odd_ids_name_no_other_resource(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup, odd: str
) -> None:
    witness = projects.create(
        identity, projects.CreateOpts(name=unique("addr"), domain_id="default")
    ).extract()
    wid = str(witness.id)
    cleanup(lambda: projects.delete(identity, wid))

    with pytest.raises(errors.NotFound):
        projects.get(identity, odd)
    with pytest.raises(errors.NotFound):
        projects.update(identity, odd, projects.UpdateOpts(description="x"))
    with pytest.raises(errors.NotFound):
        projects.delete(identity, odd)
    # nothing else was touched: the witness project is still there, unchanged
    again = projects.get(identity, wid).extract()
    assert again.name == witness.name and again.description == witness.description


@pytest.mark.parametrize("odd", SLASHED)
def test_ids_with_a_slash_are_refused_before_sending(identity: ServiceClient, odd: str) -> None:
    with pytest.raises(ValueError, match="contains '/'"):
        projects.delete(identity, odd)


def test_a_project_id_and_a_sub_path_is_not_its_tags(
    identity: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    """What the refusal prevents: Keystone answers ``/v3/projects/<id>%2Ftags`` as the tags."""
    p = projects.create(
        identity, projects.CreateOpts(name=unique("addr"), domain_id="default", tags=["t1"])
    ).extract()
    pid = str(p.id)
    cleanup(lambda: projects.delete(identity, pid))
    raw = identity.provider.request(
        "GET", f"{identity.endpoint}/projects/{pid}%2Ftags", ok=(200, 404)
    )
    assert raw.status_code == 200 and raw.json()["tags"] == ["t1"]  # the server decodes %2F
    with pytest.raises(ValueError, match="contains '/'"):
        projects.get(identity, f"{pid}/tags")


def test_empty_ids_are_refused_before_sending(identity: ServiceClient) -> None:
    with pytest.raises(ValueError, match="empty"):
        projects.delete(identity, "")
