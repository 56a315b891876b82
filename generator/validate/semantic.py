"""Our own semantic checks, beside the validator's: what it does not check, with the exact
operation in each message."""

from __future__ import annotations

import re
from typing import Any

from ..errors import Problem, pointer_escape
from ..load import HTTP_METHODS, Document


def path_parameters(doc: Document) -> list[Problem]:
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
            # An operation may itself be a `$ref` to another file (Redocly-style multi-file
            # specs): its parameters are where the reference leads.
            op_loc = doc.deref(item_loc.value.get(method), item_loc.file, f"{item_loc.pointer}/{method}")
            op = op_loc.value
            if not isinstance(op, dict):
                continue
            pointer = f"{item_loc.pointer}/{method}"
            own = _path_param_names(doc, op.get("parameters"), op_loc.file, op_loc.pointer + "/parameters")
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
