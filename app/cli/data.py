"""Moving data in and out and keeping it well: import, export, backup, restore, doctor,
demo seed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_FAILURE, EXIT_OK, CliError, plain, print_json, say, warn
from app.workspace import Workspace


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser("import", parents=[common],
                              help="import messages from a JSON Lines file")
    imp.add_argument("file", type=Path, metavar="FILE.jsonl")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=import_file)

    from app.export import FORMATS, KINDS

    exp = commands.add_parser("export", parents=[common], help="export as CSV or JSON Lines")
    exp.add_argument("kind", choices=KINDS)
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("--output", type=Path, metavar="FILE", help="default: standard output")
    exp.set_defaults(handler=export)

    back = commands.add_parser("backup", parents=[common], help="a consistent copy of the inbox")
    back.add_argument("file", type=Path, metavar="FILE")
    back.set_defaults(handler=backup)

    rest = commands.add_parser("restore", parents=[common],
                               help="replace the inbox with a backup (the current inbox is "
                                    "backed up first)")
    rest.add_argument("file", type=Path, metavar="FILE")
    rest.set_defaults(handler=restore)

    doc = commands.add_parser("doctor", parents=[common], help="check the workspace's health")
    doc.add_argument("--json", action="store_true")
    doc.set_defaults(handler=doctor, migrate=False)

    demo = commands.add_parser("demo", parents=[common], help="the demo community")
    demo_sub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = demo_sub.add_parser("seed", parents=[common],
                               help="fill this workspace with the demo community")
    seed.add_argument("--json", action="store_true")
    seed.set_defaults(handler=demo_seed)


def import_file(args: argparse.Namespace, ws: Workspace) -> int:
    from app.importer import import_file as run_import

    if not args.file.is_file():
        raise CliError(f"{args.file} is not a file")

    def on_error(line: int, reason: str) -> None:
        warn(f"{args.file}:{line}: {plain(reason, one_line=True)}")

    report = run_import(ws.store, args.file, on_error)
    if args.json:
        print_json({"lines": report.lines, "inserted": report.inserted,
                    "updated": report.updated, "unchanged": report.unchanged,
                    "accounts_created": report.accounts_created,
                    "rejected": report.rejected_count,
                    "errors": [{"line": n, "reason": r} for n, r in report.rejected]})
    else:
        say(f"Read {report.lines} line(s): {report.inserted} new, {report.updated} updated, "
            f"{report.unchanged} already there, {report.rejected_count} rejected"
            + (f"; {report.accounts_created} account(s) created"
               if report.accounts_created else ""))
    return EXIT_OK if report.ok else EXIT_FAILURE


def export(args: argparse.Namespace, ws: Workspace) -> int:
    from app.export import export as run_export

    if args.output is None:
        run_export(ws.store, args.kind, args.format, sys.stdout)
        return EXIT_OK
    partial = args.output.with_name(args.output.name + ".partial")
    try:
        # newline="" lets the csv module write its own line endings.
        with partial.open("w", encoding="utf-8", newline="") as out:
            written = run_export(ws.store, args.kind, args.format, out)
        partial.replace(args.output)  # a half-written export never wears the final name
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    say(f"Exported {written} {args.kind} to {args.output}")
    return EXIT_OK


def backup(args: argparse.Namespace, ws: Workspace) -> int:
    from app.maintenance import backup as run_backup

    try:
        target = run_backup(ws.store, args.file)
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc}") from None
    say(f"Backed up to {target}")
    return EXIT_OK


def restore(args: argparse.Namespace, ws: Workspace) -> int:
    from app.maintenance import restore as run_restore

    try:
        safety = run_restore(ws.store, args.file)
    except OSError as exc:
        raise CliError(f"cannot restore from {args.file}: {exc}") from None
    say(f"Restored the inbox from {args.file}; the inbox as it was is kept in {safety}")
    return EXIT_OK


def doctor(args: argparse.Namespace, ws: Workspace) -> int:
    from app.maintenance import doctor as run_doctor

    report = run_doctor(ws)
    if args.json:
        print_json({"ok": report.ok, "checks": report.checks, "paths": report.paths,
                    "keyring_backend": report.keyring_backend,
                    "schema": {"revision": report.schema_revision, "head": report.schema_head},
                    "counts": report.counts})
        return EXIT_OK if report.ok else EXIT_FAILURE
    for name, path in report.paths.items():
        say(f"{name + ' folder' if name != 'database' else 'database':<14} {path}")
    for check in report.checks:
        say(f"[{check.level.upper():^7}] {check.name}: {check.detail}")
    say("counts: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
    say("All is well." if report.ok else "Problems found (see above).")
    return EXIT_OK if report.ok else EXIT_FAILURE


def demo_seed(args: argparse.Namespace, ws: Workspace) -> int:
    from app.demo import seed_demo

    report = seed_demo(ws.store)
    if args.json:
        print_json({"accounts": report.accounts, "conversations": report.conversations,
                    "messages": report.messages})
    else:
        say(f"Seeded the demo community: {report.accounts} account(s), "
            f"{report.conversations} conversation(s), {report.messages} message(s).")
    return EXIT_OK
