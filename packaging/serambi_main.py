"""The bundles' program: the `serambi` command line (app.cli.main), plus the hidden
`--smoke-test` flag with which CI proves a freshly built bundle opens, syncs and exits."""

from __future__ import annotations

import json
import sys

SMOKE_FLAG = "--smoke-test"


def main(argv: list[str]) -> int:
    from app.cli.main import main as cli_main

    if SMOKE_FLAG not in argv:
        return cli_main(argv)
    from serambi_smoke import Smoke

    smoke = Smoke()
    smoke.arm()
    code = cli_main([a for a in argv if a != SMOKE_FLAG])
    if smoke.result is None:  # the window never came up (or the text fallback ran instead)
        print(json.dumps({"ok": False, "error": f"the app returned {code} without a window"}),
              flush=True)
        return code or 1
    return code if smoke.result["ok"] else (code or 1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
