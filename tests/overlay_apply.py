"""An Overlay 1.0 applier for the tests, written apart from the generator's `--apply`.

Targets are RFC 9535 JSONPath queries made of singular segments only, which is all `sdkgen
samples` writes: `$`, `.name` (member-name shorthand), `['name']` or `["name"]` (name selectors,
with RFC 9535's escapes) and `[0]` (index selectors). Anything else raises, as does a target that
selects nothing: the overlay must apply cleanly. `update` merges into an object (recursively) or
appends to an array; `remove` deletes the node from its parent.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_SHORTHAND = re.compile(r"[A-Za-z_\u0080-\ud7ff\ue000-\U0010ffff][A-Za-z0-9_\u0080-\ud7ff\ue000-\U0010ffff]*")
_INDEX = re.compile(r"0|-?[1-9][0-9]*")
_SIMPLE_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/", "\\": "\\"}


class TargetError(ValueError):
    pass


def parse_target(target: str) -> list[str | int]:
    """The steps of a singular JSONPath query: member names and array indices."""
    if not target.startswith("$"):
        raise TargetError(f"not a JSONPath query: {target!r}")
    steps: list[str | int] = []
    i = 1
    while i < len(target):
        if target[i] == ".":
            found = _SHORTHAND.match(target, i + 1)
            if found is None:
                raise TargetError(f"bad member name at {i} of {target!r}")
            steps.append(found.group())
            i = found.end()
        elif target.startswith("['", i) or target.startswith('["', i):
            name, i = _string(target, i + 1)
            if not target.startswith("]", i):
                raise TargetError(f"unclosed selector at {i} of {target!r}")
            steps.append(name)
            i += 1
        elif target[i] == "[":
            found = _INDEX.match(target, i + 1)
            if found is None or not target.startswith("]", found.end()):
                raise TargetError(f"bad index at {i} of {target!r}")
            steps.append(int(found.group()))
            i = found.end() + 1
        else:
            raise TargetError(f"unexpected {target[i]!r} at {i} of {target!r}")
    return steps


def _string(text: str, start: int) -> tuple[str, int]:
    """An RFC 9535 string literal starting at `start` (its quote): its value, and the index
    after its closing quote."""
    quote, i = text[start], start + 1
    out: list[str] = []
    while i < len(text):
        ch = text[i]
        if ch == quote:
            return "".join(out), i + 1
        if ord(ch) < 0x20:
            raise TargetError(f"unescaped control character in {text!r}")
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1 : i + 2]
        if nxt == quote or nxt in _SIMPLE_ESCAPES:
            out.append(quote if nxt == quote else _SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "u":
            code = int(text[i + 2 : i + 6], 16)
            i += 6
            if 0xD800 <= code <= 0xDBFF and text[i : i + 2] == "\\u":
                low = int(text[i + 2 : i + 6], 16)
                code, i = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), i + 6
            if 0xD800 <= code <= 0xDFFF:
                raise TargetError(f"lone surrogate escape in {text!r}")
            out.append(chr(code))
        else:
            raise TargetError(f"bad escape \\{nxt} in {text!r}")
    raise TargetError(f"unclosed string in {text!r}")


def _select(doc: Any, steps: list[str | int]) -> tuple[Any, str | int | None, Any]:
    """(parent, key in it, node) of the node the steps reach; (None, None, doc) for `$`."""
    parent: Any = None
    key: str | int | None = None
    node = doc
    for step in steps:
        if isinstance(step, str) and isinstance(node, dict) and step in node:
            parent, key, node = node, step, node[step]
        elif isinstance(step, int) and isinstance(node, list) and -len(node) <= step < len(node):
            parent, key, node = node, step, node[step]
        else:
            raise TargetError(f"the target selects nothing (no {step!r})")
    return parent, key, node


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(into.get(key), dict) and isinstance(value, dict):
            _merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


def apply_overlay(doc: Any, overlay: dict[str, Any]) -> Any:
    """`doc` with the overlay's actions applied in order (a copy; `doc` is not changed)."""
    doc = copy.deepcopy(doc)
    for action in overlay["actions"]:
        parent, key, node = _select(doc, parse_target(action["target"]))
        if action.get("remove"):
            if parent is None:
                raise TargetError("cannot remove the root")
            del parent[key]
        elif isinstance(node, dict) and isinstance(action["update"], dict):
            _merge(node, action["update"])
        elif isinstance(node, list):
            node.append(copy.deepcopy(action["update"]))
        else:
            raise TargetError(f"cannot update {type(node).__name__} at {action['target']!r}")
    return doc
