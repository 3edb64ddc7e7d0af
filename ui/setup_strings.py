"""The words of each platform's setup (connectors/<platform>/account.py), made translatable.

Connectors have no Qt, so their labels and help are plain English; the wizard shows them
through `setup_text`, and `ui/setup_strings_list.py` lets lupdate find them.
`tests/test_translation.py` checks that list against the connectors;
`python -m ui.setup_strings > ui/setup_strings_list.py` writes it anew.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from connectors import registry
from connectors.setup import setup_for

CONTEXT = "PlatformSetup"


def setup_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def current() -> list[str]:
    """Every text the wizard takes from the platforms' setups, in a stable order."""
    found: list[str] = []
    for platform in registry.platforms():
        setup = setup_for(platform)
        if setup is None:
            continue
        texts = [setup.title, setup.intro, setup.credential_label, setup.credential_help]
        for f in setup.fields:
            texts += [f.label, f.help]
        found += [t for t in texts if t and t not in found]
    return found


def render() -> str:
    body = "\n".join(f'    QT_TRANSLATE_NOOP("PlatformSetup", {t!r}),' for t in current())
    return (f'{HEADER}\nfrom PySide6.QtCore import QT_TRANSLATE_NOOP\n\n'
            f"STRINGS = (\n{body}\n)\n")


HEADER = '''"""Written by `python -m ui.setup_strings`: the platforms' setup texts, for lupdate."""
# ruff: noqa: E501
'''


if __name__ == "__main__":
    print(render(), end="")
