"""Orders against a real Barbican, which runs them inside the API process ([queue]
enable = False): a key order becomes ACTIVE with a usable secret, an asymmetric order
gives an rsa container; listing, deleting and refused orders."""

from __future__ import annotations

import pytest

from stacksdk.key_manager.v1 import containers, orders, secrets
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import secret_id

WAIT_S = 60.0


def test_key_order_active_and_secret_usable(
    km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("key")
    result = orders.create(
        km,
        orders.CreateOpts(
            type="key",
            meta=orders.OrderMeta(
                name=name,
                algorithm="aes",
                bit_length=256,
                mode="cbc",
                payload_content_type="application/octet-stream",
            ),
        ),
    )
    assert result.status_code == 202
    ref = present(result.extract().order_ref)
    assert result.headers["Location"] == ref
    oid = secret_id(ref)
    cleanup(lambda: orders.delete(km, oid))

    done = orders.wait_for_status(km, oid, "ACTIVE", timeout=WAIT_S, interval=0.2)
    assert done.status == "ACTIVE" and done.type == "key"
    meta = present(done.meta)
    assert (meta.name, meta.algorithm, meta.bit_length, meta.mode) == (name, "aes", 256, "cbc")
    sid = secret_id(present(done.secret_ref))
    cleanup(lambda: secrets.delete(km, sid))
    assert not done.is_set("container_ref")

    secret = secrets.get(km, sid).extract()
    assert secret.name == name and secret.algorithm == "aes" and secret.bit_length == 256
    assert secret.secret_type == "symmetric"
    key = secrets.get_payload(
        km, sid, secrets.GetPayloadOpts(accept="application/octet-stream")
    ).extract()
    assert len(key) == 32  # 256 bits

    listed = [o for o in orders.list(km) if o.order_ref == ref]
    assert len(listed) == 1 and listed[0].status == "ACTIVE"

    assert orders.delete(km, oid).status_code == 204
    with pytest.raises(errors.NotFound):
        orders.get(km, oid)
    # the generated secret outlives its order
    assert secrets.get(km, sid).extract().name == name


def test_asymmetric_order_gives_rsa_container(
    km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("pair")
    created = orders.create(
        km,
        orders.CreateOpts(
            type="asymmetric",
            meta=orders.OrderMeta(
                name=name,
                algorithm="rsa",
                bit_length=2048,
                payload_content_type="application/octet-stream",
            ),
        ),
    ).extract()
    oid = secret_id(present(created.order_ref))
    cleanup(lambda: orders.delete(km, oid))
    done = orders.wait_for_status(km, oid, "ACTIVE", timeout=WAIT_S, interval=0.2)
    cid = secret_id(present(done.container_ref))
    cleanup(lambda: containers.delete(km, cid))

    container = containers.get(km, cid).extract()
    assert container.type == "rsa" and container.name == name
    refs = {s.name: present(s.secret_ref) for s in present(container.secret_refs)}
    assert set(refs) == {"public_key", "private_key"}
    for ref in refs.values():
        cleanup(lambda ref=ref: secrets.delete(km, secret_id(ref)))  # type: ignore[misc]
    public = secrets.get_payload(
        km, secret_id(refs["public_key"]), secrets.GetPayloadOpts(accept="application/octet-stream")
    ).extract()
    assert public.startswith(b"-----BEGIN PUBLIC KEY-----")
    assert secrets.get(km, secret_id(refs["private_key"])).extract().secret_type == "private"


def test_order_paging_and_refusals(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    made: list[str] = []
    names: list[str] = []
    for _ in range(3):
        names.append(unique("p"))
        o = orders.create(
            km,
            orders.CreateOpts(
                type="key",
                meta=orders.OrderMeta(name=names[-1], algorithm="aes", bit_length=128),
            ),
        ).extract()
        oid = secret_id(present(o.order_ref))
        made.append(oid)
        cleanup(lambda oid=oid: orders.delete(km, oid))  # type: ignore[misc]
        done = orders.wait_for_status(km, oid, "ACTIVE", timeout=WAIT_S, interval=0.2)
        sid = secret_id(present(done.secret_ref))
        cleanup(lambda sid=sid: secrets.delete(km, sid))  # type: ignore[misc]
    pages = list(orders.list(km, orders.ListOpts(limit=2)).pages())
    total = pages[0].total
    assert total is not None and total >= 3
    assert sum(len(p.items) for p in pages) == total
    listed = [secret_id(present(o.order_ref)) for p in pages for o in p.extract()]
    assert len(set(listed)) == total and set(made) <= set(listed)

    # meta matches a whole text value of the stored meta (here a name), not a part of one
    by_meta = orders.list(km, orders.ListOpts(meta=names[1]))
    assert [secret_id(present(o.order_ref)) for o in by_meta] == [made[1]]
    assert list(orders.list(km, orders.ListOpts(meta=names[1][:-2]))) == []

    with pytest.raises(errors.BadRequest):  # no multiple of 8
        orders.create(
            km, orders.CreateOpts(type="key", meta=orders.OrderMeta(algorithm="aes", bit_length=7))
        )
    with pytest.raises(errors.BadRequest):  # bit_length is required
        orders.create(km, orders.CreateOpts(type="key", meta=orders.OrderMeta(algorithm="aes")))
    with pytest.raises(errors.NotFound):
        orders.get(km, "00000000-0000-4000-8000-000000000000")
