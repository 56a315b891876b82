"""Names of the SDK's types: classes and their modules, fields and enum members; and the
modules that must hold several types because they refer to each other."""

from __future__ import annotations

import dataclasses
import keyword
import re

from .. import ir
from . import reserved
from .words import Registry, file_name, pascal, safe, snake

_COMPONENT = re.compile(r"^/components/[^/]+/[^/]+$")


def name_types(
    types: tuple[ir.TypeDef, ...], classes: Registry, modules: Registry, python_keys: bool = False
) -> tuple[ir.TypeDef, ...]:
    """Every type named, its members and fields too, with recursive groups sharing a module.
    With `python_keys`, request dicts take each field's Python name as their key."""
    named = _name_types(types, classes, modules)
    return _group_cycles(tuple(_name_members(named[t.key], python_keys) for t in types))


def _name_types(types: tuple[ir.TypeDef, ...], classes: Registry, modules: Registry) -> dict[str, ir.TypeDef]:
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
        if keyword.iskeyword(base) or base in reserved.CLASS:
            base += "_"  # `None`, `True`, `False` are keywords in Pascal case too
        name = classes.claim(base + suffix, fold_case=True)
        module = modules.claim(file_name(snake([name]) or "type_"), fold_case=True)
        named[t.key] = dataclasses.replace(t, name=name, module=module)
    return named


def _name_members(t: ir.TypeDef, python_keys: bool) -> ir.TypeDef:
    if isinstance(t, ir.Enum):
        taken = Registry()
        members = tuple(dataclasses.replace(m, name=enum_member_name(m.value, taken)) for m in t.members)
        return dataclasses.replace(t, members=members)
    if isinstance(t, ir.Model):
        # Models accept a field by its alias *or* its Python name (`populate_by_name`), so no
        # field may be named like another field's wire name: with properties `a b` and `a_b`,
        # `a_b` belongs to the second (it is its wire name) and the first becomes `a_b2`.
        # Otherwise `{"a_b": 1}` would fill the wrong field.
        wires = frozenset(f.wire_name for f in t.fields)
        taken = Registry()
        # A Python name must not shadow a builtin type either when it is also a dict key that
        # users write (`type_`, as other Python SDKs spell it).
        avoid = reserved.MODEL | reserved.BUILTIN_TYPES if python_keys else reserved.MODEL
        wanted = [safe(snake([f.wire_name.lstrip("_") or f.wire_name]), avoid, "field") for f in t.fields]
        names: dict[int, str] = {}
        for i, f in enumerate(t.fields):
            if wanted[i] == f.wire_name:
                names[i] = taken.claim(wanted[i])
        for i, f in enumerate(t.fields):
            if i not in names:
                names[i] = taken.claim(wanted[i], avoid=wires)
        fields = tuple(
            dataclasses.replace(f, name=names[i], key=names[i] if python_keys else f.wire_name)
            for i, f in enumerate(t.fields)
        )
        return dataclasses.replace(t, fields=fields)
    return t


def enum_member_name(value: str | int, taken: Registry) -> str:
    if isinstance(value, int):
        base = f"VALUE_MINUS_{-value}" if value < 0 else f"VALUE_{value}"
    else:
        base = snake([value]).upper()
        if not base:
            base = "EMPTY" if value == "" else "VALUE"
        elif base[0].isdigit():
            base = "VALUE_" + base
    return taken.claim(base + "_" if base in ("MRO",) else base)


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
