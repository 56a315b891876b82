"""Line numbers for messages: where a JSON pointer's node starts in the text of a file.

Only problems need them, so they are computed on the error and warning path, and cached on
disk by the text's hash and pointer (`Document.locate`): a spec with warnings prints them on
every run, and finding one line means reading the whole file, 0.09 s for the full Magic Hour
JSON, 0.5 s for Twilio's, 1.6 s to compose Plaid's 2.9 MB of YAML. YAML text is composed for its
node marks. JSON
text is scanned with one regular expression for its strings and punctuation, because JSON is
not quite YAML (an escape like `\\u00e9` or `\\/` can stop a YAML parser, which took every line
number of Twilio's and PagerDuty's JSON specs with it), and because composing a 4 MB document as
YAML costs seconds where a scan costs a fraction of one.
"""

from __future__ import annotations

import json
import re
from typing import Iterable

import yaml

from .errors import pointer_join, pointer_tokens

_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\],:]|-?[0-9][0-9.eE+-]*|true|false|null')


def is_json(text: str, name: str) -> bool:
    return name.endswith(".json") or text.lstrip()[:1] in ("{", "[")


def json_lines(text: str, pointers: Iterable[str]) -> dict[str, int]:
    """The line of each pointer's member key (or array item) in a JSON text, in one pass."""
    wanted = {p for p in pointers if p}
    if not wanted:
        return {}
    if "\n" not in text.rstrip("\n"):
        return {p: 1 for p in wanted}  # minified on one line
    scan = _Scan(wanted)
    line, last = 1, 0
    for match in _JSON_TOKEN.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        scan.token(match.group(), line)
        if len(scan.found) == len(wanted):
            break
    return scan.found


class _Frame:
    __slots__ = ("pointer", "is_object", "expect_key", "key", "index", "item_open")

    def __init__(self, pointer: str, is_object: bool) -> None:
        self.pointer = pointer
        self.is_object = is_object
        self.expect_key = is_object
        self.key = ""
        self.index = 0
        self.item_open = not is_object
        """In an array: an item starts with the next token."""

    def child(self) -> str:
        token = self.key if self.is_object else str(self.index)
        return pointer_join(self.pointer, token)


class _Scan:
    def __init__(self, wanted: set[str]) -> None:
        self.wanted = wanted
        self.found: dict[str, int] = {}
        self.stack: list[_Frame] = []

    def _note(self, pointer: str, line: int) -> None:
        if pointer in self.wanted and pointer not in self.found:
            self.found[pointer] = line

    def token(self, token: str, line: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and not top.is_object and top.item_open and token != "]":
            self._note(top.child(), line)
            top.item_open = False
        if token in ("{", "["):
            self.stack.append(_Frame(top.child() if top is not None else "", token == "{"))
        elif token in ("}", "]"):
            self.stack.pop()
        elif token == "," and top is not None:
            if top.is_object:
                top.expect_key = True
            else:
                top.index += 1
                top.item_open = True
        elif token == ":" and top is not None:
            top.expect_key = False
        elif top is not None and top.is_object and top.expect_key:
            top.key = json.loads(token)
            self._note(top.child(), line)


def compose_yaml(text: str, loader: type) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError):
        return None


def yaml_line(node: yaml.Node | None, pointer: str) -> int | None:
    """The line of the deepest node on `pointer`'s path in a composed YAML document."""
    if node is None:
        return None
    line = None
    for token in pointer_tokens(pointer):
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == token), None)
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            match = node.value[int(token)]
        else:
            match = None
        if match is None:
            break
        node = match
        line = node.start_mark.line + 1
    return line
