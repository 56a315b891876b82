"""Stage 2, validate: `openapi-spec-validator`, then our own semantic checks.

The validator's verdict depends only on the document's content, so it is cached by a hash of
it (`cache.py`): `check` on an unchanged spec skips both the validator's import (~0.4 s) and
its run. On a new document it runs in a separate process, beside the rest of the pipeline, and
piece by piece (`_Cutter`): after a one-operation change only the piece holding that operation
is validated again.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json
import multiprocessing
import os
import re
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from . import cache
from .errors import Diagnostics, Problem, SpecError, pointer_escape
from .load import HTTP_METHODS, Document
from .workers import exit_with_parent

_SUPPORTED = re.compile(r"^3\.[01]\.\d+$")
_MAX_PROBLEMS = 50


class Validation:
    """The validator's verdict on a document, computed while the rest of the pipeline runs.

    The version and our own semantic checks run at once (they are quick and their messages
    name the exact operation). The validator proper, on a document it has not seen before,
    runs in a forked process: importing and running it costs most of a second, which then
    overlaps normalizing, rendering and formatting instead of preceding them. `finish()`
    waits for it and reports, before anything is written.
    """

    def __init__(self, doc: Document, *, lenient: bool = False) -> None:
        self.doc = doc
        self.lenient = lenient
        root = doc.root
        version = root.get("openapi")
        if not isinstance(version, str) or not _SUPPORTED.match(version):
            shown = version if isinstance(version, str) else json.dumps(version)
            if "swagger" in root:
                message = "Swagger 2.0 is not supported: convert the document to OpenAPI 3 first"
            else:
                message = f"unsupported `openapi` version {shown!r} (3.0.x and 3.1.x are supported)"
            raise SpecError(doc.locate(Problem(message, doc.name, "/openapi")))
        # Our own checks first: their messages name the exact operation, where the validator's
        # (e.g. "Path parameter 'id' ... was not resolved") carry no location. On a document too
        # malformed for them, the validator explains what is wrong, and they run after it.
        try:
            self._semantic: list[Problem] | None = list(_path_parameters(doc))
        except (AttributeError, TypeError, ValueError, SpecError):
            self._semantic = None
        if self._semantic:
            raise SpecError([doc.locate(p) for p in self._semantic])
        # The validator's verdict, piece by piece (see `_Cutter`): each piece's verdict is
        # cached by its content, and the pieces not seen before are validated in parallel.
        self._cutter = _Cutter(root, whole=_has_external_refs(doc))
        self._parts = self._cutter.layout()
        self._keys = [self._cutter.key(part, version) for part in self._parts]
        self._cached = [_load_verdict(key, doc.name) for key in self._keys]
        missing = [part for part, found in zip(self._parts, self._cached) if found is None]
        self._futures, self._pool = _submit(
            self._cutter, missing, version, doc.path.resolve().as_uri(), doc.name
        )
        self._problems: list[Problem] | None = None

    def problems(self) -> list[Problem]:
        if self._problems is None:
            futures = iter(self._futures)
            problems: list[Problem] = []
            for key, found in zip(self._keys, self._cached):
                if found is None:
                    found = next(futures).result()
                    _store_verdict(key, found)
                problems.extend(p for p in found if p not in problems)
            self._problems = problems[:_MAX_PROBLEMS]
            self.close()
        return self._problems

    def close(self) -> None:
        """Stop the workers and join the pool's manager thread.

        Left running, that thread closes its wake-up pipe while the interpreter's exit hook
        may be writing to it (CPython 3.11 does not lock the two against each other), which
        prints an `OSError` traceback on the way out of an otherwise clean exit.
        """
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def finish(self, diagnostics: Diagnostics) -> None:
        """Report the verdict: raise on an invalid document, warn with `--lenient`."""
        problems = self.problems()
        if problems and self.lenient:
            for p in problems:
                diagnostics.warn(f"invalid OpenAPI (ignored with --lenient): {p.message}", p.pointer, p.file)
        elif problems:
            raise SpecError([self.doc.locate(p) for p in problems])
        if self._semantic is None:
            semantic = list(_path_parameters(self.doc))
            if semantic:
                raise SpecError([self.doc.locate(p) for p in semantic])


def validate(doc: Document, diagnostics: Diagnostics, *, lenient: bool = False) -> None:
    Validation(doc, lenient=lenient).finish(diagnostics)


# A document is validated in coarse pieces, each cut into fine ones. A coarse piece not seen
# before is validated whole when most of its fine pieces are new too (a first run: fewer,
# larger pieces cost the validator less), and its fine pieces are then known to be valid; when
# only a few are new (a one-operation change), only those are validated.
_PATHS_PER_PIECE, _SCHEMAS_PER_PIECE = 100, 125
_PATHS_PER_FINE_PIECE, _SCHEMAS_PER_FINE_PIECE = 5, 8
# A referenced schema no larger than this, with no references of its own (an enum, a scalar),
# is copied whole into the pieces that refer to it, so their `default`s are checked against it.
_COPY_LIMIT = 4096
_SCHEMA_REF = re.compile(r'"#/components/schemas/([^"/]+)"')
_KEY_VERSION = "validate-6"


def _schema_refs(text: str) -> set[str]:
    """The component schemas a JSON text refers to."""
    return {name.replace("~1", "/").replace("~0", "~") for name in _SCHEMA_REF.findall(text)}


def _has_external_refs(doc: Document) -> bool:
    """Refs into other files are resolved by the validator itself: keep the document whole."""
    return len(doc.files) > 1


def _bucket(name: str, count: int, salt: int = 0) -> int:
    # A stable hash of the name, not of its position: adding one operation changes one piece.
    # Fine pieces use other digits of the hash than coarse ones, or they would come out uneven.
    return int(cache.digest(name)[8 * salt : 8 * salt + 8], 16) % count


@dataclasses.dataclass(frozen=True)
class _Part:
    """Which paths and component schemas a piece holds; the base (`info`, `webhooks`, ...)
    goes to exactly one piece of the document."""

    paths: tuple[str, ...]
    schemas: tuple[str, ...]
    with_base: bool
    whole: bool = False


class _Cutter:
    """Cuts one document into pieces the validator can check one by one.

    A piece is the document with some of its paths and none of its component schemas, or
    with some component schemas and no paths. A schema a piece refers to but does not hold
    is a stand-in (see `_StandIns`), so each piece validates on its own and its errors keep
    the document's own pointers; except where a `default` is checked against it: the piece
    then holds that schema itself, and every schema it reaches. Small documents stay whole in
    the coarse cut.
    """

    def __init__(self, root: dict[str, Any], *, whole: bool = False) -> None:
        self.root = root
        self.whole = whole
        self.paths: dict[str, Any] = root["paths"] if isinstance(root.get("paths"), dict) else {}
        components: dict[str, Any] = root["components"] if isinstance(root.get("components"), dict) else {}
        self.schemas: dict[str, Any] = (
            components["schemas"] if isinstance(components.get("schemas"), dict) else {}
        )
        self.base = {k: v for k, v in root.items() if k not in ("paths", "components")}
        self.others = {k: v for k, v in components.items() if k != "schemas"}
        self.stand_ins = _StandIns(self.schemas)
        # Built once for its key and used again to validate (a forked worker inherits them).
        self._documents: dict[_Part, dict[str, Any]] = {}
        self._refs: dict[str, set[str]] = {}

    def layout(self) -> list[_Part]:
        """The coarse pieces."""
        everything = _Part(tuple(self.paths), tuple(self.schemas), with_base=True, whole=True)
        if self.whole:
            return [everything]
        parts = self._cut(everything, _PATHS_PER_PIECE, _SCHEMAS_PER_PIECE, salt=0)
        return parts if len(parts) > 1 else [everything]

    def split(self, part: _Part) -> list[_Part]:
        """The fine pieces of a coarse one (itself, if it is too small to cut)."""
        if self.whole:
            return [part]
        return self._cut(part, _PATHS_PER_FINE_PIECE, _SCHEMAS_PER_FINE_PIECE, salt=1)

    def _cut(self, part: _Part, paths_per: int, schemas_per: int, salt: int) -> list[_Part]:
        path_count = max(1, len(part.paths) // paths_per)
        schema_count = max(1, len(part.schemas) // schemas_per)
        if path_count == 1 and schema_count == 1:
            return [part]
        parts = []
        for i in range(path_count):
            own = tuple(k for k in part.paths if _bucket(k, path_count, salt) == i)
            parts.append(_Part(own, (), with_base=part.with_base and i == 0))
        for i in range(schema_count):
            own = tuple(k for k in part.schemas if _bucket(k, schema_count, salt) == i)
            parts.append(_Part((), own, with_base=False))
        return parts

    def document(self, part: _Part) -> dict[str, Any]:
        if part.whole:
            return self.root
        if part not in self._documents:
            self._documents[part] = self._build(part)
        return self._documents[part]

    def _build(self, part: _Part) -> dict[str, Any]:
        doc = dict(self.base) if part.with_base else {k: v for k, v in self.base.items() if k != "webhooks"}
        own_paths = {k: self.paths[k] for k in part.paths}
        own_schemas = {k: self.schemas[k] for k in part.schemas}
        contents = [doc, own_paths, own_schemas, self.others]
        text = json.dumps(contents, default=str)
        exact = self._behind_defaults(contents) if '"default"' in text else set()
        wanted = sorted(_schema_refs(text) | exact)
        held = {
            name: self.schemas[name] if name in exact else self.stand_ins[name]
            for name in wanted
            if name in self.schemas and name not in own_schemas
        }
        doc["paths"] = own_paths
        doc["components"] = {**self.others, "schemas": {**held, **own_schemas}}
        return doc

    def _behind_defaults(self, nodes: Any) -> set[str]:
        """The component schemas some `default` in `nodes` is checked against, and every schema
        those reach: a stand-in would let a wrong default through."""
        found: set[str] = set()
        seen: set[int] = set()
        stack = [nodes]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, dict):
                if "default" in node:
                    found |= _schema_refs(json.dumps(node, default=str))
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend(v for v in node if isinstance(v, (dict, list)))
        reached, todo = set(), [name for name in found if name in self.schemas]
        while todo:
            name = todo.pop()
            if name not in reached:
                reached.add(name)
                todo.extend(n for n in self._refs_of(name) if n in self.schemas)
        return reached

    def _refs_of(self, name: str) -> set[str]:
        # Asked again by every piece with a default that reaches the schema: dumped once.
        if name not in self._refs:
            self._refs[name] = _schema_refs(json.dumps(self.schemas[name], default=str))
        return self._refs[name]

    def key(self, part: _Part, version: str) -> str:
        document = json.dumps(self.document(part), sort_keys=True, default=str)
        return cache.digest(_KEY_VERSION, _validator_version(), version, document)


class _StandIns:
    """What a piece holds in place of each component schema it refers to but does not own.

    A small schema with no references is copied whole. Any other is an object with the names
    of every property it reaches through `allOf`, `anyOf`, `oneOf`, `items`, `not` and its
    references, and no constraints: the validator looks through references for those names
    (a `required` property may come from an `allOf` parent), and an empty stand-in would make
    it report them missing.
    """

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self._made: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._made:
            schema = self.schemas[name]
            try:
                text = json.dumps(schema, default=str)
            except RecursionError:
                text = '"$ref"'  # nested too deeply to copy: its properties stand in for it
            if '"$ref"' not in text and len(text) <= _COPY_LIMIT:
                self._made[name] = schema
            else:
                self._made[name] = {"properties": {p: {} for p in sorted(self._properties(name))}}
        return self._made[name]

    def _properties(self, name: str) -> set[str]:
        # Iterative, each schema visited once: a hostile document's deep or cyclic
        # compositions cost time linear in what they reach.
        found: set[str] = set()
        visited = {name}
        stack: list[Any] = [self.schemas[name]]
        while stack:
            node = stack.pop()
            if not isinstance(node, dict):
                continue
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                target = ref[len("#/components/schemas/") :].replace("~1", "/").replace("~0", "~")
                if target not in visited and target in self.schemas:
                    visited.add(target)
                    stack.append(self.schemas[target])
                continue
            if isinstance(node.get("properties"), dict):
                found.update(str(k) for k in node["properties"])
            for key in ("allOf", "anyOf", "oneOf"):
                if isinstance(node.get(key), list):
                    stack.extend(node[key])
            stack.extend(node.get(key) for key in ("items", "not"))
        return found


@functools.lru_cache(maxsize=1)
def _validator_version() -> str:
    """Which openapi-spec-validator is installed: part of every verdict's key, since another
    release may judge differently. Read off its files, not through `importlib.metadata`, whose
    import alone (~60 ms) would delay the validator's start."""
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or spec.origin is None:
        return "missing"  # the validator's own import error is reported when it runs
    origin = Path(spec.origin)
    site = origin.parent.parent
    try:
        records = sorted(
            n
            for n in os.listdir(site)
            if n.startswith("openapi_spec_validator-") and n.endswith(".dist-info")
        )
        if records:
            return records[-1]
        stat = origin.stat()  # a source checkout: its file's size and time
    except OSError:
        return "unknown"
    return f"{origin}:{stat.st_size}:{stat.st_mtime_ns}"


def _load_verdict(key: str, name: str) -> list[Problem] | None:
    stored = cache.get_json("validate", key)
    if not isinstance(stored, list):
        return None
    return [Problem(str(x["message"]), name, str(x["pointer"])) for x in stored if isinstance(x, dict)]


def _store_verdict(key: str, problems: list[Problem]) -> None:
    cache.put_json("validate", key, [{"message": p.message, "pointer": p.pointer} for p in problems])


def _submit(
    cutter: _Cutter, parts: list[_Part], version: str, base_uri: str, name: str
) -> tuple[list[Future[list[Problem]]], ProcessPoolExecutor | None]:
    args = [(part, version, base_uri, name) for part in parts]
    if not args or "fork" not in multiprocessing.get_all_start_methods():
        done = []
        for arg in args:
            future: Future[list[Problem]] = Future()
            future.set_result(_validate_part(cutter, *arg))
            done.append(future)
        return done, None
    # Forked workers: the document is already in memory (handed over by `initargs`, which a
    # fork does not pickle) and each child starts at once.
    workers = max(1, min(len(parts), os.cpu_count() or 1))
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_adopt,
        initargs=(cutter,),
    )
    futures = [pool.submit(_validate_in_worker, *arg) for arg in args]
    # Not shut down here: `shutdown(wait=False)` forgets the manager thread, and `close()`
    # must be able to join it.
    return futures, pool


_worker_cutter: _Cutter | None = None


def _adopt(cutter: _Cutter) -> None:
    global _worker_cutter
    _worker_cutter = cutter
    exit_with_parent()


def _validate_in_worker(part: _Part, version: str, base_uri: str, name: str) -> list[Problem]:
    assert _worker_cutter is not None, "a validation worker starts with its document"
    return _validate_part(_worker_cutter, part, version, base_uri, name)


def _validate_part(cutter: _Cutter, part: _Part, version: str, base_uri: str, name: str) -> list[Problem]:
    """The verdict on a coarse piece, from its fine pieces' cached verdicts where they can give it."""
    fine = cutter.split(part)
    if len(fine) == 1:
        return _run_validator(cutter.document(part), version, base_uri, name)
    keys = [cutter.key(f, version) for f in fine]
    verdicts = [_load_verdict(key, name) for key in keys]
    new = [i for i, verdict in enumerate(verdicts) if verdict is None]
    if len(new) * 2 > len(fine):
        problems = _run_validator(cutter.document(part), version, base_uri, name)
        if not problems:
            # A valid document's pieces are valid (a stand-in only loosens what it stands for).
            for i in new:
                _store_verdict(keys[i], [])
        return problems
    problems = []
    for i in new:
        verdicts[i] = _run_validator(cutter.document(fine[i]), version, base_uri, name)
        _store_verdict(keys[i], verdicts[i] or [])
    for verdict in verdicts:
        problems.extend(p for p in verdict or [] if p not in problems)
    return problems[:_MAX_PROBLEMS]


@functools.lru_cache(maxsize=2)
def _validator_class(v31: bool) -> Any:
    """The validator for a 3.0 or 3.1 document, checking the document against the OpenAPI
    schema with `jsonschema` whatever else is installed.

    With jsonschema-rs present, openapi-spec-validator picks it by default, and its errors
    carry the whole document as their instance and no sub-errors: messages that quote the
    document and no pointer to where the problem is.
    """
    from jsonschema.validators import validator_for
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    base, schema = (OpenAPIV31SpecValidator, schema_v31) if v31 else (OpenAPIV30SpecValidator, schema_v30)
    return type(base.__name__, (base,), {"schema_validator": validator_for(schema)(schema)})


def _run_validator(root: Any, version: str, base_uri: str, name: str) -> list[Problem]:
    cls = _validator_class(version.startswith("3.1"))
    problems: list[Problem] = []
    try:
        errors = cls(root, base_uri=base_uri).iter_errors()
        for error in errors:
            path = list(getattr(error, "absolute_path", []) or [])
            pointer = _pointer_of(root, path, getattr(error, "instance", _MISSING))
            message = _short(error)
            problems.append(Problem(message, name, pointer))
            if len(problems) >= _MAX_PROBLEMS:
                break
    except RecursionError:
        problems.append(Problem("the document is nested too deeply to validate", name))
    except Exception as exc:  # the validator can fail on inputs it does not expect
        problems.append(Problem(f"the OpenAPI validator failed: {type(exc).__name__}: {exc}", name))
    return problems


_MISSING = object()


def _at(node: Any, path: list[Any]) -> Any:
    for token in path:
        if isinstance(node, dict) and str(token) in node:
            node = node[str(token)]
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            return _MISSING
    return node


def _pointer_of(root: Any, path: list[Any], instance: Any) -> str:
    """The document pointer of a validator error.

    The validator checks each schema on its own, so a schema error's path is relative to that
    schema (`/enum` for `/components/schemas/Color/enum`). Find the node the error is about:
    where the path, followed from there, reaches the very instance the error reports (by
    identity for objects and lists, by value for scalars). An ambiguous match gives no pointer
    rather than a wrong one.
    """

    def same(found: Any) -> bool:
        if instance is _MISSING or found is _MISSING:
            return False
        if isinstance(instance, (dict, list)):
            return found is instance
        return type(found) is type(instance) and found == instance

    relative = "".join("/" + pointer_escape(str(p)) for p in path)
    if instance is _MISSING or same(_at(root, path)):
        return relative
    matches: list[str] = []
    seen: set[int] = set()
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack and len(matches) < 2:
        node, pointer = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if same(_at(node, path)):
            matches.append(pointer + relative)
        children = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, f"{pointer}/{pointer_escape(str(key))}"))
    return matches[0] if len(matches) == 1 else ""


def _short(error: Any) -> str:
    """The most specific reason: a `oneOf` failure's best sub-error, instances elided."""
    best = error
    context = getattr(error, "context", None) or []
    if context:
        best = min(context, key=lambda e: (-len(list(e.absolute_path)), str(e.message)))
    message = str(best.message)
    if len(message) > 200:
        message = message[:200] + "..."
    sub_path = [str(p) for p in getattr(best, "relative_path", [])]
    if best is not error and sub_path:
        message += f" (at {'/'.join(sub_path)})"
    return message


def _path_parameters(doc: Document) -> list[Problem]:
    """Every `{name}` in a path template needs a path parameter, and vice versa."""
    problems: list[Problem] = []
    for path, item in (doc.root.get("paths") or {}).items():
        item_ptr = "/paths/" + pointer_escape(path)
        item_loc = doc.deref(item, doc.name, item_ptr)
        if not isinstance(item_loc.value, dict):
            continue
        template = set(re.findall(r"\{([^{}]+)\}", path))
        shared = _path_param_names(
            doc, item_loc.value.get("parameters"), item_loc.file, item_loc.pointer + "/parameters"
        )
        for method in HTTP_METHODS:
            op = item_loc.value.get(method)
            if not isinstance(op, dict):
                continue
            pointer = f"{item_loc.pointer}/{method}"
            own = _path_param_names(doc, op.get("parameters"), item_loc.file, pointer + "/parameters")
            declared = shared | own
            for name in sorted(template - declared):
                problems.append(
                    Problem(
                        f"path template has {{{name}}} but no path parameter {name!r} is declared",
                        item_loc.file,
                        pointer,
                    )
                )
            for name in sorted(declared - template):
                problems.append(
                    Problem(
                        f"path parameter {name!r} does not appear in the path template {path!r}",
                        item_loc.file,
                        pointer,
                    )
                )
    return problems


def _path_param_names(doc: Document, params: Any, file: str, pointer: str) -> set[str]:
    names: set[str] = set()
    for i, raw in enumerate(params or []):
        param = doc.deref(raw, file, f"{pointer}/{i}").value
        if isinstance(param, dict) and param.get("in") == "path" and isinstance(param.get("name"), str):
            names.add(param["name"])
    return names
