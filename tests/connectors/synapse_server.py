"""A real Synapse homeserver for the Matrix connector tests: SQLite in a temporary folder,
one client listener on a free 127.0.0.1 port, no federation, started once per test session.

If Synapse cannot start the tests FAIL (they never skip): a connector tested only against
our own idea of the protocol proves little.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import hashlib
import hmac
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

SERVER_NAME = "localhost"
STARTUP_LIMIT = 120.0
# Short enough that a test can watch a token expire, long enough for a few requests; every
# connector in these tests therefore refreshes for real, often.
ACCESS_TOKEN_LIFETIME_S = 2

_CONFIG = """\
server_name: "{server_name}"
pid_file: "{dir}/homeserver.pid"
public_baseurl: "{base_url}/"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{dir}/homeserver.db"
log_config: "{dir}/log.yaml"
media_store_path: "{dir}/media"
signing_key_path: "{dir}/signing.key"
registration_shared_secret: "{secret}"
macaroon_secret_key: "{secret}-macaroon"
form_secret: "{secret}-form"
report_stats: false
bcrypt_rounds: 4
enable_registration: false
enable_metrics: false
url_preview_enabled: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
presence:
  enabled: false
user_directory:
  enabled: false
refreshable_access_token_lifetime: {token_lifetime}s
rc_message: {{per_second: 1000, burst_count: 1000}}
rc_login:
  address: {{per_second: 1000, burst_count: 1000}}
  account: {{per_second: 1000, burst_count: 1000}}
  failed_attempts: {{per_second: 1000, burst_count: 1000}}
rc_registration: {{per_second: 1000, burst_count: 1000}}
rc_joins:
  local: {{per_second: 1000, burst_count: 1000}}
  remote: {{per_second: 1000, burst_count: 1000}}
rc_joins_per_room: {{per_second: 1000, burst_count: 1000}}
rc_invites:
  per_room: {{per_second: 1000, burst_count: 1000}}
  per_user: {{per_second: 1000, burst_count: 1000}}
  per_issuer: {{per_second: 1000, burst_count: 1000}}
rc_room_creation: {{per_second: 1000, burst_count: 1000}}
rc_admin_redaction: {{per_second: 1000, burst_count: 1000}}
rc_reports: {{per_second: 1000, burst_count: 1000}}
rc_profile: {{per_second: 1000, burst_count: 1000}}
"""

_LOG = """\
version: 1
formatters:
  plain: {format: "%(asctime)s %(name)s %(levelname)s %(message)s"}
handlers:
  file: {class: logging.FileHandler, filename: "DIR/homeserver.log", formatter: plain}
root: {level: WARNING, handlers: [file]}
disable_existing_loggers: false
"""


@dataclass
class SynapseServer:
    base_url: str
    shared_secret: str
    folder: Path
    process: subprocess.Popen[bytes]
    startup_seconds: float
    _registered: set[str] = field(default_factory=set)

    def register(self, username: str, password: str, *, admin: bool = False,
                 displayname: str = "") -> tuple[str, str]:
        """A new account through the shared-secret admin API: (user id, access token)."""
        with httpx.Client(base_url=self.base_url, timeout=30) as http:
            nonce = http.get("/_synapse/admin/v1/register").json()["nonce"]
            parts = (nonce, username, password, "admin" if admin else "notadmin")
            mac = hmac.new(self.shared_secret.encode(), b"\x00".join(p.encode() for p in parts),
                           hashlib.sha1)
            body = {"nonce": nonce, "username": username, "password": password,
                    "admin": admin, "mac": mac.hexdigest(),
                    "displayname": displayname or username}
            answer = http.post("/_synapse/admin/v1/register", json=body)
            answer.raise_for_status()
            data = answer.json()
        return str(data["user_id"]), str(data["access_token"])

    def log_tail(self, lines: int = 40) -> str:
        path = self.folder / "homeserver.log"
        if not path.exists():
            return "(no log)"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        shutil.rmtree(self.folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write_config(folder: Path, port: int, secret: str) -> Path:
    from signedjson.key import generate_signing_key, write_signing_keys

    with (folder / "signing.key").open("w") as keys:
        write_signing_keys(keys, [generate_signing_key("a_test")])
    (folder / "log.yaml").write_text(_LOG.replace("DIR", str(folder)))
    (folder / "media").mkdir()
    config = folder / "homeserver.yaml"
    config.write_text(_CONFIG.format(
        server_name=SERVER_NAME, dir=folder, port=port, secret=secret,
        base_url=f"http://127.0.0.1:{port}", token_lifetime=ACCESS_TOKEN_LIFETIME_S))
    return config


def _wait_until_up(server: SynapseServer) -> None:
    deadline = time.monotonic() + STARTUP_LIMIT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(server.base_url + "/_matrix/client/versions", timeout=2).is_success:
                return
        time.sleep(0.2)
    console = server.folder / "console.txt"
    output = console.read_text(errors="replace") if console.exists() else ""
    log = server.log_tail()
    code = server.process.poll()  # None: still running, but never answered
    server.stop()
    why = f"exited with code {code}" if code is not None else \
        f"did not answer within {STARTUP_LIMIT:.0f} s"
    pytest.fail(f"Synapse could not start: it {why}.\n{output[-3000:]}\n{log}")


def _die_with_parent() -> None:
    """Linux: the homeserver is stopped when the test run dies, even when it is killed
    outright (atexit and fixture finalizers do not run then)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_synapse() -> SynapseServer:
    folder = Path(tempfile.mkdtemp(prefix="serambi-synapse-"))
    port = _free_port()
    secret = hashlib.sha256(folder.name.encode()).hexdigest()
    config = _write_config(folder, port, secret)
    began = time.monotonic()
    with (folder / "console.txt").open("wb") as console:
        process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config)],
            cwd=folder, stdout=console, stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    server = SynapseServer(f"http://127.0.0.1:{port}", secret, folder, process, 0.0)
    _wait_until_up(server)
    server.startup_seconds = time.monotonic() - began
    return server


_RUNNING: list[SynapseServer] = []


def _stop_all() -> None:
    while _RUNNING:
        _RUNNING.pop().stop()


atexit.register(_stop_all)


@pytest.fixture(scope="session", name="synapse")
def synapse_fixture(request: pytest.FixtureRequest) -> Iterator[SynapseServer]:
    """One homeserver per test session, shared by every module that imports this fixture."""
    if not _RUNNING:
        _RUNNING.append(start_synapse())
        request.addfinalizer(_stop_all)
        plugins = request.config.pluginmanager
        reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin(
            "capturemanager")
        if reporter is not None and capture is not None:  # shown even when output is captured
            with capture.global_and_fixture_disabled():
                reporter.write_line(f"Synapse {_RUNNING[0].base_url} started in "
                                    f"{_RUNNING[0].startup_seconds:.1f} s")
    yield _RUNNING[0]
