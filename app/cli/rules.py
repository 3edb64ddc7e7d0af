"""`serambi rules`: list, add (from a JSON file), change, reorder, turn on or off, remove, and
the dry run that shows what a rule would have done over the archive."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app import rules as service
from app.cli.output import EXIT_OK, UsageError, plain, print_json, say
from app.workspace import Workspace


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("rules", parents=[common], help="auto-triage rules")
    sub = cmd.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", parents=[common])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_rules)
    add = sub.add_parser("add", parents=[common], help="add a rule from a JSON file ('-': stdin)")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--dry-run", action="store_true", help="only show what it would do")
    add.set_defaults(handler=add_rule)
    change = sub.add_parser("change", parents=[common], help="replace a rule with a JSON file")
    change.add_argument("id", type=int)
    change.add_argument("file", metavar="FILE")
    change.set_defaults(handler=change_rule)
    for name, wanted in (("enable", True), ("disable", False)):
        toggle = sub.add_parser(name, parents=[common])
        toggle.add_argument("id", type=int)
        toggle.set_defaults(handler=toggle_rule, enabled=wanted)
    move = sub.add_parser("move", parents=[common], help="run a rule earlier (-1) or later (+1)")
    move.add_argument("id", type=int)
    move.add_argument("steps", type=int)
    move.set_defaults(handler=move_rule)
    remove = sub.add_parser("remove", parents=[common])
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=remove_rule)
    dry = sub.add_parser("dry-run", parents=[common],
                         help="what the rules (or one) would have done to recent messages")
    dry.add_argument("id", type=int, nargs="?")
    dry.add_argument("--limit", type=int, default=20_000, help="newest messages to look at")
    dry.add_argument("--json", action="store_true")
    dry.set_defaults(handler=dry_run)


def _read(file: str) -> dict[str, Any]:
    import sys

    try:
        raw = json.loads(sys.stdin.read() if file == "-" else Path(file).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the rule from {file}: {exc}") from None
    if not isinstance(raw, dict):
        raise UsageError("a rule file holds one JSON object: name, conditions, actions")
    return raw


def _row(rule: service.RuleInfo) -> dict[str, Any]:
    return {"id": rule.id, "position": rule.position, "name": rule.name,
            "enabled": rule.enabled, "conditions": rule.conditions, "actions": rule.actions,
            "stop": rule.stop}


def list_rules(args: argparse.Namespace, ws: Workspace) -> int:
    found = service.list_rules(ws.store)
    if args.json:
        print_json({"rules": [_row(r) for r in found]})
        return EXIT_OK
    for r in found:
        state = "" if r.enabled else " (off)"
        does = ", ".join(str(a.get("do")) for a in r.actions)
        say(f"{r.id:>4} {r.position:>3}. {plain(r.name, True)}{state} -> {does}")
    say(f"{len(found)} rule(s)" if found else "No rules yet: `serambi rules add FILE`.")
    return EXIT_OK


def _show_hits(hits: list[service.Hit], as_json: bool) -> None:
    if as_json:
        print_json({"hits": [{"rule": h.rule, "rule_id": h.rule_id,
                              "conversation": h.conversation_id, "message": h.message_id,
                              "actions": list(h.actions)} for h in hits]})
        return
    for h in hits:
        say(f"conversation {h.conversation_id}: {plain(h.rule, True)} -> "
            f"{'; '.join(h.actions)}")
    say(f"{len(hits)} conversation(s) would be acted on; nothing was changed.")


def add_rule(args: argparse.Namespace, ws: Workspace) -> int:
    raw = _read(args.file)
    if args.dry_run:
        _show_hits(service.dry_run(ws.store, raw=raw), False)
        return EXIT_OK
    rule = service.add_rule(ws.store, raw, ws.agent)
    say(f"Added rule #{rule.id} ({plain(rule.name, True)}), position {rule.position}.")
    return EXIT_OK


def change_rule(args: argparse.Namespace, ws: Workspace) -> int:
    rule = service.update_rule(ws.store, args.id, _read(args.file), ws.agent)
    say(f"Changed rule #{rule.id} ({plain(rule.name, True)}).")
    return EXIT_OK


def toggle_rule(args: argparse.Namespace, ws: Workspace) -> int:
    rule = service.set_enabled(ws.store, args.id, args.enabled, ws.agent)
    say(f"Rule #{rule.id} is {'on' if rule.enabled else 'off'}.")
    return EXIT_OK


def move_rule(args: argparse.Namespace, ws: Workspace) -> int:
    order = service.move_rule(ws.store, args.id, args.steps, ws.agent)
    say("Order: " + ", ".join(f"#{r.id}" for r in order))
    return EXIT_OK


def remove_rule(args: argparse.Namespace, ws: Workspace) -> int:
    service.remove_rule(ws.store, args.id, ws.agent)
    say(f"Removed rule #{args.id}.")
    return EXIT_OK


def dry_run(args: argparse.Namespace, ws: Workspace) -> int:
    _show_hits(service.dry_run(ws.store, args.id, args.limit), args.json)
    return EXIT_OK
