"""Type annotations of IR type references, with the imports they need.

`Annotator(api, mode, qualify)` writes one kind of module's annotations: "model" (the response
side: pydantic models, open enums) or "param" (the request side: `TypedDict`s, an enum or its
plain values). `qualify` prefixes named types with the package they live in (`models.`,
`params.`, `enums.`) for resource modules; type modules import the names themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import escape, ir
from . import imports
from .imports import Imports


@dataclass(frozen=True)
class Annotation:
    text: str
    imports: Imports = imports.NONE
    members: tuple[str, ...] | None = None
    """The members when the annotation is a `typing.Union[...]`, to flatten it into another."""


_TYPING = imports.modules("typing")


def _union_of(members: tuple[str, ...], needs: Imports = imports.NONE) -> Annotation:
    if len(members) == 1:
        return Annotation(members[0], needs)
    return Annotation("typing.Union[" + ", ".join(members) + "]", needs | _TYPING, members)


_MODEL_SCALARS: dict[str, Annotation] = {
    "str": Annotation("str"),
    "int": Annotation("int"),
    "float": Annotation("float"),
    "bool": Annotation("bool"),
    "date": Annotation("datetime.date", imports.modules("datetime")),
    "datetime": Annotation("datetime.datetime", imports.modules("datetime")),
    "uuid": Annotation("uuid.UUID", imports.modules("uuid")),
    "bytes": Annotation("pydantic.Base64Bytes", imports.modules("pydantic")),
    "binary": Annotation("bytes"),
    "json": Annotation("pydantic.JsonValue", imports.modules("pydantic")),
}
_PARAM_SCALARS: dict[str, Annotation] = {
    **_MODEL_SCALARS,
    "date": _union_of(("datetime.date", "str"), imports.modules("datetime")),
    "datetime": _union_of(("datetime.datetime", "str"), imports.modules("datetime")),
    "uuid": _union_of(("uuid.UUID", "str"), imports.modules("uuid")),
    "bytes": Annotation("bytes"),
    "binary": Annotation("FileContent", imports.names("_types", "FileContent")),
    "json": Annotation("JsonValue", imports.names("_types", "JsonValue")),
}


def union(*annotations: Annotation) -> Annotation:
    """`typing.Union[...]` of the given annotations, with nested top-level unions flattened."""
    parts: list[str] = []
    for ann in annotations:
        for part in ann.members or (ann.text,):
            if part not in parts:
                parts.append(part)
    return _union_of(tuple(parts), imports.union(a.imports for a in annotations))


def wrap(outer: str, inner: Annotation, *extra: Annotation) -> Annotation:
    """`outer[inner, extra...]`, an annotation of the `typing` module."""
    text = ", ".join(a.text for a in (inner, *extra))
    return Annotation(f"{outer}[{text}]", imports.union([*(a.imports for a in (inner, *extra)), _TYPING]))


class Annotator:
    def __init__(self, api: ir.Api, mode: str, qualify: bool, forward: frozenset[str] = frozenset()) -> None:
        self.api = api
        self.mode = mode
        self.qualify = qualify
        self.forward = forward
        """Keys of types not yet defined where the annotation is evaluated: written quoted."""
        self._named: dict[str, Annotation] = {}
        """Named types' qualified annotations, written once: a big SDK's resource modules refer
        to each type many times (a type module, to few, once each)."""

    def __call__(self, ref: ir.TypeRef) -> Annotation:
        if isinstance(ref, ir.Scalar):
            return (_MODEL_SCALARS if self.mode == "model" else _PARAM_SCALARS)[ref.kind]
        if isinstance(ref, ir.Const):
            if ref.value is None:
                return Annotation("None")
            return Annotation(f"typing.Literal[{escape.py_literal(ref.value)}]", _TYPING)
        if isinstance(ref, ir.Array):
            return wrap("typing.List" if self.mode == "model" else "typing.Sequence", self(ref.item))
        if isinstance(ref, ir.Map):
            return wrap(
                "typing.Dict" if self.mode == "model" else "typing.Mapping",
                Annotation("str"),
                self(ref.value),
            )
        if isinstance(ref, ir.Nullable):
            return wrap("typing.Optional", self(ref.inner))
        if isinstance(ref, ir.UnionOf):
            return self._discriminated(ref) or self._union(ref)
        if isinstance(ref, ir.Named):
            found = self._named.get(ref.key)
            if found is None:
                found = self.named(self.api.type(ref.key))
                if self.qualify:
                    self._named[ref.key] = found
            return found
        raise TypeError(ref)

    def _union(self, ref: ir.UnionOf) -> Annotation:
        # Fixed values share one `Literal[...]`: as separate `Literal[True]`, `Literal[1]`
        # union members, pydantic takes 1 for True (in one Literal, it tells them apart).
        consts = [v.value for v in ref.variants if isinstance(v, ir.Const) and v.value is not None]
        parts = [self(v) for v in ref.variants if not (isinstance(v, ir.Const) and v.value is not None)]
        if consts:
            literal = "typing.Literal[" + ", ".join(escape.py_literal(c) for c in consts) + "]"
            parts.insert(0, Annotation(literal, _TYPING))
        return _union_of(tuple(p.text for p in parts), imports.union(p.imports for p in parts))

    def _discriminated(self, ref: ir.UnionOf) -> Annotation | None:
        """A union of models with a discriminator, in a model module: pydantic picks the variant
        from the discriminating property instead of trying each one (exact errors, faster)."""
        d = ref.discriminator
        if d is None or self.mode != "model" or self.qualify:
            return None
        variants = [
            v for v in ref.variants if isinstance(v, ir.Named) and isinstance(self.api.type(v.key), ir.Model)
        ]
        if len(variants) != len(ref.variants):
            return None
        names = {v.key: self.named(self.api.type(v.key)) for v in variants}
        mapping = {value: names[key].text for value, key in d.mapping if key in names}
        if set(mapping.values()) != {n.text for n in names.values()}:
            return None
        tagged = ", ".join(
            f"typing_extensions.Annotated[{n.text}, pydantic.Tag({escape.py_str(n.text)})]"
            for n in names.values()
        )
        text = (
            f"typing_extensions.Annotated[typing.Union[{tagged}], "
            f"discriminator({escape.py_str(d.property)}, {escape.py_literal(mapping)})]"
        )
        needs = imports.modules("typing", "typing_extensions", "pydantic") | imports.names(
            "_models", "discriminator"
        )
        return Annotation(text, imports.union(n.imports for n in names.values()) | needs)

    def named(self, t: ir.TypeDef) -> Annotation:
        # A qualified annotation needs its package, not the type itself, imported.
        used = imports.NONE if self.qualify else imports.types(t.key)
        if t.key in self.forward and not isinstance(t, ir.Enum):
            return Annotation(escape.py_str(t.name), used)
        if isinstance(t, ir.Enum):
            name = self._qualified("enums", t.name)
            if self.mode == "param":
                return _union_of(
                    (name, self._qualified("enums", t.name + "Literal")), used | self._package("enums")
                )
            return Annotation(name, used | self._package("enums"))
        package = "models" if self.mode == "model" else "params"
        return Annotation(self._qualified(package, t.name), used | self._package(package))

    def _qualified(self, package: str, name: str) -> str:
        return f"{package}.{name}" if self.qualify else name

    def _package(self, package: str) -> Imports:
        return imports.names("types", package) if self.qualify else imports.NONE


@dataclass(frozen=True)
class Qualified:
    """The annotators of resource modules (request and response side), shared by all their
    methods: each named type's annotation is written once."""

    params: Annotator
    models: Annotator

    @staticmethod
    def of(api: ir.Api) -> Qualified:
        return Qualified(Annotator(api, "param", qualify=True), Annotator(api, "model", qualify=True))
