"""Queues, messages, claims, subscriptions, pools and flavors against the local cloud's
real Zaqar, storing messages in the local Swift."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Iterator

import pytest

from stacksdk.messaging.v2 import (
    claims,
    flavors,
    health,
    messages,
    pools,
    queues,
    subscriptions,
    versions,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Unique, present
from tests.localcloud.cloud import CloudInfo

from .conftest import CLIENT_ID, POOL

MakeQueue = Callable[..., str]
OTHER_CLIENT = str(uuid.uuid4())


@pytest.fixture
def make_queue(zaqar: ServiceClient, unique: Unique) -> Iterator[MakeQueue]:
    """Create queues (with these create options), deleted after the test."""
    made: list[str] = []

    def make(**kwargs: object) -> str:
        name = unique("q")
        queues.create(zaqar, name, queues.CreateOpts(client_id=CLIENT_ID, **kwargs))  # type: ignore[arg-type]
        made.append(name)
        return name

    yield make
    for name in made:
        queues.delete(zaqar, name, queues.DeleteOpts(client_id=CLIENT_ID))


def post(zaqar: ServiceClient, queue: str, *bodies: object, ttl: int = 300) -> list[str]:
    """Post messages; their ids in order."""
    opts = messages.PostOpts(
        client_id=CLIENT_ID, messages=[messages.NewMessage(body=b, ttl=ttl) for b in bodies]
    )
    result = messages.post(zaqar, queue, opts).extract()
    return [r.rsplit("/", 1)[1] for r in present(result.resources)]


def test_versions_ping_health(zaqar: ServiceClient) -> None:
    listed = list(versions.list(zaqar))
    assert [v.id for v in listed] == ["2"] and listed[0].status == "CURRENT"
    health.ping(zaqar, health.PingOpts(client_id=CLIENT_ID))
    health.ping_head(zaqar, health.PingOpts(client_id=CLIENT_ID))
    # the Swift store has no health checks: the detailed report is a 503 here
    with pytest.raises(errors.ServiceUnavailable):
        health.get_health(zaqar, health.PingOpts(client_id=CLIENT_ID))
    home = health.home(zaqar, health.PingOpts(client_id=CLIENT_ID)).extract()
    assert "resources" in home
    with pytest.raises(errors.BadRequest):  # Zaqar wants a Client-ID on every /v2 request
        health.ping(zaqar)


def test_queue_metadata_list_stats_purge(
    zaqar: ServiceClient, make_queue: MakeQueue, unique: Unique
) -> None:
    name = make_queue(
        description="made by a test",
        default_message_ttl=600,
        max_claim_count=5,
        metadata={"owner": "tests", "n": 1},
    )
    meta = queues.get_metadata(zaqar, name, queues.DeleteOpts(client_id=CLIENT_ID)).extract()
    assert meta.description == "made by a test" and meta.default_message_ttl == 600
    assert meta.max_claim_count == 5 and meta.extra == {"owner": "tests", "n": 1}
    assert meta.max_messages_post_size and meta.enable_encrypt_messages is False

    # create again: 204, and nothing changes
    again = queues.create(zaqar, name, queues.CreateOpts(client_id=CLIENT_ID, description="x"))
    assert again.status_code == 204
    meta = queues.get_metadata(zaqar, name, queues.DeleteOpts(client_id=CLIENT_ID)).extract()
    assert meta.description == "made by a test"

    # a JSON patch of /metadata/<key> paths changes it
    patch = (
        b'[{"op": "replace", "path": "/metadata/description", "value": "second"},'
        b' {"op": "add", "path": "/metadata/_default_message_ttl", "value": 900},'
        b' {"op": "remove", "path": "/metadata/owner"}]'
    )
    meta = queues.update_metadata(
        zaqar, name, patch, queues.DeleteOpts(client_id=CLIENT_ID)
    ).extract()
    assert meta.description == "second" and meta.default_message_ttl == 900
    assert meta.extra == {"n": 1}
    with pytest.raises(errors.BadRequest):  # a path that is not /metadata/<key>
        queues.update_metadata(
            zaqar,
            name,
            b'[{"op": "replace", "path": "/description", "value": "x"}]',
            queues.DeleteOpts(client_id=CLIENT_ID),
        )

    others = [make_queue() for _ in range(2)]
    mine = sorted([name, *others])
    listed = queues.list(zaqar, queues.ListOpts(client_id=CLIENT_ID, limit=1, detailed=True))
    names = [q.name for q in listed]
    assert len(names) == len(set(names)) and set(mine) <= set(names)
    detailed = {
        q.name: q for q in queues.list(zaqar, queues.ListOpts(client_id=CLIENT_ID, detailed=True))
    }
    assert present(detailed[name].metadata)["description"] == "second"

    post(zaqar, name, {"a": 1}, {"b": 2}, "three")
    stats = queues.stats(zaqar, name, queues.DeleteOpts(client_id=CLIENT_ID)).extract()
    counts = present(stats.messages)
    assert (counts.total, counts.free, counts.claimed) == (3, 3, 0)
    assert present(counts.oldest).age is not None

    queues.purge(zaqar, name, queues.PurgeOpts(client_id=CLIENT_ID, resource_types=["messages"]))
    counts = present(
        queues.stats(zaqar, name, queues.DeleteOpts(client_id=CLIENT_ID)).extract().messages
    )
    assert counts.total == 0

    with pytest.raises(errors.BadRequest):  # a name with characters Zaqar refuses
        queues.create(zaqar, "bad name!", queues.CreateOpts(client_id=CLIENT_ID))
    with pytest.raises(errors.BadRequest):  # reserved metadata is checked
        queues.create(
            zaqar, unique("q"), queues.CreateOpts(client_id=CLIENT_ID, default_message_ttl=1)
        )


def test_share_signs_a_url(zaqar: ServiceClient, make_queue: MakeQueue) -> None:
    name = make_queue()
    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)).strftime(
        "%Y-%m-%dT%H:%M:%S"
    )
    signed = queues.share(
        zaqar,
        name,
        queues.ShareOpts(
            client_id=CLIENT_ID, paths=["messages"], methods=["GET", "POST"], expires=expires
        ),
    ).extract()
    assert signed.paths == [f"/v2/queues/{name}/messages"] and signed.methods == ["GET", "POST"]
    assert len(present(signed.signature)) == 64 and signed.expires == expires
    assert present(signed.signature) not in repr(signed)  # sensitive
    with pytest.raises(errors.BadRequest):
        queues.share(zaqar, name, queues.ShareOpts(client_id=CLIENT_ID, paths=["nothing"]))


def test_messages(zaqar: ServiceClient, make_queue: MakeQueue) -> None:
    name = make_queue()
    ids = post(zaqar, name, {"n": 1}, {"n": 2}, {"n": 3}, [4], ttl=120)
    assert len(ids) == 4

    # our own messages are listed only with echo; a page at a time with limit
    assert list(messages.list(zaqar, name, messages.ListOpts(client_id=CLIENT_ID))) == []
    mine = messages.ListOpts(client_id=CLIENT_ID, echo=True, limit=3)
    pages = [p.extract_as(messages.Message) for p in messages.list(zaqar, name, mine).pages()]
    assert [m.id for p in pages for m in p] == ids and len(pages[0]) == 3
    other = messages.list(zaqar, name, messages.ListOpts(client_id=OTHER_CLIENT))
    listed = list(other)
    assert [m.id for m in listed] == ids and listed[0].body == {"n": 1}
    assert listed[0].ttl == 120 and "{'n': 1}" not in repr(listed[0])  # bodies are sensitive

    one = messages.get(zaqar, name, ids[1], messages.GetOpts(client_id=CLIENT_ID)).extract()
    assert one.id == ids[1] and one.body == {"n": 2} and present(one.age) >= 0
    some = messages.get_by_ids(
        zaqar, name, messages.GetByIdsOpts(client_id=CLIENT_ID, ids=[ids[0], ids[3]])
    ).extract()
    assert sorted(m.id for m in present(some.messages)) == sorted([ids[0], ids[3]])

    messages.delete(zaqar, name, ids[0], messages.DeleteOpts(client_id=CLIENT_ID))
    with pytest.raises(errors.NotFound):
        messages.get(zaqar, name, ids[0], messages.GetOpts(client_id=CLIENT_ID))
    messages.delete_by_ids(zaqar, name, messages.DeleteByIdsOpts(client_id=CLIENT_ID, ids=[ids[1]]))
    popped = messages.pop(zaqar, name, messages.PopOpts(client_id=CLIENT_ID, pop=5)).extract()
    assert sorted(m.id for m in present(popped.messages)) == sorted(ids[2:])
    assert list(messages.list(zaqar, name, mine)) == []

    with pytest.raises(errors.BadRequest):  # too short a TTL
        post(zaqar, name, {"x": 1}, ttl=1)
    with pytest.raises(errors.BadRequest):  # pop is 1 to 20
        messages.pop(zaqar, name, messages.PopOpts(client_id=CLIENT_ID, pop=0))


def test_claims(zaqar: ServiceClient, make_queue: MakeQueue) -> None:
    name = make_queue()
    ids = post(zaqar, name, {"job": 1}, {"job": 2}, {"job": 3})

    made = claims.claim(
        zaqar, name, claims.ClaimOpts(client_id=CLIENT_ID, limit=2, ttl=120, grace=60)
    ).extract()
    claimed = present(made.messages)
    assert [m.id for m in claimed] == ids[:2]
    claim_id = present(made.location).rsplit("/", 1)[1]
    assert f"claim_id={claim_id}" in present(claimed[0].href)

    got = claims.get(zaqar, name, claim_id, claims.GetOpts(client_id=CLIENT_ID)).extract()
    # Zaqar answers the ttl that remains, in whole seconds: 119 once a second boundary passed
    assert 119 - int(present(got.age)) <= present(got.ttl) <= 120
    assert [m.id for m in present(got.messages)] == ids[:2]
    assert present(got.href).endswith(claim_id)

    claims.renew(zaqar, name, claim_id, claims.RenewOpts(client_id=CLIENT_ID, ttl=300, grace=60))
    renewed = claims.get(zaqar, name, claim_id, claims.GetOpts(client_id=CLIENT_ID)).extract()
    assert 299 - int(present(renewed.age)) <= present(renewed.ttl) <= 300

    # a claimed message is deleted with its claim's id only
    with pytest.raises(errors.Forbidden):
        messages.delete(zaqar, name, ids[0], messages.DeleteOpts(client_id=CLIENT_ID))
    messages.delete(
        zaqar, name, ids[0], messages.DeleteOpts(client_id=CLIENT_ID, claim_id=claim_id)
    )
    stats = present(
        queues.stats(zaqar, name, queues.DeleteOpts(client_id=CLIENT_ID)).extract().messages
    )
    assert (stats.claimed, stats.free) == (1, 1)

    claims.delete(zaqar, name, claim_id, claims.GetOpts(client_id=CLIENT_ID))
    with pytest.raises(errors.NotFound):
        claims.get(zaqar, name, claim_id, claims.GetOpts(client_id=CLIENT_ID))

    everything = claims.claim(
        zaqar, name, claims.ClaimOpts(client_id=CLIENT_ID, limit=10)
    ).extract()
    assert sorted(m.id for m in present(everything.messages)) == sorted(ids[1:])
    nothing_left = claims.claim(zaqar, name, claims.ClaimOpts(client_id=CLIENT_ID))
    assert nothing_left.status_code == 204 and not nothing_left.response.content
    with pytest.raises(errors.BadRequest):  # a TTL below the minimum
        claims.claim(zaqar, name, claims.ClaimOpts(client_id=CLIENT_ID, ttl=1))


def test_subscriptions(zaqar: ServiceClient, make_queue: MakeQueue) -> None:
    name = make_queue()
    hook = "http://127.0.0.1:9/hook?token=s3cret"
    created = subscriptions.create(
        zaqar,
        name,
        subscriptions.CreateOpts(client_id=CLIENT_ID, subscriber=hook, ttl=600, options={"k": "v"}),
    ).extract()
    sid = present(created.subscription_id)
    assert not created.is_set("subscriber")  # create answers the id only
    mail = subscriptions.create(
        zaqar,
        name,
        subscriptions.CreateOpts(client_id=CLIENT_ID, subscriber="mailto:ops@example.org", ttl=600),
    ).extract()

    got = subscriptions.get(zaqar, name, sid, subscriptions.GetOpts(client_id=CLIENT_ID)).extract()
    assert (got.subscriber, got.ttl, got.options, got.source) == (hook, 600, {"k": "v"}, name)
    assert "s3cret" not in repr(got)  # the subscriber URL is sensitive

    listed = list(
        subscriptions.list(zaqar, name, subscriptions.ListOpts(client_id=CLIENT_ID, limit=1))
    )
    assert sorted(s.id for s in listed) == sorted([sid, present(mail.subscription_id)])

    subscriptions.update(
        zaqar, name, sid, subscriptions.UpdateOpts(client_id=CLIENT_ID, ttl=900, options={"k": "w"})
    )
    got = subscriptions.get(zaqar, name, sid, subscriptions.GetOpts(client_id=CLIENT_ID)).extract()
    assert got.options == {"k": "w"}
    subscriptions.confirm(
        zaqar, name, sid, subscriptions.ConfirmOpts(client_id=CLIENT_ID, confirmed=True)
    )
    got = subscriptions.get(zaqar, name, sid, subscriptions.GetOpts(client_id=CLIENT_ID)).extract()
    assert got.confirmed is True

    with pytest.raises(errors.BadRequest):  # not a subscriber URI Zaqar knows
        subscriptions.create(
            zaqar, name, subscriptions.CreateOpts(client_id=CLIENT_ID, subscriber="ftp://x")
        )
    subscriptions.delete(zaqar, name, sid, subscriptions.GetOpts(client_id=CLIENT_ID))
    with pytest.raises(errors.NotFound):
        subscriptions.get(zaqar, name, sid, subscriptions.GetOpts(client_id=CLIENT_ID))


def test_pools_and_flavors(
    zaqar: ServiceClient,
    demo_zaqar: ServiceClient,
    swift_pool_uri: str,
    zaqar_cloud: CloudInfo,
    unique: Unique,
) -> None:
    listed = {p.name: p for p in pools.list(zaqar, pools.ListOpts(client_id=CLIENT_ID))}
    assert POOL in listed and listed[POOL].weight == 100
    assert swift_pool_uri.split("@")[0].split(":")[-1] not in repr(listed[POOL])  # uri is sensitive
    detailed = pools.get(zaqar, POOL, pools.GetOpts(client_id=CLIENT_ID, detailed=True)).extract()
    assert detailed.uri == swift_pool_uri and detailed.options == {}

    # a second pool: the same Swift as the demo user (pool URIs are unique)
    demo = zaqar_cloud.demo
    demo_uri = f"swift://{demo.username}:{demo.password}@/{demo.project_name}"
    second, flavor = unique("pool"), unique("flavor")
    pools.create(zaqar, second, pools.CreateOpts(client_id=CLIENT_ID, uri=demo_uri, weight=1))
    try:
        updated = pools.update(
            zaqar, second, pools.UpdateOpts(client_id=CLIENT_ID, weight=5)
        ).extract()
        assert updated.weight == 5 and updated.name == second
        names = [p.name for p in pools.list(zaqar, pools.ListOpts(client_id=CLIENT_ID, limit=1))]
        assert {POOL, second} <= set(names) and len(names) == len(set(names))

        flavors.create(zaqar, flavor, flavors.CreateOpts(client_id=CLIENT_ID, pool_list=[second]))
        try:
            got = flavors.get(zaqar, flavor, flavors.GetOpts(client_id=CLIENT_ID)).extract()
            assert got.name == flavor and got.pool_list == [second]
            assert isinstance(got.capabilities, list)  # the Swift driver declares none
            listed_flavors = flavors.list(
                zaqar, flavors.ListOpts(client_id=CLIENT_ID, detailed=True)
            )
            assert flavor in [f.name for f in listed_flavors]
            assert (
                pools.get(zaqar, second, pools.GetOpts(client_id=CLIENT_ID)).extract().flavor
                == flavor
            )
            with pytest.raises(errors.BadRequest):  # a pool that does not exist
                flavors.update(
                    zaqar,
                    flavor,
                    flavors.UpdateOpts(client_id=CLIENT_ID, pool_list=[unique("none")]),
                )
        finally:
            flavors.delete(zaqar, flavor, flavors.GetOpts(client_id=CLIENT_ID))
        with pytest.raises(errors.NotFound):
            flavors.get(zaqar, flavor, flavors.GetOpts(client_id=CLIENT_ID))
    finally:
        pools.delete(zaqar, second, pools.DeleteOpts(client_id=CLIENT_ID))
    with pytest.raises(errors.NotFound):
        pools.get(zaqar, second, pools.GetOpts(client_id=CLIENT_ID))

    # pools are for admins
    with pytest.raises(errors.Forbidden):
        list(pools.list(demo_zaqar, pools.ListOpts(client_id=CLIENT_ID)))
