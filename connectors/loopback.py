"""The loopback redirect of a desktop sign-in (RFC 8252 section 7.3): a one-shot HTTP
listener on 127.0.0.1 and a port the system picks, which takes the browser's redirect and
hands its query parameters to the waiting sign-in.
"""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

from connectors.errors import AuthExpired

PAGE = (b"<!doctype html><meta charset=utf-8><title>Serambi</title>"
        b"<p>Serambi has your sign-in. You can close this tab and go back to the app.")
MAX_REQUEST = 16_384


class SignInCancelled(AuthExpired):
    """The user did not finish the sign-in in the browser (or refused it)."""


class LoopbackRedirect:
    """`async with LoopbackRedirect() as r:` send the browser to `r.uri`, then
    `params = await r.wait(timeout)`."""

    def __init__(self, path: str = "/callback") -> None:
        self.path = path
        self.port = 0
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None

    @property
    def uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    async def __aenter__(self) -> LoopbackRedirect:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()

    async def wait(self, timeout: float = 300.0) -> dict[str, str]:
        """The redirect's query parameters; SignInCancelled when none came in time or the
        platform answered with an OAuth `error`."""
        assert self._result is not None, "use LoopbackRedirect in `async with`"
        try:
            params = await asyncio.wait_for(asyncio.shield(self._result), timeout)
        except TimeoutError:
            raise SignInCancelled("the sign-in was not finished in the browser in time") \
                from None
        if "error" in params:
            reason = params.get("error_description") or params["error"]
            raise SignInCancelled(f"the platform refused the sign-in: {reason}")
        return params

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10.0)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError,
                ConnectionError):
            writer.close()
            return
        status, body = self._answer(head[:MAX_REQUEST])
        writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n"
                     b"Content-Length: " + str(len(body)).encode() +
                     b"\r\nConnection: close\r\n\r\n" + body)
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.close()

    def _answer(self, head: bytes) -> tuple[bytes, bytes]:
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        if len(parts) != 3 or parts[0] != "GET":
            return b"405 Method Not Allowed", b""
        target = urlsplit(parts[1])
        if target.path != self.path:
            return b"404 Not Found", b""  # the browser's favicon request, and strangers
        assert self._result is not None
        if not self._result.done():
            self._result.set_result(dict(parse_qsl(target.query)))
        return b"200 OK", PAGE
