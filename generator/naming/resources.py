"""The resource tree (`client.<a>.<b>`): one node per resource path, with its class and module
names; a node's attribute on its parent never hides one of the parent's methods."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from .. import ir
from . import reserved
from .words import file_name, pascal, safe, snake

_RESERVED = reserved.RESOURCE | reserved.KWARG | reserved.CLIENT_ATTRIBUTES


def resource_key(resource: tuple[str, ...]) -> tuple[str, ...]:
    """The module path of an operation's resource (its `resource` hint, made safe)."""
    return tuple(file_name(safe(snake([part]), _RESERVED, "resource")) for part in resource)


def build_tree(operations: tuple[ir.Operation, ...]) -> ir.Resource:
    nodes: dict[tuple[str, ...], list[ir.Operation]] = defaultdict(list)
    for op in operations:
        nodes[resource_key(op.resource)].append(op)
        for i in range(len(op.resource)):
            nodes.setdefault(resource_key(op.resource[:i]), [])
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
