"""`$dynamicRef` (OpenAPI 3.1's JSON Schema) read as the plain reference it nearly always is.

A `$dynamicRef: "#node"` names a `$dynamicAnchor: node` chosen at validation time by the dynamic
scope; specs use it for recursive, extensible types (a tree whose `children` are trees). When
the document holds one schema with that anchor, or one that encloses the reference, the
reference stands for that schema: what an SDK needs. Anything else (no such anchor, several
and none enclosing) is degraded by the caller to what the rest of the schema says. A `$dynamicRef`
with a JSON-pointer fragment or a file part is followed as a `$ref`, under the same rules.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..errors import pointer_escape
from ..load import Document

_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
"""Values, not schemas: an anchor-looking key in them is data."""
_NAMED_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "schemas", "dependentSchemas"}
)
"""Maps whose keys are names (a property may be called `example`)."""


class Anchors:
    """Where each `$dynamicAnchor` of a file sits, found once per file on first use."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._by_file: dict[str, dict[str, list[str]]] = {}

    def target(self, ref: str, file: str, pointer: str) -> tuple[str | None, str]:
        """The `$ref` that `$dynamicRef: ref` (written at `pointer` in `file`) stands for, or
        None and the reason it stands for no one schema."""
        where, _, fragment = ref.partition("#")
        if where or not fragment or fragment.startswith("/"):
            return ref, ""  # a plain reference, followed (and checked) as one
        found = self._in(file).get(fragment, [])
        if not found:
            return None, f"no schema in this document has `$dynamicAnchor: {fragment}`"
        enclosing = [p for p in found if pointer == p or pointer.startswith(p + "/")]
        if len(found) > 1 and not enclosing:
            return None, f"{len(found)} schemas have `$dynamicAnchor: {fragment}` and none encloses it"
        # The nearest enclosing anchor is the one a validation starting at this type would use.
        chosen = max(enclosing, key=len) if enclosing else found[0]
        return "#" + quote(chosen, safe="/~!$&'()*+,;=:@"), ""

    def _in(self, file: str) -> dict[str, list[str]]:
        if file not in self._by_file:
            self._by_file[file] = _anchors(self.doc.tree(file))
        return self._by_file[file]


def _anchors(root: Any) -> dict[str, list[str]]:
    """Anchor name -> pointers of the schemas declaring it. Iterative: depth costs no stack; the
    tree holds its `$ref`s unresolved, so it is finite."""
    found: dict[str, list[str]] = {}
    stack: list[tuple[Any, str, bool]] = [(root, "", False)]
    while stack:
        node, pointer, named = stack.pop()
        if isinstance(node, list):
            stack.extend((child, f"{pointer}/{i}", False) for i, child in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        anchor = node.get("$dynamicAnchor")
        if isinstance(anchor, str) and not named:
            found.setdefault(anchor, []).append(pointer)
        for key, child in node.items():
            data = not named and (key in _DATA_KEYS or str(key).startswith("x-"))
            if isinstance(child, (dict, list)) and not data:
                stack.append(
                    (child, f"{pointer}/{pointer_escape(str(key))}", not named and key in _NAMED_MAPS)
                )
    return {name: sorted(pointers) for name, pointers in found.items()}
