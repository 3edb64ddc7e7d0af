"""Every action of the window, declared once: its label, keys and menu. Menus, the toolbar,
the context menu, the command palette and the `?` overlay are all built from this table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


@dataclass(frozen=True, slots=True)
class Spec:
    key: str
    menu: str
    label: object  # the English text, marked for lupdate; shown through translate()
    keys: tuple[str, ...] = ()
    bulk: bool = False  # works on every selected conversation
    short: object = None  # the toolbar's shorter label, marked for lupdate like `label`


SPECS = (
    Spec("open", "go", QT_TRANSLATE_NOOP("Actions", "Open conversation"), ("Return",)),
    Spec("next", "go", QT_TRANSLATE_NOOP("Actions", "Next conversation"), ("J",)),
    Spec("previous", "go", QT_TRANSLATE_NOOP("Actions", "Previous conversation"), ("K",)),
    Spec("back", "go", QT_TRANSLATE_NOOP("Actions", "Back to the list"), ("Esc",)),
    Spec("search", "go", QT_TRANSLATE_NOOP("Actions", "Search"), ("/",)),
    Spec("palette", "go", QT_TRANSLATE_NOOP("Actions", "Command palette…"), ("Ctrl+K",)),
    Spec("reply", "conversation", QT_TRANSLATE_NOOP("Actions", "Reply"), ("R",),
         short=QT_TRANSLATE_NOOP("Actions", "Reply")),
    Spec("note", "conversation", QT_TRANSLATE_NOOP("Actions", "Internal note"), ("N",),
         short=QT_TRANSLATE_NOOP("Actions", "Note")),
    Spec("canned", "conversation",
         QT_TRANSLATE_NOOP("Actions", "Insert canned response…"), ("Ctrl+;",)),
    Spec("manage_canned", "conversation",
         QT_TRANSLATE_NOOP("Actions", "Manage canned responses…")),
    Spec("send", "conversation",
         QT_TRANSLATE_NOOP("Actions", "Send"), ("Ctrl+Return", "Ctrl+Enter")),
    Spec("done", "triage", QT_TRANSLATE_NOOP("Actions", "Done (and next)"), ("E",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Done")),
    Spec("reopen", "triage", QT_TRANSLATE_NOOP("Actions", "Reopen"), (), True),
    Spec("snooze", "triage", QT_TRANSLATE_NOOP("Actions", "Snooze…"), ("S",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Snooze")),
    Spec("assign", "triage", QT_TRANSLATE_NOOP("Actions", "Assign…"), ("A",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Assign")),
    Spec("assign_me", "triage", QT_TRANSLATE_NOOP("Actions", "Assign to me"), (), True),
    Spec("tag", "triage", QT_TRANSLATE_NOOP("Actions", "Tag…"), ("T",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Tag")),
    Spec("priority", "triage", QT_TRANSLATE_NOOP("Actions", "Priority…"), ("P",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Priority")),
    Spec("escalate", "triage", QT_TRANSLATE_NOOP("Actions", "Escalate…"), ("!",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Escalate")),
    Spec("unread", "triage", QT_TRANSLATE_NOOP("Actions", "Mark unread"), ("U",), True,
         short=QT_TRANSLATE_NOOP("Actions", "Unread")),
    Spec("rules", "triage", QT_TRANSLATE_NOOP("Actions", "Rules…")),
    Spec("hide", "moderate", QT_TRANSLATE_NOOP("Actions", "Hide on the platform"), (), True),
    Spec("delete", "moderate", QT_TRANSLATE_NOOP("Actions", "Delete on the platform…"), (), True),
    Spec("block", "moderate", QT_TRANSLATE_NOOP("Actions", "Block the member…"), (), True),
    Spec("mute", "moderate", QT_TRANSLATE_NOOP("Actions", "Mute the member"), (), True),
    Spec("report", "moderate", QT_TRANSLATE_NOOP("Actions", "Report to the platform…"), (), True),
    Spec("mark_read", "moderate",
         QT_TRANSLATE_NOOP("Actions", "Mark read on the platform"), (), True),
    Spec("lock", "moderate", QT_TRANSLATE_NOOP("Actions", "Close the topic…"), (), True),
    Spec("kick", "moderate", QT_TRANSLATE_NOOP("Actions", "Remove from the room…"), (), True),
    Spec("ban", "moderate", QT_TRANSLATE_NOOP("Actions", "Ban from the room…"), (), True),
    Spec("silence", "moderate", QT_TRANSLATE_NOOP("Actions", "Silence on the site…"), (), True),
    Spec("warn_member", "moderate", QT_TRANSLATE_NOOP("Actions", "Warn the member…")),
    Spec("sort_newest", "view", QT_TRANSLATE_NOOP("Actions", "Sort: newest first")),
    Spec("sort_oldest", "view", QT_TRANSLATE_NOOP("Actions", "Sort: oldest first")),
    Spec("sort_waiting", "view", QT_TRANSLATE_NOOP("Actions", "Sort: waiting longest")),
    Spec("sort_priority", "view", QT_TRANSLATE_NOOP("Actions", "Sort: priority")),
    Spec("accounts", "file", QT_TRANSLATE_NOOP("Actions", "Accounts…")),
    Spec("sync_now", "view", QT_TRANSLATE_NOOP("Actions", "Sync now"), ("F5",),
         short=QT_TRANSLATE_NOOP("Actions", "Sync")),
    Spec("sync_status", "view", QT_TRANSLATE_NOOP("Actions", "Sync status…")),
    Spec("dashboard", "view", QT_TRANSLATE_NOOP("Actions", "Community health dashboard"),
         ("Ctrl+D",)),
    Spec("save_search", "view", QT_TRANSLATE_NOOP("Actions", "Save search as view…"),
         ("Ctrl+Shift+S",)),
    Spec("community", "view", QT_TRANSLATE_NOOP("Actions", "Community…")),
    # Language names stay in their own language, so anyone can find theirs.
    Spec("language_system", "language", QT_TRANSLATE_NOOP("Actions", "System default")),
    Spec("language_en", "language", QT_TRANSLATE_NOOP("Actions", "English")),
    Spec("language_id", "language", QT_TRANSLATE_NOOP("Actions", "Bahasa Indonesia")),
    # Which views' new conversations raise a desktop notification (any number of them).
    Spec("notify_inbox", "notify", QT_TRANSLATE_NOOP("Actions", "New in Inbox")),
    Spec("notify_mine", "notify", QT_TRANSLATE_NOOP("Actions", "New in Mine")),
    Spec("notify_unassigned", "notify", QT_TRANSLATE_NOOP("Actions", "New in Unassigned")),
    Spec("notify_escalated", "notify", QT_TRANSLATE_NOOP("Actions", "New in Escalated")),
    Spec("shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), ("?",)),
    Spec("quit", "file", QT_TRANSLATE_NOOP("Actions", "Quit"), ("Ctrl+Q",)),
)
MODERATION = ("hide", "delete", "block", "mute", "report", "mark_read", "lock", "kick", "ban",
              "silence")
MENUS = (("file", QT_TRANSLATE_NOOP("Menus", "&File")),
         ("go", QT_TRANSLATE_NOOP("Menus", "&Go")),
         ("conversation", QT_TRANSLATE_NOOP("Menus", "&Conversation")),
         ("triage", QT_TRANSLATE_NOOP("Menus", "&Triage")),
         ("moderate", QT_TRANSLATE_NOOP("Menus", "&Moderate")),
         ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
         ("help", QT_TRANSLATE_NOOP("Menus", "&Help")))
SUBMENUS = {"language": ("view", QT_TRANSLATE_NOOP("Menus", "&Language")),  # key: (in, title)
            "notify": ("view", QT_TRANSLATE_NOOP("Menus", "&Notify me of"))}
NOTIFY_DEFAULT = ("inbox",)
GROUPS = ("sort_", "language_")  # checkable actions, one of each group checked


def build(parent: QObject, handler: Callable[[str], None]) -> dict[str, QAction]:
    """One QAction per spec, triggering `handler(key)`; each of GROUPS is a radio group."""
    actions: dict[str, QAction] = {}
    groups = {prefix: QActionGroup(parent) for prefix in GROUPS}
    for spec in SPECS:
        action = QAction(QCoreApplication.translate("Actions", str(spec.label)), parent)
        action.setObjectName(f"action_{spec.key}")
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setData(spec.key)
        if spec.short is not None:
            action.setIconText(QCoreApplication.translate("Actions", str(spec.short)))
        for prefix, group in groups.items():
            if spec.key.startswith(prefix):
                action.setCheckable(True)
                group.addAction(action)
        if spec.key.startswith("notify_"):
            action.setCheckable(True)
        action.triggered.connect(lambda _=False, key=spec.key: handler(key))
        actions[spec.key] = action
    return actions


def menu_title(key: str) -> str:
    title = SUBMENUS[key][1] if key in SUBMENUS else dict(MENUS)[key]
    return QCoreApplication.translate("Menus", str(title))


def language_key(code: str) -> str:
    """The action that stands for a language code ("" is the system's)."""
    return f"language_{code or 'system'}"


def language_code(key: str) -> str:
    code = key.removeprefix("language_")
    return "" if code == "system" else code
