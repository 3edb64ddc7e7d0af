"""Results cross from worker threads to the UI thread by signal thousands of times a day;
the Qt binding must not corrupt reference counts doing it (PySide6 6.12.0 did: the app
aborted with "deallocating None" after a few minutes of j/k at 1M messages)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
app = QCoreApplication([])
class Relay(QObject):
    done = Signal(int, object, object)
    def deliver(self, token, result, error):
        pass
relay = Relay()
relay.done.connect(relay.deliver)
class Worker(QRunnable):
    def run(self):
        for token in range(2000):
            relay.done.emit(token, None, None)
pool = QThreadPool()
pool.setMaxThreadCount(2)
before = sys.getrefcount(None)
for _ in range(10):
    pool.start(Worker())
pool.waitForDone()
for _ in range(50):
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_signals_from_worker_threads_keep_reference_counts_sound() -> None:
    probe = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                           timeout=120, check=False)
    assert probe.returncode == 0, probe.stderr[-2000:]
    assert abs(int(probe.stdout.strip())) < 100  # 20,000 deliveries leave None's count be
