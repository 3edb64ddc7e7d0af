"""Reading the inbox: the queue, one conversation, full-text search, and opening the app."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
from typing import Any

from app import queries
from app.cli.output import EXIT_OK, UsageError, plain, print_json, say, when
from app.models import Status
from app.workspace import Workspace

STATUSES = [s.value for s in Status] + [queries.ALL]


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    inbox_cmd = commands.add_parser("inbox", parents=[common], help="list the queue")
    inbox_cmd.add_argument("--status", choices=STATUSES,
                           help="only this status (default: new, open and pending; 'all')")
    inbox_cmd.add_argument("--tag", help="only conversations with this tag")
    inbox_cmd.add_argument("--assignee", help="only conversations assigned to NAME")
    inbox_cmd.add_argument("--order", choices=queries.ORDERS, default="newest")
    inbox_cmd.add_argument("--limit", type=int, default=100)
    inbox_cmd.add_argument("--offset", type=int, default=0)
    inbox_cmd.add_argument("--json", action="store_true", help="machine-readable output")
    inbox_cmd.set_defaults(handler=inbox)

    conv = commands.add_parser("conversation", parents=[common], help="show one conversation")
    conv.add_argument("id", type=int)
    conv.add_argument("--json", action="store_true")
    conv.set_defaults(handler=conversation)

    find = commands.add_parser("search", parents=[common], help="search every message")
    find.add_argument("query", help="words, \"phrases\", from:, platform:, after: ... "
                                    "(docs/search.md)")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=search)


def _page(limit: int, offset: int = 0) -> None:
    if not 1 <= limit <= 10_000 or offset < 0:
        raise UsageError("--limit must be between 1 and 10000 and --offset not negative")


def print_rows(rows: list[queries.ConversationRow]) -> None:
    for row in rows:
        who = plain(row.member_name or row.member_handle or "?", one_line=True)
        flags = ("*" if row.unread else " ") + ("!" if row.escalated else " ")
        tags = " ".join(f"#{t}" for t in row.tags)
        say(f"{row.id:>7} {flags} {row.status:<8} {row.platform:<10} {when(row.last_message_at)}"
            f"  {who[:24]:<24}  {plain(row.subject or row.preview, one_line=True)[:60]}"
            + (f"  {tags}" if tags else ""))


def inbox(args: argparse.Namespace, ws: Workspace) -> int:
    _page(args.limit, args.offset)
    rows = queries.inbox(ws.store, status=args.status, tag=args.tag, assignee=args.assignee,
                         limit=args.limit, offset=args.offset, order=args.order)
    total = queries.count(ws.store, status=args.status, tag=args.tag, assignee=args.assignee)
    if args.json:
        print_json({"total": total, "offset": args.offset, "conversations": rows})
        return EXIT_OK
    if not rows:
        say("Nothing here: the inbox is clear.")
        return EXIT_OK
    print_rows(rows)
    say(f"{len(rows)} of {total} conversation(s)")
    return EXIT_OK


def conversation(args: argparse.Namespace, ws: Workspace) -> int:
    detail = queries.conversation(ws.store, args.id)
    if args.json:
        print_json(detail)
        return EXIT_OK
    row = detail.conversation
    say(f"#{row.id} {plain(row.subject, one_line=True) or '(no subject)'}")
    say(f"{row.platform} {plain(row.account_handle, one_line=True)} | {row.status}, "
        f"priority {row.priority}, assigned to {row.assignee or 'nobody'}"
        + (f" | tags: {', '.join(row.tags)}" if row.tags else ""))
    for esc in detail.escalations:
        say(f"ESCALATED to {plain(esc.to, True)} by {plain(esc.created_by, True)}: "
            f"{plain(esc.reason, True)}")
    for msg in detail.messages:
        author = plain(msg.author_name or msg.author_handle or msg.direction, one_line=True)
        edited = " (edited)" if msg.edited_at else ""
        say(f"\n[{when(msg.created_at)}] {author} ({msg.direction}, {msg.kind}){edited}")
        say("(deleted on the platform)" if msg.deleted and not msg.text else plain(msg.text))
    for item in detail.outbox:
        error = f": {plain(item.last_error, True)}" if item.last_error else ""
        say(f"\nOUTBOX #{item.id} {item.action} {item.state}{error}\n{plain(item.text)}")
    return EXIT_OK


def search(args: argparse.Namespace, ws: Workspace) -> int:
    from app.search import search as run_search

    _page(args.limit)
    hits = run_search(ws.store, args.query, limit=args.limit)
    if args.json:
        print_json({"query": args.query, "hits": hits})
        return EXIT_OK
    for hit in hits:
        who = plain(hit.author_name or hit.author_handle or hit.direction, one_line=True)
        say(f"{hit.conversation_id:>7} {when(hit.created_at)} {hit.platform:<10} {who[:24]:<24}"
            f"  {plain(hit.snippet, one_line=True)}")
    say(f"{len(hits)} match(es)" if hits else "No messages match.")
    return EXIT_OK


def launch(args: argparse.Namespace, ws: Workspace) -> int:
    """The app when the desktop interface is installed; until then, the inbox in text."""
    if args.demo:
        from app.demo import ensure_demo_workspace

        ensure_demo_workspace(ws.store)
    try:
        found = importlib.util.find_spec("ui.app") is not None
    except ImportError:
        found = False
    if found:
        ui_app = importlib.import_module("ui.app")
        return int(ui_app.run(ws, demo=bool(args.demo)) or 0)
    say("The desktop interface is not built yet; here is the inbox in text instead.")
    rows = queries.inbox(ws.store)
    print_rows(rows)
    say(f"{len(rows)} of {queries.count(ws.store)} conversation(s)")
    return EXIT_OK
