"""Reading the spec as written, and writing YAML or JSON: the overlay, or the spec with its new
samples (`--apply`).

`--apply` changes a spec as little as it can. JSON is written again whole, in the layout it came
in (indentation, escaped or literal unicode, final line break): JSON has no other layout to
keep. YAML is edited as text: each sample of ours is replaced in place, new ones are added after
the operation's last sample (or in a new `x-codeSamples:` after its last line), so comments,
quoting, folding and every other line stay as they were. The edited text is read back and must
mean exactly the spec with its new samples; when it does not (flow style, anchors shared by two
operations, a layout this does not follow), the document is written again whole instead.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import Problem, SpecError
from ..load import parse_text
from .overlay import SAMPLES_KEY, Placement

_SURROGATE = re.compile("[\ud800-\udfff]")
_REWRITTEN = "could not keep the document's layout: written again whole"


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """PyYAML's safe dumper, quoting every string that a YAML 1.1 *or* 1.2 reader (the loader's
    core schema: `0o17`, `1e3`) would take for something else; multi-line text as `|` blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True  # the output is data, written out: no anchors of its own


for _tag, _pattern, _first in [
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$",
        "-+0123456789.",
    ),
]:
    _Dumper.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


def same(a: Any, b: Any) -> bool:
    """Equal as JSON data, key order and `1` versus `1.0` included."""
    return json.dumps(a, default=str) == json.dumps(b, default=str)


def dump_yaml(data: Any) -> str:
    """YAML that the loader reads back as `data`; JSON (which is YAML) where YAML cannot say it
    (a lone surrogate, which prose may hold) or PyYAML's choice of style would not."""
    text = str(yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))
    try:
        if same(parse_text(text, "out.yaml"), data):
            return text
    except SpecError:
        pass
    return dump_json(data)


@dataclass(frozen=True)
class JsonLayout:
    indent: int | str | None
    ascii: bool
    final_newline: bool
    spaced: bool = True
    """On one line: `"a": 1, "b": 2` rather than `"a":1,"b":2`."""


def json_layout(text: str) -> JsonLayout:
    """How a JSON document is laid out: its first indented line gives the indentation."""
    found = re.search(r"\n([ \t]+)\S", text)
    indent: int | str | None = None
    if found:
        pad = found.group(1)
        indent = len(pad) if set(pad) == {" "} else pad
    non_ascii = any(ord(ch) > 0x7F for ch in text)
    spaced = re.match(r'\s*\{\s*"(?:[^"\\]|\\.)*"\s*: ', text) is not None
    return JsonLayout(indent, not non_ascii and "\\u" in text, text.endswith("\n"), spaced)


def dump_json(data: Any, layout: JsonLayout = JsonLayout(2, False, True)) -> str:
    separators = (",", ": ") if layout.indent is not None else (", ", ": ") if layout.spaced else (",", ":")
    text = json.dumps(data, indent=layout.indent, ensure_ascii=layout.ascii, separators=separators)
    # A lone surrogate (prose may hold one) cannot be written as UTF-8: as an escape it can.
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text + ("\n" if layout.final_newline else "")


def is_json(name: str, text: str) -> bool:
    """The loader's own rule (`load.parse_text`)."""
    return name.endswith(".json") or text.lstrip().startswith(("{", "["))


def read_spec(path: str) -> tuple[str, Any]:
    """The spec file's text and its tree as written (no `$ref` followed, nothing bundled)."""
    try:
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8-sig")
    except OSError as exc:
        raise SpecError(Problem(f"cannot read the file: {exc.strerror or exc}", path)) from None
    except UnicodeDecodeError as exc:
        raise SpecError(Problem(f"not UTF-8 text (byte {exc.start})", path)) from None
    return text, parse_text(text, path)


@dataclass(frozen=True)
class Placed:
    """Where one operation is in the spec (its keys under `paths`), and its samples."""

    path: str
    method: str
    placement: Placement


def with_samples(tree: Any, placed: list[Placed]) -> Any:
    """A copy of the spec's tree with each operation's samples replaced (YAML anchors shared
    by two places become two copies, as an overlay applier sees them)."""
    copy = json.loads(json.dumps(tree))
    for p in placed:
        copy["paths"][p.path][p.method][SAMPLES_KEY] = p.placement.samples
    return copy


def applied(
    text: str, name: str, tree: Any, placed: list[Placed], as_json: bool
) -> tuple[str, list[Problem]]:
    """The spec's text with the samples placed, as JSON or YAML, and any warning."""
    expected = with_samples(tree, placed)
    if as_json:
        layout = json_layout(text) if is_json(name, text) else JsonLayout(2, False, True)
        return dump_json(expected, layout), []
    if not is_json(name, text):
        from .splice import splice  # here: it writes its entries with this module's `dump_yaml`

        edited = splice(text, placed)
        if edited is not None and same(_read(edited, name), expected):
            return edited, []
        return dump_yaml(expected), [Problem(_REWRITTEN, name)]
    return dump_yaml(expected), []


def _read(text: str, name: str) -> Any:
    try:
        return parse_text(text, name)
    except SpecError:
        return None
