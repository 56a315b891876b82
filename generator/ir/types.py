"""Types of the IR: type references (`Scalar`, `Array`, `Named`...), the named types they
refer to (`Model`, `Enum`, `Alias`), and `unwrap`, which says what a reference stands for."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator, Literal, Mapping, Union

JsonValue = Union[None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]]

ScalarKind = Literal["str", "int", "float", "bool", "date", "datetime", "uuid", "bytes", "binary", "json"]
"""`bytes` is base64 text on the wire; `binary` is a raw file; `json` is any JSON value."""


@dataclass(frozen=True)
class Deprecation:
    """Why an item is deprecated and what replaces it, whatever way the spec said so."""

    message: str = ""
    replacement: str | None = None
    source: Literal["keyword", "extension", "prose"] = "keyword"


# --- type references -------------------------------------------------------------------------


@dataclass(frozen=True)
class Scalar:
    kind: ScalarKind


@dataclass(frozen=True)
class Const:
    value: JsonValue


@dataclass(frozen=True)
class Array:
    item: TypeRef


@dataclass(frozen=True)
class Map:
    value: TypeRef


@dataclass(frozen=True)
class Named:
    """A reference to a `TypeDef` by its key."""

    key: str


@dataclass(frozen=True)
class Nullable:
    inner: TypeRef


@dataclass(frozen=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]
    """(wire value, type key) pairs."""


@dataclass(frozen=True)
class UnionOf:
    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None


TypeRef = Union[Scalar, Const, Array, Map, Named, Nullable, UnionOf]


def non_null(ref: TypeRef) -> TypeRef:
    """The type without its `Nullable` wrapper, if it has one."""
    return ref.inner if isinstance(ref, Nullable) else ref


def parts(ref: TypeRef) -> tuple[TypeRef, ...]:
    """The references a type reference is built from (none for a scalar, a constant or a
    `Named` one, whose definition holds its own)."""
    if isinstance(ref, Array):
        return (ref.item,)
    if isinstance(ref, Map):
        return (ref.value,)
    if isinstance(ref, Nullable):
        return (ref.inner,)
    if isinstance(ref, UnionOf):
        return ref.variants
    return ()


def unwrap(
    ref: TypeRef, types: Mapping[str, TypeDef], *, aliases: bool = True, items: bool = False
) -> TypeRef:
    """What a reference stands for once the wrappers that do not change it are gone: `Nullable`
    always; with `aliases`, each `Alias` for its target (a cycle of aliases stops where it
    closes); with `items`, an array for its items. A `Named` reference that is left points at a
    model or an enum (or at a type `types` does not hold yet)."""
    seen: set[str] = set()
    while (after := _step(ref, types, aliases, items, seen)) is not None:
        ref = after
    return ref


def steps(
    ref: TypeRef, types: Mapping[str, TypeDef], *, aliases: bool = True, items: bool = False
) -> Iterator[TypeRef]:
    """Every reference `unwrap` passes through, from `ref` itself to its result; where a cycle
    of aliases closes, the alias met again is the last step."""
    seen: set[str] = set()
    step: TypeRef | None = ref
    while step is not None:
        yield step
        step = _step(step, types, aliases, items, seen)


def _step(
    ref: TypeRef, types: Mapping[str, TypeDef], aliases: bool, items: bool, seen: set[str]
) -> TypeRef | None:
    """The reference one wrapper inside `ref`, or None when `ref` is what it stands for."""
    if isinstance(ref, Nullable):
        return ref.inner
    if items and isinstance(ref, Array):
        return ref.item
    if aliases and isinstance(ref, Named) and ref.key not in seen:
        target = types.get(ref.key)
        if isinstance(target, Alias):
            seen.add(ref.key)
            return target.target
    return None


def definition(
    ref: TypeRef | None, types: Mapping[str, TypeDef], *, aliases: bool = True, items: bool = False
) -> TypeDef | None:
    """The named type behind a reference (see `unwrap`), or None when it is not a named one."""
    if ref is None:
        return None
    if isinstance(ref, Named):  # the usual case, without the walk
        found = types.get(ref.key)
        if not (aliases and isinstance(found, Alias)):
            return found
    ref = unwrap(ref, types, aliases=aliases, items=items)
    return types.get(ref.key) if isinstance(ref, Named) else None


# --- named types -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    wire_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default: JsonValue | None = None
    has_default: bool = False
    example: JsonValue | None = None
    has_example: bool = False
    deprecated: Deprecation | None = None
    read_only: bool = False
    write_only: bool = False
    name: str = ""
    """Python attribute / keyword name, set by `naming`."""
    key: str = ""
    """Its key in a request dict (`TypedDict`): the wire name, or the Python name when the
    config's `field_names` is `python`; set by `naming`."""
    shown: bool = False
    """Optional, yet examples show it: a branch of the choice it comes from requires it."""
    removed: str | None = None
    """The release that removed this deprecated request field, while the config's grace period
    keeps accepting it (set by `grace`); it is never sent."""


@dataclass(frozen=True)
class Model:
    key: str
    name_hint: tuple[str, ...]
    """Words the name is built from, e.g. ("v1", "ai image generator", "create", "body")."""
    fields: tuple[Field, ...]
    description: str = ""
    extra: TypeRef | None = None
    """Type of additional properties kept beside the declared fields (None: extras kept, untyped)."""
    closed: bool = False
    """True when the spec forbids additional properties."""
    deprecated: Deprecation | None = None
    pointer: str = ""
    usage: frozenset[str] = frozenset()
    """"request" and/or "response": decides whether it becomes a param, a model, or both."""
    name: str = ""
    module: str = ""
    """Module file name (no extension) under `types/<kind>/`, set by `naming`."""

    def field(self, wire_name: str) -> Field | None:
        """The field sent and received as `wire_name`."""
        return self._by_wire.get(wire_name)

    @functools.cached_property
    def _by_wire(self) -> dict[str, Field]:
        return {f.wire_name: f for f in reversed(self.fields)}


@dataclass(frozen=True)
class EnumMember:
    value: str | int
    description: str = ""
    deprecated: Deprecation | None = None
    name: str = ""


@dataclass(frozen=True)
class Enum:
    key: str
    name_hint: tuple[str, ...]
    members: tuple[EnumMember, ...]
    value_kind: Literal["str", "int"] = "str"
    description: str = ""
    deprecated: Deprecation | None = None
    pointer: str = ""
    usage: frozenset[str] = frozenset()
    name: str = ""
    module: str = ""


@dataclass(frozen=True)
class Alias:
    """A named schema that is neither an object nor an enum (a union, an array, a scalar)."""

    key: str
    name_hint: tuple[str, ...]
    target: TypeRef
    description: str = ""
    deprecated: Deprecation | None = None
    pointer: str = ""
    usage: frozenset[str] = frozenset()
    name: str = ""
    module: str = ""


TypeDef = Union[Model, Enum, Alias]
