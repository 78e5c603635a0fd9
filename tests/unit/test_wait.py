"""Waiters (runtime/wait.py) against a scripted local server; interval 0, so no test sleeps."""

from __future__ import annotations

import pytest

from stacksdk.runtime import Operation, ServiceClient, errors
from stacksdk.runtime.resources.wait import wait_for_delete, wait_for_status

from .conftest import Thing
from .server import Reply, Request, Server

GET = Operation("things.get", "GET", "/things/{thing_id}", response_key="thing")


def script(server: Server, states: list[str | None]) -> None:
    """Each GET answers the next state (None: 404); the last one repeats."""
    answers = list(states)

    def handler(r: Request) -> Reply:
        state = answers.pop(0) if len(answers) > 1 else answers[0]
        if state is None:
            return Reply(404, {"itemNotFound": {"code": 404, "message": "gone"}})
        return Reply(200, {"thing": {"id": "x", "name": state}})

    server.handler = handler


def test_wait_for_status_returns_the_model_in_the_wanted_state(
    client: ServiceClient, server: Server
) -> None:
    script(server, ["BUILD", "BUILD", "ACTIVE"])
    seen: list[str] = []
    got = wait_for_status(
        client, GET, {"thing_id": "x"}, model=Thing, field="name", wanted="active",
        failures=("ERROR",), interval=0, progress=lambda t: seen.append(str(t.name)),
    )  # fmt: skip
    assert got.name == "ACTIVE" and seen == ["BUILD", "BUILD", "ACTIVE"]
    assert len(server.requests) == 3 and server.requests[0].path == "/v1/things/x"


def test_wait_for_status_accepts_several_states(client: ServiceClient, server: Server) -> None:
    script(server, ["BUILD", "SHUTOFF"])
    got = wait_for_status(
        client,
        GET,
        {"thing_id": "x"},
        model=Thing,
        field="name",
        wanted=["ACTIVE", "SHUTOFF"],
        interval=0,
    )
    assert got.name == "SHUTOFF"


def test_a_failure_state_stops_the_wait_at_once(client: ServiceClient, server: Server) -> None:
    script(server, ["BUILD", "ERROR", "ACTIVE"])
    with pytest.raises(errors.WaitFailed, match="'ERROR'") as err:
        wait_for_status(
            client,
            GET,
            {"thing_id": "x"},
            model=Thing,
            field="name",
            wanted="ACTIVE",
            failures=["error"],
            interval=0,
        )
    assert isinstance(err.value.resource, Thing) and err.value.resource.name == "ERROR"
    assert len(server.requests) == 2
    # waiting for the failure state itself is allowed
    script(server, ["ERROR"])
    assert (
        wait_for_status(
            client,
            GET,
            {"thing_id": "x"},
            model=Thing,
            field="name",
            wanted="ERROR",
            failures=["ERROR"],
            interval=0,
        ).name
        == "ERROR"
    )


def test_the_timeout_bounds_the_wait(client: ServiceClient, server: Server) -> None:
    script(server, ["BUILD"])
    with pytest.raises(errors.WaitTimeout, match="still 'BUILD' after 0 s") as err:
        wait_for_status(
            client,
            GET,
            {"thing_id": "x"},
            model=Thing,
            field="name",
            wanted="ACTIVE",
            timeout=0,
            interval=0,
        )
    assert isinstance(err.value, TimeoutError)
    assert len(server.requests) == 1  # polled once, then gave up
    with pytest.raises(ValueError, match="negative"):
        wait_for_status(
            client, GET, {"thing_id": "x"}, model=Thing, field="name", wanted="ACTIVE", timeout=-1
        )


def test_other_errors_are_not_swallowed(client: ServiceClient, server: Server) -> None:
    script(server, [None])
    with pytest.raises(errors.NotFound):
        wait_for_status(
            client, GET, {"thing_id": "x"}, model=Thing, field="name", wanted="ACTIVE", interval=0
        )


def test_wait_for_delete(client: ServiceClient, server: Server) -> None:
    script(server, ["ACTIVE", "DELETING", None])
    seen: list[str] = []
    wait_for_delete(
        client,
        GET,
        {"thing_id": "x"},
        model=Thing,
        field="name",
        interval=0,
        progress=lambda t: seen.append(str(t.name)),
    )
    assert seen == ["ACTIVE", "DELETING"] and len(server.requests) == 3
    script(server, ["deleting", "deleted"])  # a state that counts as gone
    wait_for_delete(
        client, GET, {"thing_id": "x"}, model=Thing, field="name", deleted=["DELETED"], interval=0
    )
    script(server, ["deleting", "error_deleting"])
    with pytest.raises(errors.WaitFailed, match="error_deleting"):
        wait_for_delete(
            client,
            GET,
            {"thing_id": "x"},
            model=Thing,
            field="name",
            failures=["error_deleting"],
            interval=0,
        )
    script(server, ["deleting"])
    with pytest.raises(errors.WaitTimeout, match="still there"):
        wait_for_delete(
            client, GET, {"thing_id": "x"}, model=Thing, field="name", timeout=0, interval=0
        )


@pytest.mark.parametrize("field", ["timeout", "interval"])
@pytest.mark.parametrize("value", [float("nan"), float("inf"), -0.5, 1e300, "5"], ids=repr)
def test_unusable_timeouts_and_intervals_are_refused_before_polling(
    client: ServiceClient, server: Server, field: str, value: object
) -> None:
    script(server, ["BUILD"])
    kw = {field: value}
    with pytest.raises(ValueError, match=field):
        wait_for_status(client, GET, {"thing_id": "x"}, model=Thing, field="name", wanted="ACTIVE", **kw)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=field):
        wait_for_delete(client, GET, {"thing_id": "x"}, model=Thing, field="name", **kw)  # type: ignore[arg-type]
    assert server.requests == []
