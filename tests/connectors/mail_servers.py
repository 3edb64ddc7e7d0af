"""Real mail servers for the email connector tests, on 127.0.0.1 free ports.

pymap (IMAP4rev1, its in-memory `dict` backend) and aiosmtpd (SMTP with AUTH) run in one
background event loop, each with three listeners: plain, STARTTLS and implicit TLS (RFC 8314),
under a self-signed certificate the tests trust through SSL_CERT_FILE. Every test gets its
own mail user, so mailboxes never leak between tests. A server that cannot start fails the
test; it is never skipped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import imaplib
import ipaddress
import ssl
import threading
import uuid
from argparse import Namespace
from collections.abc import Callable, Coroutine, Iterator
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass, field
from hmac import compare_digest
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from proxyprotocol.reader import ProxyProtocolReader
from pymap.backend.dict import Config, DictBackend
from pymap.imap import IMAPServer
from pymap.user import UserMetadata
from pysasl.hashing import Cleartext

from app.secrets import Secrets
from connectors.base import AccountConfig
from connectors.email import EmailConnector

HOST = "127.0.0.1"
START_TIMEOUT = 20.0


class Utf8Cleartext(Cleartext):
    """Passwords kept as given (a test server), compared as UTF-8 bytes: pysasl's Cleartext
    compares str, which compare_digest refuses for non-ASCII passwords."""

    __slots__: list[str] = []

    def verify(self, secret: str, hash: str) -> bool:
        return compare_digest(secret.encode(), hash.encode())


@dataclass
class Received:
    """One message the SMTP server accepted, with who signed in to send it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None


@dataclass
class SmtpRecorder:
    """aiosmtpd handler: requires AUTH for MAIL, keeps every message, can fail on purpose."""

    passwords: dict[str, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    # Accept the message, then drop the connection before answering DATA.
    drop_after_data: bool = False
    # Answer the end of DATA with this reply instead of 250 (e.g. "451 4.3.0 try later").
    data_reply: str | None = None
    # Called with each accepted message, as providers that file sent mail themselves do.
    auto_file: Callable[[bytes], None] | None = None

    def authenticate(self, server: SMTP, session: Session, envelope: Envelope,
                     mechanism: str, auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        ok = self.passwords.get(login) == auth_data.password.decode("utf-8", "replace")
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, options: list[str]) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - the hook names are aiosmtpd's
            self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or b""), login))
        if self.auto_file is not None:  # blocking IMAP to pymap, which runs on this loop
            await asyncio.to_thread(self.auto_file, self.received[-1].data)
        if self.drop_after_data and server.transport is not None:
            server.transport.close()  # the message is in, but the client never hears 250
        return "250 Message accepted for delivery"


@dataclass
class Ports:
    plain: int
    starttls: int
    tls: int


class MailServers:
    """pymap and aiosmtpd in one daemon thread with its own event loop."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.ca_file = workdir / "mail-test-cert.pem"
        self.smtp = SmtpRecorder()
        self.imap_ports = Ports(0, 0, 0)
        self.smtp_ports = Ports(0, 0, 0)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="mail-servers")
        self._stack = AsyncExitStack()
        self._backend: DictBackend | None = None
        self._config: Config | None = None

    def start(self) -> None:
        cert, key = _self_signed(self.workdir, self.ca_file)
        self._thread.start()
        self._run(self._start(cert, key))

    def stop(self) -> None:
        self._run(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def add_user(self, address: str, password: str) -> None:
        """A mailbox owner pymap accepts (its INBOX starts empty) and an SMTP login."""
        self.smtp.passwords[address] = password
        self._run(self._add_imap_user(address, password))

    def new_address(self, domain: str = "brand.test") -> str:
        return f"support-{uuid.uuid4().hex[:8]}@{domain}"

    def _run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(START_TIMEOUT)

    async def _shutdown(self) -> None:
        await self._stack.aclose()
        current = asyncio.current_task()
        others = [t for t in asyncio.all_tasks() if t is not current]
        for task in others:  # connections a test left open
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    async def _add_imap_user(self, address: str, password: str) -> None:
        assert self._backend is not None and self._config is not None
        identity = self._backend.login.demo_user_identity
        user = UserMetadata(self._config, address, password=password)
        await type(identity)(address, self._backend.login, None, frozenset()).set(user)

    async def _start(self, cert: Path, key: Path) -> None:
        server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_tls.load_cert_chain(cert, key)
        await self._start_imap(server_tls)
        await self._start_smtp(server_tls)

    async def _start_imap(self, server_tls: ssl.SSLContext) -> None:
        args = Namespace(host=HOST, port=0, debug=False, cert=None, key=None, tls=True,
                         passlib_cfg=None, proxy_protocol=None, inherited_sockets=None,
                         demo_data=False, demo_user="nobody", demo_password="unused")
        common: dict[str, Any] = {
            "ssl_context": server_tls, "hash_context": Utf8Cleartext(),
            "invalid_user_sleep": 0.0, "reject_dnsbl": False}
        backend, config = await DictBackend.init(args, **common)
        config.apply_context()
        self._backend, self._config = backend, config
        # STARTTLS is offered only where TLS is not already there (plain has none at all).
        plain_config = Config.from_args(Namespace(**{**vars(args), "tls": False}), **common)
        plain_config.set_cache = config.set_cache  # one set of mailboxes behind every port
        listeners = [(plain_config, None), (config, None), (plain_config, server_tls)]
        ports = []
        for cfg, tls in listeners:
            handler = ProxyProtocolReader(cfg.proxy_protocol).get_callback(
                IMAPServer(backend.login, cfg))
            server = await asyncio.start_server(handler, HOST, 0, ssl=tls)
            await self._stack.enter_async_context(server)
            ports.append(server.sockets[0].getsockname()[1])
        self.imap_ports = Ports(*ports)

    async def _start_smtp(self, server_tls: ssl.SSLContext) -> None:
        loop = asyncio.get_running_loop()
        handler = self.smtp

        def factory(tls_context: ssl.SSLContext | None) -> Any:
            return lambda: SMTP(handler, hostname="mail.brand.test", tls_context=tls_context,
                                auth_require_tls=False, authenticator=handler.authenticate,
                                enable_SMTPUTF8=True, loop=loop)

        ports = []
        for proto, tls in ((factory(None), None), (factory(server_tls), None),
                           (factory(None), server_tls)):
            server = await loop.create_server(proto, HOST, 0, ssl=tls)
            self._stack.push_async_callback(_closed, server)
            ports.append(server.sockets[0].getsockname()[1])
        self.smtp_ports = Ports(*ports)


async def _closed(server: asyncio.AbstractServer) -> None:
    server.close()
    await server.wait_closed()


def _self_signed(workdir: Path, cert_path: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, its own issuer: the tests trust only it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Serambi test mail server")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_path = workdir / "mail-test-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class Mailbox:
    """One test's mailbox on the real servers, and a mail program's view of it (imaplib)."""

    servers: MailServers
    address: str
    password: str

    def settings(self, security: str = "none", **overrides: Any) -> dict[str, Any]:
        imap = getattr(self.servers.imap_ports, _PORT_OF[security])
        smtp = getattr(self.servers.smtp_ports, _PORT_OF[security])
        return {"imap_host": HOST, "imap_port": imap, "imap_security": security,
                "smtp_host": HOST, "smtp_port": smtp, "smtp_security": security,
                "folders": ["INBOX"], "sent_folder": "Sent", **overrides}

    def connector(self, secrets: Secrets, security: str = "none",
                  password: str | None = None, **overrides: Any) -> EmailConnector:
        ref = f"account:{uuid.uuid4()}"
        secrets.set(ref, self.password if password is None else password)
        config = AccountConfig(account_id=1, platform="email", handle=self.address,
                               settings=self.settings(security, **overrides), secret_ref=ref)
        return EmailConnector(config, secrets, httpx.AsyncClient())

    @contextmanager
    def imap(self) -> Iterator[imaplib.IMAP4]:
        conn = imaplib.IMAP4(HOST, self.servers.imap_ports.plain, timeout=10)
        try:
            conn.login(self.address, self.password)
            yield conn
        finally:
            conn.logout()

    def deliver(self, raw: bytes, folder: str = "INBOX", flags: str = "") -> int:
        """APPEND a mail as if it had arrived; its UID."""
        with self.imap() as conn:
            typ, data = conn.append(f'"{folder}"', f"({flags})" if flags else None, None, raw)
        assert typ == "OK", data
        return int(data[0].split()[2].rstrip(b"]"))  # [APPENDUID <validity> <uid>]

    def create(self, folder: str) -> None:
        with self.imap() as conn:
            assert conn.create(f'"{folder}"')[0] == "OK"

    def delete(self, folder: str) -> None:
        with self.imap() as conn:
            assert conn.delete(f'"{folder}"')[0] == "OK"

    def flags(self, folder: str, message_id: str) -> set[str]:
        with self.imap() as conn:
            conn.select(f'"{folder}"', readonly=True)
            _, found = conn.uid("SEARCH", "HEADER", "Message-ID", f'"{message_id}"')
            uid = found[0].split()[0].decode()
            _, data = conn.uid("FETCH", uid, "(FLAGS)")
        return {f.decode() for f in imaplib.ParseFlags(data[0])}  # type: ignore[arg-type]

    def folder(self, folder: str) -> list[bytes]:
        """Every mail in a folder, as stored."""
        with self.imap() as conn:
            conn.select(f'"{folder}"', readonly=True)
            _, data = conn.uid("FETCH", "1:*", "(BODY.PEEK[])")
        return [piece[1] for piece in data if isinstance(piece, tuple)]

    def sent(self) -> list[Received]:
        """What the SMTP server accepted from this mailbox."""
        return [r for r in self.servers.smtp.received if r.login == self.address]


_PORT_OF = {"none": "plain", "starttls": "starttls", "ssl": "tls"}


@pytest.fixture(scope="session", name="mail_servers")
def mail_servers_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailServers]:
    servers = MailServers(tmp_path_factory.mktemp("mail"))
    try:
        servers.start()
    except Exception as exc:  # never a skip: the email tests need these servers
        pytest.fail(f"the test mail servers (pymap, aiosmtpd) did not start: {exc!r}")
    yield servers
    servers.stop()


@pytest.fixture(name="mailbox")
def mailbox_fixture(mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch) -> Mailbox:
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca_file))
    mail_servers.smtp.drop_after_data = False
    mail_servers.smtp.data_reply = None
    mail_servers.smtp.auto_file = None
    box = Mailbox(mail_servers, mail_servers.new_address(), f"pw-{uuid.uuid4().hex[:6]}")
    mail_servers.add_user(box.address, box.password)
    box.create("Sent")
    return box
