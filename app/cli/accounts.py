"""`serambi accounts`: list, add (secrets only on standard input), remove and test."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from app import accounts as service
from app.cli.output import EXIT_FAILURE, EXIT_OK, UsageError, plain, print_json, say, warn
from app.workspace import Workspace


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("accounts", parents=[common], help="the accounts Serambi follows")
    sub = cmd.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", parents=[common])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_accounts)

    add = sub.add_parser("add", parents=[common], help="add an account (no prompts)")
    add.add_argument("platform", metavar="PLATFORM")
    add.add_argument("--handle", required=True, help="the account's handle, e.g. @brand@server")
    add.add_argument("--server", default="", metavar="URL", help="the server's https:// address")
    add.add_argument("--name", default="", help="a display name for this account")
    add.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE")
    secret = add.add_mutually_exclusive_group()
    secret.add_argument("--token-stdin", action="store_true",
                        help="read an access token from standard input")
    secret.add_argument("--password-stdin", action="store_true",
                        help="read a password from standard input")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_account)

    remove = sub.add_parser("remove", parents=[common],
                            help="remove an account, its messages and its keyring entry")
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=remove_account)

    check = sub.add_parser("test", parents=[common], help="try one fetch, store nothing")
    check.add_argument("id", type=int)
    check.set_defaults(handler=test_account)


def _row(info: service.AccountInfo) -> dict[str, Any]:
    return {"id": info.id, "platform": info.platform, "handle": info.handle,
            "server_url": info.server_url, "display_name": info.display_name,
            "settings": info.settings, "enabled": info.enabled, "has_secret": info.has_secret,
            "created_at": info.created_at, "conversations": info.conversations}


def list_accounts(args: argparse.Namespace, ws: Workspace) -> int:
    found = service.list_accounts(ws.store)
    if args.json:
        print_json({"accounts": [_row(a) for a in found]})
        return EXIT_OK
    for a in found:
        state = "" if a.enabled else " (disabled)"
        server = f" {plain(a.server_url, True)}" if a.server_url else ""
        say(f"{a.id:>4} {a.platform:<10} {plain(a.handle, True)}{server}{state} "
            f"- {a.conversations} conversation(s)")
    say(f"{len(found)} account(s)" if found else "No accounts yet: `serambi accounts add`.")
    return EXIT_OK


def _read_secret() -> str:
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("pipe the secret in, e.g. `echo \"$TOKEN\" | serambi accounts add ...`")
    secret = sys.stdin.read().strip("\r\n")
    if not secret.strip():
        raise UsageError("standard input was empty: no secret to store")
    return secret


def add_account(args: argparse.Namespace, ws: Workspace) -> int:
    try:
        settings = service.parse_settings(args.setting)
    except service.AccountError as exc:
        raise UsageError(str(exc)) from None
    secret = _read_secret() if args.token_stdin or args.password_stdin else None
    info = service.add_account(ws.store, ws.secrets, args.platform, args.handle,
                               server_url=args.server, display_name=args.name,
                               settings=settings, secret=secret)
    if args.json:
        print_json(_row(info))
    else:
        keyring = " (secret stored in the keyring)" if info.has_secret else ""
        say(f"Added account #{info.id}: {info.platform} {plain(info.handle, True)}{keyring}")
    return EXIT_OK


def remove_account(args: argparse.Namespace, ws: Workspace) -> int:
    info = service.remove_account(ws.store, ws.secrets, args.id)
    say(f"Removed account #{info.id} ({info.platform} {plain(info.handle, True)}) and its "
        f"{info.conversations} conversation(s)")
    return EXIT_OK


def test_account(args: argparse.Namespace, ws: Workspace) -> int:
    result = asyncio.run(service.check_account(ws.store, ws.secrets, args.id))
    if result.ok:
        say(plain(result.message, one_line=True))
        return EXIT_OK
    warn(f"account #{args.id} does not work: {plain(result.message, one_line=True)}")
    return EXIT_FAILURE
