"""The modules under `types/` (`TypeModule`): models, params and enums, grouped by the module
`naming` gave each type, with what each module imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .. import escape, ir
from ..naming import is_plain_key, references
from . import imports
from .annotations import Annotator
from .imports import Imports

_STDLIB = {"datetime", "typing", "uuid"}
_SCALAR_DEFAULTS: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
}


@dataclass(frozen=True)
class TypeModule:
    kind: str
    """"models", "params" or "enums"."""
    module: str
    types: tuple[ir.TypeDef, ...]
    imports: tuple[tuple[str, str], ...]
    """(relative module, name) pairs."""
    stdlib: tuple[str, ...]
    """Modules the annotations use: typing, datetime, uuid, pydantic, typing_extensions."""
    runtime: tuple[str, ...]
    """Names the annotations use from the SDK's `_types` module (JsonValue, FileContent)."""
    annotator: Annotator
    discriminators: bool = False
    """Whether an annotation uses `_models.discriminator`."""
    recursive: frozenset[str] = frozenset()
    """Aliases that refer to themselves (directly or through the module's other types)."""
    written: dict[int, str] = field(default_factory=dict, compare=False)
    """The annotations already written for the module's imports, by the reference's `id`."""

    def annotate(self, ref: ir.TypeRef) -> str:
        """The annotation of a type reference in this module."""
        return self.written.get(id(ref)) or self.annotator(ref).text

    @property
    def import_groups(self) -> list[list[str]]:
        """`import x` lines, grouped as isort would: standard library, then third party."""
        std = [m for m in self.stdlib if m in _STDLIB]
        third = [m for m in self.stdlib if m not in _STDLIB]
        if self.kind == "params" and "typing_extensions" not in third:
            third.append("typing_extensions")
        return [group for group in (std, third) if group]

    @property
    def models_runtime(self) -> list[str]:
        """Names model modules import from the SDK's `_models`: `BaseModel` only for a module
        that defines a model (one of aliases only does not)."""
        names = ["BaseModel"] if any(isinstance(t, ir.Model) for t in self.types) else []
        return names + ["discriminator"] if self.discriminators else names

    def default(self, f: ir.Field) -> str | None:
        """The Python default of an optional response field: the spec's `default` when it is a
        plain value (a member, for enums), else None."""
        if f.required or not f.has_default or isinstance(f.default, (list, dict)) or f.default is None:
            return None
        ref = ir.non_null(f.type)
        if isinstance(ref, ir.Named):
            t = self.annotator.api.type(ref.key)
            if isinstance(t, ir.Enum):
                member = next((m for m in t.members if m.value == f.default), None)
                return f"{t.name}.{member.name}" if member is not None else None
            return None
        if isinstance(ref, ir.Scalar) and ref.kind in _SCALAR_DEFAULTS:
            expected = _SCALAR_DEFAULTS[ref.kind]
            if isinstance(f.default, expected) and not (ref.kind != "bool" and isinstance(f.default, bool)):
                return escape.py_literal(f.default)
        return None

    def fields(self, model: ir.Model) -> list[ir.Field]:
        """The fields this side of the API sees: requests skip read-only, responses write-only."""
        return visible_fields(model, self.kind)

    def functional(self, model: ir.Model) -> bool:
        """A TypedDict whose keys are not all identifiers needs the functional syntax."""
        return any(not is_plain_key(f.key) for f in self.fields(model))


def visible_fields(model: ir.Model, kind: str) -> list[ir.Field]:
    skip = "read_only" if kind == "params" else "write_only"
    return [f for f in model.fields if not getattr(f, skip)]


def type_modules(api: ir.Api) -> list[TypeModule]:
    grouped: dict[tuple[str, str], list[ir.TypeDef]] = {}
    for t in api.types:
        for kind in _kinds(t):
            grouped.setdefault((kind, t.module), []).append(t)
    return [_module(api, kind, module, types) for (kind, module), types in sorted(grouped.items())]


def _module(api: ir.Api, kind: str, module: str, types: list[ir.TypeDef]) -> TypeModule:
    # An alias's value is evaluated where it is defined, so references to types of its own
    # recursive group must be forward references (and the alias a TypeAliasType).
    recursive = {
        t.key for t in types if isinstance(t, ir.Alias) and (len(types) > 1 or t.key in references(t))
    }
    forward = frozenset(t.key for t in types) if recursive else frozenset()
    annotator = Annotator(api, "param" if kind == "params" else "model", qualify=False, forward=forward)
    written = {id(ref): annotator(ref) for ref in _annotated(types, kind)}
    needs = imports.union(a.imports for a in written.values()) | _declared(types, kind)
    if recursive:
        needs |= imports.modules("typing")
    return TypeModule(
        kind=kind,
        module=module,
        types=tuple(types),
        imports=_type_imports(api, kind, needs.types - {t.key for t in types}),
        stdlib=tuple(sorted(needs.modules)),
        runtime=tuple(needs.of("_types")),
        annotator=annotator,
        discriminators=bool(needs.of("_models")),
        recursive=frozenset(t.name for t in types if t.key in recursive),
        written={key: a.text for key, a in written.items()},
    )


def _annotated(types: list[ir.TypeDef], kind: str) -> Iterable[ir.TypeRef]:
    """Every type reference the module writes an annotation for."""
    for t in types:
        if isinstance(t, ir.Model):
            yield from (f.type for f in visible_fields(t, kind))
            if t.extra is not None:
                yield t.extra
        elif isinstance(t, ir.Alias):
            yield t.target


def _declared(types: list[ir.TypeDef], kind: str) -> Imports:
    """What the module's declarations need beside their annotations: `pydantic.Field` for an
    aliased field or extras, `typing.Optional` for optional fields, `TypeAliasType`."""
    needs = imports.NONE
    for t in types:
        if kind == "models" and isinstance(t, ir.Model):
            if any(f.name != f.wire_name for f in t.fields) or t.extra is not None:
                needs |= imports.modules("pydantic")
            if any(not f.required for f in t.fields) or t.extra is not None:
                needs |= imports.modules("typing")
        if isinstance(t, ir.Alias):
            needs |= imports.modules("typing_extensions")
    return needs


def _type_imports(api: ir.Api, kind: str, keys: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """`from <source> import <names>` of the other modules' types this one refers to."""
    by_source: dict[str, list[str]] = {}
    for key in keys:
        target = api.type(key)
        target_kind = "enums" if isinstance(target, ir.Enum) else kind
        source = ("." if target_kind == kind else f"..{target_kind}.") + target.module
        names = by_source.setdefault(source, [])
        names.append(target.name)
        if isinstance(target, ir.Enum) and kind == "params":
            names.append(target.name + "Literal")
    # isort's order: parents before siblings, then alphabetical.
    return tuple(
        (source, ", ".join(sorted(names)))
        for source, names in sorted(
            by_source.items(), key=lambda item: (not item[0].startswith(".."), item[0])
        )
    )


def _kinds(t: ir.TypeDef) -> Iterable[str]:
    if isinstance(t, ir.Enum):
        return ("enums",)
    kinds = []
    if "response" in t.usage:
        kinds.append("models")
    if "request" in t.usage:
        kinds.append("params")
    return kinds
