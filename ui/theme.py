"""Light and dark: Fusion follows the system's scheme; SERAMBI_THEME=dark or =light forces
one (for desktops that do not say, and to check both by eye)."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#202225", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2b2d31",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#3d7bd9", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.ToolTipBase: "#2b2d31", QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8b8f96", QPalette.ColorRole.Mid: "#3a3d42",
    QPalette.ColorRole.Dark: "#111214", QPalette.ColorRole.Light: "#44474d",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7e85", QPalette.ColorRole.Text: "#7a7e85",
    QPalette.ColorRole.ButtonText: "#7a7e85", QPalette.ColorRole.Highlight: "#3a3d42",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply(app: QApplication, choice: str | None = None) -> None:
    """Fusion takes the platform theme's palette for the current scheme (Qt 6.5+) and draws
    both well; a forced choice sets the palette itself."""
    app.setStyle("Fusion")
    choice = (choice if choice is not None else os.environ.get("SERAMBI_THEME", "")).lower()
    if choice == "dark":
        app.setPalette(dark_palette())
    elif choice == "light":
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> str:
    """A red that keeps its contrast on either background."""
    return "#ff8a80" if is_dark(palette) else "#c62828"
