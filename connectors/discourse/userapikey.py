"""Discourse's User API key handshake for desktop apps (meta.discourse.org "User API keys
specification"): the app makes an RSA key pair and a nonce and sends the browser to
/user-api-key/new; after the user approves, the forum redirects back with `payload`, the
JSON {key, nonce, push, api} encrypted to our public key (RSA, PKCS#1 v1.5) and base64ed.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlencode

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from connectors.errors import AuthExpired

APPLICATION = "Serambi"
# read: every GET; write: replies, flags and moderation; notifications and session_info:
# what a key limited by the forum's allowed scopes still needs for the inbox and `verify`.
SCOPES = "read,write,notifications,session_info"
KEY_BITS = 2048


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


@dataclass(frozen=True, slots=True)
class KeyRequest:
    """One sign-in attempt: its private key, nonce and client id never leave this machine
    (the client id goes into the account's settings; it is not a secret)."""

    private_key: rsa.RSAPrivateKey = field(default_factory=_new_key)
    nonce: str = field(default_factory=lambda: secrets.token_hex(16))
    client_id: str = field(default_factory=lambda: f"serambi-{uuid.uuid4().hex}")

    def public_pem(self) -> str:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM,
            serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")

    def url(self, base: str, redirect: str) -> str:
        query = urlencode({"application_name": APPLICATION, "client_id": self.client_id,
                           "scopes": SCOPES, "public_key": self.public_pem(),
                           "nonce": self.nonce, "auth_redirect": redirect})
        return f"{base}/user-api-key/new?{query}"

    def open(self, payload: str) -> str:
        """The user API key inside the redirect's payload, once the nonce proves it answers
        this request; AuthExpired when it cannot be read or was meant for another."""
        try:
            sealed = base64.b64decode(payload.replace(" ", "+"))  # a "+" read as a space
            data = json.loads(self.private_key.decrypt(sealed, padding.PKCS1v15()))
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise AuthExpired("the forum's answer to the sign-in could not be read") from None
        if not isinstance(data, dict):
            raise AuthExpired("the forum's answer to the sign-in could not be read")
        nonce, key = data.get("nonce"), data.get("key")
        if not isinstance(nonce, str) or not hmac.compare_digest(nonce, self.nonce):
            raise AuthExpired("the forum's answer was not for this sign-in (nonce mismatch)")
        if not isinstance(key, str) or not key.isalnum() or len(key) > 200:
            raise AuthExpired("the forum's answer held no usable key")
        return key
