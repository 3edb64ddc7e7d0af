"""The redacting log filter: Authorization headers, token parameters, session blobs and every
secret the keyring handed out are masked in messages, arguments and tracebacks."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from app import redact
from app.secrets import Secrets, session_ref
from tests.conftest import MemoryKeyring


@pytest.fixture
def logged() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    out = io.StringIO()
    handler = redact.protect(logging.StreamHandler(out))
    logger = logging.getLogger("serambi.test.redact")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield logger, out
    logger.removeHandler(handler)


@pytest.mark.parametrize("line", [
    "Authorization: Bearer abc.DEF-123_secret",
    "{'authorization': 'Bearer abc.DEF-123_secret', 'accept': 'json'}",
    'headers={"Authorization": "Basic abc.DEF-123_secret"}',
    "GET https://x.example/api?cursor=5&access_token=abc.DEF-123_secret&limit=2",
    "POST /oauth/token?code=abc.DEF-123_secret",
    "form: grant_type=refresh&refresh_token=abc.DEF-123_secret",
    '{"access_token": "abc.DEF-123_secret", "expires_in": 3600}',
    "{'password': 'abc.DEF-123_secret'}",
    "Set-Cookie: session=abc.DEF-123_secret; HttpOnly",
    "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOmFiYyJ9.abc.DEF-123_secret",
])
def test_secret_shapes_are_masked(line: str) -> None:
    cleaned = redact.redact(line)
    assert "abc.DEF-123_secret" not in cleaned and redact.MASK in cleaned


@pytest.mark.parametrize("line", [
    "reading notifications: the server answered 503",
    "the token expired; sign in again",  # the word, not a value
    "GET https://x.example/api/v1/notifications?limit=40&max_id=1093",
    "synced 40 messages for @ani@kopi.social",
])
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert redact.redact(line) == line


def test_every_secret_the_keyring_handles_is_masked_anywhere(
        memory_keyring: MemoryKeyring, logged: tuple[logging.Logger, io.StringIO]) -> None:
    secrets = Secrets(memory_keyring)
    secrets.set("account:1", "plain-app-password-77")
    secrets.set(session_ref("account:1"), json.dumps(
        {"accessJwt": "jwt-like-access-value-1", "refresh": "refresh-value-2222"}))
    logger, out = logged
    logger.info("odd place %s / %r", "plain-app-password-77", ["refresh-value-2222"])
    logger.debug("and bare jwt-like-access-value-1 in prose")
    text = out.getvalue()
    for secret in ("plain-app-password-77", "jwt-like-access-value-1", "refresh-value-2222"):
        assert secret not in text
    assert text.count(redact.MASK) == 3


def test_tracebacks_and_stacks_are_masked_too(
        logged: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = logged
    try:
        raise ValueError("request to https://x.example/?access_token=tb-secret-value-1 failed")
    except ValueError:
        logger.exception("sync failed")
    logger.info("here", stack_info=True, extra={})
    assert "tb-secret-value-1" not in out.getvalue()
    assert "access_token=[redacted]" in out.getvalue()


def test_a_record_whose_arguments_do_not_fit_is_still_logged(
        logged: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = logged
    logger.info("two %s %s", "only-one")
    assert "only-one" in out.getvalue()


def test_install_protects_every_root_handler_and_the_last_resort() -> None:
    handler = logging.StreamHandler(io.StringIO())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        redact.install()
        redact.install()  # twice is once
        assert handler.filters.count(redact.FILTER) == 1
        assert logging.lastResort is not None and redact.FILTER in logging.lastResort.filters
    finally:
        root.removeHandler(handler)
