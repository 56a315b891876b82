"""`sdkgen samples`: the SDK's examples as `x-codeSamples` for an API reference site.

Every operation of the SDK gets a Python sample (the example its docs page and docstring show:
`code`) and a curl sample of the same request (`curl`). They are written as an OpenAPI Overlay
1.0 document that adds them to the spec (`overlay`), or, with `--apply`, into a copy of the spec
itself (`document`, `splice`). docs/samples.md is the user's guide.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import Problem, SpecError, pointer_join, pointer_tokens, visible
from ..pipeline import Inputs, named_api
from .code import CURL_LABEL, PYTHON_LABEL, PYTHON_LANG, Sources, curl_language, sources
from .document import Placed, applied, dump_json, dump_yaml, is_json, read_spec
from .overlay import SAMPLES_KEY, Sample, operation_target, overlay, place

__all__ = ["Output", "samples"]


@dataclass
class Output:
    text: str
    warnings: list[Problem] = field(default_factory=list)


def samples(inputs: Inputs, *, apply: bool, out: Path | None) -> Output:
    """The overlay (or with `apply`, the spec with the samples in it) as the text to write to
    `out` (None: standard output), in YAML or JSON as `out`'s extension says."""
    named = named_api(inputs)
    name = str(inputs.spec)
    text, tree = read_spec(name)
    found = sources(named.api, named.config, inputs.templates or named.config.templates)
    curl_lang = curl_language(tree)
    warnings = list(named.diagnostics.warnings)
    placed = []
    for path, method, source in _in_document_order(tree, found, name, warnings):
        ours = [
            Sample(PYTHON_LANG, PYTHON_LABEL, source.python),
            Sample(curl_lang, CURL_LABEL, source.curl),
        ]
        operation = tree["paths"][path][method]
        if not isinstance(operation.get(SAMPLES_KEY, []), list):
            where = pointer_join("", "paths", path, method, SAMPLES_KEY)
            warnings.append(Problem(f"{SAMPLES_KEY} is not a list: replaced by ours", name, where))
        what = f"`{visible(source.op.key)}` ({source.call}())"
        placement = place(operation_target(path, method), what, operation.get(SAMPLES_KEY), ours)
        placed.append(Placed(path, method, placement))
    if not placed:
        raise SpecError(Problem("no operation of the SDK is in the document: no samples to write", name))
    suffix = out.suffix.lower() if out is not None else ""
    if apply:
        as_json = suffix == ".json" if suffix in (".json", ".yaml", ".yml") else is_json(name, text)
        written, more = applied(text, name, tree, placed, as_json)
        return Output(written, warnings + more)
    title = f"Code samples for {visible(named.api.title)}: Python ({named.config.package}) and curl"
    actions = [action for p in placed for action in p.placement.actions()]
    document = overlay(title, named.config.version, _extends(inputs.spec, out), actions)
    return Output(dump_json(document) if suffix == ".json" else dump_yaml(document), warnings)


def _in_document_order(
    tree: Any, found: list[Sources], name: str, warnings: list[Problem]
) -> list[tuple[str, str, Sources]]:
    """Each operation's keys under `paths` with its samples, in the order the document lists
    them. An operation the document does not hold itself (given by a `$ref`) cannot take them."""
    by_place: dict[tuple[str, str], Sources] = {}
    for source in found:
        tokens = pointer_tokens(source.op.pointer)
        if len(tokens) == 3 and tokens[0] == "paths" and _written_here(tree, tokens[1], tokens[2]):
            by_place[(tokens[1], tokens[2])] = source
        else:
            warnings.append(
                Problem(
                    f"{source.op.key} is not written in this file (it is reached through a $ref): "
                    "no code samples for it",
                    name,
                    source.op.pointer,
                )
            )
    ordered = []
    for path, item in tree["paths"].items() if by_place else ():
        for method in item:
            if (path, method) in by_place:
                ordered.append((path, method, by_place[(path, method)]))
    return ordered


def _written_here(tree: Any, path: str, method: str) -> bool:
    paths = tree.get("paths")
    item = paths.get(path) if isinstance(paths, dict) else None
    operation = item.get(method) if isinstance(item, dict) and "$ref" not in item else None
    return isinstance(operation, dict) and "$ref" not in operation


def _extends(spec: Path, out: Path | None) -> str:
    """The spec as a URI reference from where the overlay is written (relative, so the overlay
    and the spec can move together)."""
    try:
        relative = os.path.relpath(spec.resolve(), (out.parent if out is not None else Path()).resolve())
    except ValueError:  # another drive
        relative = spec.name
    return quote(Path(relative).as_posix(), safe="/")
