"""Does a message call for us? Intentional mentions (m.mentions), our user id or display name
in the text, and the keyword push rules the user set up (their "highlight" words).

Mirrors the spec's push rules for the parts a single account can judge: content rules
match `body` as globs on word boundaries; the legacy user-name rule only applies to
messages without m.mentions, as homeservers do since intentional mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from connectors.matrix import api
from connectors.matrix.session import MatrixSession

_LEGACY_RULES = {".m.rule.contains_user_name"}
_MIN_NAME = 2  # a one-letter display name would match half the room's messages


@dataclass(frozen=True, slots=True)
class Me:
    user_id: str
    display_name: str = ""
    keywords: tuple[re.Pattern[str], ...] = ()
    legacy_keywords: tuple[re.Pattern[str], ...] = ()

    @property
    def name_pattern(self) -> re.Pattern[str] | None:
        name = self.display_name.strip()
        return _words(re.escape(name)) if len(name) >= _MIN_NAME else None


def mentions_me(content: dict[str, Any], me: Me) -> bool:
    body = content.get("body")
    text = body if isinstance(body, str) else ""
    intentional = content.get("m.mentions")
    if isinstance(intentional, dict):
        users = intentional.get("user_ids")
        if isinstance(users, list) and me.user_id in users:
            return True
    elif any(p.search(text) for p in me.legacy_keywords):
        return True
    if me.user_id.lower() in text.lower():
        return True
    name = me.name_pattern
    if name is not None and name.search(text):
        return True
    return any(p.search(text) for p in me.keywords)


async def load_me(session: MatrixSession) -> Me:
    user_id = await session.user_id()
    name = await api.display_name(session, user_id)
    keywords, legacy = highlight_rules(await api.push_rules(session))
    return Me(user_id, name, keywords, legacy)


def highlight_rules(rules: dict[str, Any]
                    ) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(keyword patterns, legacy patterns) from the enabled content rules that highlight."""
    scope = rules.get("global")
    content = scope.get("content") if isinstance(scope, dict) else None
    keywords: list[re.Pattern[str]] = []
    legacy: list[re.Pattern[str]] = []
    for rule in content if isinstance(content, list) else []:
        if not isinstance(rule, dict) or rule.get("enabled") is False:
            continue
        pattern, rule_id = rule.get("pattern"), rule.get("rule_id")
        if not isinstance(pattern, str) or not pattern.strip() or not _highlights(rule):
            continue
        compiled = _words(_glob(pattern))
        (legacy if rule_id in _LEGACY_RULES else keywords).append(compiled)
    return tuple(keywords), tuple(legacy)


def _highlights(rule: dict[str, Any]) -> bool:
    actions = rule.get("actions")
    for action in actions if isinstance(actions, list) else []:
        if isinstance(action, dict) and action.get("set_tweak") == "highlight":
            return action.get("value", True) is not False
    return False


def _glob(pattern: str) -> str:
    """A push-rule glob (* any run, ? one character) as a regular expression."""
    return "".join(".*?" if c == "*" else "." if c == "?" else re.escape(c)
                   for c in pattern.strip()[:200])


def _words(expression: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|\W){expression}(?:\W|$)", re.IGNORECASE)
