"""Secrets live only in the OS keyring; this is the one small object that touches it.

When the machine has no usable keyring (see app.keyring_choice) they live in this process's
memory for the session instead, and `notice` says so in plain words; never in a file.
"""

from __future__ import annotations

import contextlib
import logging

import keyring.errors

from app import keyring_choice, redact
from app.keyring_choice import PasswordStore, SessionMemory

SERVICE = "serambi"
log = logging.getLogger(__name__)


class SecretsUnavailable(RuntimeError):
    """No usable keyring on this machine."""


def session_ref(ref: str) -> str:
    """Where a connector keeps what a sign-in gave it (access and refresh tokens), beside the
    secret the user entered; removed with the account."""
    return f"{ref}:session"


class Secrets:
    def __init__(self, backend: PasswordStore | None = None, service: str = SERVICE) -> None:
        chosen = backend if backend is not None else keyring_choice.system_backend()
        self._system_name = keyring_choice.name_of(chosen)
        self._service = service
        self.notice = ""  # empty while secrets are kept in a real keyring
        self._backend: PasswordStore = chosen
        if keyring_choice.refused(chosen):
            self._session_only(keyring_choice.SESSION_ONLY_NOTICE)

    @property
    def backend_name(self) -> str:
        """The keyring this machine offered (even when it was refused)."""
        return self._system_name

    @property
    def persistent(self) -> bool:
        """False when secrets last only until the app closes."""
        return not self.notice

    def _session_only(self, notice: str) -> None:
        if self.persistent:  # said to the user through `notice`, not on stderr
            log.info("secrets are kept in memory for this session only (%s)",
                     self._system_name)
        self._backend = SessionMemory()
        self.notice = notice

    def get(self, ref: str) -> str | None:
        try:
            value = self._backend.get_password(self._service, ref)
        except keyring.errors.KeyringError:  # locked or gone since start-up
            self._session_only(keyring_choice.SESSION_ONLY_NOTICE)
            value = self._backend.get_password(self._service, ref)
        redact.remember(value)
        return value

    def set(self, ref: str, secret: str) -> None:
        redact.remember(secret)  # before anything can log it
        try:
            self._backend.set_password(self._service, ref, secret)
        except keyring.errors.KeyringError:
            # The keyring refused (locked, denied): keep the secret for this session only.
            self._session_only(keyring_choice.SESSION_ONLY_NOTICE)
            self._backend.set_password(self._service, ref, secret)

    def delete(self, ref: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(self._service, ref)
