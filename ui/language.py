"""The user's language: the system's, English or Bahasa Indonesia, kept in QSettings and
installed before any window is built. A change rebuilds the window (ui.app.run) rather than
half-translating a live one, so the question about it is asked in the language chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
KEY = "language"
CODES = ("", "en", "id")  # "" follows the system
_TAG = "serambi_translator"  # marks the translators we installed, to swap them later

APPLIES_LATER = QT_TRANSLATE_NOOP(
    "Language", "Serambi will be in English the next time it starts.")
APPLIES_LATER_ID = QT_TRANSLATE_NOOP(
    "Language", "Serambi will be in Bahasa Indonesia the next time it starts.")
RESTART_NOW = QT_TRANSLATE_NOOP("Language", "Restart now")
LATER = QT_TRANSLATE_NOOP("Language", "Later")
DRAFT_LOST = QT_TRANSLATE_NOOP(
    "Language", "Restarting now closes the window: the reply you have not sent yet is lost.")
TITLE = QT_TRANSLATE_NOOP("Language", "Language")
OK = QT_TRANSLATE_NOOP("Language", "OK")


def saved(settings: QSettings) -> str:
    code = str(settings.value(KEY, "") or "")
    return code if code in CODES else ""


def save(settings: QSettings, code: str) -> None:
    settings.setValue(KEY, code)
    settings.sync()


def system_locale() -> QLocale:
    return QLocale.system()


def locale_for(code: str) -> QLocale:
    return QLocale(code) if code else system_locale()


def shown(code: str) -> str:
    """The language the window really shows for a choice: "id" or "en" (the fallback)."""
    return "id" if locale_for(code).language() == QLocale.Language.Indonesian else "en"


def load_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Serambi's own strings and Qt's, in the locale's language when we have them."""
    locale = locale or QLocale.system()
    loaded = []
    sources = ((str(I18N), "serambi"),
               (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"))
    for folder, name in sources:
        translator = QTranslator(app)
        translator.setObjectName(_TAG)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded


def remove(app: QApplication) -> None:
    for translator in app.findChildren(QTranslator, _TAG):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def install(app: QApplication, code: str) -> list[QTranslator]:
    """Swap whatever we installed before for the translations of `code`."""
    remove(app)
    return load_translations(app, locale_for(code))


def text_in(code: str, source: object) -> str:
    """A "Language" string in the language `code` will show, whatever is installed now."""
    text, translator = str(source), QTranslator()
    if shown(code) != "en" and translator.load(locale_for(code), "serambi", "_", str(I18N)):
        return translator.translate("Language", text) or text
    return text


def restart_box(parent: QWidget | None, code: str, can_restart: bool,
                draft: bool) -> tuple[QMessageBox, QPushButton | None]:
    """Says, in the new language, when it applies; offers a restart where one is possible."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(text_in(code, TITLE))
    box.setText(text_in(code, APPLIES_LATER_ID if shown(code) == "id" else APPLIES_LATER))
    restart = None
    if can_restart:
        if draft:
            box.setInformativeText(text_in(code, DRAFT_LOST))
        restart = box.addButton(text_in(code, RESTART_NOW), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(text_in(code, LATER),
                                           QMessageBox.ButtonRole.RejectRole))
    else:
        box.addButton(text_in(code, OK), QMessageBox.ButtonRole.AcceptRole)
    return box, restart


def ask_restart(parent: QWidget | None, code: str, can_restart: bool, draft: bool) -> bool:
    box, restart = restart_box(parent, code, can_restart, draft)
    box.exec()
    return restart is not None and box.clickedButton() is restart
