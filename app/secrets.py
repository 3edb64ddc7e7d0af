"""Secrets live only in the OS keyring; this is the one small object that touches it."""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "serambi"


class SecretsUnavailable(RuntimeError):
    """No usable keyring on this machine."""


def session_ref(ref: str) -> str:
    """Where a connector keeps what a sign-in gave it (access and refresh tokens), beside the
    secret the user entered; removed with the account."""
    return f"{ref}:session"


class Secrets:
    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend or keyring.get_keyring()
        self._service = service

    @property
    def backend_name(self) -> str:
        cls = type(self._backend)
        return f"{cls.__module__}.{cls.__name__}"

    def get(self, ref: str) -> str | None:
        return self._backend.get_password(self._service, ref)

    def set(self, ref: str, secret: str) -> None:
        try:
            self._backend.set_password(self._service, ref, secret)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the system keyring refused to store a secret: {exc}") \
                from exc

    def delete(self, ref: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(self._service, ref)
