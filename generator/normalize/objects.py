"""Object schemas -> models (`ir.Model`, `ir.Field`) or maps (`ir.Map`), and `allOf`.

An object with properties is a model, registered under its pointer; one without is a map of
its additional properties (a model when it must stay empty). `allOf` of object schemas is one
model with every member's properties; its fields keep the pointers of the schemas that declared
them, so a field's inline types are named after where they really sit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .. import ir
from ..errors import Problem, SpecError, pointer_escape
from . import deprecation
from ..load import Located
from .context import Site, described, example

if TYPE_CHECKING:
    from .schemas import Schemas

_POINTERS = "x-sdkgen-pointers"
_SHOWN = "x-sdkgen-shown"
"""Optional properties an example shows: those the first branch of a choice requires."""
"""Key of a merged `allOf` schema that maps each property to the pointer it came from."""


def object_type(schemas: Schemas, schema: dict[str, Any], site: Site) -> ir.TypeRef:
    if not schema.get("properties"):
        extra, closed = _extra(schemas, schema, site)
        if closed:
            return _model(schemas, schema, site)  # an object that must be empty
        return ir.Map(extra or ir.Scalar("json"))
    return _model(schemas, schema, site)


def _extra(schemas: Schemas, schema: dict[str, Any], site: Site) -> tuple[ir.TypeRef | None, bool]:
    """The type of the properties an object holds besides its declared ones (None: any JSON
    value), and whether there can be none: `additionalProperties` and `patternProperties`
    (typed as their union; the key patterns themselves are not checked)."""
    from .schemas import one_of

    extra_raw = schema.get("additionalProperties", True)
    if extra_raw is True or extra_raw == {}:
        return None, False  # any other key may hold any value, whatever the patterns say
    patterns = schema.get("patternProperties")
    types: list[ir.TypeRef] = []
    for pattern, sub in patterns.items() if isinstance(patterns, dict) else ():
        ptr = f"{site.pointer}/patternProperties/{pointer_escape(pattern)}"
        where = f"a value of {site.where} (keys matching `{pattern}`)"
        types.append(schemas.type_of(sub, site.child(ptr, "value", where)))
    if isinstance(extra_raw, dict):
        where = f"a value of {site.where}"
        types.append(
            schemas.type_of(extra_raw, site.child(site.pointer + "/additionalProperties", "value", where))
        )
    if not types:
        return None, extra_raw is False
    return one_of(types), False


def _model(
    schemas: Schemas, schema: dict[str, Any], site: Site, merged: dict[str, Any] | None = None
) -> ir.Named:
    key = f"{site.file}#{site.pointer}"
    if key in schemas.types:
        return ir.Named(key)
    source = merged or schema
    with schemas.types.building(key):
        extra, closed = _extra(schemas, source, site)
        fields = _fields(schemas, source, site) + _undefined(schemas, source, site, extra, closed)
        description, deprecated = described(schema)
        model = ir.Model(
            key=key,
            name_hint=site.hint,
            fields=fields,
            description=description or site.fallback,
            extra=extra,
            closed=closed,
            deprecated=deprecated,
            pointer=site.pointer,
        )
    schemas.types.register(model)
    return ir.Named(key)


def _fields(schemas: Schemas, source: dict[str, Any], site: Site) -> tuple[ir.Field, ...]:
    properties: dict[str, Any] = source.get("properties") or {}
    required = _required(source, site)
    pointers: dict[str, tuple[str, str]] = source.get(_POINTERS, {})
    shown = set(source.get(_SHOWN, ()))
    return tuple(
        _field(
            schemas,
            prop,
            prop_schema,
            prop in required,
            Site(
                *(pointers.get(prop) or (site.file, f"{site.pointer}/properties/{pointer_escape(prop)}")),
                (*site.hint, prop),
                f"`{prop}` in {site.where}",
            ),
            shown=prop in shown,
        )
        for prop, prop_schema in properties.items()
    )


def _required(source: dict[str, Any], site: Site) -> list[Any]:
    required = source.get("required") or []
    if not isinstance(required, list):
        raise SpecError(Problem("`required` must be a list", site.file, site.pointer + "/required"))
    return required


def _undefined(
    schemas: Schemas, source: dict[str, Any], site: Site, extra: ir.TypeRef | None, closed: bool
) -> tuple[ir.Field, ...]:
    """Fields for the names `required` lists without a property: the object must hold them,
    with any value its additional properties allow. A request must send them (a server
    following the schema refuses one without), so its dict has them, required; a response
    model leaves them out (a server may well not send what the schema forgot to describe) and
    keeps them as extra fields when they come. Where no extra property is allowed no object
    matches, and the name is only reported."""
    properties = source.get("properties") or {}
    found: list[ir.Field] = []
    for name in dict.fromkeys(_required(source, site)):
        if name in properties or not isinstance(name, str):
            continue
        schemas.diag.warn(
            f"required property {name!r} has no definition; "
            + (
                "no object can hold it (additionalProperties is false), so the SDK does not send it"
                if closed
                else "a request sends it (any value), a response may omit it (kept as an extra "
                "field when sent)"
            ),
            pointer=site.pointer + "/required",
            file=site.file,
        )
        if not closed:
            description = f"`{name}` is required by the schema, which does not describe it."
            field_type = extra or ir.Scalar("json")
            found.append(ir.Field(name, field_type, required=True, description=description, write_only=True))
    return tuple(found)


def _field(
    schemas: Schemas, name: str, schema: Any, required: bool, site: Site, shown: bool = False
) -> ir.Field:
    resolved = schemas.resolved(schema, site.file, site.pointer) if isinstance(schema, dict) else {}
    resolved = resolved if isinstance(resolved, dict) else {}
    own = schema if isinstance(schema, dict) else {}
    type_ref = schemas.type_of(schema, site)
    description, prose = deprecation.extract(own.get("description", resolved.get("description")))
    enum = schemas.types.definition(type_ref, aliases=False)
    if isinstance(enum, ir.Enum) and enum.key == f"{site.file}#{site.pointer}":
        # An inline enum's description was cleaned with its member deprecations lifted out.
        description, prose = enum.description, enum.deprecated
    lookup = own if "default" in own or "example" in own else resolved
    example_value, has_example = example(own, resolved)
    return ir.Field(
        wire_name=name,
        type=type_ref,
        required=required,
        description=description,
        default=lookup.get("default"),
        has_default="default" in lookup,
        example=example_value,
        has_example=has_example,
        deprecated=deprecation.read(own, prose) or deprecation.read(resolved, None),
        read_only=_says(schemas, schema, site, "readOnly"),
        write_only=_says(schemas, schema, site, "writeOnly"),
        shown=shown,
    )


def _says(schemas: Schemas, schema: Any, site: Site, keyword: str) -> bool:
    """Whether a property is `readOnly` (or `writeOnly`): said beside it, by the schema it refers
    to, or by an `allOf` member, the way 3.0 specs mark a shared type read-only in one place
    (Cloudflare's `id: {allOf: [{$ref: RulesetId}, {readOnly: true}]}`)."""
    if not isinstance(schema, dict):
        return False
    target = schemas.doc.deref(schema, site.file, site.pointer)
    resolved = target.value if isinstance(target.value, dict) else {}
    if schema.get(keyword) or resolved.get(keyword):
        return True
    parts = resolved.get("allOf")
    for i, part in enumerate(parts if isinstance(parts, list) else ()):
        member = schemas.doc.deref(part, target.file, f"{target.pointer}/allOf/{i}").value
        if isinstance(member, dict) and member.get(keyword) is True:
            return True
    return False


def all_of(schemas: Schemas, schema: dict[str, Any], site: Site) -> ir.TypeRef:
    parts = schema["allOf"]
    if not isinstance(parts, list) or not parts:
        raise SpecError(Problem("`allOf` must be a non-empty list", site.file, site.pointer + "/allOf"))
    own_shape = any(k in schema for k in ("properties", "additionalProperties", "required"))
    if len(parts) == 1 and not own_shape:
        # `allOf: [$ref]` is how 3.0 specs attach a description or `nullable` to a ref.
        return schemas.type_of(parts[0], Site(site.file, site.pointer + "/allOf/0", site.hint, site.where))
    members = [
        schemas.doc.deref(part, site.file, f"{site.pointer}/allOf/{i}") for i, part in enumerate(parts)
    ]
    for loc in members:
        if not isinstance(loc.value, dict):
            raise SpecError(Problem("`allOf` members must be schemas", loc.file, loc.pointer))
    if not own_shape and not any(_is_object(schemas, loc) for loc in members):
        return _all_of_values(schemas, schema, members, site)
    merged: dict[str, Any] = {"properties": {}, "required": [], "additionalProperties": True, _POINTERS: {}}
    for loc in members:
        _merge_member(schemas, merged, loc)
    merged["properties"].update(schema.get("properties") or {})
    merged[_POINTERS].update(_own_pointers(schema, site.file, site.pointer))
    merged["required"].extend(r for r in schema.get("required") or [] if r not in merged["required"])
    merged["additionalProperties"] = schema.get("additionalProperties", merged["additionalProperties"])
    merged["patternProperties"] = schema.get("patternProperties")
    model = _model(schemas, schema, site, merged)
    # `allOf: [{$ref: a nullable object}, {description: ...}]`: null meets every member.
    if all(_accepts_null(loc.value) for loc in members) and not isinstance(model, ir.Nullable):
        return ir.Nullable(model)
    return model


_TYPING_KEYWORDS = (
    *("type", "properties", "additionalProperties", "patternProperties", "required", "items"),
    *("enum", "const", "allOf", "oneOf", "anyOf", "$ref"),
)


def _accepts_null(member: dict[str, Any]) -> bool:
    """Whether null is valid for an `allOf` member: it says so, or it only annotates."""
    from .schemas import is_nullable

    return is_nullable(member) or not any(k in member for k in _TYPING_KEYWORDS)


def _is_object(schemas: Schemas, loc: Located) -> bool:
    """Whether an `allOf` member describes an object (its properties can be merged)."""
    from .schemas import types_of

    value = loc.value
    if "allOf" in value:
        return any(
            isinstance(sub.value, dict) and _is_object(schemas, sub)
            for sub in (
                schemas.doc.deref(part, loc.file, f"{loc.pointer}/allOf/{i}")
                for i, part in enumerate(value["allOf"] if isinstance(value["allOf"], list) else ())
            )
        )
    return "object" in types_of(value) or any(k in value for k in _OBJECT_SHAPE)


_OBJECT_SHAPE = ("properties", "additionalProperties", "patternProperties")


def _all_of_values(
    schemas: Schemas, schema: dict[str, Any], members: list[Located], site: Site
) -> ir.TypeRef:
    """`allOf` of members none of which is an object (a scalar narrowed by a second schema,
    `nullable: false` added to a ref): one schema with every member's keywords, later ones
    winning; the value must match them all, so their union of keywords is the closest type."""
    combined: dict[str, Any] = {}
    for loc in members:
        value = loc.value
        if "allOf" in value:
            return _first_typed(schemas, members, site)
        combined.update(value)
    combined.update({k: v for k, v in schema.items() if k != "allOf"})
    return schemas.type_of(combined, site)


def _first_typed(schemas: Schemas, members: list[Located], site: Site) -> ir.TypeRef:
    schemas.diag.warn(
        "`allOf` of nested non-object schemas is typed as its first member",
        pointer=site.pointer + "/allOf",
        file=site.file,
    )
    first = members[0]
    return schemas.type_of(first.value, Site(first.file, first.pointer, site.hint, site.where))


def _merge_member(schemas: Schemas, merged: dict[str, Any], loc: Located) -> None:
    """Add one `allOf` member's properties, required names and additional properties. A member
    that is not an object schema (a `oneOf` of objects, a scalar) only narrows the value: it is
    left out of the model with a warning, and what it adds arrives as extra fields."""
    value = loc.value
    if "allOf" in value:
        body, pointers = _flatten(schemas, value, loc.file, loc.pointer)
    else:
        body, pointers = value, _own_pointers(value, loc.file, loc.pointer)
    branched = _merge_branches(schemas, merged, loc)
    if not branched and not _is_object(schemas, loc) and not body.get("required"):
        if any(k in body for k in ("oneOf", "anyOf", "enum", "type", "not")):
            schemas.diag.warn(
                "`allOf` member that is not an object schema: the model keeps the object "
                "members' properties; this member's constraint is not checked",
                pointer=loc.pointer,
                file=loc.file,
            )
        return
    merged["properties"].update(body.get("properties") or {})
    merged[_POINTERS].update(pointers)
    merged["required"].extend(r for r in body.get("required") or [] if r not in merged["required"])
    if "additionalProperties" in body:
        merged["additionalProperties"] = body["additionalProperties"]


def _merge_branches(schemas: Schemas, merged: dict[str, Any], loc: Located) -> bool:
    """Add the properties of an `allOf` member's `oneOf`/`anyOf` branches of objects (Lichess's
    seek: real-time `time` and `increment`, or correspondence `days`). Each becomes an optional
    field, required only where every branch requires it; a property the branches declare
    differently holds any of their types. Which branch a value meets is not checked. False when the
    member does not choose between objects."""
    keyword = next((k for k in ("oneOf", "anyOf") if isinstance(loc.value.get(k), list)), None)
    if keyword is None:
        return False
    branches = [
        schemas.doc.deref(part, loc.file, f"{loc.pointer}/{keyword}/{i}")
        for i, part in enumerate(loc.value[keyword])
    ]
    objects = [b for b in branches if isinstance(b.value, dict) and _is_object(schemas, b)]
    if not objects or len(objects) != len(branches):
        return False
    schemas.diag.warn(
        f"`allOf` member with `{keyword}` of objects: the model has every branch's properties "
        "(optional unless all branches require them); which branch a value meets is not checked",
        pointer=f"{loc.pointer}/{keyword}",
        file=loc.file,
    )
    declared = _branch_properties(schemas, objects, merged["properties"])
    for name, seen in declared.items():
        prop, file, pointer = seen[0] if len(seen) == 1 else _either(name, seen, loc, keyword)
        merged["properties"][name] = prop
        merged[_POINTERS][name] = (file, pointer)
    first, *others = [_flatten(schemas, b.value, b.file, b.pointer)[0]["required"] for b in objects]
    merged["required"].extend(
        n for n in dict.fromkeys(first) if all(n in o for o in others) and n not in merged["required"]
    )
    # An example holding only the fields every branch requires meets no branch (`{}` for a
    # seek that is real-time or correspondence): it shows the first branch's too.
    merged.setdefault(_SHOWN, []).extend(n for n in first if n in declared and n not in merged["required"])
    return True


def _branch_properties(
    schemas: Schemas, objects: list[Located], known: dict[str, Any]
) -> dict[str, list[tuple[Any, str, str]]]:
    """The properties the branches add to the model: for each name, its distinct declarations
    and where each stands (file, pointer)."""
    declared: dict[str, list[tuple[Any, str, str]]] = {}
    for branch in objects:
        body, pointers = (
            _flatten(schemas, branch.value, branch.file, branch.pointer)
            if "allOf" in branch.value
            else (branch.value, _own_pointers(branch.value, branch.file, branch.pointer))
        )
        for name, prop in (body.get("properties") or {}).items():
            seen = declared.setdefault(name, []) if name not in known else []
            if name not in known and all(prop != other for other, _, _ in seen):
                seen.append((prop, *pointers[name]))
    return declared


def _either(name: str, seen: list[tuple[Any, str, str]], loc: Located, keyword: str) -> tuple[Any, str, str]:
    """A property the branches declare differently (a seek's `mode`: a string in one, an
    integer in the other): any of their declarations, each referred to where it stands. The
    union's own place is one no document has (`oneOf` is a list), so nothing else is named
    after it. Declarations in other files than the choice's hold any value."""
    own = (loc.file, f"{loc.pointer}/{keyword}/properties/{pointer_escape(name)}")
    if any(file != loc.file for _, file, _ in seen):
        return ({}, *own)
    either = [{"$ref": "#" + quote(pointer, safe=_POINTER_SAFE)} for _, _, pointer in seen]
    return ({"anyOf": either}, *own)


_POINTER_SAFE = "/~!$&'()*+,;=:@"
"""What a JSON pointer keeps unquoted in a `$ref` fragment (`load` unquotes it back)."""


def _flatten(
    schemas: Schemas, schema: dict[str, Any], file: str, pointer: str
) -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
    """A nested `allOf` as one object schema, and where each of its properties is declared."""
    props: dict[str, Any] = {}
    ptrs: dict[str, tuple[str, str]] = {}
    required: list[str] = []
    for i, part in enumerate(schema.get("allOf") or []):
        loc = schemas.doc.deref(part, file, f"{pointer}/allOf/{i}")
        if isinstance(loc.value, dict) and "allOf" in loc.value:
            body, sub = _flatten(schemas, loc.value, loc.file, loc.pointer)
        elif isinstance(loc.value, dict):
            body, sub = loc.value, _own_pointers(loc.value, loc.file, loc.pointer)
        else:
            continue
        props.update(body.get("properties") or {})
        ptrs.update(sub)
        required.extend(body.get("required") or [])
    props.update(schema.get("properties") or {})
    ptrs.update(_own_pointers(schema, file, pointer))
    required.extend(schema.get("required") or [])
    return {"properties": props, "required": required}, ptrs


def _own_pointers(schema: dict[str, Any], file: str, pointer: str) -> dict[str, tuple[str, str]]:
    """Each property's file and pointer: a merged property's `$ref`s resolve in its own file."""
    return {p: (file, f"{pointer}/properties/{pointer_escape(p)}") for p in schema.get("properties") or {}}
