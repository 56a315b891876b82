"""Schema access for the mock: following `$ref`s, guessing types, validating values.

Validation runs the OpenAPI dialect of JSON Schema (`openapi_schema_validator`), with every
`$ref` resolved against the files the loader read, so recursive and cross-file schemas work
without copying them into one tree.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import quote, urlsplit
from urllib.request import url2pathname

from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import extend
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, OAS31Validator
from referencing import Registry, Resource, Specification
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4, DRAFT202012

from ..errors import pointer_join
from ..load import Document, Located

MAX_MESSAGES = 5
MAX_MESSAGE_CHARS = 300


def _allow_null(
    keyword: Callable[..., Iterator[ValidationError]],
) -> Callable[..., Iterator[ValidationError]]:
    def check(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        if instance is None and schema.get("nullable") is True:
            return
        yield from keyword(validator, value, instance, schema)

    return check


# OpenAPI 3.0.0-3.0.2 read `nullable: true` as "null is allowed", and specs put it beside
# `oneOf`, `allOf` or `enum` with no `type`; 3.0.3 made that combination meaningless, so the
# strict validator rejects null there. Servers accept it, and so does the mock.
_NULLABLE_KEYWORDS = ("allOf", "anyOf", "oneOf", "enum", "not")


def _resolved(validator: Any, schema: Any, resolver: Any) -> tuple[Any, Any]:
    """A schema with its `$ref`s followed, and the resolver for the refs inside it."""
    for _ in range(32):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        found = resolver.lookup(schema["$ref"])
        schema, resolver = found.contents, found.resolver
    return schema, resolver


def _members(validator: Any, schema: dict[str, Any], resolver: Any, depth: int = 0) -> list[tuple[Any, Any]]:
    """The schemas an `allOf` combines, nested `allOf`s flattened (each with its resolver)."""
    found: list[tuple[Any, Any]] = []
    for member in schema.get("allOf") or []:
        member, where = _resolved(validator, member, resolver)
        if isinstance(member, dict) and isinstance(member.get("allOf"), list) and depth < 16:
            found.append(({k: v for k, v in member.items() if k != "allOf"}, where))
            found += _members(validator, member, where, depth + 1)
        else:
            found.append((member, where))
    return found


def _read_only(validator: Any, members: list[tuple[Any, Any]]) -> set[str]:
    """The properties read-only wherever one of `members` declares them."""
    declared: dict[str, list[bool]] = {}
    for member, where in members:
        props = member.get("properties") if isinstance(member, dict) else None
        for name, prop in (props or {}).items() if isinstance(props, dict) else ():
            declared.setdefault(name, []).append(_says_read_only(validator, prop, where))
    return {name for name, flags in declared.items() if all(flags)}


def _says_read_only(validator: Any, prop: Any, resolver: Any) -> bool:
    """`readOnly` on a property, through its `$ref`s or in one of its `allOf` members (the way
    3.0 specs mark a shared type read-only in one place)."""
    prop, where = _resolved(validator, prop, resolver)
    if not isinstance(prop, dict):
        return False
    if prop.get("readOnly") is True:
        return True
    parts = prop.get("allOf")
    return any(
        isinstance(member, dict) and member.get("readOnly") is True
        for member, _ in (
            _resolved(validator, part, where) for part in (parts if isinstance(parts, list) else ())
        )
    )


def _write_all_of(
    validator: Any, value: Any, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """`allOf` for a request: a property is read-only only where every member declaring it
    says so, and a read-only property is not required. Specs put a readOnly `id` and `type` in
    a base object and then require them, or redeclare `type`, in the reference that extends it
    for request bodies (PagerDuty's `TeamReference`); checking each member on its own would
    refuse every body such a reference can have."""
    members = _members(validator, schema, validator._resolver)
    read_only = _read_only(validator, members)
    for member, where in members:
        if isinstance(member, dict):
            member = dict(member)
            if isinstance(member.get("required"), list):
                member["required"] = [n for n in member["required"] if n not in read_only]
            if isinstance(member.get("properties"), dict):
                member["properties"] = {
                    name: (
                        {k: v for k, v in prop.items() if k != "readOnly"}
                        if isinstance(prop, dict) and name not in read_only
                        else prop
                    )
                    for name, prop in member["properties"].items()
                }
        yield from validator.descend(instance, member, resolver=where)


def _write_required(
    validator: Any, required: Any, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """`required` for a request: a name read-only wherever the schema, its `allOf` members or
    its `oneOf`/`anyOf` branches declare it need not be sent. Specs list `required` beside an `allOf` whose members hold
    the properties (PagerDuty's custom fields require their readOnly `id`)."""
    if not isinstance(instance, dict) or not isinstance(required, list):
        return
    own = {k: v for k, v in schema.items() if k != "allOf"}
    members = [(own, validator._resolver), *_members(validator, schema, validator._resolver)]
    # And those a `oneOf`/`anyOf` beside it declares (Cloudflare's DNS record requires `id`,
    # read-only in each record type).
    for keyword in ("oneOf", "anyOf"):
        for branch in schema.get(keyword) or [] if isinstance(schema.get(keyword), list) else []:
            branch, where = _resolved(validator, branch, validator._resolver)
            if isinstance(branch, dict):
                members.append(({k: v for k, v in branch.items() if k != "allOf"}, where))
                members += _members(validator, branch, where)
    read_only = _read_only(validator, members)
    for name in required:
        if name not in instance and name not in read_only:
            yield ValidationError(f"{name!r} is a required property")


def _discriminated(
    keyword: Callable[..., Iterator[ValidationError]],
) -> Callable[..., Iterator[ValidationError]]:
    """`oneOf`/`anyOf`/`allOf` that follow the `discriminator` only where it leads somewhere:
    a value without its tag, or a tag whose mapping (or implicit schema name) resolves to
    nothing, is checked against the branches themselves. Specs map tags to pointers that do not
    exist (PagerDuty's field options) or tag with enum values that name no schema."""

    def check(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict):
            yield from keyword(validator, value, instance, schema)
            return
        target = _tag_target(validator, discriminator, instance)
        if target is not None:
            yield from validator.descend(instance, {"$ref": target})
        else:
            yield from keyword(
                validator, value, instance, {k: v for k, v in schema.items() if k != "discriminator"}
            )

    return check


def _tag_target(validator: Any, discriminator: dict[str, Any], instance: Any) -> str | None:
    """The reference a value's discriminator tag selects, when it resolves."""
    tag = instance.get(discriminator.get("propertyName")) if isinstance(instance, dict) else None
    if not isinstance(tag, str) or not tag:
        return None
    mapping = discriminator.get("mapping")
    target = mapping.get(tag) if isinstance(mapping, dict) else None
    if not isinstance(target, str):
        target = tag
    if "#" not in target and "/" not in target:
        target = f"#/components/schemas/{target}"  # a bare schema name
    try:
        validator._resolver.lookup(target)
    except Unresolvable:
        return None
    return target


_DISCRIMINATED = ("allOf", "anyOf", "oneOf")
_OAS30_NULLABLE = extend(
    OAS30WriteValidator,
    {
        **{k: _allow_null(OAS30WriteValidator.VALIDATORS[k]) for k in _NULLABLE_KEYWORDS},
        **{k: _allow_null(_discriminated(OAS30WriteValidator.VALIDATORS[k])) for k in ("anyOf", "oneOf")},
        "allOf": _allow_null(_write_all_of),
        "required": _write_required,
    },
)
_OAS30_NULLABLE_READ = extend(
    OAS30ReadValidator,
    {
        **{k: _allow_null(OAS30ReadValidator.VALIDATORS[k]) for k in _NULLABLE_KEYWORDS},
        **{k: _allow_null(_discriminated(OAS30ReadValidator.VALIDATORS[k])) for k in _DISCRIMINATED},
    },
)


def _no_check(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    return iter(())


# A parameter is neither written into nor read from a resource: specs mark identifiers readOnly
# (Cloudflare's path ids) and still take them in the path, so there the two keywords say nothing.
_OAS30_NULLABLE_PARAMETER = extend(_OAS30_NULLABLE, {"readOnly": _no_check, "writeOnly": _no_check})


def _no_anchors(specification: Any, contents: Any) -> Iterable[Any]:
    return ()


# OpenAPI 3.0 schemas are a subset of draft 4 without its `id` keyword: there `id` is only ever
# a property name (often a schema), so it must not be read as a base URI or an anchor.
_OAS30_SPEC: Any = Specification(  # type: ignore[call-arg]
    name="openapi-3.0-schema",
    id_of=lambda contents: None,
    subresources_of=DRAFT4.subresources_of,
    anchors_in=_no_anchors,
    maybe_in_subresource=DRAFT4.maybe_in_subresource,
)


class Schemas:
    """One per document: `$ref` following, type inference and cached validators."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.is_31 = not str(doc.root.get("openapi", "3.0")).startswith("3.0")
        self._spec = DRAFT202012 if self.is_31 else _OAS30_SPEC
        # Requests are validated in "write" mode: in 3.0 a readOnly property may be required
        # yet must not be sent; 3.1 has no such rule, so its plain validator is right.
        self._cls: Any = OAS31Validator if self.is_31 else _OAS30_NULLABLE
        # Responses are read: a writeOnly property must not come back, a readOnly one may.
        self._read_cls: Any = OAS31Validator if self.is_31 else _OAS30_NULLABLE_READ
        self._registry: Registry = Registry(retrieve=self._retrieve).with_resource(  # type: ignore[call-arg]
            self._uri(doc.name), self._spec.create_resource(doc.root)
        )
        self._validators: dict[tuple[str, str, str], Any] = {}
        self._lock = threading.Lock()

    # references -------------------------------------------------------------------------

    def deref(self, loc: Located) -> Located:
        return self.doc.deref(loc.value, loc.file, loc.pointer)

    @staticmethod
    def child(loc: Located, *keys: object) -> Located:
        value = loc.value
        for key in keys:
            value = value[key]
        return Located(value, loc.file, pointer_join(loc.pointer, *keys))

    def _uri(self, file: str) -> str:
        return Path(file).resolve().as_uri()

    def _retrieve(self, uri: str) -> Resource:
        # Only reached for `$ref`s into other local files, which the loader has already checked.
        path = url2pathname(urlsplit(uri).path)
        relative = os.path.relpath(path, self.doc.path.parent.resolve())
        return self._spec.create_resource(self.doc.resolve(quote(relative) + "#", self.doc.name).value)

    # types ------------------------------------------------------------------------------

    def types(self, loc: Located, depth: int = 0) -> set[str]:
        """Every JSON type a value of this schema may have; empty when the schema does not say."""
        loc = self.deref(loc)
        schema = loc.value
        if not isinstance(schema, dict) or depth > 16:
            return set()
        found: set[str] = set()
        declared = schema.get("type")
        if isinstance(declared, str):
            found.add(declared)
        elif isinstance(declared, list):
            found.update(t for t in declared if isinstance(t, str))
        if schema.get("nullable") is True:
            found.add("null")
        for key in ("enum", "const"):
            if key in schema:
                values = schema[key] if key == "enum" and isinstance(schema[key], list) else [schema[key]]
                found.update(_json_type(v) for v in values)
        if not declared:
            if "properties" in schema or "additionalProperties" in schema:
                found.add("object")
            if "items" in schema or "prefixItems" in schema:
                found.add("array")
        for key in ("anyOf", "oneOf", "allOf"):
            branches = schema.get(key)
            if isinstance(branches, list):
                for i in range(len(branches)):
                    found |= self.types(self.child(loc, key, i), depth + 1)
        return found

    def kind(self, loc: Located) -> str:
        """The one shape a parameter value is parsed into: array, object or scalar."""
        types = self.types(loc) - {"null"}
        if types == {"array"}:
            return "array"
        if types == {"object"}:
            return "object"
        return "scalar"

    def properties(self, loc: Located, depth: int = 0, *, branches: bool = False) -> dict[str, Located]:
        """The declared properties, including those brought in by `allOf` (and, `branches`, by
        the `oneOf`/`anyOf` branches too, where no other member declares them)."""
        loc = self.deref(loc)
        schema = loc.value
        found: dict[str, Located] = {}
        if not isinstance(schema, dict) or depth > 16:
            return found
        for i, _ in enumerate(schema.get("allOf") or []):
            found.update(self.properties(self.child(loc, "allOf", i), depth + 1, branches=branches))
        props = schema.get("properties")
        if isinstance(props, dict):
            found.update({name: self.child(loc, "properties", name) for name in props})
        for keyword in ("oneOf", "anyOf") if branches else ():
            for i, _ in enumerate(schema.get(keyword) or []):
                chosen = self.properties(self.child(loc, keyword, i), depth + 1, branches=True)
                found.update({k: v for k, v in chosen.items() if k not in found})
        return found

    def items(self, array: Located | None) -> Located | None:
        """The schema of an array's items, when it declares one."""
        if array is None:
            return None
        target = self.deref(array)
        if isinstance(target.value, dict) and isinstance(target.value.get("items"), dict):
            return self.child(target, "items")
        return None

    def read_only(self, loc: Located) -> bool:
        """Whether a property schema is `readOnly`, itself or in one of its `allOf` members."""
        schema = self.deref(loc).value
        if not isinstance(schema, dict):
            return False
        parts = schema.get("allOf")
        members = (
            [self.deref(self.child(self.deref(loc), "allOf", i)).value for i in range(len(parts))]
            if isinstance(parts, list)
            else []
        )
        return any(isinstance(s, dict) and s.get("readOnly") is True for s in [schema, *members])

    def required(self, loc: Located, depth: int = 0) -> list[str]:
        loc = self.deref(loc)
        schema = loc.value
        if not isinstance(schema, dict) or depth > 16:
            return []
        names = [n for n in schema.get("required") or [] if isinstance(n, str)]
        for i, _ in enumerate(schema.get("allOf") or []):
            names += [n for n in self.required(self.child(loc, "allOf", i), depth + 1) if n not in names]
        return names

    # validation -------------------------------------------------------------------------

    def _validator(self, loc: Located, mode: str = "write") -> Any:
        """`mode`: "write" (a request body), "read" (a response) or "parameter"."""
        key = (loc.file, loc.pointer, mode)
        validator = self._validators.get(key)
        if validator is None:
            ref = self._uri(loc.file) + "#" + quote(loc.pointer, safe="/~")
            if self.is_31:
                cls = self._cls
            else:
                cls = {"read": self._read_cls, "parameter": _OAS30_NULLABLE_PARAMETER}.get(mode, self._cls)
            validator = cls({"$ref": ref}, registry=self._registry, format_checker=cls.FORMAT_CHECKER)
            with self._lock:
                self._validators[key] = validator
        return validator

    def is_valid(self, loc: Located, value: Any, *, read: bool = False, parameter: bool = False) -> bool:
        """Whether `value` matches the schema at `loc` as a request body (or, `read`, a
        response; `parameter`, a parameter) holds it."""
        mode = "parameter" if parameter else "read" if read else "write"
        return bool(self._validator(loc, mode).is_valid(value))

    def errors(self, loc: Located, value: Any, root: str = "", *, parameter: bool = False) -> list[str]:
        """Messages for every violation, each starting with the dotted path of the field."""
        messages: list[str] = []
        validator = self._validator(loc, "parameter" if parameter else "write")
        for error in sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.path]):
            message = describe(best_match([error]), root)
            if message not in messages:
                messages.append(message)
        return messages[:MAX_MESSAGES]


def describe(error: ValidationError, root: str = "") -> str:
    """`style.prompt: is a required property`, `image_count: 0 is less than the minimum of 1`.

    The wording is the mock's own for the keywords requests break most often, so what a test
    or a user reads does not change with the validator library's release; other keywords keep
    the library's message.
    """
    parts = list(error.absolute_path)
    text = _wording(error)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value or () if p not in error.instance]
        if missing:
            parts.append(missing[0])
            text = "is a required property"
    field = _dotted([root] if root else [], parts) or "body"
    # Messages open with the offending value's repr; a whole object there buries the point.
    shown = repr(error.instance)
    if len(shown) > 60 and text.startswith(shown):
        text = "the value" + text[len(shown) :]
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[: MAX_MESSAGE_CHARS - 3] + "..."
    return f"{field}: {text}"


_BOUNDS = {
    "minimum": "less than the minimum of",
    "maximum": "greater than the maximum of",
    "exclusiveMinimum": "less than or equal to the exclusive minimum of",
    "exclusiveMaximum": "greater than or equal to the exclusive maximum of",
}


def _wording(error: ValidationError) -> str:
    value, rule, keyword = error.instance, error.validator_value, error.validator
    if keyword == "enum" and isinstance(rule, list):
        return f"{value!r} is not one of {rule!r}"
    if keyword == "const":
        return f"{value!r} is not {rule!r}"
    if keyword == "type":
        return (
            f"{value!r} is not of type {', '.join(map(repr, rule)) if isinstance(rule, list) else repr(rule)}"
        )
    if keyword in _BOUNDS and not isinstance(rule, bool):
        return f"{value!r} is {_BOUNDS[keyword]} {rule!r}"
    if keyword in ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"):
        what = "characters" if "Length" in keyword else "items" if "Items" in keyword else "properties"
        bound = "at least" if keyword.startswith("min") else "at most"
        return f"{value!r} must have {bound} {rule!r} {what}"
    if keyword == "pattern":
        return f"{value!r} does not match the pattern {rule!r}"
    return str(error.message)


def _dotted(head: list[str], parts: Iterable[object]) -> str:
    text = ".".join(head)
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text = f"{text}.{part}" if text else str(part)
    return text


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
