"""Run INSIDE the cloud venv (gunicorn, via service_wsgi.py): Octavia's API
and, in the same process, its controller worker.

The API's amphora provider driver casts every change to the worker over
oslo.messaging.  With ``transport_url = fake://`` that works only within one
process, so this module builds Octavia's WSGI app (``octavia.wsgi.api``,
which initialises the RPC transport) and then starts the worker's RPC
server (the v2 consumer's endpoints, as octavia-worker would) on that same
transport.  The worker runs its real taskflow flows with the noop amphora,
compute and network drivers (octavia.conf), so objects go PENDING_* ->
ACTIVE / DELETED as they do in a real cloud, with no VM, port or network.

The amphora flows sign a server certificate with the local certificate
generator: a throwaway CA is created in ``ca/`` of the run dir on first
start.
"""

import ast
import contextlib
import datetime
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# octavia.conf's [certificates] ca_private_key_passphrase (Octavia always passes one)
CA_PASSPHRASE = b"localcloud-octavia-ca"


def _ensure_ca(cert_path: Path, key_path: Path) -> None:
    if cert_path.exists() and key_path.exists():
        return
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localcloud octavia CA")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path.parent.mkdir(mode=0o700, exist_ok=True)
    old = os.umask(0o077)
    try:
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.BestAvailableEncryption(CA_PASSPHRASE),
            )
        )
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    finally:
        os.umask(old)


_ensure_ca(Path("ca/ca.pem").resolve(), Path("ca/ca.key").resolve())


@contextlib.contextmanager
def _parse_each_source_once() -> Iterator[None]:
    """While Octavia's modules import, parse each module's source once.

    wsme orders every API type's attributes by their source lines
    (inspect.getsourcelines), and on Python 3.11 inspect finds a class by parsing
    its module's whole source again for each class: ~440 parses, two thirds of the
    API's import time (16 of 25 s on a busy 2-core machine).  The syntax trees are
    only read, so the same tree can serve every class of a module; the plain
    ast.parse is back as soon as the import is done.
    """
    plain = ast.parse
    trees: dict[str, ast.AST] = {}

    def parse(source: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or not isinstance(source, str):
            return plain(source, *args, **kwargs)
        if source not in trees:
            trees[source] = plain(source)
        return trees[source]

    ast.parse = parse  # type: ignore[assignment]
    try:
        yield
    finally:
        ast.parse = plain


with _parse_each_source_once():
    from octavia.wsgi import api as _api  # (reads octavia.conf, rpc.init())

application = _api.application


def _start_worker() -> object:
    import oslo_messaging as messaging
    from octavia.common import constants, rpc
    from octavia.controller.queue.v2 import endpoints
    from oslo_config import cfg

    target = messaging.Target(topic=constants.TOPIC_AMPHORA_V2, server=cfg.CONF.host, fanout=False)
    server = rpc.get_server(target, [endpoints.Endpoints()])
    server.start()
    return server


WORKER = _start_worker()
