"""One running Serambi per user and workspace: starting it again brings the open window to
the front instead of opening a second inbox on the same data. A socket that a crash left
behind answers nobody, so it is recognised as stale and replaced."""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.store import Store
from app.version import APP_ID

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
WAIT_MS = 500  # a running instance answers at once; a stale socket refuses at once
READ_MS = 100  # our own second start writes as it connects; anything slower is not us
_MAX_MESSAGE = 64  # whatever connects may send anything: never read more than this


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no USER variable (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _runtime_folder() -> Path | None:
    """The user's private runtime folder on Linux and the BSDs. Inside a Flatpak only
    $XDG_RUNTIME_DIR/app/<id> is shared by every instance of the app, so it goes there."""
    if sys.platform in ("win32", "darwin"):
        return None  # named pipes on Windows; the per-user $TMPDIR Qt picks on macOS
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if not base:
        return None
    flatpak = os.environ.get("FLATPAK_ID", "")
    folder = Path(base) / "app" / flatpak if flatpak else Path(base)
    return folder if folder.is_dir() else None


def server_name(workspace: str, user: str | None = None) -> str:
    """The name for this user and workspace: hashed, so neither shows in a file name."""
    who = _user() if user is None else user
    digest = hashlib.sha256(f"{who}\0{workspace}".encode()).hexdigest()[:16]
    name = f"{APP_ID}-{digest}"
    folder = _runtime_folder()
    return str(folder / name) if folder is not None else name


def workspace_identity(store: Store) -> str:
    """What makes two starts the same inbox: the database, never its password."""
    return str(store.url.render_as_string(hide_password=True))


class SingleInstance(QObject):
    """`claim()` is True for the first start, which then hears of later ones through
    `activated`; a later start tells the first one and gets False."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._tell_running():
            return False
        if self._listen():
            return True
        if self._tell_running():  # another start got there between our two tries
            return False
        QLocalServer.removeServer(self.name)  # nobody answers: left behind by a crash
        if self._listen():
            return True
        # Better a second window than no window: start unguarded and say why in the log.
        log.warning("cannot guard against a second instance: the local socket is unusable")
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()  # on Unix this removes the socket file too
            self.server.deleteLater()
            self.server = None

    def _listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._connection)
        self.server = server
        return True

    def _tell_running(self) -> bool:
        socket = QLocalSocket()  # no parent: gone when this returns, never outlives us
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(WAIT_MS):
                return False
            socket.write(ACTIVATE)
            socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()
            return True
        finally:
            socket.abort()

    def _connection(self) -> None:
        """Reads the one line a second start sends, then hangs up. Waiting for it here, at
        most READ_MS, keeps no connection (and no callback on it) alive past this call."""
        server = self.server
        while server is not None and server.hasPendingConnections():
            peer = server.nextPendingConnection()
            arrived = peer.canReadLine() or peer.waitForReadyRead(READ_MS)
            message = bytes(peer.readLine(_MAX_MESSAGE).data()) if arrived else b""
            peer.abort()
            peer.deleteLater()
            if message == ACTIVATE:
                self.activated.emit()
