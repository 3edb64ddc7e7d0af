"""Folders are named by the app id; an inbox an older Serambi kept under its old name is
still found, so an update never loses anyone's inbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths


def _platform(root: Path):  # type: ignore[no-untyped-def]
    return lambda name, appauthor=False: str(root / name)


def test_a_new_machine_gets_folders_named_by_the_app_id(tmp_path: Path) -> None:
    assert paths._named(_platform(tmp_path)) == tmp_path / "org.serambi.Serambi"


def test_an_older_inbox_under_the_old_name_is_kept(tmp_path: Path) -> None:
    (tmp_path / "serambi").mkdir()
    assert paths._named(_platform(tmp_path)) == tmp_path / "serambi"
    (tmp_path / "org.serambi.Serambi").mkdir()  # once the new one exists, it wins
    assert paths._named(_platform(tmp_path)) == tmp_path / "org.serambi.Serambi"


def test_the_default_data_folder_uses_the_platforms_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(paths, "user_data_dir", _platform(tmp_path / "data"))
    monkeypatch.setattr(paths, "user_log_dir", _platform(tmp_path / "log"))
    monkeypatch.setattr(paths, "user_cache_dir", _platform(tmp_path / "cache"))
    found = paths.paths()
    assert found.data == tmp_path / "data" / "org.serambi.Serambi"
    assert found.log == tmp_path / "log" / "org.serambi.Serambi"
    assert found.database.name == "serambi.sqlite3"
