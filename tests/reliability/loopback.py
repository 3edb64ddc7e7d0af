"""The tiny platform on a real loopback socket (stdlib http.server on a thread), so it lives
outside any process a test kills and counts exactly what reached it.

`post_fault` picks what happens to each POST: answer it, refuse it with 503, drop the
connection before or after storing the post, or store it and answer slowly.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from tests.reliability.tiny import TinyPlatform

FAULTS = ("ok", "ok", "ok", "slow", "slow", "refuse", "drop_before", "drop_after")


class SeededFaults:
    """A repeatable fault for each POST, until `calm()` (the platform is well again)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._calm = False

    def calm(self) -> None:
        self._calm = True

    def __call__(self) -> str:
        with self._lock:
            return "ok" if self._calm else self._rng.choice(FAULTS)


def _handler(platform: TinyPlatform, post_fault: Callable[[], str],
             seen: Counter[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return  # quiet: the test reads the platform's own records

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            fault = post_fault() if self.command == "POST" else "ok"
            seen[fault] += 1
            if fault == "drop_before":
                self.close_connection = True
                return
            if fault == "refuse":
                self._answer(httpx.Response(503, json={"error": "busy"}))
                return
            request = httpx.Request(self.command, f"http://loopback{self.path}",
                                    headers=dict(self.headers.items()), content=body)
            response = platform.handle(request)
            if fault == "drop_after":
                self.close_connection = True
                return
            if fault == "slow":
                time.sleep(0.3)
            self._answer(response)

        def _answer(self, response: httpx.Response) -> None:
            try:
                self.send_response(response.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(response.content)))
                self.end_headers()
                self.wfile.write(response.content)
            except OSError:  # the client was killed while we answered
                self.close_connection = True

        do_GET = do_POST = _serve  # noqa: N815 - the names http.server calls

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client killed mid-request is the point of these tests


@contextmanager
def serve(platform: TinyPlatform,
          post_fault: Callable[[], str] = lambda: "ok") -> Iterator[tuple[str, Counter[str]]]:
    """(base URL, how many requests met each fault) while the server runs."""
    seen: Counter[str] = Counter()
    server = _Server(("127.0.0.1", 0), _handler(platform, post_fault, seen))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
