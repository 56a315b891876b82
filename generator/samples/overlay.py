"""The samples as an OpenAPI Overlay 1.0 document, and as the sample lists it leaves behind.

One decision per operation serves both outputs (`place`): the overlay's actions, and the new
`x-codeSamples` list that `--apply` writes and that applying those actions gives.

- no `x-codeSamples` yet: the operation object gets one (`update` merges a new property);
- otherwise a sample of ours (same `lang`, our `label` or none) is updated where it stands
  (`update` of that entry: its `lang`, `label` and `source` replaced, other keys kept), a
  missing one is appended (`update` of the array appends), and further samples of ours are
  removed (`remove`, last index first, after the other actions: indices stay right). Samples of
  other languages, and ours with another label, are left as they are.

Targets are RFC 9535 JSONPath queries of one node, `$.paths['/v1/x'].post['x-codeSamples'][0]`:
names in single quotes with RFC 9535's escapes, so any path holds (quotes, backslashes, controls,
unicode; what is not printable is written as `\\uXXXX`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

OVERLAY_VERSION = "1.0.0"
SAMPLES_KEY = "x-codeSamples"
_SHORTHAND = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ESCAPES = {"'": "\\'", "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True)
class Sample:
    lang: str
    label: str
    source: str

    @property
    def entry(self) -> dict[str, str]:
        return {"lang": self.lang, "label": self.label, "source": self.source}

    def owns(self, entry: object) -> bool:
        """Whether `entry` is this sample's to replace: the same language, unlabelled or ours."""
        if not isinstance(entry, dict) or not isinstance(entry.get("lang"), str):
            return False
        return entry["lang"].lower() == self.lang.lower() and entry.get("label") in (None, "", self.label)


def jsonpath_name(name: str) -> str:
    """`name` as an RFC 9535 name selector: `['...']`, or `.name` when it is a plain word."""
    if _SHORTHAND.fullmatch(name):
        return "." + name
    return "['" + "".join(_ESCAPES.get(ch) or (ch if ch.isprintable() else _u(ch)) for ch in name) + "']"


def _u(ch: str) -> str:
    """RFC 9535's (and JSON's) `\\uXXXX` escape of a character, a surrogate pair beyond U+FFFF.
    Controls must be escaped; other unprintable characters (U+2028, bidi marks) are escaped too,
    so a target reads the same in any YAML reader, terminal or diff."""
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def operation_target(path: str, method: str) -> str:
    return "$" + jsonpath_name("paths") + jsonpath_name(path) + jsonpath_name(method)


@dataclass(frozen=True)
class Placement:
    """Where an operation's samples of ours go. `existing` is its `x-codeSamples` (None: it has
    none); `updated` maps an index of it to the entry that replaces it."""

    target: str
    what: str
    """The operation, for the actions' descriptions."""
    existing: list[Any] | None
    updated: dict[int, dict[str, Any]]
    removed: tuple[int, ...]
    appended: tuple[dict[str, str], ...]

    @property
    def samples(self) -> list[Any]:
        """The operation's samples once the actions are applied."""
        kept = [self.updated.get(i, e) for i, e in enumerate(self.existing or []) if i not in self.removed]
        return kept + list(self.appended)

    def actions(self) -> list[dict[str, Any]]:
        if self.existing is None:
            return [_action(self.target, f"{self.what}: code samples", update={SAMPLES_KEY: self.samples})]
        at = self.target + jsonpath_name(SAMPLES_KEY)
        return [
            *(
                _action(f"{at}[{i}]", f"{self.what}: a sample of ours", update=_changed(e))
                for i, e in self.updated.items()
            ),
            *(_action(at, f"{self.what}: a new sample", update=entry) for entry in self.appended),
            *(
                _action(f"{at}[{i}]", f"{self.what}: one sample of ours too many", remove=True)
                for i in self.removed
            ),
        ]


def place(target: str, what: str, existing: Any, ours: list[Sample]) -> Placement:
    """Where `ours` go in the operation at `target`, whose samples are `existing` (anything but a
    list, which the spec should not hold there, is replaced like a missing one)."""
    if not isinstance(existing, list):
        return Placement(target, what, None, {}, (), tuple(s.entry for s in ours))
    updated: dict[int, dict[str, Any]] = {}
    removed: list[int] = []
    appended = []
    for sample in ours:
        mine = [i for i, entry in enumerate(existing) if sample.owns(entry)]
        if not mine:
            appended.append(sample.entry)
            continue
        updated[mine[0]] = {**existing[mine[0]], **sample.entry}
        removed += mine[1:]
    # Removed last index first, after the other actions: the indices stay right.
    return Placement(
        target, what, list(existing), updated, tuple(sorted(removed, reverse=True)), tuple(appended)
    )


def _changed(entry: dict[str, Any]) -> dict[str, Any]:
    """What an update of one of our entries sets: its `lang`, `label` and `source`."""
    return {key: entry[key] for key in ("lang", "label", "source")}


def _action(target: str, description: str, **change: Any) -> dict[str, Any]:
    return {"target": target, "description": description, **change}


def overlay(title: str, version: str, extends: str | None, actions: list[dict[str, Any]]) -> dict[str, Any]:
    """The Overlay document (its `info.version` is the SDK's version the samples show)."""
    doc: dict[str, Any] = {"overlay": OVERLAY_VERSION, "info": {"title": title, "version": version}}
    if extends is not None:
        doc["extends"] = extends
    doc["actions"] = actions
    return doc
