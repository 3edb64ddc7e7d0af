"""The command line, run in-process as `serambi ...`: output, JSON and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.ingest import ingest
from app.store import open_store
from tests.conftest import make_account
from tests.fakes import item


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def inbox(data_dir: Path) -> list[int]:
    """Two conversations in the workspace the CLI opens (SERAMBI_DATA_DIR)."""
    store = open_store(f"sqlite:///{data_dir / 'serambi.sqlite3'}")
    try:
        account = make_account(store, "demo", "@teduh")
        ingest(store, account, "demo", [
            item("1", 0, "Refund please, my card was charged twice", author="ani"),
            item("2", 5, "Sync \x1b[31mbroken\x1b[0m", author="budi"),
            item("3", 9, "any news?", author="ani", parent="1"),
        ])
    finally:
        store.dispose()
    return [1, 2]


def test_inbox_json_is_the_documented_shape(capsys: Any, inbox: list[int]) -> None:
    data = as_json(capsys, "inbox")
    assert data["total"] == 2 and data["offset"] == 0
    first = data["conversations"][0]
    assert set(first) == {
        "id", "platform", "account_id", "account_handle", "member_name", "member_handle",
        "subject", "preview", "status", "priority", "assignee", "tags", "unread",
        "escalated", "created_at", "last_message_at", "waiting_since", "snoozed_until",
        "message_count", "connector", "version"}
    assert (first["member_name"], first["preview"]) == ("Ani", "any news?")
    assert first["last_message_at"].endswith("+00:00")


def test_text_output_never_passes_terminal_escapes(capsys: Any, inbox: list[int]) -> None:
    code, out, _ = run(capsys, "inbox")
    assert code == 0 and "\x1b" not in out and "broken" in out
    code, out, _ = run(capsys, "conversation", "2")
    assert code == 0 and "\x1b" not in out


def test_conversation_json_and_unknown_id(capsys: Any, inbox: list[int]) -> None:
    data = as_json(capsys, "conversation", "1")
    assert [m["text"] for m in data["messages"]][1] == "any news?"
    assert set(data) == {"conversation", "messages", "escalations", "outbox"}
    code, out, err = run(capsys, "conversation", "999")
    assert (code, out) == (1, "")
    assert err == "serambi: no conversation with id 999\n"


def test_triage_then_inbox_filters(capsys: Any, inbox: list[int]) -> None:
    code, out, _ = run(capsys, "triage", "1", "2", "--tag", "billing", "--assign", "Sari",
                       "--priority", "high")
    assert code == 0 and "tagged billing" in out
    assert run(capsys, "triage", "2", "--status", "done")[0] == 0
    data = as_json(capsys, "inbox", "--tag", "billing")
    assert [(c["id"], c["assignee"], c["priority"]) for c in data["conversations"]] == [
        (1, "Sari", "high")]
    assert as_json(capsys, "inbox", "--status", "done")["total"] == 1


def test_triage_usage_errors_exit_2_in_plain_words(capsys: Any, inbox: list[int]) -> None:
    code, _, err = run(capsys, "triage", "1", "--until", "someday")
    assert code == 2 and "cannot read the time 'someday'" in err
    code, _, err = run(capsys, "triage", "1", "--escalate", "--to", "Budi")
    assert code == 2 and "--reason" in err
    code, _, err = run(capsys, "triage", "1")
    assert code == 2 and "say what to change" in err
    code, _, err = run(capsys, "triage", "77", "--status", "done")
    assert code == 1 and "no conversation with id 77" in err
    code, _, err = run(capsys, "triage", "1", "--priority", "whenever")
    assert code == 2 and "invalid choice" in err


def test_snooze_and_escalate(capsys: Any, inbox: list[int]) -> None:
    assert run(capsys, "triage", "1", "--until", "2d")[0] == 0
    assert as_json(capsys, "inbox", "--status", "snoozed")["conversations"][0]["id"] == 1
    assert run(capsys, "triage", "2", "--escalate", "--to", "Budi", "--reason", "legal")[0] == 0
    data = as_json(capsys, "conversation", "2")
    assert [(e["to"], e["reason"]) for e in data["escalations"]] == [("Budi", "legal")]


def test_search_finds_words_and_refuses_bad_syntax(capsys: Any, inbox: list[int]) -> None:
    data = as_json(capsys, "search", "refund")
    assert [h["conversation_id"] for h in data["hits"]] == [1]
    assert "[Refund]" in data["hits"][0]["snippet"]
    code, _, err = run(capsys, "search", '"unclosed')
    assert code == 2 and err.startswith("serambi: ") and "Traceback" not in err


def test_reply_is_queued_in_the_outbox(capsys: Any, inbox: list[int]) -> None:
    code, out, _ = run(capsys, "reply", "1", "--text", "Sudah kami refund ya")
    assert code == 0 and "queued" in out
    data = as_json(capsys, "conversation", "1")
    assert [(o["state"], o["text"]) for o in data["outbox"]] == [
        ("queued", "Sudah kami refund ya")]
    code, _, err = run(capsys, "reply", "1", "--canned", "nope")
    assert code == 1 and "no canned response" in err
    assert run(capsys, "reply", "1")[0] == 2


def test_reply_with_a_canned_response_fills_its_placeholders(capsys: Any,
                                                             inbox: list[int],
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "canned"
    folder.mkdir()
    (folder / "thanks.md").write_text(
        "---\nid: thanks-en\ntitle: Thanks\nshortcut: thanks\nlanguage: en\n---\n"
        "Thanks {{member.name}}!\n", encoding="utf-8")
    code, _, err = run(capsys, "canned", "import", str(folder))
    assert code == 0, err
    assert "thanks" in run(capsys, "canned", "list")[1]
    assert run(capsys, "reply", "1", "--canned", "thanks")[0] == 0
    assert as_json(capsys, "conversation", "1")["outbox"][0]["text"] == "Thanks Ani!"


def test_import_reports_bad_lines_and_exits_1(capsys: Any, data_dir: Path,
                                              tmp_path: Path) -> None:
    good = {"account": {"platform": "mastodon", "handle": "@teduh"}, "id": "9",
            "text": "halo", "created_at": "2026-11-01T09:00:00Z"}
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps(good).encode() + b"\n{oops\n")
    code, out, err = run(capsys, "import", str(path))
    assert code == 1
    assert "1 new" in out and "1 rejected" in out
    assert f"{path}:2: not valid JSON" in err
    path.write_bytes(json.dumps(good).encode() + b"\n")
    code, out, _ = run(capsys, "import", str(path), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 1
    code, _, err = run(capsys, "import", str(tmp_path / "missing.jsonl"))
    assert code == 1 and "is not a file" in err


def test_export_to_a_file(capsys: Any, inbox: list[int], tmp_path: Path) -> None:
    target = tmp_path / "messages.jsonl"
    code, out, _ = run(capsys, "export", "messages", "--format", "jsonl", "--output",
                       str(target))
    assert code == 0 and "Exported 3 messages" in out
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3
    code, out, _ = run(capsys, "export", "conversations", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("id,platform,")
    assert run(capsys, "export", "accounts", "--format", "csv")[0] == 2


def test_backup_makes_a_working_copy_and_never_overwrites(capsys: Any, inbox: list[int],
                                                          tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    assert run(capsys, "backup", str(target))[0] == 0
    copy = open_store(f"sqlite:///{target}")
    try:
        with copy.read() as conn:
            assert conn.exec_driver_sql("select count(*) from messages").scalar() == 3
    finally:
        copy.dispose()
    code, _, err = run(capsys, "backup", str(target))
    assert code == 1 and "already exists" in err


def test_doctor_reports_health_as_json(capsys: Any, inbox: list[int], data_dir: Path) -> None:
    data = as_json(capsys, "doctor")
    assert data["ok"] is True
    assert data["paths"]["data"] == str(data_dir)
    assert data["counts"]["messages"] == 3
    assert data["schema"]["revision"] == data["schema"]["head"]
    assert data["keyring_backend"].endswith("MemoryKeyring")
    assert {c["name"] for c in data["checks"]} >= {"integrity", "schema", "keyring"}


def test_doctor_finds_a_broken_search_index(capsys: Any, inbox: list[int],
                                            data_dir: Path) -> None:
    store = open_store(f"sqlite:///{data_dir / 'serambi.sqlite3'}")
    with store.write() as conn:  # a message changed behind the index's back
        conn.exec_driver_sql("update messages set text = 'something else'")
    store.dispose()
    code, out, _ = run(capsys, "doctor")
    assert code == 1 and "PROBLEM" in out and "search index" in out


def test_usage_errors_exit_2(capsys: Any, data_dir: Path) -> None:
    code, _, err = run(capsys, "inbox", "--status", "sideways")
    assert code == 2 and "invalid choice" in err
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "inbox", "--limit", "0")[0] == 2
    assert run(capsys, "--help")[0] == 0


def test_data_dir_option_beats_the_environment(capsys: Any, data_dir: Path,
                                               tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "--data-dir", str(elsewhere), "doctor", "--json")
    data = json.loads(out)
    assert code == 0 and data["paths"]["data"] == str(elsewhere)
    assert [c["level"] for c in data["checks"] if c["name"] == "schema"] == ["warning"]
    assert (elsewhere / "serambi.sqlite3").exists()
    db = tmp_path / "custom.sqlite3"
    assert run(capsys, "inbox", "--database", f"sqlite:///{db}")[0] == 0
    assert db.exists()


def test_stdin_is_never_needed_for_read_commands(capsys: Any, inbox: list[int],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(capsys, "inbox")[0] == 0


def test_actions_are_recorded_under_the_workspace_agent_name(capsys: Any, inbox: list[int],
                                                             data_dir: Path) -> None:
    from app.models import Setting

    store = open_store(f"sqlite:///{data_dir / 'serambi.sqlite3'}")
    with store.write_session() as session:
        session.add(Setting(key="agent.name", value={"name": "Sari"}))
    store.dispose()
    assert run(capsys, "triage", "1", "--tag", "vip")[0] == 0
    _, out, _ = run(capsys, "export", "events", "--format", "jsonl")
    assert [json.loads(x)["actor"] for x in out.splitlines()] == ["Sari"]
