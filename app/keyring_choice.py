"""Which keyring may hold Serambi's secrets.

Only a real OS keyring qualifies. keyring's `fail` and `null` backends store nothing, and
the `keyrings.alt` file backends write passwords to a file in the home folder (in the clear
or with a key kept beside it): all are refused, and the secrets of this session then live
in memory only, with a plain notice saying so.
"""

from __future__ import annotations

import threading
from typing import Protocol

import keyring
import keyring.errors

# Module prefixes of backends that must never hold a secret.
REFUSED = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
SESSION_ONLY_NOTICE = (
    "No usable keyring was found on this computer, so passwords and tokens are kept in "
    "memory only until Serambi closes, and you will be asked for them again next time. "
    "To keep them, install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain or "
    "Windows Credential Manager) and restart Serambi.")


class PasswordStore(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


def name_of(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def refused(backend: object) -> bool:
    """True for a backend that stores nothing or stores secrets in a plain file."""
    if name_of(backend).startswith(REFUSED):
        return True
    chained = getattr(backend, "backends", None)
    if type(backend).__name__ == "ChainerBackend" and isinstance(chained, list | tuple):
        # A chain writes to its first member that accepts: one file backend in it is enough.
        return not chained or any(refused(member) for member in chained)
    return False


class SessionMemory:
    """Secrets for this process only; shared by every Secrets object, gone at exit."""

    _values: dict[tuple[str, str], str] = {}  # noqa: RUF012 - one store per process, on purpose
    _lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self._values.pop((service, username), None)


def system_backend() -> PasswordStore:
    """keyring's own choice for this machine (honours PYTHON_KEYRING_BACKEND)."""
    return keyring.get_keyring()
