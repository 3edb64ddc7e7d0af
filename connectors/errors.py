"""Typed connector errors: the sync engine and the UI act on the type, never on a string."""

from __future__ import annotations


class ConnectorError(Exception):
    """Something went wrong talking to a platform; `str()` says it in the user's words."""

    retryable = True


class AuthExpired(ConnectorError):
    """The token or password no longer works: the user must sign in again."""

    retryable = False


class RateLimited(ConnectorError):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = max(0.0, retry_after)


class PlatformUnavailable(ConnectorError):
    """The server is down, unreachable or answering 5xx; try again later."""


class BadPayload(ConnectorError):
    """The platform sent something we cannot read; the item or page is skipped."""


class NotSupported(ConnectorError):
    """The platform (or this account's role) cannot do what was asked."""

    retryable = False


class SendOutcomeUnknown(ConnectorError):
    """A send may or may not have reached the platform (timeout after the request left)."""
