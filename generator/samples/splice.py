"""`--apply` on YAML: the new samples written into the spec's text, every other line kept.

Lines are found from the composed YAML nodes (where each key and each list item starts) and
from indentation (a block ends before the first line, not blank and not a comment, indented no
deeper than its key). Anything this does not follow returns None, and the caller writes the
document again whole; the caller also reads the result back and checks what it means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from .document import dump_yaml
from .overlay import SAMPLES_KEY

if TYPE_CHECKING:
    from .document import Placed

_Edit = tuple[int, int, list[str]]  # replace lines [start, end) with these


def splice(text: str, placed: list[Placed]) -> str | None:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[_Edit] = []
    for p in placed:
        path_item = _child(_child(root, "paths"), p.path)
        found = _entry(path_item, p.method)
        edit = _operation(lines, *found, p, newline) if found is not None else None
        if edit is None:
            return None
        edits += edit
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        lines[start:end] = new
    return "".join(lines)


def _entry(node: yaml.Node | None, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    """The key node and value node of `key` in a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    found = _entry(node, key)
    return found[1] if found is not None else None


def _operation(
    lines: list[str], key: yaml.Node, op: yaml.Node, placed: Placed, nl: str
) -> list[_Edit] | None:
    """The edits that give one operation (a block mapping under `key`) its new samples."""
    if not isinstance(op, yaml.MappingNode) or op.flow_style or not op.value:
        return None
    column = op.value[0][0].start_mark.column
    if op.start_mark.line == key.start_mark.line:
        return None  # `post: {...}`, or a mapping that starts on its key's line
    offset = _dash_offset(lines, op)
    head = [" " * column + SAMPLES_KEY + ":" + nl]
    found = _entry(op, SAMPLES_KEY)
    if found is None:  # a new key after the operation's last line
        end = _block_end(lines, key.start_mark.line, key.start_mark.column)
        return [(end, end, head + _items(placed.placement.samples, column + offset, nl))]
    samples_key, value = found
    end = _block_end(lines, samples_key.start_mark.line, samples_key.start_mark.column, dashes=True)
    starts = _item_starts(lines, value)
    if starts is None or len(starts) != len(placed.placement.existing or []):
        return [
            (samples_key.start_mark.line, end, head + _items(placed.placement.samples, column + offset, nl))
        ]
    ends = [line for line, _ in starts[1:]] + [end]
    edits: list[_Edit] = []
    for i, ((line, dash), stop) in enumerate(zip(starts, ends)):
        if i in placed.placement.removed:
            edits.append((line, stop, []))
        elif i in placed.placement.updated:
            edits.append((line, stop, _items([placed.placement.updated[i]], dash, nl)))
    appended = list(placed.placement.appended)
    if appended:
        dash = starts[-1][1] if starts else column + offset
        edits.append((end, end, _items(appended, dash, nl)))
    return edits


def _items(entries: list[Any], dash: int, nl: str) -> list[str]:
    """`entries` as the items of a block sequence whose dashes are in column `dash`."""
    text = dump_yaml(entries)
    pad = " " * dash
    return [(pad + line if line else line) + nl for line in text.split("\n")[:-1]]


def _item_starts(lines: list[str], value: yaml.Node) -> list[tuple[int, int]] | None:
    """(line, column of its dash) of each item of a block sequence; None for anything else."""
    if not isinstance(value, yaml.SequenceNode) or value.flow_style:
        return None
    starts = []
    for item in value.value:
        line, column = item.start_mark.line, item.start_mark.column
        text = lines[line]
        dash = text.rfind("-", 0, column)
        if dash < 0 or text[:dash].strip() or text[dash + 1 : column].strip():
            return None
        starts.append((line, dash))
    return starts


def _dash_offset(lines: list[str], op: yaml.MappingNode) -> int:
    """How far the operation's block lists indent their dashes from their key (2 by default)."""
    for key, value in op.value:
        starts = _item_starts(lines, value) if isinstance(value, yaml.SequenceNode) else None
        if starts:
            return max(0, starts[0][1] - int(key.start_mark.column))
    return 2


def _block_end(lines: list[str], line: int, column: int, dashes: bool = False) -> int:
    """The line after the last one of the block that the key at (`line`, `column`) opens; with
    `dashes`, list items at the key's own column belong to it too."""
    last = line
    for n in range(line + 1, len(lines)):
        stripped = lines[n].strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(lines[n]) - len(lines[n].lstrip(" "))
        item = dashes and indent == column and (stripped == "-" or stripped.startswith("- "))
        if indent <= column and not item:
            break
        last = n
    return last + 1
