"""The email connector's faults live below HTTP: a TCP proxy in front of the real IMAP server
(pymap) for one account, which can refuse connections, stall until the client times out,
cut a connection mid-answer, or answer garbage; the other account talks to pymap directly."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

MODES = ("pass", "refuse", "stall", "cut", "garbage")


class MailProxy:
    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.mode = "pass"
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._open: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True, name="mail-proxy")

    def _accept(self) -> None:
        self.listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._open.append(client)
            threading.Thread(target=self._serve, args=(client, self.mode), daemon=True).start()

    def _serve(self, client: socket.socket, mode: str) -> None:
        with contextlib.suppress(OSError), client:
            if mode == "refuse":
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
                return  # closed at once with a reset
            if mode == "stall":
                self._stop.wait(30)  # the client's timeout comes first
                return
            if mode == "garbage":
                client.sendall(b"HTTP/1.1 200 OK\r\nnot an IMAP server\r\n\r\n\x00\xff" * 20)
                return
            with socket.create_connection(self.upstream, timeout=10) as server:
                self._pump(client, server, cut_after=600 if mode == "cut" else None)

    def _pump(self, client: socket.socket, server: socket.socket, cut_after: int | None) -> None:
        """Both ways until either side closes; `cut_after`: drop the line after that many
        bytes from the server (a connection reset mid-answer)."""
        sent = 0
        for sock in (client, server):
            sock.settimeout(0.05)
        while not self._stop.is_set():
            for src, dst, from_server in ((client, server, False), (server, client, True)):
                try:
                    data = src.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    return
                if from_server and cut_after is not None and sent + len(data) > cut_after:
                    dst.sendall(data[: max(0, cut_after - sent)])
                    return
                dst.sendall(data)
                sent += len(data) if from_server else 0

    def start(self) -> MailProxy:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        for sock in self._open:
            with contextlib.suppress(OSError):
                sock.close()
        self._thread.join(5)


@contextlib.contextmanager
def proxy(upstream: tuple[str, int]) -> Iterator[MailProxy]:
    running = MailProxy(upstream).start()
    try:
        yield running
    finally:
        running.close()
