"""Models and options: wire names, absent vs null, unknown keys, masking, validation."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle
from typing import ClassVar, Literal

import pytest

from stacksdk.runtime import REQUIRED, UNSET, AuthOptions, Unset
from stacksdk.runtime import types as t
from stacksdk.runtime.resources.fields import Field, Model, Opts, Param
from stacksdk.runtime.types import parse_datetime

from .conftest import Thing


@dataclasses.dataclass(kw_only=True, repr=False)
class Link(Model):
    href: str | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("href", "href", t.STRING),)


@dataclasses.dataclass(kw_only=True, repr=False)
class Server(Model):
    vm_state: str | Unset = UNSET
    created: dt.datetime | Unset = UNSET
    links: list[Link] | Unset = UNSET
    meta: dict[str, Link] | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("vm_state", "OS-EXT-STS:vm_state", t.STRING),
        Field("created", "created", t.DATETIME),
        Field("links", "links", t.list_of(t.model(Link))),
        Field("meta", "meta", t.map_of(t.model(Link))),
    )


@dataclasses.dataclass(kw_only=True, repr=False)
class CreateOpts(Opts):
    name: str = REQUIRED
    kind: Literal["a", "b"] | Unset = UNSET
    password: str | Unset = UNSET
    when: dt.datetime | Unset = UNSET
    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("kind", "type", t.STRING, enum=("a", "b")),
        Param("password", "password", t.STRING, sensitive=True),
        Param("when", "when", t.DATETIME),
    )


def test_wire_names_nested_models_and_datetimes() -> None:
    raw = {
        "OS-EXT-STS:vm_state": "active",
        "created": "2015-11-06T14:32:17.000000Z",
        "links": [{"href": "h1"}, {"href": "h2", "rel": "self"}],
        "meta": {"k": {"href": "h3"}},
    }
    s = Server.from_dict(raw)
    assert s.vm_state == "active"
    assert s.created == dt.datetime(2015, 11, 6, 14, 32, 17, tzinfo=dt.timezone.utc)
    assert isinstance(s.links, list) and s.links[1].extra == {"rel": "self"}
    assert isinstance(s.meta, dict) and s.meta["k"].href == "h3"
    out = s.to_dict()
    assert out["OS-EXT-STS:vm_state"] == "active"
    assert out["links"][1] == {"href": "h2", "rel": "self"}
    assert Server.from_dict(out) == s


def test_absent_and_null_are_different() -> None:
    a = Thing.from_dict({"id": "1"})
    b = Thing.from_dict({"id": "1", "secret": None})
    assert a.secret is UNSET and not a.is_set("secret")
    assert b.secret is None and b.is_set("secret")
    assert "secret" not in a.to_dict() and b.to_dict()["secret"] is None


def test_unknown_keys_are_kept_not_dropped() -> None:
    thing = Thing.from_dict({"id": "1", "brand_new_field": {"x": 1}})
    assert thing.extra == {"brand_new_field": {"x": 1}}
    assert thing.to_dict() == {"id": "1", "brand_new_field": {"x": 1}}


def test_sensitive_fields_are_masked_in_repr() -> None:
    thing = Thing.from_dict({"id": "1", "secret": "hunter2"})
    assert "hunter2" not in repr(thing) and "secret=***" in repr(thing)
    opts = CreateOpts(name="n", password="pa55word")
    assert "pa55word" not in repr(opts) and "password=***" in repr(opts)
    auth = AuthOptions(
        identity_endpoint="http://127.0.0.1:1/v3",
        username="u",
        password="pa55word",
        token="tok-secret",
        application_credential_secret="s3cr3t",
    )
    assert not any(s in repr(auth) for s in ("pa55word", "tok-secret", "s3cr3t"))


def test_opts_required_enum_and_types() -> None:
    with pytest.raises(ValueError, match="missing required field 'name'"):
        CreateOpts()
    with pytest.raises(ValueError, match=r"field 'kind' is 'c'; expected one of 'a', 'b'"):
        CreateOpts(name="x", kind="c")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'name' must be string, got int"):
        CreateOpts(name=3)
    opts = CreateOpts(
        name="x", kind="a", when=dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    )
    assert opts.to_dict() == {"name": "x", "type": "a", "when": "2030-01-02T03:04:05.000000Z"}
    opts.name = UNSET  # mutated after construction: still checked before sending
    with pytest.raises(ValueError, match="missing required field 'name'"):
        opts.to_dict()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-11-06T14:32:17Z", dt.datetime(2015, 11, 6, 14, 32, 17, tzinfo=dt.timezone.utc)),
        (
            "2015-11-06T14:32:17.123456",
            dt.datetime(2015, 11, 6, 14, 32, 17, 123456, tzinfo=dt.timezone.utc),
        ),
        (
            "2015-11-06T14:32:17.1+02:00",
            dt.datetime(2015, 11, 6, 14, 32, 17, 100000, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        ("2015-11-06 14:32", dt.datetime(2015, 11, 6, 14, 32, tzinfo=dt.timezone.utc)),
        (
            "2015-11-06T14:32:17-0530",
            dt.datetime(
                2015, 11, 6, 14, 32, 17, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30))
            ),
        ),
    ],
)
def test_parse_datetime(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text) == expected


def test_bad_datetime_names_the_value() -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 timestamp: 'yesterday'"):
        parse_datetime("yesterday")


def test_unset_is_a_falsy_singleton() -> None:
    assert not UNSET and repr(UNSET) == "UNSET" and Unset() is UNSET
    assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_a_field_the_server_always_sends_is_typed_plainly() -> None:
    @dataclasses.dataclass(kw_only=True, repr=False)
    class Item(Model):
        id: str
        name: str | Unset = UNSET
        _fields: ClassVar[tuple[Field, ...]] = (
            Field("id", "id", t.STRING),
            Field("name", "name", t.STRING),
        )

    assert Item.from_dict({"id": "1"}).id == "1"
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'id'"):
        Item(name="n")  # type: ignore[call-arg]
    # a sparse listing (Neutron's fields=name) leaves it out: UNSET, not a failure
    sparse = Item.from_dict({"name": "n"})
    assert sparse.id is UNSET and sparse.name == "n" and sparse.to_dict() == {"name": "n"}


@dataclasses.dataclass(kw_only=True, repr=False)
class Container(Model):
    object_count: int | Unset = UNSET
    bytes_used: int | Unset = UNSET
    public: bool | Unset = UNSET
    modified: dt.datetime | Unset = UNSET
    created: dt.datetime | Unset = UNSET
    metadata: dict[str, str] | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("object_count", kind=t.INTEGER, header="X-Container-Object-Count"),
        Field("bytes_used", kind=t.INTEGER, header="X-Container-Bytes-Used"),
        Field("public", kind=t.BOOLEAN, header="X-Public"),
        Field("modified", kind=t.DATETIME, header="Last-Modified"),
        Field("created", kind=t.DATETIME, header="X-Timestamp"),
        Field("metadata", kind=t.map_of(t.STRING), header_prefix="X-Container-Meta-"),
    )


def test_models_from_headers() -> None:
    c = Container.from_headers(
        {
            "x-container-object-count": "3",
            "X-Container-Bytes-Used": "1024",
            "X-Public": "True",
            "Last-Modified": "Sat, 28 Nov 2026 01:02:03 GMT",
            "X-Timestamp": "1700000000.12345",
            "X-Container-Meta-Color": "blue",
            "x-container-meta-Size": "L",
            "Content-Type": "text/plain",
        }
    )
    assert (c.object_count, c.bytes_used, c.public) == (3, 1024, True)
    assert c.modified == dt.datetime(2026, 11, 28, 1, 2, 3, tzinfo=dt.timezone.utc)
    assert c.created == dt.datetime.fromtimestamp(1700000000.12345, tz=dt.timezone.utc)
    assert c.metadata == {"color": "blue", "size": "L"}
    empty = Container.from_headers({})
    assert empty.object_count is UNSET and empty.metadata == {}


@pytest.mark.parametrize(
    "header, text",
    [
        ("X-Container-Object-Count", "many"),
        ("X-Container-Object-Count", "1e999"),
        ("X-Container-Object-Count", "9" * 5000),  # beyond int()'s digit limit
        ("X-Container-Bytes-Used", "12.5"),
        ("Last-Modified", "1e999"),  # a timestamp past datetime's range
        ("Last-Modified", "99999999999999999999999"),
        ("Last-Modified", "nan"),
        ("X-Timestamp", "2015-13-01T00:00:00Z"),
    ],
)
def test_bad_header_value_is_kept_as_sent_and_listed(header: str, text: str) -> None:
    from stacksdk.runtime import errors
    from stacksdk.runtime.pipeline.headers import header_value

    attr = next(f.attr for f in Container._fields if f.header == header)
    kind = next(f.kind for f in Container._fields if f.header == header)
    c = Container.from_headers({header: text})
    assert getattr(c, attr) == text
    assert f"is not a valid {kind.name}" in c.invalid[attr]
    assert len(c.invalid[attr]) < 200  # a megabyte header is not quoted whole
    assert set(c.invalid) == {attr}
    with pytest.raises(errors.ResponseError, match=f"is not a valid {kind.name}"):
        header_value(text, kind)


def test_huge_but_valid_header_numbers_decode() -> None:
    c = Container.from_headers({"X-Container-Object-Count": "99999999999999999999999"})
    assert c.object_count == 99999999999999999999999 and not c.invalid


def test_a_field_required_only_inside_its_window() -> None:
    @dataclasses.dataclass(kw_only=True, repr=False)
    class AllocOpts(Opts):
        consumer_generation: int | None | Unset = UNSET
        _params: ClassVar[tuple[Param, ...]] = (
            Param(
                "consumer_generation",
                "consumer_generation",
                t.INTEGER,
                required=True,
                nullable=True,
                since="1.28",
            ),
        )

    opts = AllocOpts()  # no version yet: nothing to complain about
    assert opts.to_dict("1.27") == {}
    with pytest.raises(
        ValueError,
        match=r"'consumer_generation', required from microversion >= 1.28 \(the call uses 1.30\)",
    ):
        opts.to_dict("1.30")
    assert AllocOpts(consumer_generation=None).to_dict("1.30") == {"consumer_generation": None}


def test_non_ascii_header_values_are_read_as_utf8() -> None:
    sent = "Zürich €".encode().decode("latin-1")  # what http.client hands over
    c = Container.from_headers({"X-Container-Meta-City": sent, "X-Container-Meta-Raw": "caf\xe9"})
    assert c.metadata == {"city": "Zürich €", "raw": "caf\xe9"}  # not UTF-8: kept as it came


def test_nested_request_models_respect_microversion_windows() -> None:
    from stacksdk.runtime import errors

    @dataclasses.dataclass(kw_only=True, repr=False)
    class Consumer(Model):
        project_id: str | Unset = UNSET
        consumer_type: str | Unset = UNSET
        _fields: ClassVar[tuple[Field, ...]] = (
            Field("project_id", "project_id", t.STRING),
            Field("consumer_type", "consumer_type", t.STRING, since="1.38"),
        )

    @dataclasses.dataclass(kw_only=True, repr=False)
    class SetManyOpts(Opts):
        consumers: dict[str, Consumer] | Unset = UNSET
        _params: ClassVar[tuple[Param, ...]] = (
            Param("consumers", "consumers", t.map_of(t.model(Consumer))),
        )

    opts = SetManyOpts(consumers={"c1": Consumer(project_id="p", consumer_type="INSTANCE")})
    assert opts.to_dict("1.38")["consumers"]["c1"]["consumer_type"] == "INSTANCE"
    with pytest.raises(
        errors.MicroversionError,
        match=r"consumers\['c1'\]\.consumer_type needs microversion >= 1.38, the call uses 1.37",
    ):
        opts.to_dict("1.37")
    assert SetManyOpts(consumers={"c1": Consumer(project_id="p")}).to_dict("1.37") == {
        "consumers": {"c1": {"project_id": "p"}}
    }
    from stacksdk.runtime.resources.microversion import parse

    with pytest.raises(errors.MicroversionError, match="invalid microversion '1.x'"):
        parse("1.x")


def test_two_extensions_options_combine_by_inheriting_both() -> None:
    """The generated servers extensions each subclass servers.CreateOpts; a class with
    both bases sends every option of both (each once), and mypy sees both too."""
    from stacksdk.compute.v2 import diskconfig, server_scheduler_hints, servers

    class Both(server_scheduler_hints.CreateOpts, diskconfig.CreateOpts):
        pass

    opts = Both(name="x", flavor_ref="1", disk_config="AUTO", scheduler_hints={"k": "v"})
    attrs = [p.attr for p in Both._params]
    assert len(attrs) == len(set(attrs))
    assert set(attrs) == {p.attr for p in servers.CreateOpts._params} | {
        "disk_config",
        "scheduler_hints",
    }
    assert opts.to_dict("2.100")["OS-DCF:diskConfig"] == "AUTO"
    with pytest.raises(ValueError, match="disk_config"):
        Both(name="x", flavor_ref="1", disk_config="SIDEWAYS")  # type: ignore[arg-type]

    class A(Opts):
        size: int | Unset = UNSET
        _params: ClassVar[tuple[Param, ...]] = (Param("size", "size", t.INTEGER),)

    class B(Opts):
        size: int | Unset = UNSET
        _params: ClassVar[tuple[Param, ...]] = (Param("size", "sizeGB", t.INTEGER),)

    with pytest.raises(TypeError, match="'size' means 'size' in one base and 'sizeGB'"):

        class Clash(A, B):
            pass


def test_enum_fields_of_nested_request_models_are_checked_before_sending() -> None:
    from stacksdk.huaweicloud.ecs.v1 import servers as v1
    from stacksdk.huaweicloud.ecs.v1_1 import servers

    def opts(period: str) -> servers.CreateOpts:
        return servers.CreateOpts(
            name="web",
            image_ref="img",
            flavor_ref="s6.small.1",
            vpc_id="vpc",
            nics=[v1.Nic(subnet_id="sub")],
            root_volume=v1.RootVolume(volume_type="SSD"),
            extend_param=servers.PrePaidExtendParam(charging_mode="prePaid", period_type=period),  # type: ignore[arg-type]
        )

    assert opts("month").to_dict()["extendparam"]["periodType"] == "month"
    with pytest.raises(
        ValueError,
        match=r"servers.CreateOpts.extend_param.period_type is 'decade'; expected one of 'month', 'year'",
    ):
        opts("decade")
    # a server may answer values the spec does not list: decoding never refuses them
    assert servers.PrePaidExtendParam.from_dict({"periodType": "decade"}).period_type == "decade"


def test_wrong_types_inside_nested_request_models_are_checked_when_built() -> None:
    from stacksdk.network.v2 import networks

    ok = networks.CreateOpts(segments=[networks.Segment(provider_segmentation_id=7)])
    assert ok.to_dict()["segments"] == [{"provider:segmentation_id": 7}]
    with pytest.raises(
        ValueError,
        match=r"networks.CreateOpts.segments\[1\].provider_segmentation_id: expected integer, got str",
    ):
        networks.CreateOpts(
            segments=[networks.Segment(), networks.Segment(provider_segmentation_id="7")]  # type: ignore[arg-type]
        )
    with pytest.raises(ValueError, match=r"Wrap.server.links: \[0\]: expected Link, got int"):

        @dataclasses.dataclass(kw_only=True, repr=False)
        class Wrap(Opts):
            server: Server | Unset = UNSET
            _params: ClassVar[tuple[Param, ...]] = (Param("server", "server", t.model(Server)),)

        Wrap(server=Server(links=[3]))  # type: ignore[list-item]


def test_a_decoded_model_with_a_bad_field_cannot_be_sent_back_unnoticed() -> None:
    from stacksdk.network.v2 import networks

    segment = networks.Segment.from_dict({"provider:segmentation_id": "seven"})
    assert segment.invalid and segment.provider_segmentation_id == "seven"
    with pytest.raises(ValueError, match="provider_segmentation_id: expected integer, got str"):
        networks.CreateOpts(segments=[segment])


@pytest.mark.parametrize("given", [{"name": "x"}, [("name", "x")], "x", Thing(id="1")])
def test_options_of_the_wrong_type_are_refused_before_sending(
    client: object, server: object, given: object
) -> None:
    from stacksdk.network.v2 import networks

    with pytest.raises(
        TypeError,
        match=f"networks.create: expected networks.CreateOpts .*, got {type(given).__name__}",
    ):
        networks.create(client, given)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=f"networks.list: expected networks.ListOpts .*, got {type(given).__name__}"
    ):
        networks.list(client, given)  # type: ignore[arg-type]
    assert server.requests == []  # type: ignore[attr-defined]


def test_values_that_do_not_fit_are_kept_exactly_as_sent_and_listed() -> None:
    raw = {
        "OS-EXT-STS:vm_state": ["a", "b"],
        "created": "2015-13-01T00:00:00Z",  # month 13
        "links": "abc",  # a string where a list is: never reshaped into ['a', 'b', 'c']
        "meta": {"k": {"href": "h"}, "bad": 3},
        "unknown": {"kept": True},
    }
    s = Server.from_dict(raw)
    assert s.vm_state == ["a", "b"] and s.created == raw["created"] and s.links == "abc"
    assert s.meta == raw["meta"]  # the whole map as sent, not half decoded
    assert s.invalid == {
        "vm_state": "expected string, got list",
        "created": "not a valid datetime: not an ISO 8601 timestamp: '2015-13-01T00:00:00Z' (month must be in 1..12)",
        "links": "expected list[Link], got str",
        "meta": "['bad']: expected Link, got int",
    }
    assert s.to_dict() == raw
    good = Server.from_dict({"created": "2015-11-06T14:32:17Z", "links": [{"href": "h", "x": 1}]})
    assert not good.invalid and isinstance(good.created, dt.datetime)
    assert good.to_dict() == {
        "created": "2015-11-06T14:32:17Z",
        "links": [{"href": "h", "x": 1}],
    }  # as spelled
    good.created = dt.datetime(
        2020, 1, 2, tzinfo=dt.timezone.utc
    )  # changed: written in our spelling
    assert good.to_dict()["created"] == "2020-01-02T00:00:00.000000Z"


def test_from_dict_of_something_that_is_not_an_object_is_a_response_error() -> None:
    from stacksdk.runtime import errors

    with pytest.raises(errors.ResponseError, match="Thing: expected a JSON object, got list"):
        Thing.from_dict([1])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "2015-13-01T00:00:00Z",
        "2015-02-30T00:00:00",
        "2015-01-01T24:00:00Z",
        "2015-01-01T00:00:00+25:00",
        "0000-01-01T00:00:00",
        "2015-01-01T00:00:00" + "9" * 10_000,
    ],
)
def test_parse_datetime_refuses_impossible_dates_with_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 timestamp") as info:
        parse_datetime(text)
    assert len(str(info.value)) < 200
