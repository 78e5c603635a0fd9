"""Containers (generic, rsa, certificate) and their consumers against a real Barbican:
create with secret references, get, find, list with filters and paging, adding and
removing secrets of generic containers, consumers add/list/remove, delete, errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stacksdk.key_manager.v1 import container_consumers, containers, secrets
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present

from .conftest import secret_id

MakeSecret = Callable[[str], str]


@pytest.fixture
def make_secret(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeSecret:
    """make_secret(secret_type) -> the new secret's reference (deleted after the test)."""

    def make(secret_type: str) -> str:
        ref = present(
            secrets.create(
                km,
                secrets.CreateOpts(
                    name=unique(secret_type),
                    secret_type=secret_type,  # type: ignore[arg-type]
                    payload="material-" + secret_type,
                    payload_content_type="text/plain",
                ),
            )
            .extract()
            .secret_ref
        )
        cleanup(lambda: secrets.delete(km, secret_id(ref), secrets.DeleteOpts(force=True)))
        return ref

    return make


def make_container(km: ServiceClient, cleanup: Cleanup, opts: containers.CreateOpts) -> str:
    ref = present(containers.create(km, opts).extract().container_ref)
    cid = secret_id(ref)
    cleanup(lambda: containers.delete(km, cid))
    return cid


def test_generic_container_crud_and_secrets(
    km: ServiceClient, unique: Unique, cleanup: Cleanup, make_secret: MakeSecret
) -> None:
    one, two = make_secret("opaque"), make_secret("passphrase")
    name = unique("generic")
    result = containers.create(
        km,
        containers.CreateOpts(
            name=name,
            type="generic",
            secret_refs=[containers.SecretRef(name="one", secret_ref=one)],
        ),
    )
    assert result.status_code == 201
    ref = present(result.extract().container_ref)
    assert result.headers["Location"] == ref
    cid = secret_id(ref)
    cleanup(lambda: containers.delete(km, cid))

    got = containers.get(km, cid).extract()
    assert got.name == name and got.type == "generic" and got.status == "ACTIVE"
    assert [(s.name, s.secret_ref) for s in present(got.secret_refs)] == [("one", one)]
    assert got.consumers == [] and got.creator_id
    assert containers.find(km, name).container_ref == ref

    added = containers.add_secret(km, cid, containers.AddSecretOpts(secret_ref=two, name="two"))
    assert added.status_code == 201 and added.extract().container_ref == ref
    with pytest.raises(errors.Conflict):  # that secret under that name is there already
        containers.add_secret(km, cid, containers.AddSecretOpts(secret_ref=two, name="two"))
    names = {s.name: s.secret_ref for s in present(containers.get(km, cid).extract().secret_refs)}
    assert names == {"one": one, "two": two}

    assert (
        containers.remove_secret(
            km, cid, containers.RemoveSecretOpts(secret_ref=one, name="one")
        ).status_code
        == 204
    )
    with pytest.raises(errors.NotFound):
        containers.remove_secret(km, cid, containers.RemoveSecretOpts(secret_ref=one, name="one"))
    left = present(containers.get(km, cid).extract().secret_refs)
    assert [(s.name, s.secret_ref) for s in left] == [("two", two)]
    # the secret itself stays
    assert secrets.get(km, secret_id(one)).extract().secret_ref == one

    assert containers.delete(km, cid).status_code == 204
    with pytest.raises(errors.NotFound):
        containers.get(km, cid)
    assert secrets.get(km, secret_id(two)).extract().secret_ref == two


def test_rsa_and_certificate_containers(
    km: ServiceClient, unique: Unique, cleanup: Cleanup, make_secret: MakeSecret
) -> None:
    public, private, phrase = (
        make_secret("public"),
        make_secret("private"),
        make_secret("passphrase"),
    )
    rsa_refs = [
        containers.SecretRef(name="public_key", secret_ref=public),
        containers.SecretRef(name="private_key", secret_ref=private),
        containers.SecretRef(name="private_key_passphrase", secret_ref=phrase),
    ]
    rsa = make_container(
        km, cleanup, containers.CreateOpts(name=unique("rsa"), type="rsa", secret_refs=rsa_refs)
    )
    got = containers.get(km, rsa).extract()
    assert got.type == "rsa"
    assert {s.name for s in present(got.secret_refs)} == {
        "public_key",
        "private_key",
        "private_key_passphrase",
    }
    # only generic containers change after creation
    with pytest.raises(errors.BadRequest):
        containers.add_secret(km, rsa, containers.AddSecretOpts(secret_ref=public, name="extra"))
    # an rsa container needs both halves
    with pytest.raises(errors.BadRequest):
        containers.create(km, containers.CreateOpts(type="rsa", secret_refs=rsa_refs[:1]))

    cert = make_secret("certificate")
    cert_id = make_container(
        km,
        cleanup,
        containers.CreateOpts(
            name=unique("cert"),
            type="certificate",
            secret_refs=[
                containers.SecretRef(name="certificate", secret_ref=cert),
                containers.SecretRef(name="private_key", secret_ref=private),
            ],
        ),
    )
    assert containers.get(km, cert_id).extract().type == "certificate"
    with pytest.raises(errors.BadRequest):  # a certificate container needs its certificate
        containers.create(
            km,
            containers.CreateOpts(
                type="certificate",
                secret_refs=[containers.SecretRef(name="private_key", secret_ref=private)],
            ),
        )


def test_list_paging_filters_and_errors(
    km: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("paged-c")
    made = [
        make_container(km, cleanup, containers.CreateOpts(name=name, type="generic"))
        for _ in range(3)
    ]
    pages = list(containers.list(km, containers.ListOpts(name=name, limit=2)).pages())
    assert [len(p.items) for p in pages] == [2, 1] and all(p.total == 3 for p in pages)
    assert [secret_id(present(c.container_ref)) for p in pages for c in p.extract()] == made
    assert list(containers.list(km, containers.ListOpts(name=name, type="rsa"))) == []
    assert len(list(containers.list(km, containers.ListOpts(name=name, type="generic")))) == 3
    with pytest.raises(errors.NoUniqueMatch):
        containers.find(km, name)

    with pytest.raises(errors.NotFound):
        containers.get(km, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(errors.NotFound):  # a secret that does not exist
        containers.create(
            km,
            containers.CreateOpts(
                type="generic",
                secret_refs=[
                    containers.SecretRef(
                        name="x",
                        secret_ref=km.endpoint + "/secrets/00000000-0000-4000-8000-000000000000",
                    )
                ],
            ),
        )


def test_container_consumers(km: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    cid = make_container(
        km, cleanup, containers.CreateOpts(name=unique("consumed"), type="generic")
    )
    for n in range(3):
        added = container_consumers.add(
            km, cid, container_consumers.AddOpts(name="lbaas", url=f"http://lb.example/{n}")
        )
        assert added.status_code == 200
    container = added.extract()
    assert isinstance(container, containers.Container)
    assert [c.url for c in present(container.consumers)] == [
        f"http://lb.example/{n}" for n in range(3)
    ]

    pages = list(container_consumers.list(km, cid, container_consumers.ListOpts(limit=2)).pages())
    assert [len(p.items) for p in pages] == [2, 1] and pages[0].total == 3
    first = pages[0].extract()[0]
    assert (first.name, first.url, first.status) == ("lbaas", "http://lb.example/0", "ACTIVE")

    left = container_consumers.remove(
        km, cid, container_consumers.RemoveOpts(name="lbaas", url="http://lb.example/1")
    ).extract()
    assert [c.url for c in present(left.consumers)] == [
        "http://lb.example/0",
        "http://lb.example/2",
    ]
    with pytest.raises(errors.NotFound):
        container_consumers.remove(
            km, cid, container_consumers.RemoveOpts(name="lbaas", url="http://lb.example/1")
        )
    with pytest.raises(errors.BadRequest):  # names are at most 36 characters
        container_consumers.add(
            km, cid, container_consumers.AddOpts(name="n" * 37, url="http://x/")
        )
