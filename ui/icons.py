"""Serambi's own icons: line drawings in `resources/icons/` drawn in `currentColor`, tinted
here with the palette's text colour so they read in light and dark schemes alike."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
ACTIONS = {"done": "done", "snooze": "snooze", "assign": "assign", "tag": "tag",
           "priority": "priority", "escalate": "escalate", "reply": "reply", "note": "note",
           "unread": "unread", "sync_now": "sync", "search": "search",
           "save_search": "save_search"}
PLATFORMS = ("mastodon", "bluesky", "discourse", "matrix", "email", "demo")
_SIZES = (16, 20, 24, 32, 48)


@lru_cache(maxsize=32)
def _source(name: str) -> str:
    path = FOLDER / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _pixmap(svg: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(
        painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=256)
def _tinted(name: str, color: str, disabled: str, ratio: float) -> QIcon:
    source = _source(name)
    result = QIcon()
    if not source:
        return result
    for size in _SIZES:
        result.addPixmap(_pixmap(source.replace("currentColor", color), size, ratio),
                         QIcon.Mode.Normal)
        result.addPixmap(_pixmap(source.replace("currentColor", disabled), size, ratio),
                         QIcon.Mode.Disabled)
    return result


def _mix(a: QColor, b: QColor, amount: float) -> str:
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount)).name()


def icon(name: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """The named icon in the palette's text colour; disabled, faded towards the window."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return _tinted(name, text.name(), _mix(text, window, 0.6), ratio)


def platform_icon(platform: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    return icon(platform if platform in PLATFORMS else "demo", palette, ratio)
