"""Where a Matrix sign-in is kept: the access and refresh tokens and the device id, in the
keyring beside the account's password (app.secrets.session_ref), never in settings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.secrets import Secrets, session_ref


@dataclass(frozen=True, slots=True)
class Tokens:
    user_id: str
    device_id: str
    access_token: str
    refresh_token: str | None
    account: str  # homeserver and user these belong to: a changed account signs in afresh


class TokenStore:
    def __init__(self, secrets: Secrets, ref: str, account: str) -> None:
        self.secrets = secrets
        self.ref = ref
        self.account = account

    def password(self) -> str | None:
        return self.secrets.get(self.ref) if self.ref else None

    def load(self) -> Tokens | None:
        raw = self.secrets.get(session_ref(self.ref)) if self.ref else None
        try:
            tokens = Tokens(**json.loads(raw)) if raw else None
        except (ValueError, TypeError):
            return None  # unreadable: sign in again rather than fail forever
        return tokens if tokens and tokens.account == self.account else None

    def save(self, tokens: Tokens) -> None:
        if self.ref:
            self.secrets.set(session_ref(self.ref), json.dumps(asdict(tokens)))
