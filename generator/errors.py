"""Diagnostics shared by every stage.

A stage that finds bad input raises `SpecError` with one or more `Problem`s; the CLI prints one
line per problem and exits 2. Warnings (input we can handle but that deserves a look) travel as
`Problem`s too, collected on a `Diagnostics` object, so no stage prints on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable


def pointer_escape(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_unescape(token: str) -> str:
    """One escaped JSON-pointer reference token as the key it stands for (RFC 6901)."""
    return token.replace("~1", "/").replace("~0", "~")


def pointer_tokens(pointer: str) -> list[str]:
    """The keys a JSON pointer (`/a~1b/0`) goes through, unescaped; none for the root (``)."""
    return [pointer_unescape(token) for token in pointer.split("/")[1:]]


def pointer_walk(node: Any, keys: Iterable[str]) -> Any:
    """The node that `keys` (unescaped) lead to from `node`: a key of a mapping, or an index
    of a list. `KeyError` with the first key that leads nowhere."""
    for key in keys:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise KeyError(key)
    return node


def pointer_join(base: str, *tokens: object) -> str:
    return base + "".join("/" + pointer_escape(str(t)) for t in tokens)


@dataclass(frozen=True)
class Problem:
    message: str
    file: str = ""
    pointer: str = ""
    line: int | None = None

    def location(self) -> str:
        where = visible(self.file) or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" ({visible(self.pointer)})"
        elif self.file:
            where += " (#)"
        return where

    def __str__(self) -> str:
        return f"{self.location()}: {visible(self.message)}"


def visible(text: str) -> str:
    """`text` on one line of a terminal: line breaks, controls, bidi marks and lone surrogates
    (which could not even be printed) are shown as `\\x..`/`\\u....` escapes."""
    if text.isprintable() and text.isascii():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable() and not 0xD800 <= code <= 0xDFFF:
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


class SpecError(Exception):
    """Bad input: the run stops, nothing is written, the CLI exits 2.

    `note` is one closing line about the problems as a whole (how many, what would get past
    them), printed after them."""

    def __init__(self, problems: list[Problem] | Problem, note: str = "") -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.note = note
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Diagnostics:
    """Warnings gathered during a run, reported once at the end."""

    warnings: list[Problem] = field(default_factory=list)

    def warn(self, message: str, pointer: str = "", file: str = "") -> None:
        self.warnings.append(Problem(message, file=file, pointer=pointer))
