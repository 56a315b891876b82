"""Description text, cleaned once in `normalize` so every later stage sees the same prose."""

from __future__ import annotations

import re

# The lookbehind starts a match only where a run of blanks starts: without it, a long run not at
# a line's end is rescanned from each of its characters (quadratic on hostile prose).
_TRAILING_WS = re.compile(r"(?<![ \t])[ \t]+$", re.MULTILINE)
_MANY_BLANKS = re.compile(r"\n{3,}")
# JSON can spell half a UTF-16 pair (`"\ud800"`): not Unicode, so no file or class docstring can
# hold it. Prose shows U+FFFD instead; `validate` refuses one anywhere else.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: object) -> str:
    """Normalize whitespace, keep markdown: line breaks matter to lists and tables."""
    if not isinstance(text, str):
        return ""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    text = _TRAILING_WS.sub("", text)
    text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip("\n").strip()


def first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip() if text else ""
