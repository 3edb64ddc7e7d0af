"""The `serambi` console script: global options, one subcommand per job, plain errors.

Exit codes: 0 done, 1 failed (said on stderr), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app import canned, outbox, triage
from app.accounts import AccountError
from app.cli import accounts, act, browse, data, rules, stats, sync
from app.cli.output import EXIT_FAILURE, EXIT_USAGE, CliError, warn
from app.errors import NotFound
from app.health.settings import SettingsError
from app.maintenance import MaintenanceError
from app.rules import RuleError
from app.search import SearchSyntaxError, SearchUnavailable
from app.secrets import SecretsUnavailable
from app.store.errors import StorageError
from app.version import version
from app.workspace import Workspace

Handler = Callable[[argparse.Namespace, Workspace], int]
_GROUPS = (browse, act, data, accounts, sync, rules, stats)
# What the services raise when the request, not the program, is wrong: said plainly.
_USAGE_ERRORS: tuple[type[Exception], ...] = (SearchSyntaxError,)
_FAILURES: tuple[type[Exception], ...] = (
    NotFound, triage.TriageError, RuleError, SettingsError, StorageError,
    triage.StaleConversation, outbox.OutboxError, AccountError, MaintenanceError,
    SearchUnavailable, SecretsUnavailable, canned.InvalidCanned, canned.CannedNotFound,
    canned.MissingPlaceholder, canned.TemplateError)


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", type=Path, default=default, metavar="DIR",
                        help="the data folder (default: SERAMBI_DATA_DIR, else the "
                             "platform's user data folder)")
    parser.add_argument("--database", default=default, metavar="URL",
                        help="a database URL (default: serambi.sqlite3 in the data folder)")
    parser.add_argument("--demo", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="use the demo workspace (the demo/ subfolder of the data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="serambi", description="Serambi: one local inbox for every community platform.",
        epilog="Without a command, opens the app. Every command: docs/cli.md")
    parser.add_argument("--version", action="version", version=f"serambi {version()}")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in _GROUPS:
        group.register(commands, common)
    parser.set_defaults(handler=browse.launch)
    return parser


def _open(args: argparse.Namespace) -> Workspace:
    return Workspace.open(args.data_dir, args.database, demo=args.demo,
                          migrate=getattr(args, "migrate", True))


def _silence_stdout() -> None:
    # Python flushes stdout at exit; pointing it at devnull keeps that flush from failing.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has already printed the usage error or the help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler: Handler = args.handler
    try:
        workspace = _open(args)
    except CliError as exc:
        warn(str(exc))
        return exc.code
    except Exception as exc:  # a database that cannot be opened is the user's to fix
        warn(f"cannot open the workspace: {exc}")
        return EXIT_FAILURE
    try:
        return handler(args, workspace)
    except CliError as exc:
        warn(str(exc))
        return exc.code
    except _USAGE_ERRORS as exc:
        warn(str(exc))
        return EXIT_USAGE
    except _FAILURES as exc:
        warn(str(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        warn("interrupted")
        return 130
    except BrokenPipeError:  # `serambi export ... | head`: the reader has had enough
        _silence_stdout()
        return EXIT_FAILURE
    finally:
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
