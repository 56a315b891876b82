"""Deterministic data from a schema: mock response bodies, and valid request bodies for tests.

The same schema gives the same value on every run, so tests can assert on it. Values written in
the spec (`const`, `example`, `default`, `enum`) come first; otherwise a plain value of the
declared type and format, inside the declared bounds. Every value taken from the spec is checked
against its schema first (as a request or, for responses, as a response), because specs do ship
examples and defaults their own schemas reject.
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

from ..load import Located
from .schemas import Schemas

try:  # the standard library's own regex parser: the only complete one at hand
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse

FIXED_DATETIME = "2024-01-01T00:00:00Z"
FIXED_DATE = "2024-01-01"
FIXED_UUID = "00000000-0000-4000-8000-000000000000"
MAX_DEPTH = 24
# Bounds on what a schema can make the mock build: a hostile `minItems: 1e9` must not exhaust memory.
MAX_ITEMS = 1000
MAX_STRING = 10_000
_UNSET = object()
_FORMATS = {
    "date-time": FIXED_DATETIME,
    "date": FIXED_DATE,
    "time": "00:00:00Z",
    "duration": "PT1S",
    "uuid": FIXED_UUID,
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "bW9jaw==",
    "binary": "mock",
    "password": "password",
}
_URI_FORMATS = ("uri", "url", "uri-reference", "iri", "iri-reference", "uri-template")


class Synth:
    """`request`: values a client sends (required properties only, no read-only ones), else
    values a server answers with. `fill`: optional properties too, which is how a request
    tells apart `oneOf` branches whose required properties alone match several (PagerDuty's
    cache variables differ only in an optional `configuration`), or satisfies an `anyOf` of
    `required` lists (DigitalOcean's firewall rules)."""

    def __init__(self, schemas: Schemas, base_url: str, *, request: bool = False, fill: bool = False) -> None:
        self.schemas = schemas
        self.base_url = base_url.rstrip("/")
        self.request = request
        self.fill = fill
        # Tried where a request value without the optional properties is not valid.
        self._filler = Synth(schemas, base_url, request=True, fill=True) if request and not fill else None

    def value(self, loc: Located) -> Any:
        return self._value(loc, ())

    # dispatch ---------------------------------------------------------------------------

    def _value(self, loc: Located, stack: tuple[str, ...]) -> Any:
        node = loc.value
        if isinstance(node, dict) and "$ref" in node:
            # OpenAPI 3.1 lets `example` and `default` sit beside a `$ref` and override it.
            explicit = self._explicit(loc)
            if explicit is not _UNSET:
                return explicit
        target = self.schemas.deref(loc)
        schema = target.value
        if not isinstance(schema, dict):
            return None if schema is False else "example"
        key = f"{target.file}#{target.pointer}"
        if key in stack or len(stack) > MAX_DEPTH:
            return self._smallest(target)
        stack = stack + (key,)
        explicit = self._explicit(target)
        if explicit is not _UNSET:
            return explicit
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(target, stack)
        for keyword in ("oneOf", "anyOf"):
            if (
                isinstance(schema.get(keyword), list)
                and schema[keyword]
                and not self._vacuous(target, keyword)
            ):
                return self._one_of(target, keyword, stack)
        kind = _main_type(schema)
        if kind == "object":
            props = schema.get("properties")
            found = (
                {name: Schemas.child(target, "properties", name) for name in props}
                if isinstance(props, dict)
                else {}
            )
            extra = schema.get("additionalProperties")
            return self._object(
                found,
                [n for n in schema.get("required") or [] if isinstance(n, str)],
                Schemas.child(target, "additionalProperties") if isinstance(extra, dict) else None,
                stack,
            )
        if kind == "array":
            return self._array(target, stack)
        return _scalar(kind, schema, self.base_url)

    def _vacuous(self, target: Located, keyword: str) -> bool:
        """A `oneOf`/`anyOf` beside one non-object `type` whose branches only constrain objects
        (no type of their own): every value of that type meets them, so the type decides."""
        declared = self.schemas.types(
            Located({"type": target.value.get("type")}, target.file, target.pointer)
        )
        declared.discard("null")
        if len(declared) != 1 or declared == {"object"}:
            return False
        for i in range(len(target.value[keyword])):
            branch = self.schemas.deref(Schemas.child(target, keyword, i)).value
            if not isinstance(branch, dict) or set(branch) & _TYPING or not set(branch) & _OBJECT_ONLY:
                return False
        return True

    def _explicit(self, loc: Located) -> Any:
        schema = loc.value
        candidates = []
        for key in ("const", "example", "default"):
            if key in schema:
                candidates.append(schema[key])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            candidates.append(schema["examples"][0])
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            candidates.append(next((v for v in enum if v is not None), None))
        for candidate in candidates:
            # Specs ship examples and defaults their own schemas reject (`example: null` on a
            # non-nullable field, "1s" as a date-time): such a value is generated instead.
            if self.schemas.is_valid(loc, candidate, read=not self.request):
                return copy.deepcopy(candidate)
        return _UNSET

    def _recursive(self, loc: Located, stack: tuple[str, ...]) -> bool:
        target = self.schemas.deref(loc)
        return f"{target.file}#{target.pointer}" in stack

    def _smallest(self, target: Located) -> Any:
        """A value that ends a recursive schema: null when allowed, else an empty container."""
        if "null" in self.schemas.types(target):
            return None
        kind = _main_type(target.value)
        if kind == "object":
            return {}
        if kind == "array":
            return []
        return _scalar(kind, target.value, self.base_url)

    # composition ------------------------------------------------------------------------

    def _all_of(self, target: Located, stack: tuple[str, ...]) -> Any:
        members = [
            self.schemas.deref(Schemas.child(target, "allOf", i)) for i in range(len(target.value["allOf"]))
        ]
        own = {k: v for k, v in target.value.items() if k != "allOf"}
        if not any(_object_like(m.value) for m in members) and not _object_like(own):
            # allOf over a non-object (often one enum wrapped to attach a description): the first member speaks.
            return self._value(Schemas.child(target, "allOf", 0), stack)
        props, required = self.schemas.properties(target), self.schemas.required(target)
        first = self._object(props, required, None, stack)
        if not self.request or self.schemas.is_valid(target, first):
            return first
        # A request must also meet the members that choose (`oneOf`/`anyOf` of objects or of
        # bare `required` lists): with the value such a member makes on its own (its
        # discriminator tag set), else with one branch's properties and required names.
        for i, member in enumerate(members):
            if isinstance(member.value, dict) and any(
                isinstance(member.value.get(k), list) for k in ("oneOf", "anyOf")
            ):
                chosen = self._value(Schemas.child(target, "allOf", i), stack)
                if isinstance(chosen, dict) and self.schemas.is_valid(target, {**first, **chosen}):
                    return {**first, **chosen}
        found = self._meet(target, props, required, _branches(members), stack)
        return first if found is _UNSET else found

    def _meet(
        self,
        target: Located,
        props: dict[str, Located],
        required: list[str],
        branches: list[Located],
        stack: tuple[str, ...],
    ) -> Any:
        """A request object with one branch's properties and required names added to its own
        (then the same with the optional properties too): the first `target` accepts, else
        _UNSET. How a request meets `anyOf: [{required: [a]}, {required: [b]}]`."""
        shapes = [(props, required)] + [
            ({**props, **self.schemas.properties(branch)}, required + self.schemas.required(branch))
            for branch in branches
        ]
        for synth in (self, self._filler) if self._filler is not None else (self,):
            for shape_props, shape_required in shapes:
                value = synth._object(shape_props, shape_required, None, stack)
                if self.schemas.is_valid(target, value):
                    return value
        return _UNSET

    def _one_of(self, target: Located, keyword: str, stack: tuple[str, ...]) -> Any:
        schema = target.value
        own = schema.get("properties")
        own_props = {n: Schemas.child(target, "properties", n) for n in own} if isinstance(own, dict) else {}
        own_required = [n for n in schema.get("required") or [] if isinstance(n, str)]
        base: dict[str, Any] = {}
        if own_props or own_required:
            # Names required here but declared only by the branches are the branches' to make.
            base = self._object(own_props, [n for n in own_required if n in own_props], None, stack)
        first: Any = _UNSET
        for i, branch in enumerate(schema[keyword]):
            loc = Schemas.child(target, keyword, i)
            if self.schemas.types(loc) == {"null"} or self._recursive(loc, stack):
                continue
            value = self._branch(schema.get("discriminator"), loc, base, stack)
            if not self.request:
                return value
            if not self.schemas.is_valid(target, value) and self._filler is not None:
                value = self._filler._branch(schema.get("discriminator"), loc, base, stack)
            if self.schemas.is_valid(target, value):
                return value
            if first is _UNSET:
                first = value
        if self.request and (own_props or own_required):
            branches = [Schemas.child(target, keyword, i) for i in range(len(schema[keyword]))]
            found = self._meet(target, own_props, own_required, branches, stack)
            if found is not _UNSET:
                return found
        # No branch alone is told apart (e.g. two that both accept `{}`): null, if allowed, is.
        if first is _UNSET or self.schemas.is_valid(target, None):
            return None
        return first

    def _branch(self, discriminator: Any, loc: Located, base: dict[str, Any], stack: tuple[str, ...]) -> Any:
        """One branch's value, with the properties beside the `oneOf` and the discriminator tag
        that selects the branch. A tag the branch's own schema refuses (an implicit schema name
        where the property is an enum of other words) is left as synthesized."""
        value = self._value(loc, stack)
        if not isinstance(value, dict):
            return value
        value = {**base, **value}
        tagged = _tagged(discriminator, loc.value, value)
        read = not self.request
        if tagged is not None and (
            self.schemas.is_valid(loc, tagged, read=read) or not self.schemas.is_valid(loc, value, read=read)
        ):
            return tagged
        return value

    # containers -------------------------------------------------------------------------

    def _object(
        self, props: dict[str, Located], required: list[str], extra: Located | None, stack: tuple[str, ...]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, loc in props.items():
            prop = self.schemas.deref(loc).value
            prop = prop if isinstance(prop, dict) else {}
            needed = name in required
            optional = self.request and not self.fill
            if not needed and (
                optional or not (self.request or _has_example(loc.value) or _has_example(prop))
            ):
                continue
            if self.request and self.schemas.read_only(loc) and (not needed or not self.schemas.is_31):
                continue
            if not self.request and prop.get("writeOnly") and not needed:
                continue
            out[name] = self._value(loc, stack)
        # A required name with no property definition holds what additionalProperties says.
        # Without that, a response leaves it out (inventing a type for it would be a guess the
        # SDK might choke on), while a request must send it, as any value.
        for name in required:
            if name in out or name in props:
                continue
            if extra is not None:
                out[name] = self._value(extra, stack)
            elif self.request:
                out[name] = "example"
        return out

    def _array(self, target: Located, stack: tuple[str, ...]) -> list[Any]:
        schema = target.value
        low, high = schema.get("minItems"), schema.get("maxItems")
        count = min(max(1, low if isinstance(low, int) else 0), MAX_ITEMS)
        if isinstance(high, int):
            count = min(count, high)
        values = []
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            values = [self._value(Schemas.child(target, "prefixItems", i), stack) for i in range(len(prefix))]
        items = schema.get("items")
        if isinstance(items, dict) and self._recursive(Schemas.child(target, "items"), stack) and not low:
            return values  # a tree ends with an empty list of children
        while len(values) < count and isinstance(items, (dict, bool)):
            values.append(self._value(Schemas.child(target, "items"), stack))
        if schema.get("uniqueItems"):
            values = [_vary(v, i) for i, v in enumerate(values)]
        return values


def _branches(members: list[Located]) -> list[Located]:
    """The branches of the `oneOf`s and `anyOf`s among an `allOf`'s members."""
    found = []
    for member in members:
        for keyword in ("oneOf", "anyOf"):
            branches = member.value.get(keyword) if isinstance(member.value, dict) else None
            if isinstance(branches, list):
                found += [Schemas.child(member, keyword, i) for i in range(len(branches))]
    return found


def _tagged(discriminator: Any, branch: Any, value: dict[str, Any]) -> dict[str, Any] | None:
    """`value` with the discriminator property set to the name that selects `branch` (a
    `$ref`), or None when there is no such name."""
    if not isinstance(discriminator, dict) or not isinstance(branch, dict):
        return None
    prop, ref = discriminator.get("propertyName"), branch.get("$ref")
    if not isinstance(prop, str) or not isinstance(ref, str):
        return None
    name = ref.rsplit("/", 1)[-1]
    mapping = discriminator.get("mapping")
    if isinstance(mapping, dict):
        name = next((k for k, v in mapping.items() if v in (ref, name)), name)
    return {**value, prop: name}


_OBJECT_ONLY = frozenset({"properties", "required", "additionalProperties", "patternProperties"})
_TYPING = frozenset({"type", "enum", "const", "allOf", "oneOf", "anyOf", "not", "items"})


def _has_example(schema: Any) -> bool:
    return isinstance(schema, dict) and ("example" in schema or bool(schema.get("examples")))


def _object_like(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        "properties" in schema or schema.get("type") == "object" or "allOf" in schema
    )


def _main_type(schema: dict[str, Any]) -> str:
    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else [t for t in declared or [] if isinstance(t, str)]
    concrete = [t for t in types if t != "null"]
    if concrete:
        return concrete[0]
    if types:
        return "null"
    if any(k in schema for k in ("properties", "additionalProperties", "required")):
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    if any(k in schema for k in ("format", "pattern", "minLength", "maxLength")):
        return "string"
    if any(k in schema for k in ("minimum", "maximum", "multipleOf")):
        return "number"
    return ""


def _scalar(kind: str, schema: dict[str, Any], base_url: str) -> Any:
    if kind == "string":
        return _string(schema, base_url)
    if kind in ("integer", "number"):
        return _number(schema, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "example"


def _string(schema: dict[str, Any], base_url: str) -> str:
    fmt = schema.get("format")
    text = f"{base_url}/_mock/files/example/output.png" if fmt in _URI_FORMATS else _FORMATS.get(str(fmt))
    pattern = schema.get("pattern")
    if text is None and isinstance(pattern, str):
        text = from_pattern(pattern)
    text = text if text is not None else "string"
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text += "x" * (min(low, MAX_STRING) - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _number(schema: dict[str, Any], integer: bool) -> int | float:
    low, high = _bound(schema, "minimum", "exclusiveMinimum"), _bound(schema, "maximum", "exclusiveMaximum")
    step = 1 if integer else 0.5
    if low is not None:
        value: float = low[0] + (step if low[1] else 0)
        if high is not None and not integer and value >= high[0]:
            value = (low[0] + high[0]) / 2
    elif high is not None:
        value = min(1, high[0] - (step if high[1] else 0))
    else:
        value = 1
    if integer:
        value = math.ceil(value)
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, float)) and not isinstance(multiple, bool) and multiple > 0:
        value = round(math.ceil(value / multiple) * multiple, 10)
    return int(value) if integer or float(value).is_integer() else value


def _bound(schema: dict[str, Any], inclusive: str, exclusive: str) -> tuple[float, bool] | None:
    """(limit, is_exclusive): 3.0 spells exclusivity as a boolean beside the limit, 3.1 as its own number."""
    flag = schema.get(exclusive)
    if isinstance(flag, (int, float)) and not isinstance(flag, bool):
        return float(flag), True
    limit = schema.get(inclusive)
    if isinstance(limit, (int, float)) and not isinstance(limit, bool):
        return float(limit), flag is True
    return None


def _vary(value: Any, index: int) -> Any:
    """Make copies distinct for `uniqueItems`."""
    if index == 0:
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value + index
    if isinstance(value, str):
        return f"{value}{index}"
    return value


# strings for a `pattern` --------------------------------------------------------------------

_CATEGORY_CHAR = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
}
_CATEGORY_TEST = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
REPEAT_CAP = 256


def from_pattern(pattern: str) -> str | None:
    """The shortest-ish string the regex matches, or None when the pattern is beyond this walk."""
    try:
        text = _emit(list(sre_parse.parse(pattern)))
        return text if re.search(pattern, text) else None
    except (re.error, ValueError, TypeError, RecursionError):
        return None


def _emit(items: list[tuple[Any, Any]]) -> str:
    out = []
    for op, arg in items:
        kind = str(op)
        if kind == "LITERAL":
            out.append(chr(arg))
        elif kind == "NOT_LITERAL":
            out.append("b" if arg == ord("a") else "a")
        elif kind == "ANY":
            out.append("a")
        elif kind == "IN":
            out.append(_class_char(arg))
        elif kind == "CATEGORY":
            out.append(_CATEGORY_CHAR[str(arg)])
        elif kind in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = arg
            out.append(_emit(list(sub)) * min(low, REPEAT_CAP))
        elif kind in ("SUBPATTERN", "ATOMIC_GROUP"):
            out.append(_emit(list(arg[-1])))
        elif kind == "BRANCH":
            out.append(_emit(list(arg[1][0])))
        elif kind not in ("AT", "ASSERT", "ASSERT_NOT"):  # anchors and lookarounds consume nothing
            raise ValueError(kind)
    return "".join(out)


def _class_char(items: list[tuple[Any, Any]]) -> str:
    if items and str(items[0][0]) == "NEGATE":
        rest = items[1:]
        for char in "a0xA_-. ":
            if not _in_class(char, rest):
                return char
        raise ValueError("negated class")
    op, arg = items[0]
    kind = str(op)
    if kind == "LITERAL":
        return chr(arg)
    if kind == "RANGE":
        return chr(arg[0])
    if kind == "CATEGORY":
        return _CATEGORY_CHAR[str(arg)]
    raise ValueError(kind)


def _in_class(char: str, items: list[tuple[Any, Any]]) -> bool:
    for op, arg in items:
        kind = str(op)
        if kind == "LITERAL" and ord(char) == arg:
            return True
        if kind == "RANGE" and arg[0] <= ord(char) <= arg[1]:
            return True
        if kind == "CATEGORY" and re.fullmatch(_CATEGORY_TEST[str(arg)], char):
            return True
    return False
