"""The Bahasa Indonesia translation is complete and current: every string the interface
can show has a translation that keeps its placeholders, and the compiled file matches."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "serambi_id.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def test_every_interface_string_is_translated_with_its_placeholders(tmp_path: Path) -> None:
    fresh = tmp_path / "current.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    done = subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    missing, wrong = [], []
    for message in _messages(fresh):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(forms):
            missing.append(source)
        elif any(set(PLACEHOLDER.findall(f)) != set(PLACEHOLDER.findall(source))
                 for f in forms):
            wrong.append(source)
    assert missing == [], f"{len(missing)} string(s) without Indonesian: {missing[:10]}"
    assert wrong == []


def test_the_compiled_translation_is_newer_than_its_source() -> None:
    qm = TS.with_suffix(".qm")
    done = subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", "/dev/null"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert "0 unfinished" in done.stdout + done.stderr
    assert qm.exists() and qm.stat().st_size > 10_000


def test_the_platforms_setup_texts_are_listed_for_translation() -> None:
    from ui import setup_strings, setup_strings_list

    assert list(setup_strings_list.STRINGS) == setup_strings.current(), \
        "run: python -m ui.setup_strings > ui/setup_strings_list.py"
