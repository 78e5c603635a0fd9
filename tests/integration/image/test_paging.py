"""Required measurement: the image pager sends exactly one GET /v2/images a page."""

from __future__ import annotations

import functools
import os
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

import stacksdk.image.v2 as image_v2
from stacksdk.image.v2 import images
from stacksdk.runtime import ServiceClient, authenticated_client
from tests.integration.conftest import admin_options
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.keystone import KeystoneInfo

COUNT = 25
PAGE = 10


def test_paging_sends_three_gets_for_25_images(
    image: ServiceClient, keystone: KeystoneInfo, unique: Unique, cleanup: Cleanup
) -> None:
    prefix = unique("img-page")
    tag = unique("tag-page")
    created: set[str] = set()
    for n in range(COUNT):
        made = images.create(
            image,
            images.CreateOpts(
                name=f"{prefix}-{n:02d}", disk_format="raw", container_format="bare", tags=[tag]
            ),
        ).extract()
        image_id = made.id
        cleanup(functools.partial(images.delete, image, image_id))
        created.add(image_id)

    # a fresh provider whose session counts the list requests it sends
    provider = authenticated_client(admin_options(keystone))
    lists: list[requests.PreparedRequest] = []

    def count(resp: requests.Response, *args: Any, **kwargs: Any) -> None:
        req = resp.request
        if req.method == "GET" and urlsplit(str(req.url)).path.rstrip("/") == "/v2/images":
            lists.append(req)

    provider.session.hooks["response"].append(count)
    client = image_v2.new_client(provider)

    found = list(images.list(client, images.ListOpts(limit=PAGE, tag=[tag])))
    print(f"\n[paging] {len(lists)} GET /v2/images for {len(found)} images (limit={PAGE})")
    assert len(lists) == 3
    assert len(found) == COUNT and {i.id for i in found} == created
    assert all(str(i.name).startswith(prefix) for i in found)
    # every request kept the filter and the limit; the 2nd and 3rd carried a marker
    queries = [parse_qs(urlsplit(str(r.url)).query) for r in lists]
    assert all(q["tag"] == [tag] and q["limit"] == [str(PAGE)] for q in queries)
    assert "marker" not in queries[0] and all("marker" in q for q in queries[1:])

    # the same, page by page: 10 + 10 + 5, and the short page ends the walk
    lists.clear()
    sizes = [len(p) for p in images.list(client, images.ListOpts(limit=PAGE, tag=[tag])).pages()]
    assert sizes == [10, 10, 5] and len(lists) == 3


#: Glance's default api_limit_max: a larger limit is silently lowered to it
GLANCE_API_LIMIT_MAX = 1000


@pytest.mark.skipif(
    not os.environ.get("STACKSDK_SLOW_TESTS"),
    reason="creates 1001 images (about 3 minutes); set STACKSDK_SLOW_TESTS=1 to run",
)
def test_pager_limit_above_server_cap(
    image: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    tag = unique("tag-cap")
    for n in range(GLANCE_API_LIMIT_MAX + 1):
        made = images.create(image, images.CreateOpts(name=f"{tag}-{n}", tags=[tag])).extract()
        image_id = made.id
        cleanup(functools.partial(images.delete, image, image_id))
    # without a limit Glance pages by 25 and the pager walks them all
    assert len(list(images.list(image, images.ListOpts(tag=[tag])))) == GLANCE_API_LIMIT_MAX + 1
    found = list(images.list(image, images.ListOpts(tag=[tag], limit=GLANCE_API_LIMIT_MAX + 1)))
    assert len(found) == GLANCE_API_LIMIT_MAX + 1
