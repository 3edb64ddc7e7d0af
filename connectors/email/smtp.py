"""Sending through the account's SMTP submission server (RFC 5321, RFC 8314) with stdlib
smtplib. Nothing is retried here: once DATA has been handed over, a broken connection means
the outcome is unknown and the outbox reconciles it by the Message-ID. Blocking.
"""

from __future__ import annotations

import base64
import logging
import smtplib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from email import policy
from email.message import EmailMessage

from connectors.email import session
from connectors.email.imap import network_errors
from connectors.email.session import BadSettings, MailAccount, tls_context
from connectors.errors import (
    AuthExpired,
    NotSupported,
    PlatformUnavailable,
    SendOutcomeUnknown,
)

log = logging.getLogger(__name__)

# Sent in EHLO instead of this computer's name, which is nobody's business (as mail
# programs do); looking the name up can also hang on a badly set up network.
EHLO_NAME = "[127.0.0.1]"


@contextmanager
def smtp_session(account: MailAccount) -> Iterator[tuple[smtplib.SMTP, bool]]:
    """A connection that has said EHLO, secured and signed in: (connection, signed in)."""
    endpoint = account.smtp
    with network_errors(endpoint, "SMTP"), _refusals(account):
        timeout = session.TIMEOUT
        if endpoint.security == "ssl":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(endpoint.host, endpoint.port, EHLO_NAME,
                                                  timeout=timeout, context=tls_context())
        else:
            conn = smtplib.SMTP(endpoint.host, endpoint.port, EHLO_NAME, timeout=timeout)
        try:
            conn.ehlo()
            if endpoint.security == "starttls":
                if not conn.has_extn("starttls"):
                    raise BadSettings(f"the SMTP server {endpoint.where} does not offer "
                                      "STARTTLS; choose ssl or another port")
                conn.starttls(context=tls_context())
                conn.ehlo()
            yield conn, _sign_in(conn, account)
        finally:
            with suppress(Exception):
                conn.quit()
            conn.close()


def _sign_in(conn: smtplib.SMTP, account: MailAccount) -> bool:
    """AUTH when we have a password and the server offers it (a relay on this machine may
    not ask)."""
    if not account.password or not conn.has_extn("auth"):
        return False
    if account.login.isascii() and account.password.isascii():
        conn.login(account.login, account.password)
        return True
    # smtplib encodes credentials as ASCII; SASL PLAIN itself carries UTF-8 (RFC 4616).
    token = base64.b64encode(f"\0{account.login}\0{account.password}".encode()).decode()
    code, said = conn.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, said)
    return True


@contextmanager
def _refusals(account: MailAccount) -> Iterator[None]:
    where = f"the SMTP server {account.smtp.where}"
    try:
        yield
    except smtplib.SMTPAuthenticationError as exc:
        raise AuthExpired(f"{where} refused the sign-in for {account.login} ({_said(exc)}); "
                          "check the password or app password") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise BadSettings(f"{where} cannot do what the settings ask ({exc})") from exc
    except smtplib.SMTPResponseException as exc:
        raise refusal(where, exc.smtp_code, exc.smtp_error) from exc
    except smtplib.SMTPException as exc:  # disconnected before DATA: nothing was sent
        raise PlatformUnavailable(f"{where} closed the connection ({exc}); nothing was sent") \
            from exc


def refusal(where: str, code: int, said: bytes | str) -> Exception:
    text = _said(said)
    if 400 <= code < 500:  # temporary: greylisting, rate limits, full queues
        return PlatformUnavailable(f"{where} asked us to try again later ({code} {text})")
    return NotSupported(f"{where} refused the message ({code} {text})")


def _said(value: object) -> str:
    if isinstance(value, smtplib.SMTPResponseException):
        value = value.smtp_error
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:200]


def send(account: MailAccount, msg: EmailMessage, recipients: list[str]) -> None:
    """Hand the message to the server for these recipients, exactly once."""
    utf8 = not all(a.isascii() for a in [account.address, *recipients])
    where = f"the SMTP server {account.smtp.where}"
    with smtp_session(account) as (conn, _):
        if utf8 and not conn.has_extn("smtputf8"):
            raise NotSupported(f"{where} cannot deliver to an address with non-ASCII "
                               "characters (no SMTPUTF8)")
        options = ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else []
        code, said = conn.mail(account.address, options)
        if code != 250:
            raise refusal(where, code, said)
        answers = [(r, *conn.rcpt(r)) for r in recipients]
        refused = [(r, c, s) for r, c, s in answers if c not in (250, 251)]
        if len(refused) == len(answers):
            _, code, said = refused[0]
            raise refusal(where, code, said)
        if refused:  # the others still get it, as a mail program would send it
            log.warning("%d of %d recipients were refused by the SMTP server",
                        len(refused), len(answers))
        data = msg.as_bytes(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
        _hand_over(conn, data, where)


def _hand_over(conn: smtplib.SMTP, data: bytes, where: str) -> None:
    try:
        code, said = conn.data(data)
    except smtplib.SMTPDataError as exc:  # DATA itself refused: nothing was handed over
        raise refusal(where, exc.smtp_code, exc.smtp_error) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise SendOutcomeUnknown(f"the connection to {where} broke while the message was "
                                 f"handed over ({type(exc).__name__}); it may have been sent")\
            from exc
    if code != 250:  # smtplib returns the final answer to the message without raising
        raise refusal(where, code, said)
