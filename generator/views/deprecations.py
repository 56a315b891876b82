"""The runtime deprecation rules of a method: which arguments, nested keys and enum values
`warn_deprecated` warns about when a call uses them, each with its message."""

from __future__ import annotations

from typing import Any, Iterable

from .. import ir
from .arguments import Arg

Rule = tuple[tuple[str, ...], Any, str]
"""(argument name + wire path, `*` for every list item; the value, or None for any; message)."""


def rules(api: ir.Api, op: ir.Operation, args: Iterable[Arg]) -> tuple[Rule, ...]:
    found: list[Rule] = []
    where = f"{op.method} {op.path}"
    if op.deprecated:
        found.append(((), None, f"`{where}` is deprecated{advice(op.deprecated)}"))
    for a in args:
        if a.deprecated:
            found.append(((a.name,), None, f"`{a.name}` of `{where}` is deprecated{advice(a.deprecated)}"))
        _walk(api, a.type_ref, (a.name,), a.name, where, found, frozenset())
    return tuple(found)


def _walk(
    api: ir.Api,
    ref: ir.TypeRef,
    path: tuple[str, ...],
    shown: str,
    where: str,
    found: list[Rule],
    seen: frozenset[str],
) -> None:
    for step in api.steps(ref, aliases=False, items=True):
        if isinstance(step, ir.Array):
            path, shown = (*path, "*"), shown + "[*]"
        ref = step
    if not isinstance(ref, ir.Named) or ref.key in seen:
        return
    t = api.type(ref.key)
    if isinstance(t, ir.Enum):
        for m in t.members:
            if m.deprecated:
                message = (
                    f"`{shown}={m.value!r}` of `{where}` is deprecated{advice(m.deprecated, value=True)}"
                )
                found.append((path, m.value, message))
    elif isinstance(t, ir.Model):
        for f in t.fields:
            if f.read_only:
                continue
            field_path, field_shown = (*path, f.wire_name), f"{shown}[{f.wire_name!r}]"
            if f.deprecated:
                message = f"`{field_shown}` of `{where}` is deprecated{advice(f.deprecated)}"
                found.append((field_path, None, message))
            _walk(api, f.type, field_path, field_shown, where, found, seen | {ref.key})
    elif isinstance(t, ir.Alias):
        _walk(api, t.target, path, shown, where, found, seen | {ref.key})


def advice(dep: ir.Deprecation, value: bool = False) -> str:
    if dep.replacement:
        shown = repr(dep.replacement) if value else f"`{dep.replacement}`"
        return f"; use {shown} instead."
    return f": {dep.message}" if dep.message else "."
