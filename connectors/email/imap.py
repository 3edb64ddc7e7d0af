"""The IMAP commands the connector uses (RFC 3501/9051: EXAMINE, UID SEARCH, UID FETCH,
UID STORE, APPEND, LIST, STATUS) over stdlib imaplib, with every failure turned into a typed
connector error. Blocking: call it from a worker thread.
"""

from __future__ import annotations

import imaplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any

from connectors.email import mailbox_names, session
from connectors.email.api_types import (
    FetchedMail,
    FolderState,
    numbers,
    parse_fetch,
    response_number,
    uid_set,
)
from connectors.email.session import BadSettings, Endpoint, MailAccount, tls_context
from connectors.errors import AuthExpired, BadPayload, ConnectorError, PlatformUnavailable


class FolderMissing(BadPayload):
    """A folder the settings name is not on the server."""


@contextmanager
def network_errors(endpoint: Endpoint, protocol: str) -> Iterator[None]:
    """Sockets and TLS failing, in the user's words (shared by IMAP and SMTP)."""
    where = f"the {protocol} server {endpoint.where}"
    try:
        yield
    except ConnectorError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise PlatformUnavailable(f"{where} showed a certificate that could not be verified "
                                  f"({exc.verify_message})") from exc
    except ssl.SSLError as exc:
        raise PlatformUnavailable(f"TLS with {where} failed ({exc.reason or exc}); check the "
                                  "port and security settings") from exc
    except TimeoutError as exc:
        raise PlatformUnavailable(f"{where} did not answer in time") from exc
    except ConnectionRefusedError as exc:
        raise PlatformUnavailable(f"{where} refused the connection; is the port right?") \
            from exc
    except OSError as exc:
        raise PlatformUnavailable(f"could not reach {where} ({exc.strerror or exc})") from exc


@contextmanager
def imap_session(account: MailAccount) -> Iterator[Imap]:
    """A signed-in IMAP connection, logged out afterwards whatever happened."""
    endpoint = account.imap
    password = account.require_password()
    with network_errors(endpoint, "IMAP"), _imap_errors(endpoint):
        conn = _connect(endpoint)
        try:
            _login(conn, account, password)
            yield Imap(conn)
        finally:
            with suppress(Exception):
                conn.logout()


@contextmanager
def _imap_errors(endpoint: Endpoint) -> Iterator[None]:
    try:
        yield
    except imaplib.IMAP4.abort as exc:
        raise PlatformUnavailable(f"the connection to the IMAP server {endpoint.where} broke "
                                  f"({_said(exc)})") from exc
    except imaplib.IMAP4.error as exc:
        raise BadPayload(f"the IMAP server {endpoint.where} refused a command "
                         f"({_said(exc)})") from exc


def _connect(endpoint: Endpoint) -> imaplib.IMAP4:
    if endpoint.security == "ssl":
        return imaplib.IMAP4_SSL(endpoint.host, endpoint.port, ssl_context=tls_context(),
                                 timeout=session.TIMEOUT)
    conn = imaplib.IMAP4(endpoint.host, endpoint.port, timeout=session.TIMEOUT)
    if endpoint.security == "none":
        return conn
    try:
        if "STARTTLS" not in conn.capabilities:
            raise BadSettings(f"the IMAP server {endpoint.where} does not offer STARTTLS; "
                              "choose ssl or another port")
        conn.starttls(ssl_context=tls_context())
    except BaseException:
        conn.shutdown()
        raise
    return conn


def _login(conn: imaplib.IMAP4, account: MailAccount, password: str) -> None:
    try:
        if account.login.isascii() and password.isascii():
            conn.login(account.login, password)
        else:  # LOGIN is ASCII only; SASL PLAIN carries UTF-8 (RFC 4616)
            token = f"\0{account.login}\0{password}".encode()
            conn.authenticate("PLAIN", lambda _challenge: token)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        raise AuthExpired(f"the IMAP server {account.imap.where} refused the sign-in for "
                          f"{account.login} ({_said(exc)}); check the password or app "
                          "password") from None


def _said(exc: BaseException) -> str:
    """What the server said, one short line (imaplib puts it in the message as bytes)."""
    said = exc.args[0] if exc.args else exc
    return _told([said])


def _told(data: Any) -> str:
    pieces = data if isinstance(data, list) else [data]
    text = " ".join(p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p)
                    for p in pieces if p is not None)
    return " ".join(text.split())[:200] or "no reason given"


class Imap:
    """One signed-in connection; folder names are readable (encoded here)."""

    def __init__(self, conn: imaplib.IMAP4) -> None:
        self.conn = conn

    def folders(self) -> dict[str, set[str]]:
        """Every folder and its attributes (\\Sent, \\Noselect...)."""
        typ, data = self.conn.list('""', "*")
        found: dict[str, set[str]] = {}
        for piece in data if typ == "OK" else []:
            if isinstance(piece, tuple) and len(piece) == 2:  # name sent as a literal
                piece = mailbox_names.literal_list_line(piece[0], piece[1])
            if isinstance(piece, bytes):
                parsed = mailbox_names.parse_list_line(piece)
                if parsed is not None:
                    found[parsed[1]] = parsed[0]
        return found

    def open(self, folder: str, *, writable: bool = False) -> FolderState:
        """SELECT (or read-only EXAMINE) a folder; FolderMissing when it is not there."""
        typ, data = self.conn.select(mailbox_names.quoted(folder), readonly=not writable)
        if typ != "OK":
            raise FolderMissing(f"the folder {folder!r} does not exist on the server "
                                f"({_told(data)})")
        return FolderState(
            name=folder,
            uidvalidity=response_number(self.conn.response("UIDVALIDITY")[1]) or 0,
            uidnext=response_number(self.conn.response("UIDNEXT")[1]),
            exists=response_number(data) or 0,
        )

    def search(self, *criteria: str) -> list[int]:
        typ, data = self.conn.uid("SEARCH", *criteria)
        if typ != "OK":
            raise BadPayload(f"the IMAP server refused a search ({_told(data)})")
        return sorted(set(numbers(data)))

    def uids_after(self, last_uid: int) -> list[int]:
        # "n:*" always matches the highest UID, even one below n (RFC 3501 6.4.8).
        return [uid for uid in self.search("UID", f"{last_uid + 1}:*") if uid > last_uid]

    def by_message_id(self, message_id: str) -> list[int]:
        return self.search("HEADER", "Message-ID", mailbox_names.quote_string(message_id))

    def without_message_id(self) -> list[int]:
        # HEADER with an empty string matches every message that has the field at all.
        return self.search("NOT", "HEADER", "Message-ID", '""')

    def fetch(self, uids: list[int], items: str) -> dict[int, FetchedMail]:
        if not uids:
            return {}
        try:
            typ, data = self.conn.uid("FETCH", uid_set(uids), items)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:  # BAD: about these mails, not the connection
            raise BadPayload(f"the IMAP server refused to send messages ({_said(exc)})") \
                from None
        if typ != "OK":
            raise BadPayload(f"the IMAP server refused to send messages "
                             f"({_told(data)})")
        return parse_fetch(list(data))

    def add_flag(self, uid: int, flag: str) -> None:
        typ, data = self.conn.uid("STORE", str(uid), "+FLAGS.SILENT", f"({flag})")
        if typ != "OK":
            raise BadPayload(f"the IMAP server refused to set {flag} ({_told(data)})")

    def append(self, folder: str, raw: bytes, flags: str, when: datetime) -> None:
        typ, data = self.conn.append(mailbox_names.quoted(folder), flags,
                                     imaplib.Time2Internaldate(when), raw)
        if typ != "OK":
            raise BadPayload(f"the IMAP server refused to file the message in {folder!r} "
                             f"({_told(data)})")

    def counts(self, folder: str) -> tuple[int, int]:
        """(messages, unseen) of a folder without selecting it."""
        typ, data = self.conn.status(mailbox_names.quoted(folder), "(MESSAGES UNSEEN)")
        if typ != "OK":
            raise FolderMissing(f"the folder {folder!r} does not exist on the server")
        text = b" ".join(p for p in data if isinstance(p, bytes)).decode("ascii", "replace")
        return _status_number(text, "MESSAGES"), _status_number(text, "UNSEEN")


def _status_number(text: str, name: str) -> int:
    words = text.replace("(", " ").replace(")", " ").upper().split()
    for i, word in enumerate(words[:-1]):
        if word == name and words[i + 1].isdigit():
            return int(words[i + 1])
    return 0
