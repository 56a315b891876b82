"""Example values for docs and docstrings, derived from the IR.

An example prefers what the spec says (`example`, then `default`), then the first enum member
that is not deprecated, then a plain value of the right type. A request's objects include their
required fields and the optional ones the spec gave an example for, so a snippet stays short
and is still a request the API (and the mock) accepts; a response's include every field in
its first two levels, to show what comes back without growing with the schema's width to the
power of its depth. Recursion stops at a fixed depth.
"""

from __future__ import annotations

import base64
from typing import Any, Callable

from . import escape, ir

_SCALARS: dict[str, Any] = {
    "str": "string",
    "int": 1,
    "float": 1.0,
    "bool": True,
    "date": "2024-01-01",
    "datetime": "2024-01-01T00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "bytes": "aGVsbG8=",
    "json": {},
}
_SCALAR_FITS: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "date": lambda v: isinstance(v, str),
    "datetime": lambda v: isinstance(v, str),
    "uuid": lambda v: isinstance(v, str),
    "bytes": lambda v: isinstance(v, str),
}
# A request's `format: byte` value: the SDK takes bytes and sends them base64-encoded.
_BYTES = b"hello"
_MAX_DEPTH = 4
# Past _MAX_DEPTH an example goes on only through required fields (an object needs them), and
# only this much further: a value that needs more is beyond what a snippet should show.
_MAX_REQUIRED_DEPTH = 8
_FULL_RESPONSE_DEPTH = 1


class Examples:
    def __init__(self, api: ir.Api, direction: str = "request") -> None:
        self.api = api
        self.direction = direction

    def field(self, f: ir.Field | ir.Parameter, depth: int = 0) -> Any:
        for given, value in ((f.has_example, f.example), (f.has_default, f.default)):
            if (
                given
                and value is not None
                and self.fits(f.type, value)
                and not self.deprecated_value(f.type, value)
            ):
                return self.as_argument(f.type, value)
        return self.of(f.type, depth)

    def fits(self, ref: ir.TypeRef, value: Any, depth: int = 0) -> bool:
        """Whether a spec's example is a value of the field's type: specs ship examples their
        own schemas reject (`"true"` for a boolean, `null` for a required string), and a
        snippet built from one would not type-check."""
        if depth > _MAX_DEPTH:
            return True
        if isinstance(ref, ir.Scalar):
            return _SCALAR_FITS.get(ref.kind, lambda v: True)(value)
        if isinstance(ref, ir.Const):
            return bool(value == ref.value)
        if isinstance(ref, ir.Nullable):
            return value is None or self.fits(ref.inner, value, depth)
        if isinstance(ref, ir.Array):
            return isinstance(value, list) and all(self.fits(ref.item, v, depth + 1) for v in value)
        if isinstance(ref, ir.Map):
            return isinstance(value, dict) and all(self.fits(ref.value, v, depth + 1) for v in value.values())
        if isinstance(ref, ir.UnionOf):
            return any(self.fits(v, value, depth) for v in ref.variants)
        t = self.api.type(ref.key)
        if isinstance(t, ir.Enum):
            return any(m.value == value and type(m.value) is type(value) for m in t.members)
        if isinstance(t, ir.Alias):
            return self.fits(t.target, value, depth)
        if not isinstance(value, dict):
            return False
        fields = {f.wire_name: f for f in t.fields}
        # A request sends its write-only fields (and never read-only ones); a response the reverse.
        skip = "read_only" if self.direction == "request" else "write_only"
        if any(f.required and f.wire_name not in value for f in fields.values() if not getattr(f, skip)):
            return False
        if self.direction == "request" and any(k not in fields or fields[k].read_only for k in value):
            # A request's TypedDict takes its declared, writable keys only (a literal with any
            # other, such as a spec example copied from a response, does not type-check).
            return False
        return all(k not in fields or self.fits(fields[k].type, v, depth + 1) for k, v in value.items())

    def as_argument(self, ref: ir.TypeRef, value: Any) -> Any:
        """A spec's example as the SDK takes it: a request's `format: byte` value is the bytes
        its base64 text stands for (the SDK encodes them)."""
        if self.direction == "request" and ir.non_null(ref) == ir.Scalar("bytes") and isinstance(value, str):
            try:
                return base64.b64decode(value, validate=True)
            except ValueError:
                return _BYTES
        return self._keyed(ref, value) if self.direction == "request" else value

    def _keyed(self, ref: ir.TypeRef, value: Any) -> Any:
        """A spec's request example with the keys the SDK's dicts take (`Field.key`)."""
        if isinstance(value, list):
            return [self._keyed(ref, item) for item in value]
        model = self.api.model(ref, aliases=True, items=True)
        if model is None or not isinstance(value, dict):
            return value
        fields = {f.wire_name: f for f in model.fields}
        return {
            (fields[k].key if k in fields else k): (self._keyed(fields[k].type, v) if k in fields else v)
            for k, v in value.items()
        }

    def deprecated_value(self, ref: ir.TypeRef, value: Any) -> bool:
        """Examples must not teach deprecated values (the seed's `resolution="auto"` is one)."""
        enum = self.api.enum(ref, aliases=False, items=True)
        values = value if isinstance(value, list) else [value]
        return enum is not None and any(m.deprecated and m.value in values for m in enum.members)

    def of(self, ref: ir.TypeRef, depth: int = 0) -> Any:
        if depth > _MAX_DEPTH + _MAX_REQUIRED_DEPTH:
            return None
        if isinstance(ref, ir.Scalar):
            if ref.kind == "bytes" and self.direction == "request":
                return _BYTES
            return _SCALARS.get(ref.kind, "string")
        if isinstance(ref, ir.Const):
            return ref.value
        if isinstance(ref, ir.Nullable):
            return self.of(ref.inner, depth)
        if isinstance(ref, ir.Array):
            item = self.of(ref.item, depth + 1) if depth <= _MAX_DEPTH else None
            return [] if item is None else [item]
        if isinstance(ref, ir.Map):
            value = self.of(ref.value, depth + 1) if depth <= _MAX_DEPTH else None
            return {} if value is None else {"key": value}
        if isinstance(ref, ir.UnionOf):
            return self.tagged(ref, self.of(ref.variants[0], depth))
        t = self.api.type(ref.key)
        if isinstance(t, ir.Enum):
            member = next((m for m in t.members if not m.deprecated), t.members[0])
            return member.value
        if isinstance(t, ir.Alias):
            return self.of(t.target, depth)
        return self.model(t, depth)

    def tagged(self, union: ir.UnionOf, value: Any) -> Any:
        """The first variant's example with its discriminator value, even where the property
        is optional: without it, a dict that fits several variants tells none apart. Only where
        the variant declares the property: a key it does not know is an error in a typed dict."""
        first = union.variants[0]
        if union.discriminator is None or not isinstance(value, dict) or not isinstance(first, ir.Named):
            return value
        variant = self.api.type(first.key)
        fields = variant.fields if isinstance(variant, ir.Model) else ()
        field = next((f for f in fields if f.wire_name == union.discriminator.property), None)
        tags = [tag for tag, key in union.discriminator.mapping if key == first.key]
        if field is None or not tags:
            return value
        name = field.key if self.direction == "request" else field.wire_name
        return value if name in value else {name: tags[0], **value}

    def model(self, model: ir.Model, depth: int = 0) -> dict[str, Any]:
        skip = "read_only" if self.direction == "request" else "write_only"
        out: dict[str, Any] = {}
        for f in model.fields:
            if getattr(f, skip) or (f.deprecated and not f.required):
                continue
            # A request's optional fields only when the spec gives them an example: a snippet
            # stays readable (and small, however deep and wide the schema is).
            optional_too = self.direction == "response" and depth <= _FULL_RESPONSE_DEPTH
            if not (f.required or f.shown or ((f.has_example or optional_too) and depth <= _MAX_DEPTH)):
                continue
            value = self.field(f, depth + 1)
            if value is None and f.required and not isinstance(f.type, ir.Nullable):
                value = self.of(f.type, depth + 1)
            # A request's dict is written with the keys the SDK takes (`Field.key`).
            out[f.key if self.direction == "request" else f.wire_name] = value
        return out


class Literals:
    """A request example as Python source that `mypy` reads as the argument's type.

    mypy cannot infer a dict literal as a TypedDict where the expected type is a union of two
    or more containers (`Union[Sequence[A], Sequence[Sequence[A]]]`): it gives up on the union
    and sees `list[dict[str, str]]`. There, each TypedDict value is written through its class
    (`params.A({...})`), which mypy infers whatever the context; elsewhere a literal is plain.
    """

    def __init__(self, examples: Examples) -> None:
        self.examples = examples
        self.api = examples.api

    def of(self, ref: ir.TypeRef, value: Any) -> tuple[str, bool]:
        """The source text of `value` as an argument of type `ref`, and whether it names
        `params` (the example then imports it)."""
        text, named = self._literal(ref, value, False, 0)
        return (text, True) if named else (escape.py_literal(value), False)

    def _literal(self, ref: ir.TypeRef, value: Any, wrap: bool, depth: int) -> tuple[str, bool]:
        if depth > _MAX_DEPTH + _MAX_REQUIRED_DEPTH or not isinstance(value, (list, dict)):
            return escape.py_literal(value), False
        ref, ambiguous = self._variant(ref, value)
        wrap = wrap or ambiguous
        if isinstance(value, list):
            item = ref.item if isinstance(ref, ir.Array) else None
            if item is None:
                return escape.py_literal(value), False
            texts = [self._literal(item, v, wrap, depth + 1) for v in value]
            return "[" + ", ".join(t for t, _ in texts) + "]", any(n for _, n in texts)
        if isinstance(ref, ir.Map):
            texts = [self._literal(ref.value, v, wrap, depth + 1) for v in value.values()]
            pairs = (f"{escape.py_str(str(k))}: {t}" for k, (t, _) in zip(value, texts))
            return "{" + ", ".join(pairs) + "}", any(n for _, n in texts)
        model = self.api.model(ref) if isinstance(ref, ir.Named) else None
        if model is None:
            return escape.py_literal(value), False
        fields = {f.key: f.type for f in model.fields}
        texts = [
            self._literal(fields[k], v, False, depth + 1) if k in fields else (escape.py_literal(v), False)
            for k, v in value.items()
        ]
        inner = "{" + ", ".join(f"{escape.py_str(str(k))}: {t}" for k, (t, _) in zip(value, texts)) + "}"
        if wrap:
            return f"params.{model.name}({inner})", True
        return inner, any(n for _, n in texts)

    def _variant(self, ref: ir.TypeRef, value: Any) -> tuple[ir.TypeRef, bool]:
        """The type `value` is written as (the first member of a union it fits), and whether
        the union holds several containers (the context mypy cannot infer a literal in)."""
        ref = self.api.unwrap(ref)
        if not isinstance(ref, ir.UnionOf):
            return ref, False
        variants = [self.api.unwrap(v) for v in ref.variants]
        containers = sum(isinstance(v, (ir.Array, ir.Map)) for v in variants)
        fitting = next((v for v in variants if self.examples.fits(v, value)), variants[0])
        inner, ambiguous = self._variant(fitting, value)
        return inner, ambiguous or containers > 1
