"""Stage 2, validate: `openapi-spec-validator`, then our own semantic checks.

The validator's verdict depends only on the document's content, so it is cached by a hash of
it (`cache.py`): `check` on an unchanged spec skips both the validator's import (~0.4 s) and
its run. On a new document it runs in a separate process, beside the rest of the pipeline.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from . import cache
from .errors import Diagnostics, Problem, SpecError, pointer_escape
from .load import Document
from .normalize import HTTP_METHODS

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
        # The validator's verdict, piece by piece (see `_pieces`): each piece's verdict is
        # cached by its content, and the pieces not seen before are validated in parallel.
        self._pieces = _pieces(root) if not _has_external_refs(doc) else [root]
        self._keys = [cache.digest("validate-3", version, json.dumps(p, sort_keys=True, default=str)) for p in self._pieces]
        self._cached: list[list[Problem] | None] = []
        for key in self._keys:
            stored = cache.get_json("validate", key)
            self._cached.append(None if stored is None else [Problem(x["message"], doc.name, x["pointer"]) for x in stored])
        missing = [piece for piece, found in zip(self._pieces, self._cached) if found is None]
        self._futures = _submit(missing, version, doc.path.resolve().as_uri(), doc.name) if missing else []
        self._problems: list[Problem] | None = None

    def problems(self) -> list[Problem]:
        if self._problems is None:
            futures = iter(self._futures)
            problems: list[Problem] = []
            for key, found in zip(self._keys, self._cached):
                if found is None:
                    found = next(futures).result()
                    cache.put_json("validate", key, [{"message": p.message, "pointer": p.pointer} for p in found])
                problems.extend(p for p in found if p not in problems)
            self._problems = problems[:_MAX_PROBLEMS]
        return self._problems

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


_PATHS_PER_PIECE = 100
_SCHEMAS_PER_PIECE = 125
_SCHEMA_REF = re.compile(r'"#/components/schemas/([^"/]+)"')


def _has_external_refs(doc: Document) -> bool:
    """Refs into other files are resolved by the validator itself: keep the document whole."""
    return len(doc.files) > 1


def _bucket(name: str, count: int) -> int:
    # A stable hash of the name, not of its position: adding one operation changes one piece.
    return int(cache.digest(name)[:8], 16) % count


def _pieces(root: dict[str, Any]) -> list[dict[str, Any]]:
    """The document cut into pieces the validator can check one by one.

    Each piece is the document with some of its paths and none of its component schemas, or
    with some component schemas and no paths; every schema a piece refers to but does not hold
    is an empty schema (valid anywhere), so each piece validates on its own and its errors keep
    the document's own pointers. Small documents stay whole. What a piece cannot see: an
    `example` or `default` checked against a schema held by another piece.
    """
    paths = root.get("paths") if isinstance(root.get("paths"), dict) else {}
    components = root.get("components") if isinstance(root.get("components"), dict) else {}
    schemas = components.get("schemas") if isinstance(components.get("schemas"), dict) else {}
    path_count = max(1, len(paths) // _PATHS_PER_PIECE)
    schema_count = max(1, len(schemas) // _SCHEMAS_PER_PIECE)
    if path_count == 1 and schema_count == 1:
        return [root]
    base = {k: v for k, v in root.items() if k not in ("paths", "components")}
    others = {k: v for k, v in components.items() if k != "schemas"}
    others_refs = set(_SCHEMA_REF.findall(json.dumps(others)))

    def piece(own_paths: dict[str, Any], own_schemas: dict[str, Any], with_base: bool) -> dict[str, Any]:
        wanted = set(_SCHEMA_REF.findall(json.dumps([own_paths, own_schemas]))) | others_refs
        stubs = {name.replace("~1", "/").replace("~0", "~"): {} for name in wanted}
        doc = dict(base) if with_base else {k: v for k, v in base.items() if k not in ("webhooks",)}
        doc["paths"] = own_paths
        doc["components"] = {**others, "schemas": {**{k: v for k, v in stubs.items() if k in schemas}, **own_schemas}}
        return doc

    pieces = []
    for i in range(path_count):
        own = {k: v for k, v in paths.items() if _bucket(k, path_count) == i}
        pieces.append(piece(own, {}, with_base=i == 0))
    for i in range(schema_count):
        own = {k: v for k, v in schemas.items() if _bucket(k, schema_count) == i}
        pieces.append(piece({}, own, with_base=False))
    return pieces


def _submit(pieces: list[dict[str, Any]], version: str, base_uri: str, name: str) -> list[Future[list[Problem]]]:
    args = [(piece, version, base_uri, name) for piece in pieces]
    if "fork" not in multiprocessing.get_all_start_methods():
        done = []
        for arg in args:
            future: Future[list[Problem]] = Future()
            future.set_result(_run_validator(*arg))
            done.append(future)
        return done
    # Forked workers: the document is already in memory and each child starts at once.
    workers = max(1, min(len(pieces), os.cpu_count() or 1))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    futures = [pool.submit(_run_validator, *arg) for arg in args]
    pool.shutdown(wait=False)
    return futures


def _run_validator(root: Any, version: str, base_uri: str, name: str) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    cls = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
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
        shared = _path_param_names(doc, item_loc.value.get("parameters"), item_loc.file, item_loc.pointer + "/parameters")
        for method in HTTP_METHODS:
            op = item_loc.value.get(method)
            if not isinstance(op, dict):
                continue
            pointer = f"{item_loc.pointer}/{method}"
            own = _path_param_names(doc, op.get("parameters"), item_loc.file, pointer + "/parameters")
            declared = shared | own
            for name in sorted(template - declared):
                problems.append(
                    Problem(f"path template has {{{name}}} but no path parameter {name!r} is declared", item_loc.file, pointer)
                )
            for name in sorted(declared - template):
                problems.append(
                    Problem(f"path parameter {name!r} does not appear in the path template {path!r}", item_loc.file, pointer)
                )
    return problems


def _path_param_names(doc: Document, params: Any, file: str, pointer: str) -> set[str]:
    names: set[str] = set()
    for i, raw in enumerate(params or []):
        param = doc.deref(raw, file, f"{pointer}/{i}").value
        if isinstance(param, dict) and param.get("in") == "path" and isinstance(param.get("name"), str):
            names.add(param["name"])
    return names
