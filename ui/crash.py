"""When something goes wrong that nobody planned for: log it, tell the user plainly what
happened and where the details are, and keep the app running when that is safe."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import redact

log = logging.getLogger("serambi.crash")
_showing = False


def install(log_dir: Path | None) -> Callable[[], None]:
    """Route uncaught exceptions (also those raised in Qt slots) to the crash dialog and the
    log file; returns what puts everything back as it was."""
    handler: logging.Handler | None = None
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_dir / "serambi.log", encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
    redact.install()  # every handler, this file's too: no token reaches a log
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught error", exc_info=(kind, error, tb))
        show(error, "".join(traceback.format_exception(kind, error, tb)), log_dir)

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()

    return uninstall


def show(error: BaseException, details: str, log_dir: Path | None) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return  # one dialog at a time: an error inside the dialog must not loop
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("Crash", "Something went wrong"),
                          QCoreApplication.translate(
                              "Crash", "Serambi ran into an error it did not expect: %1\n\n"
                              "Your inbox is safe: every change is saved as you make it. "
                              "If this keeps happening, send the details below to the "
                              "developers.").replace(
                                  "%1", redact.redact(str(error) or type(error).__name__)))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote platform text
        where = f"\n\nLog: {log_dir / 'serambi.log'}" if log_dir else ""
        box.setDetailedText(redact.redact(details) + where)  # users paste it into reports
        box.setAccessibleName(QCoreApplication.translate("Crash", "Error report"))
        box.exec()
    finally:
        _showing = False
