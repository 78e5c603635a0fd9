"""Fixtures shared by the Image v2 tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from stacksdk.image.v2 import images
from stacksdk.runtime import ServiceClient
from tests.integration.helpers import Cleanup, Unique

MakeImage = Callable[..., images.Image]


@pytest.fixture
def make_image(image: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeImage:
    """make_image(**create_opts) -> a queued raw/bare image, deleted at teardown."""

    def make(**kwargs: Any) -> images.Image:
        kwargs.setdefault("name", unique("img"))
        kwargs.setdefault("disk_format", "raw")
        kwargs.setdefault("container_format", "bare")
        created = images.create(image, images.CreateOpts(**kwargs)).extract()
        image_id = created.id
        cleanup(lambda: images.delete(image, image_id))
        return created

    return make
