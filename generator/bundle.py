"""Part of stage 1, load: where a document's `$ref`s are, and the references that OpenAPI does
not allow but real multi-file specs use, replaced by what they point to.

`refs_in` walks a tree by its OpenAPI structure, not by key names: a `$ref` inside data (an
`example`, a schema's `default`/`enum`/`const`, an Example Object's `value`) or inside an `x-`
extension is part of that data (a SCIM example holds members with a `$ref` URL), never a
reference to follow. A key that names something (a property, a header, a response code) is a
name, whatever it says: a property called `example` is a schema.

`bundle` then rewrites, in memory, the references that only some tools understand, so every
later stage (the validator included) reads an ordinary document:
- an operation given by reference (`get: {$ref: resources/keys_get.yml}`, Redocly-style);
- a map given by reference (`components: {schemas: {$ref: schemas/_index.yaml}}`,
  `properties: {$ref: ...}`);
- a description or summary given by reference to a string;
- `#/$defs/X` written inside a schema that has no `$id` (FastAPI and pydantic output): it
  means that schema's own `$defs`, not the document root's.
A replaced subtree is a copy whose relative references are rewritten to stay right from its
new place; `Document.locate` maps locations inside it back to the file it came from. Each kind
of rewrite is one warning.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .errors import Problem, SpecError, pointer_escape, pointer_unescape, pointer_walk
from .openapi import HTTP_METHODS

if TYPE_CHECKING:
    from .load import Document


# The maps of `components`: from names to reusable things.
_COMPONENT_MAPS = frozenset(
    {
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
    }
)
# Keys whose value is a map from names to things: every key inside is a name, never a keyword.
_NAMED_MAPS = _COMPONENT_MAPS | {
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "paths",
    "webhooks",
    "content",
    "encoding",
    "variables",
    "mapping",
    "scopes",
}
# Keys whose value is data, whatever it holds.
_DATA_KEYS = frozenset({"example", "default", "enum", "const", "value", "externalValue"})
_MAP_REFS = frozenset({"properties", "patternProperties", "responses", "paths", "webhooks"})
_TEXT_REFS = frozenset({"description", "summary"})


def refs_in(root: Any) -> Iterator[tuple[str, str]]:
    """Every `$ref` of a tree that is a reference, as (pointer of its object, the reference),
    in a stable order. Iterative: the depth of a document costs no stack."""
    seen: set[int] = set()
    # (node, pointer, whether the keys of this node are names)
    stack: list[tuple[Any, str, bool]] = [(root, "", False)]
    found: list[tuple[str, str]] = []
    while stack:
        node, pointer, named = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, list):
            stack.extend((child, f"{pointer}/{i}", False) for i, child in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        # A map of names that is only `{$ref: ...}` is a map given by reference (`bundle`).
        if isinstance(node.get("$ref"), str) and (not named or set(node) == {"$ref"}):
            found.append((pointer, node["$ref"]))
        for key, child in node.items():
            if not isinstance(child, (dict, list)):
                continue
            if not named and (key in _DATA_KEYS or str(key).startswith("x-")):
                continue
            if not named and key == "examples" and isinstance(child, list):
                continue  # a schema's `examples`: a list of values
            stack.append((child, f"{pointer}/{pointer_escape(str(key))}", not named and key in _NAMED_MAPS))
    found.sort()
    return iter(found)


@dataclass(frozen=True)
class Origin:
    """A subtree copied into `file` at `pointer` from `source_file` at `source_pointer`."""

    file: str
    pointer: str
    source_file: str
    source_pointer: str


def bundle_file(doc: Document, file: str) -> None:
    """Rewrite, in one file of `doc`, the references listed in the module docstring."""
    _Rewriter(doc, file).run()


class _Rewriter:
    def __init__(self, doc: Document, file: str) -> None:
        self.doc = doc
        self.file = file

    def run(self) -> None:
        root = self.doc.tree(self.file)
        # (node, its pointer, whether its keys are names, the key it sits under)
        stack: list[tuple[Any, str, bool, str | None]] = [(root, "", False, None)]
        seen: set[int] = set()
        while stack:
            node, pointer, named, parent_key = stack.pop()
            if id(node) in seen or not isinstance(node, (dict, list)):
                continue
            seen.add(id(node))
            if isinstance(node, list):
                stack.extend((child, f"{pointer}/{i}", False, None) for i, child in enumerate(node))
                continue
            if not named and isinstance(node.get("$ref"), str):
                self._local_defs(node, pointer)
            for key in list(node):
                child = node[key]
                child_pointer = f"{pointer}/{pointer_escape(str(key))}"
                if not named:
                    if key in _DATA_KEYS or str(key).startswith("x-"):
                        continue
                    if key == "examples" and isinstance(child, list):
                        continue
                    replaced = self._replacement(key, child, child_pointer, pointer)
                    if replaced is not None:
                        node[key] = child = replaced
                stack.append((child, child_pointer, not named and key in _NAMED_MAPS, str(key)))

    def _replacement(self, key: str, child: Any, pointer: str, parent_pointer: str) -> Any:
        """What replaces `child` (at `pointer`, under `key`), or None to keep it."""
        if not (isinstance(child, dict) and isinstance(child.get("$ref"), str)):
            return None
        only_ref = set(child) == {"$ref"}
        if (
            key in HTTP_METHODS
            and self._is_path_item(pointer)
            and set(child) <= {"$ref", "summary", "description"}
        ):
            what = "an operation given by `$ref`"
        elif only_ref and (key in _MAP_REFS or (parent_pointer == "/components" and key in _COMPONENT_MAPS)):
            what = f"a `{key}` map given by `$ref`"
        elif only_ref and key in _TEXT_REFS:
            what = f"a `{key}` given by `$ref`"
        else:
            return None
        target = self.doc.resolve(child["$ref"], self.file, pointer)
        expected = str if key in _TEXT_REFS else dict
        if not isinstance(target.value, expected):
            if key in _TEXT_REFS:
                return None  # an object there is the validator's to report
            raise SpecError(Problem(f"{what} must lead to an object", self.file, pointer))
        self.doc.note_rewrite(
            f"{what} is not standard OpenAPI: read as what it refers to", self.file, pointer
        )
        if key in _TEXT_REFS:
            return target.value
        copied = rebased(self.doc, target.value, target.file, self.file)
        self.doc.add_origin(Origin(self.file, pointer, target.file, target.pointer))
        return copied

    def _is_path_item(self, pointer: str) -> bool:
        # `/paths/<path>/<method>`, `/webhooks/<name>/<method>`, `/components/pathItems/<n>/<m>`,
        # a callback's `<expression>/<method>`, or a path item that is a file of its own.
        parts = pointer.split("/")[1:]
        if len(parts) == 1:
            return self.file != self.doc.name
        return len(parts) >= 3 and (
            parts[-3] in ("paths", "webhooks", "pathItems") or (len(parts) >= 4 and parts[-4] == "callbacks")
        )

    def _local_defs(self, holder: dict[str, Any], pointer: str) -> None:
        ref = holder["$ref"]
        if not ref.startswith(("#/$defs/", "#/definitions/")):
            return
        root = self.doc.tree(self.file)
        section, name = ref[2:].split("/", 2)[:2]
        if isinstance(root, dict) and isinstance(root.get(section), dict) and name in root[section]:
            return  # the document root's, as written
        tokens = pointer.split("/")[1:]
        for end in range(len(tokens), -1, -1):
            node = _walk(root, tokens[:end])
            if isinstance(node, dict) and isinstance(node.get(section), dict) and name in node[section]:
                base = "/" + "/".join(tokens[:end]) if end else ""
                holder["$ref"] = "#" + base + ref[1:]
                message = (
                    f"`#/{section}/...` in a schema without `$id` means the root's `{section}` in "
                    f"OpenAPI; read as the enclosing schema's `{section}`, as its generator meant"
                )
                self.doc.note_rewrite(message, self.file, pointer)
                return


def rebased(doc: Document, tree: Any, source: str, host: str) -> Any:
    """A copy of `tree` (from file `source`) whose references mean the same from file `host`."""
    copied = copy.deepcopy(tree)
    if source == host:
        return copied
    source_dir = Path(doc.path_of(source)).parent
    host_dir = Path(doc.path_of(host)).parent
    host_path = Path(doc.path_of(host)).resolve()

    def moved(ref: str) -> str:
        target, _, fragment = ref.partition("#")
        if "://" in target or target.startswith("//"):
            return ref
        absolute = (source_dir / target).resolve() if target else Path(doc.path_of(source)).resolve()
        if absolute == host_path:
            return "#" + fragment
        return Path(os.path.relpath(absolute, host_dir)).as_posix() + ("#" + fragment if fragment else "")

    for pointer, ref in list(refs_in(copied)):
        _walk(copied, pointer.split("/")[1:])["$ref"] = moved(ref)
    for mapping in _mappings(copied):
        for value, ref in mapping.items():
            # A bare name means a component; anything else is a reference like `$ref`.
            if isinstance(ref, str) and ("#" in ref or "/" in ref):
                mapping[value] = moved(ref)
    return copied


def _mappings(root: Any) -> Iterator[dict[str, Any]]:
    """Every discriminator's `mapping` in a tree (its values are references too)."""
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            found = node.get("discriminator")
            if isinstance(found, dict) and isinstance(found.get("mapping"), dict):
                yield found["mapping"]
            stack.extend(v for k, v in node.items() if k not in _DATA_KEYS and isinstance(v, (dict, list)))


def _walk(node: Any, tokens: list[str]) -> Any:
    """The node the escaped pointer `tokens` lead to, or None where they lead nowhere."""
    try:
        return pointer_walk(node, map(pointer_unescape, tokens))
    except KeyError:
        return None
