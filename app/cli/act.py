"""Acting on conversations: triage, replies (typed or canned), and the canned library."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_FAILURE, EXIT_OK, CliError, UsageError, plain, print_json, say, warn
from app.models import Priority, Status
from app.timeutil import parse_when
from app.workspace import Workspace


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    tri = commands.add_parser("triage", parents=[common], help="change conversations")
    tri.add_argument("ids", type=int, nargs="+", metavar="ID")
    tri.add_argument("--status", choices=[s.value for s in Status])
    tri.add_argument("--until", metavar="WHEN", help="snooze until: ISO time, tomorrow, 3h, 2d")
    tri.add_argument("--tag", action="append", default=[], metavar="T")
    tri.add_argument("--untag", action="append", default=[], metavar="T")
    who = tri.add_mutually_exclusive_group()
    who.add_argument("--assign", metavar="NAME")
    who.add_argument("--unassign", action="store_true")
    tri.add_argument("--priority", choices=[p.value for p in Priority])
    tri.add_argument("--escalate", action="store_true")
    tri.add_argument("--to", metavar="NAME", help="whom to escalate to")
    tri.add_argument("--reason", metavar="TEXT", help="why it is escalated")
    tri.add_argument("--note", metavar="TEXT", help="an internal note for the escalation")
    tri.set_defaults(handler=triage)

    rep = commands.add_parser("reply", parents=[common], help="queue a reply")
    rep.add_argument("id", type=int)
    body = rep.add_mutually_exclusive_group(required=True)
    body.add_argument("--text")
    body.add_argument("--canned", metavar="SHORTCUT")
    rep.add_argument("--language", help="the canned response's language (default: English)")
    rep.add_argument("--send-now", action="store_true", help="send it now instead of at sync")
    rep.set_defaults(handler=reply)

    can = commands.add_parser("canned", parents=[common], help="the canned responses")
    can_sub = can.add_subparsers(dest="canned_command", metavar="ACTION", required=True)
    listing = can_sub.add_parser("list", parents=[common])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=canned_list)
    for name, helptext in (("import", "read a folder of response files"),
                           ("export", "write every response to a folder"),
                           ("sync", "three-way sync with a shared folder")):
        one = can_sub.add_parser(name, parents=[common], help=helptext)
        one.add_argument("dir", type=Path, metavar="DIR")
        one.set_defaults(handler=canned_folder, canned_action=name)


def triage(args: argparse.Namespace, ws: Workspace) -> int:
    from app.triage import Triage

    if args.escalate and not (args.to and args.reason):
        raise UsageError("--escalate needs --to NAME and --reason TEXT")
    if (args.to or args.reason) and not args.escalate:
        raise UsageError("--to and --reason go with --escalate")
    if args.status == Status.SNOOZED.value and not args.until:
        raise UsageError("--status snoozed needs --until WHEN")
    if args.until and args.status not in (None, Status.SNOOZED.value):
        raise UsageError("--until snoozes: it cannot go with --status " + args.status)
    until = _when(args.until) if args.until else None
    service, ids, done = Triage(ws.store, ws.agent), args.ids, []
    if until is not None:
        service.snooze(ids, until)
        done.append(f"snoozed until {until:%Y-%m-%d %H:%M} UTC")
    if args.status and args.status != Status.SNOOZED.value:
        service.set_status(ids, Status(args.status))
        done.append(f"status {args.status}")
    for name in args.tag:
        service.tag(ids, name)
        done.append(f"tagged {name}")
    for name in args.untag:
        service.untag(ids, name)
        done.append(f"untagged {name}")
    if args.assign is not None or args.unassign:
        service.assign(ids, None if args.unassign else args.assign)
        done.append(f"assigned to {args.assign}" if args.assign else "unassigned")
    if args.priority:
        service.set_priority(ids, Priority(args.priority))
        done.append(f"priority {args.priority}")
    if args.escalate:
        service.escalate(ids, args.to, args.reason, args.note or "")
        done.append(f"escalated to {args.to}")
    if not done:
        raise UsageError("say what to change: --status, --until, --tag, --untag, --assign, "
                         "--priority or --escalate")
    say(f"{', '.join(f'#{i}' for i in ids)}: {'; '.join(done)}")
    return EXIT_OK


def _when(text: str) -> Any:
    try:
        return parse_when(text)
    except ValueError:
        raise UsageError(f"cannot read the time {text!r}: use an ISO date such as "
                         "2026-12-01T09:00, or tomorrow, 3h, 2d, 1w") from None


def reply(args: argparse.Namespace, ws: Workspace) -> int:
    from app.outbox import Outbox

    text = args.text if args.text is not None else _canned_text(ws, args.id, args.canned,
                                                               args.language)
    item = Outbox(ws.store, ws.agent).queue_reply(args.id, text)
    if not args.send_now:
        say(f"Reply #{item.id} queued for conversation #{args.id}; `serambi sync` sends it.")
        return EXIT_OK
    from app.sync import SyncEngine

    assert item.id is not None
    reports = asyncio.run(SyncEngine(ws.store, ws.secrets).send_outbox([item.id]))
    mine = [r for r in reports if r.item_id == item.id]
    state = mine[0].state if mine else "queued"
    if state == "sent":
        say(f"Reply #{item.id} sent.")
        return EXIT_OK
    reason = mine[0].error if mine and mine[0].error else "it was not sent yet"
    warn(f"reply #{item.id} is {state}: {reason}. It stays in the outbox.")
    return EXIT_FAILURE


def _canned_text(ws: Workspace, conversation_id: int, shortcut: str,
                 language: str | None) -> str:
    from app.canned import CannedService, context_for, render
    from app.queries import conversation

    conversation(ws.store, conversation_id)  # an unknown id says so, not "no placeholder"
    found = CannedService(ws.store).find(shortcut, language)
    if found is None:
        raise CliError(f"no canned response with the shortcut {shortcut!r} "
                         "(see `serambi canned list`)")
    return render(found.body, context_for(ws.store, conversation_id, ws.agent))


def canned_list(args: argparse.Namespace, ws: Workspace) -> int:
    from app.canned import CannedService

    responses = CannedService(ws.store).list()
    if args.json:
        print_json({"canned": [{"id": c.id, "shortcut": c.shortcut, "language": c.language,
                                "title": c.title, "folder": c.folder, "body": c.body,
                                "updated_at": c.updated_at} for c in responses]})
        return EXIT_OK
    for c in responses:
        folder = f"{plain(c.folder, True)}/" if c.folder else ""
        say(f";{c.shortcut:<20} {c.language:<5} {folder}{plain(c.title, True)}")
    say(f"{len(responses)} canned response(s)")
    return EXIT_OK


def canned_folder(args: argparse.Namespace, ws: Workspace) -> int:
    from app.canned import CannedService, export_dir, import_dir, sync_dir

    service = CannedService(ws.store)
    if args.canned_action == "export":
        say(f"Wrote {export_dir(service, args.dir)} response(s) to {args.dir}")
        return EXIT_OK
    if not args.dir.is_dir():
        raise UsageError(f"{args.dir} is not a folder")
    if args.canned_action == "import":
        imp = import_dir(service, args.dir)
        say(f"Created {len(imp.created)}, updated {len(imp.updated)}, "
            f"unchanged {len(imp.unchanged)}, rejected {len(imp.rejected)}")
        problems: list[str] = [f"{name}: {why}" for name, why in imp.rejected]
    else:
        rep = sync_dir(service, args.dir)
        say(f"Imported {len(rep.imported)}, exported {len(rep.exported)}, deleted "
            f"{len(rep.deleted)}, unchanged {len(rep.unchanged)}, conflicts "
            f"{len(rep.conflicts)}")
        problems = [f"{name}: {why}" for name, why in rep.rejected]
        problems += [f"conflict on {c.title!r} ({c.file}): {c.reason or 'changed on both sides'}"
                     "; resolve it in the app" for c in rep.conflicts]
    for problem in problems:
        warn(plain(problem, one_line=True))
    return EXIT_FAILURE if problems else EXIT_OK
