"""The validator proper: openapi-spec-validator on a document or a piece of one.

Its findings are split in two. Structural ones mean the SDK could come out wrong (a parameter
without `in`, a path key without its leading `/`, a schema of the wrong type): they stop the
run unless `--lenient`. The others are about values the SDK never relies on (a `default` that
does not match its schema, a keyword the OpenAPI version does not list, a string that is not a
valid `format`): they are warnings, whatever the flags. Every finding points at its place: the
validator reports a bad `default` relative to the value itself, so the schema it was checked
in is recorded as the error goes by (`_Located`).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import os
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..errors import Problem, pointer_escape

MAX_FINDINGS = 1000
"""Findings kept per piece: enough to count them, bounded on a hostile document."""
_MESSAGE_CHARS = 300


@dataclasses.dataclass(frozen=True)
class Finding:
    problem: Problem
    structural: bool


@functools.lru_cache(maxsize=2)
def _validator_class(v31: bool) -> Any:
    """The validator for a 3.0 or 3.1 document, checking the document against the OpenAPI
    schema with `jsonschema` whatever else is installed, and with `default` errors located.

    With jsonschema-rs present, openapi-spec-validator picks it by default, and its errors
    carry the whole document as their instance and no sub-errors: messages that quote the
    document and no pointer to where the problem is.
    """
    from jsonschema.validators import validator_for
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    base, schema = (OpenAPIV31SpecValidator, schema_v31) if v31 else (OpenAPIV30SpecValidator, schema_v30)
    keywords = {**base.keyword_validators, "default": _located(base.keyword_validators["default"])}
    return type(
        base.__name__,
        (base,),
        {"schema_validator": validator_for(schema)(schema), "keyword_validators": keywords},
    )


def _located(value_validator: type) -> type:
    """The `default` check, with each error remembering the schema node it was found in."""

    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    class Located(value_validator):  # type: ignore[misc]
        def __call__(self, schema: Any, value: Any) -> Iterator[Any]:
            with schema.resolve() as resolved:
                node = resolved.contents
            for error in super().__call__(schema, value):
                # Converted here, as the validator would convert it on its way out: a plain
                # jsonschema error is copied there, and the copy would lose the location.
                located = OpenAPIValidationError.create_from(error)
                located.sdkgen_node = node
                located.sdkgen_path = ["default", *error.absolute_path]
                yield located

    return Located


def run_validator(
    root: Any, version: str, base_uri: str, name: str, files: Mapping[str, Any] | None = None
) -> list[Finding]:
    """The validator's findings on `root` (the document at `base_uri`, or a piece of it).

    `files` holds the other files of a multi-file document, by URI, as the loader read and
    rewrote them (`bundle`): the validator reads nothing from disk or the network itself.
    """
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.validation.exceptions import ExtraParametersError

    cls = _validator_class(version.startswith("3.1"))
    findings: list[Finding] = []
    index = _Index(root)
    known = {base_uri: root, **(files or {})}

    def read(uri: str) -> Any:
        if uri not in known:
            raise LookupError(f"{uri} is not a file of this document")
        return known[uri]

    handlers = {"<all_urls>": read, "file": read, "http": read, "https": read}
    try:
        spec = SchemaPath.from_dict(root, base_uri=base_uri, handlers=handlers)
        for error in cls(spec, base_uri=base_uri).iter_errors():
            if isinstance(error, ExtraParametersError):
                # `required` naming a property no schema defines: normalize warns about it with
                # the model and property, where the validator's error has no location at all.
                continue
            node = getattr(error, "sdkgen_node", None)
            if node is not None:
                pointer = index.pointer(node) + "".join(
                    "/" + pointer_escape(str(p)) for p in error.sdkgen_path
                )
                message = (
                    f"a `default` that does not fit its schema (the SDK does not use it): {_short(error)}"
                )
                findings.append(Finding(Problem(message, name, pointer), False))
            else:
                findings.append(_finding(root, error, name))
            if len(findings) >= MAX_FINDINGS:
                break
    except RecursionError:
        findings.append(Finding(Problem("the document is nested too deeply to validate", name), True))
    except Exception as exc:  # the validator can fail on inputs it does not expect
        message = _capped(f"the OpenAPI validator failed: {type(exc).__name__}: {exc}")
        findings.append(Finding(Problem(message, name), True))
    return _grouped(findings)


def _grouped(findings: list[Finding]) -> list[Finding]:
    """One finding per place and cause: a `default` missing three required properties is one
    line naming the three, not three lines."""
    merged: dict[tuple[str, str, bool, str], list[str]] = {}
    for f in findings:
        head, _, tail = f.problem.message.partition(": ")
        key = (f.problem.file, f.problem.pointer, f.structural, head if tail else f.problem.message)
        details = merged.setdefault(key, [])
        if tail and tail not in details:
            details.append(tail)
    return [
        Finding(Problem(f"{head}: {'; '.join(tails)}" if tails else head, file, pointer), structural)
        for (file, pointer, structural, head), tails in merged.items()
    ]


def _finding(root: Any, error: Any, name: str) -> Finding:
    tolerable = _tolerable(root, error)
    if tolerable is not None:
        return Finding(Problem(_unexpected_keys(tolerable), name, _pointer(root, tolerable)), False)
    best = _deepest(error)
    return Finding(Problem(_short(best), name, _pointer(root, best)), True)


def _deepest(error: Any) -> Any:
    """The failure a `oneOf`/`anyOf` (a `Reference` or a `Parameter`, a schema or a boolean)
    comes down to: the alternative that got furthest into the node, never the "`$ref` is
    required" of the reference alternative when another one applies, followed down."""
    while True:
        context = [e for e in getattr(error, "context", None) or [] if not _wants_ref(e)]
        if not context:
            return error
        deepest = max(len(list(e.absolute_path)) for e in context)
        if deepest <= len(list(error.absolute_path)) and len(context) > 1:
            return error  # no alternative got further: the node's own message says most
        error = min(
            (e for e in context if len(list(e.absolute_path)) == deepest), key=lambda e: str(e.message)
        )


def _wants_ref(error: Any) -> bool:
    return getattr(error, "validator", None) == "required" and "'$ref'" in str(error.message)


def _pointer(root: Any, error: Any) -> str:
    path = list(getattr(error, "absolute_path", []) or [])
    return _pointer_of(root, path, getattr(error, "instance", _MISSING))


def _tolerable(root: Any, error: Any) -> Any | None:
    """The error that makes this finding harmless, or None when it is structural.

    Harmless: keys the OpenAPI version does not list (`const` in a 3.0 schema, `title` on an
    operation, a lowercase `4xx` response), which the generator ignores or reads as meant, and
    `format` mismatches (an ECMA-262 `pattern`). Under `/paths` a key is a path, and one
    without its leading `/` would send requests to the wrong URL: that stays structural. A
    `oneOf`/`anyOf` failure is harmless when one of its branches fails only harmlessly (a
    schema with an unknown keyword is still a schema, not a broken `$ref`).
    """
    keyword = getattr(error, "validator", None)
    if keyword == "format":
        return error
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        return None if _pointer(root, error) == "/paths" else error
    context = getattr(error, "context", None) or []
    if keyword in ("oneOf", "anyOf") and context:
        branches: dict[Any, list[Any]] = {}
        for sub in context:
            schema_path = list(getattr(sub, "relative_schema_path", []) or [])
            branches.setdefault(schema_path[0] if schema_path else None, []).append(sub)
        for errors in branches.values():
            found = [_tolerable(root, sub) for sub in errors]
            if all(f is not None for f in found):
                return found[0]
    return None


def _unexpected_keys(error: Any) -> str:
    """What a harmless finding says, in the generator's words."""
    if getattr(error, "validator", None) == "format":
        return f"{_short(error)} (the SDK does not check this format)"
    schema = getattr(error, "schema", None)
    instance = getattr(error, "instance", None)
    if isinstance(schema, dict) and isinstance(instance, dict):
        import re

        known = set(schema.get("properties") or {})
        patterns = list(schema.get("patternProperties") or {})
        unexpected = [k for k in instance if k not in known and not any(re.search(p, k) for p in patterns)]
        if unexpected and all(re.fullmatch(r"[1-5]xx", k) for k in unexpected):
            keys = ", ".join(f"`{k}`" for k in unexpected)
            return f"status ranges are written in capitals: {keys} is read as `{unexpected[0].upper()}`"
        if unexpected:
            keys = ", ".join(f"`{k}`" for k in unexpected)
            return f"{keys} {'is' if len(unexpected) == 1 else 'are'} not an OpenAPI key here (ignored)"
    return _short(error)


class _Index:
    """Where each node of a document is, by identity: built on the first question."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._pointers: dict[int, str] | None = None

    def pointer(self, node: Any) -> str:
        if self._pointers is None:
            self._pointers = {}
            stack: list[tuple[Any, str]] = [(self.root, "")]
            while stack:
                value, pointer = stack.pop()
                if id(value) in self._pointers:
                    continue
                self._pointers[id(value)] = pointer
                items = value.items() if isinstance(value, dict) else enumerate(value)
                for key, child in items:
                    if isinstance(child, (dict, list)):
                        stack.append((child, f"{pointer}/{pointer_escape(str(key))}"))
        return self._pointers.get(id(node), "")


def _capped(message: str) -> str:
    return message if len(message) <= _MESSAGE_CHARS else message[: _MESSAGE_CHARS - 3] + "..."


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
    context = [e for e in getattr(error, "context", None) or [] if not _wants_ref(e)]
    if context:
        best = min(context, key=lambda e: (-len(list(e.absolute_path)), str(e.message)))
    message = _capped(str(best.message))
    sub_path = [str(p) for p in getattr(best, "relative_path", [])]
    if best is not error and sub_path:
        message += f" (at {'/'.join(sub_path)})"
    return message


@functools.lru_cache(maxsize=1)
def rules_version() -> str:
    """This module's own text: how findings are located and judged is part of every cached
    verdict, so a change here is never answered from a verdict judged by the old rules."""
    from .. import cache

    return cache.digest(Path(__file__).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def validator_version() -> str:
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
