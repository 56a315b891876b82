"""Deprecation, from every source a spec uses, as `ir.Deprecation`.

`read` takes the keyword (`deprecated: true`) and the `x-deprecated` extension; `enum_extensions`
the lists of deprecated enum values (`x-enum-deprecated`, `x-deprecated-enum`). The rest of this
module reads deprecation written in description prose. Specs that cannot say `deprecated: true` on an enum value say it in prose. We recognize:

1. a heading `**Deprecated Enum Values:**` followed by list items
   ``- `seedream` - Use `seedream-v4` instead.``
2. a heading `**Deprecated values (...):**` followed by ``* `pro` - Deprecated: use `realistic` ``
3. an inline item ``* `dresses` - for entire outfit (deprecated, use `entire_outfit` instead)``
4. an inline item ``- `auto` — **Deprecated.** Mapped server-side ...``
5. a sentence that deprecates every value with a given suffix or prefix:
   ``If you specify the deprecated model value that includes the `-audio` suffix, ...``
   (the members that end, or start, with it; the sentence is their message)

and, for a whole field or operation, a description that opens with `DEPRECATED:` /
`Deprecated.` / `**Deprecated**`.

Only list items that *start* with a backticked value that is a real member of the enum count,
and an affix sentence only when it says "deprecated", "value" and "suffix" (or "prefix") about
a backticked affix that some members carry; a value merely mentioned in a sentence is never
marked. The recognized items are removed from
the description (the docs render them from the structured data, so nothing is said twice).
"""

from __future__ import annotations

import re
from typing import Any

from ..ir import Deprecation
from ..text import clean

_HEADING = re.compile(r"^\s*\*\*\s*deprecated\b[^*\n]*\*\*:?\s*$", re.IGNORECASE)
_ITEM = re.compile(r"^(?P<indent>\s*)[-*+]\s+`(?P<value>[^`\n]+)`\s*(?:[-—–:]\s*)?(?P<text>.*)$")
_INLINE_MARK = re.compile(
    r"\(\s*deprecated\b[^)]*\)|\*\*\s*deprecated\.?\s*\*\*\.?|^\s*deprecated\b\s*[:.,-]?",
    re.IGNORECASE,
)
# One sentence of a line: up to a `.`, `!` or `?` followed by a space, or the line's end.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?] ))(?:(?![.!?]\s)[^\n])*(?:[.!?](?=\s))?[ \t]*", re.MULTILINE)
_DEPRECATED_WORD = re.compile(r"\bdeprecated\b", re.IGNORECASE)
_VALUE_WORD = re.compile(r"\bvalues?\b", re.IGNORECASE)
_AFFIX = re.compile(r"`(?P<affix>[^`\n]+)`\s+(?P<kind>suffix|prefix)\b", re.IGNORECASE)
_REPLACEMENT = re.compile(r"\buse\s+`(?P<value>[^`\n]+)`", re.IGNORECASE)
_LEADING = re.compile(
    r"^\s*(?:\*\*\s*deprecated\s*\*\*|deprecated)\s*[:.!-]\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _replacement(text: str) -> str | None:
    match = _REPLACEMENT.search(text)
    return match.group("value") if match else None


def _message(text: str) -> str:
    """The item's prose minus the deprecation marker itself."""
    text = _INLINE_MARK.sub("", text).strip()
    text = re.sub(r"^[\s,.;:—–-]+", "", text).strip()
    return text


def extract(description: object) -> tuple[str, Deprecation | None]:
    """Clean a field or operation description; lift a leading `DEPRECATED:` sentence out."""
    text = clean(description)
    match = _LEADING.match(text)
    if not match:
        return text, None
    rest = match.group("rest").strip()
    # The first sentence is the deprecation notice; the rest still describes the field.
    sentence = re.match(r"(?P<first>.*?[.!](?=\s|$))\s*(?P<tail>.*)$", rest, re.DOTALL)
    if sentence:
        notice, remaining = sentence.group("first").strip(), sentence.group("tail").strip()
    else:
        notice, remaining = rest, ""
    return clean(remaining), Deprecation(notice, _replacement(notice), "prose")


def extract_enum(
    description: object, values: list[str]
) -> tuple[str, Deprecation | None, dict[str, Deprecation]]:
    """Clean an enum's description; return its own deprecation and its members'."""
    text, own = extract(description)
    members = set(values)
    found: dict[str, Deprecation] = {}
    kept: list[str] = []
    in_section = False
    skip_indent: int | None = None
    for line in text.split("\n"):
        if skip_indent is not None:
            # Sub-items of a lifted item go with it.
            if line.strip() and len(line) - len(line.lstrip()) > skip_indent:
                continue
            skip_indent = None
        if _HEADING.match(line):
            in_section = True
            continue
        item = _ITEM.match(line)
        lifted = (
            item is not None
            and item.group("value") in members
            and (in_section or bool(_INLINE_MARK.search(item.group("text"))))
        )
        if item is not None and lifted:
            body = item.group("text")
            found[item.group("value")] = Deprecation(_message(body), _replacement(body), "prose")
            skip_indent = len(item.group("indent"))
            continue
        if in_section and line.strip() and item is None:
            in_section = False
        kept.append(line)
    rest = _affix_deprecations("\n".join(kept), values, found)
    return clean(rest), own, found


def _affix_deprecations(text: str, values: list[str], found: dict[str, Deprecation]) -> str:
    """Form 5: add the members an affix sentence deprecates to `found`; `text` without it."""

    def lift(match: re.Match[str]) -> str:
        # Three searches, each from where the last one ended: linear in the sentence, where
        # one pattern with three lazy gaps backtracks cubically on hostile prose.
        sentence = match.group(0).strip()
        word = _DEPRECATED_WORD.search(sentence)
        value = _VALUE_WORD.search(sentence, word.end()) if word else None
        named = _AFFIX.search(sentence, value.end()) if value else None
        if named is None:
            return match.group(0)
        affix, suffix = named.group("affix"), named.group("kind").lower() == "suffix"
        marked = [v for v in values if v != affix and (v.endswith(affix) if suffix else v.startswith(affix))]
        if not marked:
            return match.group(0)  # a mention: no member carries it
        for member in marked:
            found.setdefault(member, Deprecation(sentence, None, "prose"))
        return ""

    return _SENTENCE.sub(lift, text) if "deprecated" in text.lower() else text


def read(node: Any, from_prose: Deprecation | None) -> Deprecation | None:
    """The deprecation of a schema, field, parameter or operation: `deprecated: true` (with the
    prose's message when it has one), else `x-deprecated`, else what its prose said."""
    if not isinstance(node, dict):
        return from_prose
    if node.get("deprecated") is True:
        if from_prose is not None:
            return Deprecation(from_prose.message, from_prose.replacement, "keyword")
        return Deprecation(source="keyword")
    ext = node.get("x-deprecated")
    if ext is True or isinstance(ext, (str, dict)):
        message = ext if isinstance(ext, str) else ""
        replacement = ext.get("replacement") if isinstance(ext, dict) else None
        if isinstance(ext, dict):
            message = str(ext.get("message", ""))
        return Deprecation(message, replacement if isinstance(replacement, str) else None, "extension")
    return from_prose


def enum_extensions(schema: dict[str, Any]) -> dict[str, Deprecation]:
    """`x-enum-deprecated: [values]` and `x-deprecated-enum: {value: replacement-or-message}`."""
    found: dict[str, Deprecation] = {}
    listed = schema.get("x-enum-deprecated")
    if isinstance(listed, list):
        for v in listed:
            found[str(v)] = Deprecation(source="extension")
    mapped = schema.get("x-deprecated-enum")
    if isinstance(mapped, dict):
        for v, detail in mapped.items():
            if isinstance(detail, dict):
                repl = detail.get("replacement")
                found[str(v)] = Deprecation(
                    str(detail.get("message", "")), repl if isinstance(repl, str) else None, "extension"
                )
            elif isinstance(detail, str) and detail:
                found[str(v)] = Deprecation("", detail, "extension")
            else:
                found[str(v)] = Deprecation(source="extension")
    return found
