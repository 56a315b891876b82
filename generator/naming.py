"""Stage 4, name: every Python identifier and module name is decided here, deterministically.

Rules:
- identifiers are ASCII (Python would NFKC-fold non-ASCII names, so two different spec names
  could silently become one); other characters are transliterated or spelled as `u<hex>`;
- keywords, soft keywords and names that would shadow what generated code relies on get a
  trailing underscore; names that would be empty or start with a digit get a prefix;
- collisions are resolved in a stable order (document order, components before inline
  schemas) with numeric suffixes, so the same spec always gives the same names.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import keyword
import re
import sys
import unicodedata
from collections import defaultdict
from typing import Iterable

from . import ir

# Word boundaries inside an alphanumeric run: aB, 1B (camel case) and ABc (end of an acronym).
# Digits never split a word: `v1`, `640px` and `http2` stay whole.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[^0-9A-Za-z\u0080-\U0010ffff]+")

# Names a pydantic model field cannot take (BaseModel attributes) or that would shadow the
# modules generated code refers to inside class bodies and functions.
_MODULE_NAMES = {
    "typing",
    "typing_extensions",
    "pydantic",
    "datetime",
    "uuid",
    "enum",
    "models",
    "params",
    "enums",
}
# Fixed, not `keyword.softkwlist`: that list grows with Python (3.12 added `type`), and the
# names must not depend on the Python that runs the generator.
_SOFT_KEYWORDS = {"_", "case", "match"}
# Builtins that generated annotations use: a field named `str` would shadow the type for the
# annotations after it in the class body.
_ANNOTATION_BUILTINS = {"str", "int", "float", "bool", "bytes"}
_MODEL_RESERVED = (
    _ANNOTATION_BUILTINS
    | {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "register",
    }
    | _MODULE_NAMES
)
_KWARG_RESERVED = {"self", "request_options", "cls"} | _MODULE_NAMES
_RESOURCE_RESERVED = {"with_options"}
# Attributes of the clients that a resource must not shadow (`client.close()`).
_CLIENT_ATTRIBUTES = {"close"}
# Names generated modules import or define beside the types they hold.
_CLASS_RESERVED = {"BaseModel", "StrEnum", "IntEnum", "NotGiven", "JsonValue", "FileContent"}
_WINDOWS_DEVICE = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)
_MAX_FILE_NAME = 64
_COMPONENT = re.compile(r"^/components/[^/]+/[^/]+$")
# The client constructor's own arguments and the names its body and `_credentials()` use.
_CREDENTIAL_RESERVED = {
    "environment",
    "base_url",
    "timeout",
    "max_retries",
    "headers",
    "http_client",
    "found",
    "chosen",
    "os",
    "httpx",
    "functools",
} | _KWARG_RESERVED


def words(text: str) -> list[str]:
    """Split any spec string into lowercase ASCII words: `aiImage-generator.v2` -> ai image generator v2."""
    return list(_words(text))


@functools.lru_cache(maxsize=1 << 16)  # naming asks for the same few thousand strings many times
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for chunk in _SEPARATORS.split(text):
        if not chunk:
            continue
        # A chunk is letters and digits: one in ASCII is already what _ascii() would make it.
        for part in [chunk] if chunk.isascii() else _ascii(chunk).split():
            out.extend(w.lower() for w in _CAMEL.sub(" ", part).split())
    return tuple(out)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    result = []
    for ch in decomposed:
        if ch.isascii():
            if ch.isalnum():
                result.append(ch)
            else:
                result.append(" ")
        elif unicodedata.combining(ch):
            continue
        else:
            result.append(f" u{ord(ch):x} ")
    return "".join(result)


def pascal(parts: Iterable[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for p in parts for w in words(p))


def snake(parts: Iterable[str]) -> str:
    return "_".join(w for p in parts for w in words(p))


def _safe(name: str, reserved: set[str], prefix: str) -> str:
    if not name:
        name = prefix
    elif name[0].isdigit():
        name = f"{prefix}_{name}" if prefix.islower() else f"{prefix}{name}"
    if keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in reserved:
        name += "_"
    return name


def is_plain_key(wire: str) -> bool:
    """Whether a wire name can be written as is in a class body (a `TypedDict` key): an
    identifier that is not a keyword, that Python does not mangle (`__x`) and that NFKC
    normalization leaves alone (`ﬁeld` would silently become `field`)."""
    return (
        wire.isidentifier()
        and not keyword.iskeyword(wire)
        and not (wire.startswith("__") and not wire.endswith("__"))
        and unicodedata.normalize("NFKC", wire) == wire
    )


class _Registry:
    """Hands out unique names within one namespace."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = set(taken)
        self._lower = {t.lower() for t in self._taken}

    def claim(
        self, name: str, fold_case: bool = False, avoid: frozenset[str] | set[str] = frozenset()
    ) -> str:
        candidate, n = name, 1
        while (
            candidate in self._taken or candidate in avoid or (fold_case and candidate.lower() in self._lower)
        ):
            n += 1
            candidate = f"{name}{n}" if not name.endswith("_") else f"{name}{n}"
        self._taken.add(candidate)
        self._lower.add(candidate.lower())
        return candidate


def attribute_name(wire: str, reserved: set[str], taken: _Registry) -> str:
    return taken.claim(_safe(snake([wire]), reserved, "field"))


# What the generated SDK imports, besides the standard library: a package with one of these
# names (or a standard module's) would shadow it for everyone who installs the SDK.
_DEPENDENCIES = {
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "idna",
    "certifi",
    "pydantic",
    "pydantic_core",
    "typing_extensions",
    "annotated_types",
    "typing_inspection",
}


def package_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's import name, or None."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9_]*$", name):
        return "`package` must be a Python identifier (ASCII, not starting with `_`)"
    if keyword.iskeyword(name):
        return f"`package` {name!r} is a Python keyword"
    if name in sys.stdlib_module_names or name in _DEPENDENCIES:
        return f"`package` {name!r} would shadow the module of that name (standard library or a dependency)"
    return None


def package_name(title: str) -> str:
    """The default import name, from the spec's title: `Magic Hour API` -> `magic_hour_api`."""
    words = re.findall(r"[A-Za-z0-9]+", title.lower()) or ["api"]
    package = "_".join(words)
    if package[0].isdigit():
        package = "sdk_" + package
    if package_problem(package):
        package += "_sdk"
    return package


def identifier_problem(name: str) -> str | None:
    """Why `name` (a class name the config gives) cannot be used, or None."""
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
        return "must be a Python identifier (ASCII)"
    if keyword.iskeyword(name):
        return f"{name!r} is a Python keyword"
    return None


def credential_names(wanted: list[str]) -> list[str]:
    """Keyword names of the client's credential arguments (`token`, `api_key`, ...), unique and
    clear of keywords and of the constructor's other arguments."""
    taken = _Registry(_CREDENTIAL_RESERVED)
    return [taken.claim(_safe(snake([w]), _CREDENTIAL_RESERVED, "credential")) for w in wanted]


def enum_member_name(value: str | int, taken: _Registry) -> str:
    if isinstance(value, int):
        base = f"VALUE_MINUS_{-value}" if value < 0 else f"VALUE_{value}"
    else:
        base = snake([value]).upper()
        if not base:
            base = "EMPTY" if value == "" else "VALUE"
        elif base[0].isdigit():
            base = "VALUE_" + base
    return taken.claim(base + "_" if base in ("MRO",) else base)


def name_api(api: ir.Api, *, client_names: tuple[str, str]) -> ir.Api:
    classes = _Registry(client_names)
    modules = _Registry({"__init__"})
    type_names = _name_types(api.types, classes, modules)
    types = _group_cycles(tuple(_name_members(type_names[t.key]) for t in api.types))
    operations = _name_operations(api.operations, {t.key: t for t in types})
    operations = _name_job_results(operations, {t.key: t for t in types}, classes, modules)
    resources = _build_tree(operations)
    parsers = _Registry()
    webhooks = tuple(
        dataclasses.replace(hook, name=parsers.claim(_safe(snake(["parse", hook.key]), set(), "parse")))
        for hook in api.webhooks
    )
    return dataclasses.replace(
        api,
        types=types,
        webhooks=webhooks,
        operations=operations,
        resources=resources,
    )


def _name_types(
    types: tuple[ir.TypeDef, ...], classes: _Registry, modules: _Registry
) -> dict[str, ir.TypeDef]:
    # Components first (their names are the spec author's), then inline schemas, even those
    # inside a component (`/components/schemas/Pet/properties/tag` wants `PetTag`, which the
    # component `PetTag` must keep); each group in document order.
    ordered = sorted(types, key=lambda t: not _COMPONENT.match(t.pointer))
    named: dict[str, ir.TypeDef] = {}
    for t in ordered:
        suffix = ""
        base = pascal(t.name_hint) or "Model"
        if base[0].isdigit():
            base = "Type" + base
        if keyword.iskeyword(base) or base in _CLASS_RESERVED:
            base += "_"  # `None`, `True`, `False` are keywords in Pascal case too
        name = classes.claim(base + suffix, fold_case=True)
        module = modules.claim(_file_name(snake([name]) or "type_"), fold_case=True)
        named[t.key] = dataclasses.replace(t, name=name, module=module)
    return named


def _name_members(t: ir.TypeDef) -> ir.TypeDef:
    if isinstance(t, ir.Enum):
        taken = _Registry()
        members = tuple(dataclasses.replace(m, name=enum_member_name(m.value, taken)) for m in t.members)
        return dataclasses.replace(t, members=members)
    if isinstance(t, ir.Model):
        # Models accept a field by its alias *or* its Python name (`populate_by_name`), so no
        # field may be named like another field's wire name: with properties `a b` and `a_b`,
        # `a_b` belongs to the second (it is its wire name) and the first becomes `a_b2`.
        # Otherwise `{"a_b": 1}` would fill the wrong field.
        wires = frozenset(f.wire_name for f in t.fields)
        taken = _Registry()
        wanted = [
            _safe(snake([f.wire_name.lstrip("_") or f.wire_name]), _MODEL_RESERVED, "field") for f in t.fields
        ]
        names: dict[int, str] = {}
        for i, f in enumerate(t.fields):
            if wanted[i] == f.wire_name:
                names[i] = taken.claim(wanted[i])
        for i, f in enumerate(t.fields):
            if i not in names:
                names[i] = taken.claim(wanted[i], avoid=wires)
        fields = tuple(dataclasses.replace(f, name=names[i]) for i, f in enumerate(t.fields))
        return dataclasses.replace(t, fields=fields)
    return t


def _name_operations(
    operations: tuple[ir.Operation, ...], types: dict[str, ir.TypeDef]
) -> tuple[ir.Operation, ...]:
    by_resource: dict[tuple[str, ...], list[ir.Operation]] = defaultdict(list)
    for op in operations:
        by_resource[_resource_key(op.resource)].append(op)
    names: dict[str, str] = {}
    for ops in by_resource.values():
        wanted = {op.key: _safe(snake([op.action]), _RESOURCE_RESERVED, "op") for op in ops}
        counts: dict[str, int] = defaultdict(int)
        for name in wanted.values():
            counts[name] += 1
        registry = _Registry()
        for op in ops:
            name = wanted[op.key]
            if counts[name] > 1 and op.operation_id:
                # Two operations want the same verb: fall back to the operationId's own words
                # (minus a `resource.` prefix), which the spec author chose to be distinct.
                name = _safe(snake([op.operation_id.rsplit(".", 1)[-1]]), _RESOURCE_RESERVED, "op")
            names[op.key] = registry.claim(name)
    renamed = []
    for op in operations:
        taken = _Registry(_KWARG_RESERVED)
        params = tuple(
            dataclasses.replace(p, name=attribute_name(p.wire_name, _KWARG_RESERVED, taken))
            for p in op.parameters
        )
        body = op.body
        if body is not None:
            if body.flatten and isinstance(body.type, ir.Named):
                model = types[body.type.key]
                assert isinstance(model, ir.Model)
                arg_names = tuple(
                    (f.wire_name, attribute_name(f.wire_name, _KWARG_RESERVED, taken))
                    for f in model.fields
                    if not f.read_only
                )
                body = dataclasses.replace(body, arg_names=arg_names)
            else:
                body = dataclasses.replace(body, name=attribute_name("body", _KWARG_RESERVED, taken))
        title = op.summary or " ".join(words(op.operation_id or "")).capitalize() or names[op.key]
        renamed.append(dataclasses.replace(op, name=names[op.key], title=title, parameters=params, body=body))
    return tuple(renamed)


def _name_job_results(
    operations: tuple[ir.Operation, ...], types: dict[str, ir.TypeDef], classes: _Registry, modules: _Registry
) -> tuple[ir.Operation, ...]:
    """One `<PollResponse>WithDownloads` model per polling operation, shared by its creates."""
    by_key = {op.key: op for op in operations}
    named: dict[str, tuple[str, str]] = {}
    renamed = []
    for op in operations:
        if op.job is None:
            renamed.append(op)
            continue
        if op.job.downloads_field is None:
            # Nothing to download: the job's result is the polling response itself.
            poll = by_key[op.job.poll]
            ref = poll.success.type if poll.success else None
            if isinstance(ref, ir.Nullable):
                ref = ref.inner
            assert isinstance(ref, ir.Named)
            result = types[ref.key]
            renamed.append(dataclasses.replace(op, job=dataclasses.replace(op.job, result_name=result.name)))
            continue
        if op.job.poll not in named:
            poll = by_key[op.job.poll]
            ref = poll.success.type if poll.success else None
            if isinstance(ref, ir.Nullable):
                ref = ref.inner
            assert isinstance(ref, ir.Named)
            name = classes.claim(types[ref.key].name + "WithDownloads", fold_case=True)
            named[op.job.poll] = (name, modules.claim(_file_name(snake([name])), fold_case=True))
        name, module = named[op.job.poll]
        renamed.append(
            dataclasses.replace(op, job=dataclasses.replace(op.job, result_name=name, result_module=module))
        )
    return tuple(renamed)


def _resource_key(resource: tuple[str, ...]) -> tuple[str, ...]:
    reserved = _RESOURCE_RESERVED | _KWARG_RESERVED | _CLIENT_ATTRIBUTES
    return tuple(_file_name(_safe(snake([part]), reserved, "resource")) for part in resource)


def _file_name(name: str) -> str:
    """A module name that is also a portable file name: not too long, not a Windows device
    name (`con`, `nul`, `com1`...), not a keyword. Long names keep a hash of the whole name."""
    if len(name) > _MAX_FILE_NAME:
        digest = hashlib.sha256(name.encode("ascii")).hexdigest()[:8]
        name = name[: _MAX_FILE_NAME - 9].rstrip("_") + "_" + digest
    if _WINDOWS_DEVICE.match(name) or keyword.iskeyword(name):
        name += "_"
    return name


def references(t: ir.TypeDef) -> list[str]:
    """Keys of the named types a type definition refers to directly."""
    roots: list[ir.TypeRef | None]
    if isinstance(t, ir.Model):
        roots = [*(f.type for f in t.fields), t.extra]
    elif isinstance(t, ir.Alias):
        roots = [t.target]
    else:
        return []
    found: list[str] = []
    stack = roots
    while stack:
        ref = stack.pop()
        if isinstance(ref, ir.Named):
            if ref.key not in found:
                found.append(ref.key)
        elif ref is not None:
            stack.extend(ir.parts(ref))
    return found


def _group_cycles(types: tuple[ir.TypeDef, ...]) -> tuple[ir.TypeDef, ...]:
    """Mutually recursive types share one module, so imports between modules never cycle.

    Tarjan's algorithm, iterative (specs can nest deeply); each strongly connected component
    of two or more types takes the alphabetically first module name among its members.
    """
    graph = {t.key: references(t) for t in types}
    order = {t.key: i for i, t in enumerate(types)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    module_of: dict[str, str] = {}
    by_key = {t.key: t for t in types}
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if i < len(edges):
                work.append((node, i + 1))
                nxt = edges[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    first = min(component, key=lambda k: (by_key[k].module, order[k]))
                    for member in component:
                        module_of[member] = by_key[first].module
    return tuple(dataclasses.replace(t, module=module_of.get(t.key, t.module)) for t in types)


def _build_tree(operations: tuple[ir.Operation, ...]) -> ir.Resource:
    nodes: dict[tuple[str, ...], list[ir.Operation]] = defaultdict(list)
    for op in operations:
        nodes[_resource_key(op.resource)].append(op)
        for i in range(len(op.resource)):
            nodes.setdefault(_resource_key(op.resource[:i]), [])
    nodes.setdefault((), [])
    # Short class names read better; fall back to the full path where two nodes would clash.
    short = defaultdict(list)
    for path in nodes:
        if path:
            short[pascal([path[-1]])].append(path)

    def class_name(path: tuple[str, ...]) -> str:
        if not path:
            return ""
        base = pascal([path[-1]])
        if len(short[base]) > 1:
            base = pascal(path)
        return base + "Resource"

    def build(path: tuple[str, ...]) -> ir.Resource:
        child_paths = sorted(p for p in nodes if len(p) == len(path) + 1 and p[: len(path)] == path)
        method_names = {op.name for op in nodes[path]}
        children = []
        for child in child_paths:
            attr = child[-1]
            if attr in method_names:
                attr += "_resource"
            children.append(dataclasses.replace(build(child), name=attr))
        return ir.Resource(
            path=path,
            operations=tuple(nodes[path]),
            children=tuple(children),
            class_name=class_name(path),
            module=".".join(path),
        )

    return build(())
