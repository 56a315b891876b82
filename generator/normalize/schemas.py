"""Schemas -> types: what a JSON Schema describes, as an `ir.TypeRef`.

`Schemas.type_of` is the entry point: references (`$ref`), nullability, arrays and scalars are
read here; objects and `allOf` in `objects`, `oneOf`/`anyOf`, enums and constants in
`choices`. Named types (a referenced object, enum or union; an inline object or enum) are
registered in the `TypeRegistry` under the JSON pointer of their schema, and referred to by
that key. Anything that cannot be typed faithfully is a `SpecError` with its pointer.
"""

from __future__ import annotations

from typing import Any

from .. import ir
from ..errors import Diagnostics, Problem, SpecError, pointer_tokens
from ..load import Document
from . import choices, objects
from .anchors import Anchors
from .context import Site, described
from .registry import TypeRegistry
from .scalars import SCALAR_TYPES, const, scalar

_OBJECT_KEYWORDS = ("properties", "additionalProperties", "required")
_SHAPE_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "additionalProperties",
        "items",
        "prefixItems",
        "allOf",
        "oneOf",
        "anyOf",
        "enum",
        "const",
    }
)
"""Keywords that give a schema a shape of its own, beside any reference it holds."""
_VALUE_ONLY_KEYWORDS = ("not", "if", "then", "else", "dependentSchemas")
"""Keywords that only narrow which values are valid: the type stays what the rest of the
schema says, and the server still checks them."""


class Schemas:
    def __init__(self, doc: Document, diag: Diagnostics, types: TypeRegistry) -> None:
        self.doc = doc
        self.diag = diag
        self.types = types
        self.anchors = Anchors(doc)
        self._refs: dict[str, ir.TypeRef] = {}
        """Key -> what a `$ref` to it stands for (a nullable model is `Nullable(Named)`), so every
        reference reads the same as the first."""

    def type_of(self, schema: Any, site: Site) -> ir.TypeRef:
        """The type a schema describes; named schemas become `TypeDef`s registered by key."""
        if isinstance(schema, bool):
            if schema:
                return ir.Scalar("json")
            raise SpecError(
                Problem("schema `false` (nothing is valid) cannot be typed", site.file, site.pointer)
            )
        if not isinstance(schema, dict):
            raise SpecError(Problem("a schema must be an object", site.file, site.pointer))
        if isinstance(schema.get("$ref"), str):
            return self._ref(schema, site)
        if "$dynamicRef" in schema:
            return self._dynamic_ref(schema, site)
        for keyword in _VALUE_ONLY_KEYWORDS:
            if keyword in schema:
                self.diag.warn(
                    f"schema keyword {keyword!r} only narrows the values allowed: the SDK does not check it",
                    pointer=f"{site.pointer}/{keyword}",
                    file=site.file,
                )
        inner = self.unwrapped(schema, site)
        if is_nullable(schema) and not isinstance(inner, ir.Nullable):
            return ir.Nullable(inner)
        return inner

    def resolved(self, schema: Any, file: str, pointer: str) -> Any:
        """The schema a node stands for, its `$ref`s followed."""
        return self.doc.deref(schema, file, pointer).value

    def _ref(self, schema: dict[str, Any], site: Site) -> ir.TypeRef:
        loc = self.doc.resolve(schema["$ref"], site.file, site.pointer)
        key = f"{loc.file}#{loc.pointer}"
        # 3.1 allows siblings beside $ref; `nullable`/`type: [.., null]` there still applies.
        wrap = is_nullable(schema)
        if key in self._refs:
            ref: ir.TypeRef = self._refs[key]
        elif self.types.known(key):
            # Still being built (a recursive reference): its own `nullable` is all there is to go by.
            target = loc.value
            ref = (
                ir.Nullable(ir.Named(key))
                if isinstance(target, dict) and is_nullable(target)
                else ir.Named(key)
            )
        else:
            target = loc.value
            if isinstance(target, dict) and isinstance(target.get("$ref"), str):
                ref = self._ref(target, Site(loc.file, loc.pointer, site.hint, site.where))
            else:
                hint = _hint_for_pointer(loc.pointer)
                where = f"the `{'.'.join(hint)}` schema" if hint else site.where
                ref = self._named_or_inline(
                    target, Site(loc.file, loc.pointer, hint or site.hint, where), key
                )
            self._refs[key] = ref
        if wrap and not isinstance(ref, ir.Nullable):
            return ir.Nullable(ref)
        return ref

    def _dynamic_ref(self, schema: dict[str, Any], site: Site) -> ir.TypeRef:
        """A `$dynamicRef`: the schema its anchor names (`anchors`), or, when it names no one
        schema, the type the rest of the schema describes (any JSON value when that is nothing)."""
        ref, reason = (
            self.anchors.target(schema["$dynamicRef"], site.file, site.pointer)
            if isinstance(schema["$dynamicRef"], str)
            else (None, "it is not a string")
        )
        if ref is not None and self._closes(ref, site):
            ref, reason = None, "it leads back to itself through references only, naming no schema"
        rest = {k: v for k, v in schema.items() if k != "$dynamicRef"}
        if ref is not None:
            return self._ref({**rest, "$ref": ref}, site)
        self.diag.warn(
            f"`$dynamicRef` not followed: {reason}; the SDK types the value by the rest of its "
            "schema (any JSON value when that says nothing)",
            pointer=f"{site.pointer}/$dynamicRef",
            file=site.file,
        )
        return self.type_of(rest, site)

    def _closes(self, ref: str, site: Site) -> bool:
        """Whether following `ref`, and the references that are all its target holds, comes
        back to where it started (`A: {$dynamicAnchor: a, $dynamicRef: "#a"}`). The loader
        refuses such a cycle of `$ref`s; one through `$dynamicRef` is only found here."""
        seen = {(site.file, site.pointer)}
        file, pointer = site.file, site.pointer
        for _ in range(64):
            loc = self.doc.resolve(ref, file, pointer)
            if (loc.file, loc.pointer) in seen:
                return True
            seen.add((loc.file, loc.pointer))
            target = loc.value
            if not isinstance(target, dict) or set(target) & _SHAPE_KEYWORDS:
                return False
            if isinstance(target.get("$ref"), str):
                ref = target["$ref"]
            elif isinstance(target.get("$dynamicRef"), str):
                found = self.anchors.target(target["$dynamicRef"], loc.file, loc.pointer)[0]
                if found is None:
                    return False
                ref = found
            else:
                return False
            file, pointer = loc.file, loc.pointer
        return True

    def _named_or_inline(self, target: Any, site: Site, key: str) -> ir.TypeRef:
        """A `$ref` target: objects, enums and unions get a named type; plain scalars inline."""
        with self.types.building(key):
            inner = self.type_of(target, site)
        if isinstance(target, dict) and not _needs_name(target):
            return inner
        base = ir.non_null(inner)
        if isinstance(base, ir.Named) and base.key == key:
            return inner
        # The target normalized to something that is not itself named (an array or a union):
        # keep its name as an alias so references stay readable and recursion stays finite.
        description, deprecation = described(target)
        self.types.register(
            ir.Alias(
                key=key,
                name_hint=site.hint,
                target=inner,
                description=description or site.fallback,
                deprecated=deprecation,
                pointer=site.pointer,
            )
        )
        return ir.Named(key)

    def unwrapped(self, schema: dict[str, Any], site: Site) -> ir.TypeRef:
        """The type of a schema, before its own nullability is applied."""
        if "const" in schema:
            return const(schema["const"])
        if "allOf" in schema:
            return objects.all_of(self, schema, site)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema and self._only_objects(schema, keyword, site):
                # `type: array` with `anyOf` of object shapes that say no type of their own
                # (Cloudflare's lockdown `configurations`, whose `items` repeat the `anyOf`): an
                # array meets every branch, so the branches say nothing about it.
                self.diag.warn(
                    f"`{keyword}` beside `type: {schema['type']}` has only branches that constrain "
                    "objects (no `type` of their own): typed by `type`, the branches are ignored",
                    pointer=f"{site.pointer}/{keyword}",
                    file=site.file,
                )
                return self.unwrapped({k: v for k, v in schema.items() if k != keyword}, site)
            if keyword in schema:
                return choices.union(self, schema, keyword, site)
        types = types_of(schema)
        if "enum" in schema:
            return choices.enum(self, schema, site)
        non_null = [t for t in types if t != "null"]
        if types and not non_null:
            return ir.Const(None)  # `type: "null"` (3.1): only null, e.g. a `oneOf` option
        if len(non_null) > 1:
            return ir.UnionOf(tuple(self.unwrapped({**schema, "type": t}, site) for t in non_null))
        kind = non_null[0] if non_null else None
        if kind is None and any(k in schema for k in _OBJECT_KEYWORDS):
            kind = "object"
        if kind is None and "items" in schema:
            kind = "array"
        if kind == "object":
            return objects.object_type(self, schema, site)
        if kind == "array":
            return self._array(schema, site)
        if kind in SCALAR_TYPES:
            return scalar(schema, kind, site, self.diag)
        if kind is None:
            return ir.Scalar("json")
        raise SpecError(Problem(f"unknown schema type {kind!r}", site.file, site.pointer + "/type"))

    def _only_objects(self, schema: dict[str, Any], keyword: str, site: Site) -> bool:
        """Whether a `oneOf`/`anyOf` sits beside one non-object `type` and each of its branches
        only constrains objects (properties, required names), declaring no type: then every
        value of that type meets every branch."""
        declared = [t for t in types_of(schema) if t != "null"]
        branches = schema[keyword]
        if len(declared) != 1 or declared[0] == "object" or not isinstance(branches, list) or not branches:
            return False
        for i, branch in enumerate(branches):
            value = self.resolved(branch, site.file, f"{site.pointer}/{keyword}/{i}")
            if not isinstance(value, dict) or set(value) & _TYPING or not set(value) & _OBJECT_ONLY:
                return False
        return True

    def _array(self, schema: dict[str, Any], site: Site) -> ir.TypeRef:
        if isinstance(schema.get("prefixItems"), list) and schema["prefixItems"]:
            return self._tuple(schema, site)
        items = schema.get("items")
        if items is None:
            return ir.Array(ir.Scalar("json"))
        return ir.Array(
            self.type_of(items, site.child(site.pointer + "/items", "item", f"an item of {site.where}"))
        )

    def _tuple(self, schema: dict[str, Any], site: Site) -> ir.TypeRef:
        """`prefixItems` (3.1): a list whose first items have their own schemas. Typed as a list of
        the union of every item's type (positions are not checked)."""
        types = [
            self.type_of(
                item,
                site.child(f"{site.pointer}/prefixItems/{i}", f"item {i}", f"item {i + 1} of {site.where}"),
            )
            for i, item in enumerate(schema["prefixItems"])
        ]
        items, most = schema.get("items"), schema.get("maxItems")
        if not (items is False or (isinstance(most, int) and most <= len(types))):
            # More items may follow: of the `items` schema, or anything.
            rest = items if isinstance(items, dict) and items else None
            types.append(
                self.type_of(rest, site.child(site.pointer + "/items", "item", f"an item of {site.where}"))
                if rest
                else ir.Scalar("json")
            )
        return ir.Array(one_of(types))


_OBJECT_ONLY = frozenset({"properties", "required", "additionalProperties", "patternProperties"})
# Keywords that constrain a value whatever its JSON type (so a branch with one is not vacuous).
_TYPING = frozenset({"type", "enum", "const", "allOf", "oneOf", "anyOf", "not", "$ref", "items"})


def one_of(types: list[ir.TypeRef]) -> ir.TypeRef:
    """The type, or the union of the distinct types, of a list of alternatives."""
    unique = list(dict.fromkeys(types))
    return unique[0] if len(unique) == 1 else ir.UnionOf(tuple(unique))


def types_of(schema: dict[str, Any]) -> list[str]:
    """The schema's `type`, as a list (3.1 allows several)."""
    t = schema.get("type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


def is_nullable(schema: dict[str, Any]) -> bool:
    return schema.get("nullable") is True or "null" in types_of(schema) and len(types_of(schema)) > 1


def _needs_name(schema: dict[str, Any]) -> bool:
    """Whether a referenced schema deserves its own named type rather than being inlined."""
    if any(k in schema for k in ("enum", "oneOf", "anyOf", "allOf", "properties")):
        return True
    types = types_of(schema)
    return "object" in types or "array" in types


def _hint_for_pointer(pointer: str) -> tuple[str, ...]:
    parts = pointer_tokens(pointer)
    if len(parts) >= 3 and parts[0] == "components" and parts[1] == "schemas":
        return tuple(parts[2:]) if len(parts) > 3 else (parts[2],)
    if len(parts) >= 3 and parts[0] == "components":
        return tuple(parts[2:])
    return ()
