"""The demo community's hand-written content: its cast, scripts and topic templates.

The JSON lives in `resources/demo/`; this module reads it once into typed, frozen records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DEMO_FLAVOURS: tuple[str, ...] = ("mastodon", "bluesky", "discourse", "matrix", "email")
RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "demo"


@dataclass(frozen=True, slots=True)
class CastMember:
    key: str
    name: str
    user: str
    lang: str  # "id", "en" or "both"
    vip: bool = False
    role: str = "member"
    note: str = ""

    @property
    def is_spammer(self) -> bool:
        return self.role == "spammer"

    def speaks(self, lang: str) -> bool:
        return self.lang in (lang, "both")


@dataclass(frozen=True, slots=True)
class Turn:
    who: str  # "m" (the member), "o" (another member), "us", or a cast key
    gap_minutes: int
    text: str


@dataclass(frozen=True, slots=True)
class Script:
    """One hand-written conversation, played `repeat` times over different members."""

    id: str
    topic: str
    lang: str
    flavours: tuple[str, ...]
    member: str | None
    other: str | None
    subject: str
    direct: bool
    tags: tuple[str, ...]
    status: str
    priority: str
    escalate: str | None
    repeat: int
    turns: tuple[Turn, ...]


@dataclass(frozen=True, slots=True)
class Template:
    """A recurring topic: interchangeable openers, our replies and follow-ups with slots."""

    id: str
    topic: str
    lang: str
    flavours: tuple[str, ...]
    tags: tuple[str, ...]
    priority: str
    count: int
    spam: bool
    subjects: tuple[str, ...]
    openers: tuple[str, ...]
    replies: tuple[str, ...]
    followups: tuple[str, ...]
    closers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Content:
    brand: str
    cast: dict[str, CastMember]
    scripts: tuple[Script, ...]
    templates: tuple[Template, ...]
    slots: dict[str, tuple[str, ...]]
    answer_backs: dict[str, tuple[str, ...]]
    nudges: dict[str, tuple[str, ...]]


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"the demo content file {path} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"the demo content file {path} must hold a JSON object")
    return data


def _script(raw: dict[str, Any]) -> Script:
    return Script(
        id=raw["id"], topic=raw["topic"], lang=raw["lang"], flavours=tuple(raw["flavours"]),
        member=raw.get("member"), other=raw.get("other"), subject=raw.get("subject") or "",
        direct=bool(raw.get("direct", False)), tags=tuple(raw.get("tags", ())),
        status=raw.get("status", "new"), priority=raw.get("priority", "none"),
        escalate=raw.get("escalate"), repeat=int(raw.get("repeat", 1)),
        turns=tuple(Turn(who, int(gap), text) for who, gap, text in raw["turns"]),
    )


def _template(raw: dict[str, Any]) -> Template:
    lists = ("subjects", "openers", "replies", "followups", "closers")
    return Template(
        id=raw["id"], topic=raw["topic"], lang=raw["lang"], flavours=tuple(raw["flavours"]),
        tags=tuple(raw.get("tags", ())), priority=raw.get("priority", "none"),
        count=int(raw.get("count", 1)), spam=bool(raw.get("spam", False)),
        **{name: tuple(raw.get(name, ())) for name in lists},
    )


@cache
def load_content(folder: Path = RESOURCES) -> Content:
    """Read and check the demo files; a broken file names itself and the field."""
    cast_raw, scripts_raw = _read(folder, "cast.json"), _read(folder, "scripts.json")
    templates_raw = _read(folder, "templates.json")
    try:
        cast = {m["key"]: CastMember(**m) for m in cast_raw["members"]}
        content = Content(
            brand=cast_raw["brand"]["name"], cast=cast,
            scripts=tuple(_script(s) for s in scripts_raw["scripts"]),
            templates=tuple(_template(t) for t in templates_raw["templates"]),
            slots={k: tuple(v) for k, v in templates_raw["slots"].items()},
            answer_backs={k: tuple(v) for k, v in templates_raw["answer_backs"].items()},
            nudges={k: tuple(v) for k, v in templates_raw["nudges"].items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"the demo content in {folder} is malformed: {exc!r}") from exc
    _check(content)
    return content


def _check(content: Content) -> None:
    for script in content.scripts:
        named = [t.who for t in script.turns if t.who not in ("m", "o", "us")]
        for key in [script.member, script.other, *named]:
            if key is not None and key not in content.cast:
                raise ValueError(f"demo script {script.id} names unknown member {key!r}")
        unknown = set(script.flavours) - set(DEMO_FLAVOURS)
        if unknown:
            raise ValueError(f"demo script {script.id} uses unknown flavours {sorted(unknown)}")
