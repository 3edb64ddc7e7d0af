"""Placeholders in canned responses: `{{member.name}}` and friends, filled by plain lookup.

No expressions, no attribute access, no filters: a placeholder is a dotted name and nothing
else, and a value is inserted verbatim (never scanned again), so hostile text stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# The names Serambi fills from the conversation; anything else is a custom prompt.
KNOWN_PLACEHOLDERS = (
    "member.name",
    "member.handle",
    "platform",
    "agent.name",
    "conversation.subject",
)
# A typo inside these namespaces (`member.nmae`) is an error, not a new prompt.
_RESERVED_PREFIXES = ("member.", "agent.", "conversation.", "platform.")

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*")
_TAG = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
MAX_NAME = 60


class TemplateError(ValueError):
    """The body has a placeholder that is not a plain name, or an unclosed `{{`."""


class MissingPlaceholder(KeyError):
    """Values are missing for these placeholders; the message names every one of them."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(names)
        super().__init__(self.names)

    def __str__(self) -> str:
        listed = ", ".join("{{" + name + "}}" for name in self.names)
        return f"no value for {listed}"


def _check_name(raw: str) -> str:
    name = raw.strip()
    if not name:
        raise TemplateError("an empty placeholder {{ }} needs a name, e.g. {{member.name}}")
    if len(name) > MAX_NAME or not _NAME.fullmatch(name):
        shown = name if len(name) <= MAX_NAME else name[:MAX_NAME] + "…"
        raise TemplateError(
            f"{{{{{shown}}}}} is not a placeholder: use a plain name such as {{{{member.name}}}}"
        )
    return name


def _tags(body: str) -> list[tuple[int, int, str]]:
    """Every placeholder as (start, end, name); unclosed or malformed ones raise."""
    found: list[tuple[int, int, str]] = []
    position = 0
    for match in _TAG.finditer(body):
        _no_stray_open(body[position : match.start()])
        found.append((match.start(), match.end(), _check_name(match.group(1))))
        position = match.end()
    _no_stray_open(body[position:])
    return found


def _no_stray_open(text: str) -> None:
    if "{{" in text:
        raise TemplateError("a placeholder opened with {{ is never closed with }}")


def placeholders(body: str) -> list[str]:
    """The placeholders a body needs, in order of first use, each once."""
    return list(dict.fromkeys(name for _, _, name in _tags(body)))


def check_known(body: str) -> list[str]:
    """The body's placeholders; raises on malformed ones and on typos in Serambi's own names."""
    names = placeholders(body)
    for name in names:
        reserved = name == "platform" or name.startswith(_RESERVED_PREFIXES)
        if reserved and name not in KNOWN_PLACEHOLDERS:
            known = ", ".join(KNOWN_PLACEHOLDERS)
            raise TemplateError(f"{{{{{name}}}}} is not a value Serambi knows (known: {known})")
    return names


def render(body: str, values: Mapping[str, str]) -> str:
    """Fill every placeholder; a missing value raises MissingPlaceholder, never a blank."""
    tags = _tags(body)
    # An empty value would leave a silent blank in a reply, so it counts as missing too.
    needed = dict.fromkeys(name for _, _, name in tags)
    missing = [name for name in needed if not str(values.get(name, "")).strip()]
    if missing:
        raise MissingPlaceholder(missing)
    parts: list[str] = []
    position = 0
    for start, end, name in tags:
        parts += [body[position:start], str(values[name])]
        position = end
    parts.append(body[position:])
    return "".join(parts)
