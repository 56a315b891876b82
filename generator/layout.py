"""black's layout, written by the templates themselves: most generated files then need no black.

What it buys: black formats about 5,000 lines a second, so a cold generation that sends every
file through it pays for the whole SDK again. For the full Magic Hour spec (244 files) a cold
run took 4.4-5.5 s with every file through black and 2.6-3.0 s without (same loaded machine,
SDKGEN_NO_CACHE=1, an empty `--templates` directory forcing black): about 40%. The test suite
runs black over every file this shortcut passes through (SDKGEN_VERIFY_FORMAT=1), so it stays
exact.

`from_import`, `statement_line` and `annotated_line` lay a long line out as black would, for the
shapes the templates write; `keeps` says which lines black leaves as they are however long. The
format stage relies on the same rules to decide which files still go through black.
"""

from __future__ import annotations

import re
from typing import Iterable

# A line holding nothing but a string literal, a name (`x` or `enums.X`: black does not split a
# single attribute access), a string key and a string or a name (an element of an exploded
# collection), or `Name as Name` (in an exploded import): black cannot shorten it.
_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_NAME = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?"
_KEPT = re.compile(rf"^ *(?:{_STRING}(?:: (?:{_STRING}|{_NAME}))?|{_NAME}|[A-Za-z_]\w* as [A-Za-z_]\w*),?$")


def keeps(line: str) -> bool:
    """Whether black leaves this line as it is, however long."""
    return _KEPT.match(line) is not None


def from_import(source: str, names: Iterable[str], indent: int = 0, line_length: int = 88) -> str:
    """`from source import names` laid out as black lays it out: one line when it fits, else
    one name per line in parentheses."""
    listed = list(names)
    pad = " " * indent
    line = f"{pad}from {source} import {', '.join(listed)}"
    if len(line) <= line_length:
        return line
    inner = "".join(f"{pad}    {name},\n" for name in listed)
    return f"{pad}from {source} import (\n{inner}{pad})"


_TOKEN = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[\[\](){},]|[^\[\](){},"']+)""")
_OPEN, _CLOSE = "([{", ")]}"


def _split_top(body: str) -> list[str]:
    """The comma-separated items of a bracket body, at depth 0 (string literals respected)."""
    items, depth, current = [], 0, ""
    for token in _TOKEN.findall(body):
        if token in _OPEN:
            depth += 1
        elif token in _CLOSE:
            depth -= 1
        if token == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += token
    if current.strip():
        items.append(current.strip())
    return items


def _last_bracket(text: str) -> tuple[int, int] | None:
    """Positions of the last closing bracket in `text` and the one it closes (outside string
    literals)."""
    spans, depth_stack, pos = [], [], 0
    for token in _TOKEN.findall(text):
        if token in _OPEN:
            depth_stack.append(pos)
        elif token in _CLOSE and depth_stack:
            spans.append((depth_stack.pop(), pos))
        pos += len(token)
    return max(spans, key=lambda s: s[1]) if spans else None


def statement_line(indent: int, target: str, value: str, line_length: int = 88) -> str:
    """`target = value` at `indent`, split as black splits an assignment that is too long.

    A value ending in a bracket splits there when what comes before fits; otherwise the value
    goes in parentheses of its own. An atom value (`None`) goes in parentheses when `target = (`
    fits, else the target's annotation splits. Shapes outside these stay on one line for black.
    """
    pad = " " * indent
    line = f"{pad}{target} = {value}"
    if len(line) <= line_length:
        return line
    span = _last_bracket(value)
    if span is not None and span[1] == len(value) - 1:
        if len(f"{pad}{target} = {value[: span[0] + 1]}") <= line_length:
            lines = _rhs(indent, f"{target} = {value}", "", line_length)
            return "\n".join(lines) if lines is not None else line
        inner = _rhs(indent + 4, value, "", line_length)
        if inner is None or len(f"{pad}{target} = (") > line_length:
            return line
        return "\n".join([f"{pad}{target} = (", *inner, f"{pad})"])
    if len(f"{pad}{target} = (") <= line_length:
        return f"{pad}{target} = (\n{pad}    {value}\n{pad})"
    return annotated_line(indent, "", target, f" = {value}", line_length=line_length)


def annotated_line(indent: int, prefix: str, annotation: str, suffix: str = "", line_length: int = 88) -> str:
    """`prefix + annotation + suffix` at `indent`, split as black splits it when too long.

    black's right-hand split: break at the last bracket pair, the body on one line of its own
    when it fits, else one item per line with a trailing comma (an item that is still too long
    splits the same way). Only a suffix without brackets is laid out here; anything else is
    returned on one line, and the format stage then leaves the line to black itself.
    """
    pad = " " * indent
    line = pad + prefix + annotation + suffix
    if len(line) <= line_length or any(c in suffix for c in "[](){}"):
        return line
    lines = _rhs(indent, prefix + annotation, suffix, line_length)
    return "\n".join(lines) if lines is not None else line


def _rhs(indent: int, text: str, suffix: str, line_length: int) -> list[str] | None:
    pad = " " * indent
    if len(pad + text + suffix) <= line_length:
        return [pad + text + suffix]
    span = _last_bracket(text)
    if span is None or span[1] != len(text) - 1:
        return None
    head, body = text[: span[0] + 1], text[span[0] + 1 : span[1]]
    if len(pad + head) > line_length or not body:
        return None
    inner = indent + 4
    items = _split_top(body)
    # A literal's bracket (`{`, or `[`/`(` not right after a name or a closing bracket) holding
    # several items always explodes, one per line; a call's or subscript's body stays on one
    # line when it fits (black's `should_split_line`).
    before = head[-2:-1]
    literal = not (before.isalnum() or before in ("_", ")", "]"))
    if len(" " * inner + body) <= line_length and not (literal and len(items) > 1):
        middle = [" " * inner + body]
    elif len(items) > 1:
        middle = []
        for item in items:
            laid = _rhs(inner, item, ",", line_length)
            if laid is None and keeps(" " * inner + item + ","):
                laid = [" " * inner + item + ","]
            if laid is None:
                return None
            middle.extend(laid)
    else:
        laid = _rhs(inner, body, "", line_length)
        if laid is None:
            return None
        middle = laid
    return [pad + head, *middle, pad + text[span[1]] + suffix]
