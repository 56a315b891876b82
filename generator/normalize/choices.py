"""Schemas that choose among alternatives: `oneOf`/`anyOf` (-> `ir.UnionOf`, with its
discriminator) and `enum` (-> a named `ir.Enum` of strings or integers, else a union of
constants). A `null` alternative makes the result `ir.Nullable`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import ir
from ..errors import Problem, SpecError, pointer_escape, pointer_unescape
from . import deprecation
from .scalars import const

if TYPE_CHECKING:
    from .context import Site
    from .schemas import Schemas


def union(schemas: Schemas, schema: dict[str, Any], keyword: str, site: Site) -> ir.TypeRef:
    options = schema[keyword]
    if not isinstance(options, list) or not options:
        raise SpecError(
            Problem(f"`{keyword}` must be a non-empty list", site.file, f"{site.pointer}/{keyword}")
        )
    variants: list[ir.TypeRef] = []
    nullable = False
    for i, option in enumerate(options):
        opt_site = site.child(
            f"{site.pointer}/{keyword}/{i}", f"variant {i}", f"option {i + 1} of {site.where}"
        )
        t = schemas.type_of(option, opt_site)
        if t == ir.Const(None):
            nullable = True
            continue
        if isinstance(t, ir.Nullable):
            nullable = True
            t = t.inner
        if repr(t) not in map(repr, variants):  # not `in`: Const(True) == Const(1)
            variants.append(t)
    discriminator = _discriminator(schemas, schema.get("discriminator"), variants, site)
    result: ir.TypeRef = variants[0] if len(variants) == 1 else ir.UnionOf(tuple(variants), discriminator)
    return ir.Nullable(result) if nullable else result


def _discriminator(
    schemas: Schemas, raw: Any, variants: list[ir.TypeRef], site: Site
) -> ir.Discriminator | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
        return None
    mapping: list[tuple[str, str]] = []
    explicit = raw.get("mapping") or {}
    for value, ref in explicit.items():
        ref = ref if "#" in ref or "/" in ref else f"#/components/schemas/{ref}"
        try:
            loc = schemas.doc.resolve(ref, site.file, site.pointer + "/discriminator")
        except SpecError:
            if not ref.startswith("#"):
                raise  # another file: the reference rules (no escape, no network) apply
            # Only a hint for choosing the variant: without it, the variants are tried in turn.
            schemas.diag.warn(
                f"discriminator mapping {value!r} points to nothing in this document; ignored",
                pointer=f"{site.pointer}/discriminator/mapping/{pointer_escape(str(value))}",
                file=site.file,
            )
            continue
        mapping.append((str(value), f"{loc.file}#{loc.pointer}"))
    mapped = {key for _, key in mapping}
    for v in variants:
        if isinstance(v, ir.Named) and v.key not in mapped:
            # Implicit mapping: the component name is the discriminator value.
            name = pointer_unescape(v.key.rsplit("/", 1)[-1])
            mapping.append((name, v.key))
    return ir.Discriminator(raw["propertyName"], tuple(mapping))


def enum(schemas: Schemas, schema: dict[str, Any], site: Site) -> ir.TypeRef:
    values = schema["enum"]
    if not isinstance(values, list) or not values:
        raise SpecError(Problem("`enum` must be a non-empty list", site.file, site.pointer + "/enum"))
    nullable = None in values
    values = [v for v in values if v is not None]
    if not values:
        return ir.Const(None)
    if all(isinstance(v, str) for v in values):
        value_kind = "str"
    elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        value_kind = "int"
    else:
        result = _constants(values)
        return ir.Nullable(result) if nullable else result
    key = f"{site.file}#{site.pointer}"
    if key not in schemas.types:
        schemas.types.register(_named_enum(schema, site, key, values, value_kind))
    named = ir.Named(key)
    return ir.Nullable(named) if nullable else named


def _constants(values: list[Any]) -> ir.TypeRef:
    """Values of mixed types: a union of constants (floats are typed as `float`)."""
    # Deduplicated by type too: `Const(True) == Const(1)` as dataclasses.
    consts = tuple(
        {(type(v).__name__, repr(v)): const(v) for v in values if not isinstance(v, float)}.values()
    )
    if any(isinstance(v, float) for v in values):
        consts += (ir.Scalar("float"),)
    return consts[0] if len(consts) == 1 else ir.UnionOf(consts)


def _named_enum(schema: dict[str, Any], site: Site, key: str, values: list[Any], value_kind: str) -> ir.Enum:
    description, own, from_prose = deprecation.extract_enum(
        schema.get("description"), [str(v) for v in values]
    )
    listed = deprecation.enum_extensions(schema)
    members = [
        ir.EnumMember(value=v, deprecated=from_prose.get(str(v)) or listed.get(str(v)))
        for v in dict.fromkeys(values)
    ]
    top_level = site.pointer.startswith("/components/schemas/") and site.pointer.count("/") == 3
    return ir.Enum(
        key=key,
        name_hint=site.hint if top_level else (*site.hint, "enum"),
        members=tuple(members),
        value_kind=value_kind,  # type: ignore[arg-type]
        description=description or site.fallback,
        deprecated=deprecation.read(schema, own),
        pointer=site.pointer,
    )
