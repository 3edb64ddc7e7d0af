"""Platform text made safe to show: bidi controls made visible, one line for lists, ages.

Everything a platform sends is shown as plain text; these helpers only decide *which*
text, never let it become markup.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.timeutil import as_utc, utcnow

# Embeddings, overrides and isolates can make "gnp.exe" read as "exe.png"; show them instead.
_BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}
_TABLE = {code: f"[U+{code:04X}]" for code in _BIDI}
SAFE_SCHEMES = ("https", "http", "mailto")


def visible(text: str) -> str:
    """The text with every bidi control shown as `[U+202E]` rather than obeyed."""
    return text.translate(_TABLE)


def one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def escaped(text: str) -> str:
    """For the few places that build HTML: every piece of content goes through here."""
    return html.escape(visible(text), quote=True).replace("\n", "<br>")


def tooltip(text: str, limit: int = 2000) -> str:
    """A tooltip for text that may come from a platform: Qt guesses whether a tooltip is rich
    text, so it is always given as HTML we built, with the content escaped."""
    return f"<p>{escaped(text[:limit])}</p>"


def age(moment: datetime | None, now: datetime | None = None) -> str:
    """`5m`, `3h`, `2d`: compact, as inbox lists show it."""
    if moment is None:
        return ""
    seconds = max(0, int(((now or utcnow()) - as_utc(moment)).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("Age", "now")
    units = ((604800, QCoreApplication.translate("Age", "%1w")),
             (86400, QCoreApplication.translate("Age", "%1d")),
             (3600, QCoreApplication.translate("Age", "%1h")),
             (60, QCoreApplication.translate("Age", "%1m")))
    for size, label in units:
        if seconds >= size:
            return label.replace("%1", str(seconds // size))
    return ""


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return as_utc(moment).astimezone().strftime("%Y-%m-%d %H:%M")
