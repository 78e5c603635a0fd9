"""Fixtures and helpers shared by the Image v2 tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from stacksdk.image.v2 import images
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique

MakeImage = Callable[..., images.Image]

#: how long asynchronous Glance work (an import) may take before a test gives up
IMPORT_DEADLINE_S = 120.0
POLL_S = 0.2
#: task states Glance is still working in
RUNNING_TASK_STATES = ("pending", "processing")


def running_tasks(image: ServiceClient, image_id: str) -> list[Any]:
    """The image's import tasks Glance has not finished (needs an admin client)."""
    try:
        found = images.list_tasks(image, image_id).extract()
    except errors.NotFound:
        return []
    return [t for t in found if t.status in RUNNING_TASK_STATES]


def settle(image: ServiceClient, image_id: str) -> None:
    """Wait (bounded) until no import task of the image is running.

    An import task goes on writing to the image for a moment after the image turned
    active; deleting the image meanwhile races it (Glance answers the DELETE with 500,
    or the task fails half-way and leaves its thread pool busy).
    """
    deadline = time.monotonic() + IMPORT_DEADLINE_S
    while running_tasks(image, image_id):
        assert time.monotonic() < deadline, f"image {image_id}: import task still running"
        time.sleep(POLL_S)


def wait_for_import(image: ServiceClient, image_id: str) -> tuple[images.Image, Any]:
    """Wait until the image is active and its import task has succeeded.

    Returns the image and its (most recent) successful ``api_image_import`` task.
    Fails at once when the image is killed/deleted or the task fails.
    """
    deadline = time.monotonic() + IMPORT_DEADLINE_S
    while True:
        got = images.get(image, image_id).extract()
        assert got.status not in ("killed", "deleted"), f"image went {got.status}"
        found = images.list_tasks(image, image_id).extract()
        failed = [t for t in found if t.status == "failure"]
        assert not failed, f"import task failed: {failed[0].message!r}"
        done = [t for t in found if t.type == "api_image_import" and t.status == "success"]
        if (
            got.status == "active"
            and done
            and not any(t.status in RUNNING_TASK_STATES for t in found)
        ):
            return got, done[0]
        assert time.monotonic() < deadline, f"import not done: image {got.status}, tasks {found}"
        time.sleep(POLL_S)


@pytest.fixture
def make_image(image: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeImage:
    """make_image(**create_opts) -> a queued raw/bare image, deleted at teardown
    (after any import task of it has finished)."""

    def make(**kwargs: Any) -> images.Image:
        kwargs.setdefault("name", unique("img"))
        kwargs.setdefault("disk_format", "raw")
        kwargs.setdefault("container_format", "bare")
        created = images.create(image, images.CreateOpts(**kwargs)).extract()
        image_id = created.id

        def remove() -> None:
            settle(image, image_id)
            images.delete(image, image_id)

        cleanup(remove)
        return created

    return make
