"""Validation piece by piece: what it buys is speed on large and on changed documents.

The validator is the slowest stage on a document it has not seen, and its verdicts are cached
by content. Checked whole, a one-operation change pays for the whole document again: 0.45 s for
the full Magic Hour spec, 1.9 s for Twilio's 197 operations. Cut into pieces, only the piece
holding the change is checked again: 0.09 s and 0.15 s (one fine piece of 5 paths; measured
in process, the validator already imported). On a new document the coarse pieces are checked
in parallel processes.

A piece must give the verdict the whole document gets: it holds the schemas its `default`s are
checked against, and those it refers inside of, exactly; any other schema it refers to is a
stand-in (`StandIns`). `tests/test_validate.py` compares piecewise and whole verdicts on real
specs.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from .. import cache
from ..errors import pointer_unescape
from .openapi import rules_version, validator_version

# A document is validated in coarse pieces, each cut into fine ones. A coarse piece not seen
# before is validated whole when most of its fine pieces are new too (a first run: fewer,
# larger pieces cost the validator less), and its fine pieces are then known to be valid; when
# only a few are new (a one-operation change), only those are validated.
_PATHS_PER_PIECE, _SCHEMAS_PER_PIECE = 100, 125
_PATHS_PER_FINE_PIECE, _SCHEMAS_PER_FINE_PIECE = 5, 8
# A referenced schema no larger than this, with no references of its own (an enum, a scalar),
# is copied whole into the pieces that refer to it, so their `default`s are checked against it.
_COPY_LIMIT = 4096
_SCHEMA_REF = re.compile(r'"#/components/schemas/([^"/]+)(/[^"]*)?"')
KEY_VERSION = "validate-8"


def _schema_refs(text: str) -> set[str]:
    """The component schemas a JSON text refers to, whole or inside (`Tag/allOf/0`)."""
    return {pointer_unescape(name) for name, _ in _SCHEMA_REF.findall(text)}


def _inner_refs(text: str) -> set[str]:
    """The component schemas a JSON text refers inside of: no stand-in has what is inside."""
    return {pointer_unescape(name) for name, inside in _SCHEMA_REF.findall(text) if inside}


def _bucket(name: str, count: int, salt: int = 0) -> int:
    # A stable hash of the name, not of its position: adding one operation changes one piece.
    # Fine pieces use other digits of the hash than coarse ones, or they would come out uneven.
    return int(cache.digest(name)[8 * salt : 8 * salt + 8], 16) % count


@dataclasses.dataclass(frozen=True)
class Part:
    """Which paths and component schemas a piece holds; the base (`info`, `webhooks`, ...)
    goes to exactly one piece of the document."""

    paths: tuple[str, ...]
    schemas: tuple[str, ...]
    with_base: bool
    whole: bool = False


class Cutter:
    """Cuts one document into pieces the validator can check one by one.

    A piece is the document with some of its paths and none of its component schemas, or
    with some component schemas and no paths. A schema a piece refers to but does not hold
    is a stand-in (see `StandIns`), so each piece validates on its own and its errors keep
    the document's own pointers; except where a `default` is checked against it: the piece
    then holds that schema itself, and every schema it reaches. Small documents stay whole in
    the coarse cut.
    """

    def __init__(
        self, root: dict[str, Any], *, whole: bool = False, files: dict[str, Any] | None = None
    ) -> None:
        self.root = root
        self.whole = whole
        self.files = files or {}
        """The other files of a multi-file document, by URI (such a document stays whole)."""
        self.paths: dict[str, Any] = root["paths"] if isinstance(root.get("paths"), dict) else {}
        components: dict[str, Any] = root["components"] if isinstance(root.get("components"), dict) else {}
        self.schemas: dict[str, Any] = (
            components["schemas"] if isinstance(components.get("schemas"), dict) else {}
        )
        self.base = {k: v for k, v in root.items() if k not in ("paths", "components")}
        self.others = {k: v for k, v in components.items() if k != "schemas"}
        self.stand_ins = StandIns(self.schemas)
        # Built once for its key and used again to validate (a forked worker inherits them).
        self._documents: dict[Part, dict[str, Any]] = {}
        self._refs: dict[str, set[str]] = {}

    def layout(self) -> list[Part]:
        """The coarse pieces."""
        everything = Part(tuple(self.paths), tuple(self.schemas), with_base=True, whole=True)
        if self.whole:
            return [everything]
        parts = self._cut(everything, _PATHS_PER_PIECE, _SCHEMAS_PER_PIECE, salt=0)
        return parts if len(parts) > 1 else [everything]

    def split(self, part: Part) -> list[Part]:
        """The fine pieces of a coarse one (itself, if it is too small to cut)."""
        if self.whole:
            return [part]
        return self._cut(part, _PATHS_PER_FINE_PIECE, _SCHEMAS_PER_FINE_PIECE, salt=1)

    def _cut(self, part: Part, paths_per: int, schemas_per: int, salt: int) -> list[Part]:
        path_count = max(1, len(part.paths) // paths_per)
        schema_count = max(1, len(part.schemas) // schemas_per)
        if path_count == 1 and schema_count == 1:
            return [part]
        parts = []
        for i in range(path_count):
            own = tuple(k for k in part.paths if _bucket(k, path_count, salt) == i)
            parts.append(Part(own, (), with_base=part.with_base and i == 0))
        for i in range(schema_count):
            own = tuple(k for k in part.schemas if _bucket(k, schema_count, salt) == i)
            parts.append(Part((), own, with_base=False))
        return parts

    def document(self, part: Part) -> dict[str, Any]:
        if part.whole:
            return self.root
        if part not in self._documents:
            self._documents[part] = self._build(part)
        return self._documents[part]

    def _build(self, part: Part) -> dict[str, Any]:
        doc = dict(self.base) if part.with_base else {k: v for k, v in self.base.items() if k != "webhooks"}
        own_paths = {k: self.paths[k] for k in part.paths}
        own_schemas = {k: self.schemas[k] for k in part.schemas}
        contents = [doc, own_paths, own_schemas, self.others]
        text = json.dumps(contents, default=str)
        exact = self._reached(
            (self._behind_defaults(contents) if '"default"' in text else set()) | _inner_refs(text)
        )
        wanted = sorted(_schema_refs(text) | exact)
        held = {
            name: self.schemas[name] if name in exact else self.stand_ins[name]
            for name in wanted
            if name in self.schemas and name not in own_schemas
        }
        doc["paths"] = own_paths
        doc["components"] = {**self.others, "schemas": {**held, **own_schemas}}
        return doc

    def _behind_defaults(self, nodes: Any) -> set[str]:
        """The component schemas some `default` in `nodes` is checked against: a stand-in would
        let a wrong default through."""
        found: set[str] = set()
        seen: set[int] = set()
        stack = [nodes]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, dict):
                if "default" in node:
                    found |= _schema_refs(json.dumps(node, default=str))
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend(v for v in node if isinstance(v, (dict, list)))
        return found

    def _reached(self, names: set[str]) -> set[str]:
        """`names` and every component schema they reach: what a piece holds exactly."""
        reached, todo = set(), [name for name in names if name in self.schemas]
        while todo:
            name = todo.pop()
            if name not in reached:
                reached.add(name)
                todo.extend(n for n in self._refs_of(name) if n in self.schemas)
        return reached

    def _refs_of(self, name: str) -> set[str]:
        # Asked again by every piece with a default that reaches the schema: dumped once.
        if name not in self._refs:
            self._refs[name] = _schema_refs(json.dumps(self.schemas[name], default=str))
        return self._refs[name]

    def key(self, part: Part, version: str) -> str:
        # A multi-file document's verdict depends on every file it reads, not only the first.
        content = [self.document(part), sorted(self.files.items())] if self.files else self.document(part)
        document = json.dumps(content, sort_keys=True, default=str)
        return cache.digest(KEY_VERSION, validator_version(), rules_version(), version, document)


class StandIns:
    """What a piece holds in place of each component schema it refers to but does not own.

    A small schema with no references is copied whole. Any other is an object with the names
    of every property it reaches through `allOf`, `anyOf`, `oneOf`, `items`, `not` and its
    references, and no constraints: the validator looks through references for those names
    (a `required` property may come from an `allOf` parent), and an empty stand-in would make
    it report them missing.
    """

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self._made: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._made:
            schema = self.schemas[name]
            try:
                text = json.dumps(schema, default=str)
            except RecursionError:
                text = '"$ref"'  # nested too deeply to copy: its properties stand in for it
            if '"$ref"' not in text and len(text) <= _COPY_LIMIT:
                self._made[name] = schema
            else:
                self._made[name] = {"properties": {p: {} for p in sorted(self._properties(name))}}
        return self._made[name]

    def _properties(self, name: str) -> set[str]:
        # Iterative, each schema visited once: a hostile document's deep or cyclic
        # compositions cost time linear in what they reach.
        found: set[str] = set()
        visited = {name}
        stack: list[Any] = [self.schemas[name]]
        while stack:
            node = stack.pop()
            if not isinstance(node, dict):
                continue
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                target = pointer_unescape(ref[len("#/components/schemas/") :])
                if target not in visited and target in self.schemas:
                    visited.add(target)
                    stack.append(self.schemas[target])
                continue
            if isinstance(node.get("properties"), dict):
                found.update(str(k) for k in node["properties"])
            for key in ("allOf", "anyOf", "oneOf"):
                if isinstance(node.get(key), list):
                    stack.extend(node[key])
            stack.extend(node.get(key) for key in ("items", "not"))
        return found
