"""The bundle's smoke test, behind the hidden `--smoke-test` flag: the real window opens
offscreen on the demo community, every demo account syncs once, the things a broken bundle
loses first are checked (Qt's image and translation plugins, our resources, the version),
one JSON line is printed, and the app exits 0 only if all of it held."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

TIMEOUT_S = 90.0
POLL_MS = 50


class Smoke:
    def __init__(self, timeout_s: float = TIMEOUT_S) -> None:
        self.timeout_s = timeout_s
        self.started = time.monotonic()
        self.expected: set[int] = set()
        self.reports: dict[int, dict[str, Any]] = {}
        self.window: Any = None
        self.result: dict[str, Any] | None = None

    def arm(self) -> None:
        """Before the app starts: offscreen Qt, and a first look once its loop runs."""
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window, even with a display
        from PySide6.QtCore import QTimer

        from ui.app import application

        application()  # ui.app.run() reuses this one
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from ui.main_window import MainWindow
        from ui.sync_worker import SyncWorker

        if self.result is not None:
            return
        if time.monotonic() - self.started > self.timeout_s:
            self._finish(f"no sync within {self.timeout_s:.0f} s")
            return
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        worker = windows[0].findChild(SyncWorker) if windows else None
        if worker is None or not worker.isRunning():
            QTimer.singleShot(POLL_MS, self._look)
            return
        self.window = windows[0]
        self.expected = self._enabled_accounts()
        worker.account_report.connect(self._report)
        worker.sync_now()
        QTimer.singleShot(int(self.timeout_s * 1000), lambda: self._finish("sync timed out"))

    def _enabled_accounts(self) -> set[int]:
        from app import accounts

        return {a.id for a in accounts.list_accounts(self.window.store) if a.enabled}

    def _report(self, report: Any) -> None:
        self.reports[report.account_id] = {"platform": report.platform, "handle": report.handle,
                                           "fetched": report.fetched,
                                           "inserted": report.inserted, "error": report.error}
        if self.expected <= set(self.reports):
            self._finish(None)

    def _finish(self, error: str | None) -> None:
        from PySide6.QtCore import QCoreApplication

        if self.result is not None:
            return
        checks = bundle_checks()
        imported, unimportable = import_every_module()
        checks["every_module_imports"] = imported > 100 and not unimportable
        if self.window is not None:
            checks["conversations_listed"] = self.window.model.rowCount() > 0
        checks["every_account_synced"] = bool(self.expected) and all(
            self.reports.get(i, {}).get("error", "missing") is None for i in self.expected)
        ok = error is None and all(checks.values())
        self.result = {"ok": ok, "error": error, "checks": checks,
                       "accounts": list(self.reports.values()), "modules": imported,
                       "unimportable": unimportable,
                       "frozen": bool(getattr(sys, "frozen", False)),
                       "seconds": round(time.monotonic() - self.started, 2), **facts()}
        print(json.dumps(self.result), flush=True)
        if ok and self.window is not None:
            self.window.close()  # the way a user quits: the app's own shutdown path runs
        else:
            QCoreApplication.exit(1)


def bundle_checks() -> dict[str, bool]:
    """What a bundle missing a data file, a plugin or its metadata gets wrong first."""
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QImageReader

    from app.canned.sharing import STARTER_PACK
    from app.version import UNKNOWN, version
    from connectors.demo.content import RESOURCES as DEMO
    from ui.language import I18N
    from ui.tray import app_icon

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return {"svg_plugin": "svg" in formats,
            "app_icon": not app_icon().isNull(),
            "serambi_translation": QTranslator().load(str(I18N / "serambi_id.qm")),
            "qt_translations": any(qt_translations.glob("qtbase_*.qm")),
            "demo_resources": (DEMO / "cast.json").is_file(),
            "canned_starter_pack": any(STARTER_PACK.rglob("*.md")),
            "version_known": version() != UNKNOWN}


def import_every_module() -> tuple[int, dict[str, str]]:
    """Every module of app/, connectors/ and ui/ imported, as the app may do later (a dialog
    opened, a connector chosen): a module or Qt library the bundle lacks shows up here."""
    import importlib
    import pkgutil

    imported, failed = 0, {}
    for package in ("app", "connectors", "ui"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            if info.name.startswith("app.migrations."):
                continue  # Alembic runs these from files (they ran when the demo opened)
            try:
                importlib.import_module(info.name)
                imported += 1
            except Exception as exc:  # reported, not raised: the JSON line says what failed
                failed[info.name] = f"{type(exc).__name__}: {exc}"
    return imported, failed


def facts() -> dict[str, str]:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from app.version import version

    return {"version": version(), "qt": qVersion(), "platform": QGuiApplication.platformName()}
