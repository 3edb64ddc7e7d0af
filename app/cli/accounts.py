"""`serambi accounts`: list, add (secrets only on standard input), remove and test."""

from __future__ import annotations

import argparse
import asyncio
import sys
import webbrowser
from typing import Any

from app import accounts as service
from app.account_setup import (
    SetupIncomplete,
    add_signed_in,
    add_with_fields,
    platform_setup,
    sign_in,
)
from app.cli.output import EXIT_FAILURE, EXIT_OK, UsageError, plain, print_json, say, warn
from app.workspace import Workspace
from connectors import errors, registry


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser("accounts", parents=[common], help="the accounts Serambi follows")
    sub = cmd.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", parents=[common])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_accounts)

    add = sub.add_parser("add", parents=[common], help="add an account (no prompts)",
                         epilog="Each platform's own options: see docs/connectors/.")
    add.add_argument("platform", metavar="PLATFORM", help=", ".join(registry.platforms()))
    for flag, help_text in _field_flags().items():
        add.add_argument(flag, dest=_dest(flag), default=None, help=help_text, metavar="VALUE")
    add.add_argument("--name", default="", help="a display name for this account")
    add.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE")
    secret = add.add_mutually_exclusive_group()
    secret.add_argument("--token-stdin", action="store_true",
                        help="read an access token or API key from standard input")
    secret.add_argument("--password-stdin", action="store_true",
                        help="read a password or app password from standard input")
    secret.add_argument("--browser", action="store_true",
                        help="sign in through the system browser (where the platform has it)")
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


def _field_flags() -> dict[str, str]:
    """Every platform's setup flags, once each (`--handle` and `--server` always)."""
    flags = {"--handle": "the account's handle or user name",
             "--server": "the server's https:// address"}
    for platform in registry.platforms():
        setup = platform_setup(platform)
        for f in setup.fields if setup else ():
            said = f"{setup.title}: {f.help or f.label}" if setup else f.label
            flags[f.cli_flag] = (f"{flags[f.cli_flag]}; {said}"
                                 if f.cli_flag in flags and said not in flags[f.cli_flag]
                                 else flags.get(f.cli_flag, said))
    return flags


def _dest(flag: str) -> str:
    return "field_" + flag.lstrip("-").replace("-", "_")


def _given(args: argparse.Namespace) -> dict[str, str]:
    """The chosen platform's field values from the flags the user gave."""
    setup = platform_setup(args.platform)
    fields = [(f.key, f.cli_flag) for f in setup.fields] if setup else \
        [("handle", "--handle"), ("server_url", "--server")]
    given = {key: getattr(args, _dest(flag), None) for key, flag in fields}
    return {key: value for key, value in given.items() if value is not None}


def _open_url(url: str) -> None:
    say(f"Opening your browser to sign in. If it does not open, visit:\n  {url}")
    webbrowser.open(url)


def add_account(args: argparse.Namespace, ws: Workspace) -> int:
    try:
        settings = service.parse_settings(args.setting)
    except service.AccountError as exc:
        raise UsageError(str(exc)) from None
    given = _given(args)
    if not ws.secrets.persistent and (args.browser or args.token_stdin or args.password_stdin):
        # This command ends at once: a secret kept in its memory would be gone with it.
        warn(f"{ws.secrets.notice} The account was not added: set up a keyring (for example "
             "the Secret Service: gnome-keyring), then add it again.")
        return EXIT_FAILURE
    try:
        if args.browser:
            result = asyncio.run(sign_in(args.platform, given, _open_url))
            info = add_signed_in(ws.store, ws.secrets, args.platform, result,
                                 display_name=args.name, extra_settings=settings)
        else:
            secret = _read_secret() if args.token_stdin or args.password_stdin else None
            info = add_with_fields(ws.store, ws.secrets, args.platform, given, secret=secret,
                                   display_name=args.name, extra_settings=settings)
    except SetupIncomplete as exc:
        raise UsageError(str(exc)) from None
    except errors.ConnectorError as exc:
        warn(f"sign-in failed: {plain(service.explain(exc), one_line=True)}")
        return EXIT_FAILURE
    if args.json:
        print_json(_row(info))
    else:
        keyring = " (secret stored in the keyring)" if info.has_secret else ""
        say(f"Added account #{info.id}: {info.platform} {plain(info.handle, True)}{keyring}")
        say(f"Check it with `serambi accounts test {info.id}`.")
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
