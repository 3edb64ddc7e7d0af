"""The conversation pane: the whole thread in order, built as HTML from escaped pieces.

Inbound messages, our replies and internal notes look clearly apart. Links never carry
content: each is an opaque `serambi:` anchor mapped to the URL here, and the URL is only
opened after the user confirms. No resource named by content is ever loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from app import views
from app.models import OutboxState
from ui import labels, theme
from ui.plain import escaped, local_time

# The bar colour per kind of entry; the card is the base colour tinted towards it, so it
# reads in light and dark schemes. QTextDocument draws no div borders: the bar is a glyph.
_BARS = {"inbound": "#8a8f98", "outbound": "#2e7d32", "note": "#d4a017"}
_TINT = {"inbound": 0.0, "outbound": 0.14, "note": 0.2}
LATEST = 30  # messages laid out at first; a long thread offers the earlier ones on a click


def _mix(base: QColor, other: QColor, amount: float) -> str:
    def channel(a: int, b: int) -> int:
        return round(a + (b - a) * amount)

    return QColor(channel(base.red(), other.red()), channel(base.green(), other.green()),
                  channel(base.blue(), other.blue())).name()


# Laying out text is the UI thread's work: a message beyond this many characters (a pasted
# image in base64, a spam flood) is shown in part, and a run with nowhere to wrap is given
# places to break, so one message can never freeze the window.
SHOWN_CHARS = 20_000
_UNBROKEN = re.compile(r"\S{200}")


def _readable(text: str) -> str:
    return _UNBROKEN.sub(lambda run: run.group(0) + "\u200b", text)


def _action(kind: str, item_id: int, label: str) -> str:
    return f"<a href='serambi:{kind}/{int(item_id)}'>{escaped(label)}</a>"


class ThreadView(QTextBrowser):
    link_requested = Signal(str)  # an original's URL, not yet confirmed
    retry_requested = Signal(int)  # an outbox item id
    correct_requested = Signal(object)  # a message id (64-bit) whose tone and intent to fix
    confirm_requested = Signal(int, bool)  # an `unknown` outbox item: landed or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Conversation thread"))
        self.anchorClicked.connect(self._anchor)
        self._links: list[str] = []
        self.shown: views.Thread | None = None
        self.expanded = False  # the earlier messages of the shown thread were asked for
        self._after_paint: list[Callable[[], None]] = []
        self.show_empty()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.shown is not None:
            self.show_thread(self.shown)  # the cards are tinted from the palette

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        waiting, self._after_paint = self._after_paint, []
        for callback in waiting:
            QTimer.singleShot(0, callback)  # once this frame is out

    def after_paint(self, callback: Callable[[], object], fallback_ms: int) -> None:
        """Run `callback` once the next frame of this pane is drawn, so background reads
        do not compete with drawing it; after `fallback_ms` anyway (a hidden window)."""
        done = False

        def once() -> None:
            nonlocal done
            if not done:
                done = True
                if once in self._after_paint:
                    self._after_paint.remove(once)
                callback()

        self._after_paint.append(once)
        QTimer.singleShot(fallback_ms, self, once)

    def frame_due(self) -> bool:
        """A thread was just shown and its frame is not drawn yet."""
        return bool(self._after_paint)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802
        return None  # content never loads images, styles or files

    def show_empty(self, text: str = "") -> None:
        self.shown = None
        self.setPlainText(text or self.tr("Select a conversation to read it here."))

    def show_thread(self, thread: views.Thread) -> None:
        same = self.shown is not None and self.shown.row.id == thread.row.id
        position = self.verticalScrollBar().value() if same else 0
        self.expanded = self.expanded and same
        self.shown = thread
        self._links = []
        messages = thread.messages
        hidden = 0 if self.expanded else max(0, len(messages) - LATEST)
        parts = [self._header(thread)]
        if hidden:
            label = self.tr("Show %n earlier message(s)", "", hidden)
            parts.append(f"<p>{_action('earlier', hidden, label)}</p>")
        parts += [self._message(m) for m in messages[hidden:]]
        parts += [self._outbox(item) for item in thread.outbox if item.action == "reply"
                  and item.state != OutboxState.SENT.value]
        parts += [self._moderation(item) for item in thread.outbox if item.action != "reply"]
        self.setHtml("".join(parts))
        self.verticalScrollBar().setValue(position)  # a refresh keeps the reader's place

    def show_earlier(self) -> None:
        if self.shown is not None and not self.expanded:
            self.expanded = True
            self.show_thread(self.shown)

    def _header(self, t: views.Thread) -> str:
        row = t.row
        bits = [escaped(row.platform), escaped(labels.status(row.status))]
        if row.priority != "none":
            bits.append(escaped(self.tr("priority: %1").replace("%1",
                                                                labels.priority(row.priority))))
        if row.assignee:
            bits.append(escaped(self.tr("assigned to %1").replace("%1", row.assignee)))
        bits += [escaped("#" + tag) for tag in row.tags]
        html = f"<h3>{escaped(row.subject or row.preview[:80])}</h3><p>{' · '.join(bits)}</p>"
        html += self._mood(t.mood)
        for e in t.escalations:
            line = self.tr("Escalated to %1: %2").replace("%1", e.to).replace("%2", e.reason)
            html += f"<p style='color:{self._red()}'>⚑ {escaped(line)}"
            html += f"<br><i>{escaped(e.note)}</i></p>" if e.note else "</p>"
        return html

    def _mood(self, mood: Any) -> str:
        """How the member sounds and what they want, the words it was read from, and a way to
        correct it; a conflict in red."""
        if mood is None or mood.sentiment is None:
            return ""
        line = (self.tr("Tone: %1 · About: %2").replace("%1", labels.sentiment(mood.sentiment))
                .replace("%2", labels.intent(mood.intent)))
        why = ", ".join(mood.because[:6])
        html = f"<p><small>{escaped(line)}"
        if why:
            source = self.tr("from: %1").replace("%1", why)
            html += f" ({escaped(source)})"
        if mood.message_id is not None:
            correct = self.tr("Correct…")
            html += f" · {_action('correct', mood.message_id, correct)}"
        html += "</small></p>"
        if mood.conflict:
            warning = self.tr("Heated thread: %n heated message(s); consider stepping in "
                              "or escalating.", "", mood.heated)
            html += f"<p style='color:{self._red()}'>⚠ {escaped(warning)}</p>"
        return html

    def _message(self, m: views.ThreadMessage) -> str:
        labels = {"inbound": "", "outbound": self.tr("Our reply"),
                  "note": self.tr("Internal note (not sent)")}
        who = escaped(f"{m.author_name} {m.author_handle}".strip() or self.tr("unknown"))
        meta = [escaped(local_time(m.created_at))]
        if m.edited_at:
            meta.append(escaped(self.tr("edited")))
        if m.deleted:
            meta.append(escaped(self.tr("deleted on the platform")))
        if m.url:
            meta.append(self._link(m.url, self.tr("open original")))
        label = labels.get(m.direction, "")
        head = f"<b>{who}</b>" + (f" — <i>{escaped(label)}</i>" if label else "")
        body = f"<p>{escaped(_readable(m.text[:SHOWN_CHARS]))}</p>"
        if len(m.text) > SHOWN_CHARS:
            rest = self.tr("… %n more character(s) not shown here; the original and an export "
                           "have them all.", "", len(m.text) - SHOWN_CHARS)
            body += f"<p><i>{escaped(rest)}</i></p>"
        return self._card(m.direction, f"{head}<br><small>{' · '.join(meta)}</small>{body}")

    def _outbox(self, item: Any) -> str:
        state = {"queued": self.tr("Queued — sent as soon as the platform can be reached"),
                 "sending": self.tr("Sending…"),
                 "failed": self.tr("Failed to send"),
                 "unknown": self.tr("Not sure it was posted")}.get(item.state, item.state)
        html = (f"<b>{escaped(item.agent)}</b> — <i>{escaped(state)}</i>"
                f"<p>{escaped(item.text)}</p>")
        if item.last_error:
            html += f"<p style='color:{self._red()}'>{escaped(item.last_error)}</p>"
        if item.state == OutboxState.FAILED.value:
            html += f"<p>{_action('retry', item.id, self.tr('Retry'))}</p>"
        if item.state == OutboxState.UNKNOWN.value:
            html += (f"<p>{_action('landed', item.id, self.tr('It was posted'))} · "
                     f"{_action('resend', item.id, self.tr('Send it again'))}</p>")
        return self._card("outbound", html)

    def _moderation(self, item: Any) -> str:
        text = self.tr("%1: %2").replace("%1", item.action).replace("%2", item.state)
        return f"<p><small>{escaped(text)} {escaped(item.last_error)}</small></p>"

    def _card(self, kind: str, body: str) -> str:
        # A tinted block with a coloured bar glyph: a table per card took twice as long
        # to lay out, and a long thread is laid out on every j/k.
        bar = _BARS.get(kind, _BARS["inbound"])
        fill = _mix(self.palette().color(QPalette.ColorRole.Base), QColor(bar),
                    _TINT.get(kind, 0.0))
        return (f"<div style='background-color:{fill}; margin-top:6px; margin-bottom:6px'>"
                f"<span style='color:{bar}'>\u258c</span> {body}</div>")

    def _red(self) -> str:
        return theme.error_colour(self.palette())

    def _link(self, url: str, label: str) -> str:
        self._links.append(url)
        return f"<a href='serambi:open/{len(self._links) - 1}'>{escaped(label)}</a>"

    def _anchor(self, url: QUrl) -> None:
        kind, _, number = url.path().partition("/")
        if url.scheme() != "serambi" or not number.isdigit():
            return
        n = int(number)
        if kind == "open" and n < len(self._links):
            self.link_requested.emit(self._links[n])
        elif kind == "earlier":
            self.show_earlier()
        elif kind == "retry":
            self.retry_requested.emit(n)
        elif kind == "correct":
            self.correct_requested.emit(n)
        elif kind in ("landed", "resend"):
            self.confirm_requested.emit(n, kind == "landed")
