"""The account's mail servers: settings read once and checked, TLS as chosen (implicit TLS,
RFC 8314, by default; STARTTLS; plain only on this machine), timeouts, and the password from
the keyring. Blocking socket work happens here and runs in a worker thread.
"""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass, field
from typing import Any, Literal

from app.secrets import Secrets
from connectors.base import AccountConfig
from connectors.errors import AuthExpired, NotSupported

Security = Literal["ssl", "starttls", "none"]
SECURITY_CHOICES: tuple[Security, ...] = ("ssl", "starttls", "none")
# Seconds a socket may wait for the server before the operation is given up.
TIMEOUT = 30.0
_LOCAL_NAMES = {"localhost", "localhost.localdomain"}


class BadSettings(NotSupported):
    """The account's mail settings cannot work as stored; the user must change them."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    security: Security

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class MailAccount:
    """Everything the connector needs to reach the account's mailbox and send as it."""

    address: str
    # The address as the account was added: the member id our own mail is filed under, the
    # same one the outbox gives the replies it records.
    handle: str
    login: str
    imap: Endpoint
    smtp: Endpoint
    folders: tuple[str, ...]
    sent_folder: str
    password: str | None = field(default=None, repr=False)

    def require_password(self) -> str:
        if not self.password:
            raise AuthExpired(f"no password is stored for {self.address}; add the account "
                              "again with its password or app password")
        return self.password


def mail_account(config: AccountConfig, secrets: Secrets) -> MailAccount:
    """The account's settings as typed values; BadSettings names the one that is wrong."""
    s = config.settings
    address = config.handle.strip()
    if "@" not in address or any(c.isspace() for c in address):
        raise BadSettings(f"{address!r} is not an email address")
    password = secrets.get(config.secret_ref) if config.secret_ref else None
    return MailAccount(
        address=address.lower(),
        handle=address,
        login=_text(s.get("username")) or address,
        imap=_endpoint(s, "imap", 993),
        smtp=_endpoint(s, "smtp", 465),
        folders=_folders(s.get("folders")),
        sent_folder=_text(s.get("sent_folder")) or "Sent",
        password=password or None,
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _endpoint(settings: dict[str, Any], kind: str, default_port: int) -> Endpoint:
    host = _text(settings.get(f"{kind}_host"))
    if not host:
        raise BadSettings(f"the {kind.upper()} server is not set (--{kind}-host)")
    raw_port = settings.get(f"{kind}_port", default_port)
    try:
        port = int(raw_port)
    except (TypeError, ValueError):
        raise BadSettings(f"the {kind.upper()} port must be a number, not {raw_port!r}") \
            from None
    if not 0 < port < 65536:
        raise BadSettings(f"the {kind.upper()} port {port} is out of range")
    security = _text(settings.get(f"{kind}_security")).lower() or "ssl"
    if security not in SECURITY_CHOICES:
        raise BadSettings(f"the {kind.upper()} security must be ssl, starttls or none, "
                          f"not {security!r}")
    endpoint = Endpoint(host, port, security)
    if security == "none" and not is_loopback(host):
        # A password sent without TLS can be read by anyone on the way.
        raise BadSettings(f"{kind.upper()} without encryption is allowed only for a server "
                          f"on this machine, not {host}; choose ssl or starttls")
    return endpoint


def _folders(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        return ("INBOX",)
    names = [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return tuple(dict.fromkeys(names)) or ("INBOX",)


def is_loopback(host: str) -> bool:
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_context() -> ssl.SSLContext:
    """Certificate and host name checks as the system trusts them (SSL_CERT_FILE honoured)."""
    return ssl.create_default_context()
