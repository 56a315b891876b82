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
            found.append(((a.name,), None, _message(a.name, where, a.deprecated, a.removed)))
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
            field_path, field_shown = (*path, f.key), f"{shown}[{f.key!r}]"
            if f.deprecated:
                found.append((field_path, None, _message(field_shown, where, f.deprecated, f.removed)))
            _walk(api, f.type, field_path, field_shown, where, found, seen | {ref.key})
    elif isinstance(t, ir.Alias):
        _walk(api, t.target, path, shown, where, found, seen | {ref.key})


def _message(shown: str, where: str, dep: ir.Deprecation, removed: str | None) -> str:
    if removed is None:
        return f"`{shown}` of `{where}` is deprecated{advice(dep)}"
    return f"`{shown}` was removed from `{where}` in release {removed}; it is not sent{advice(dep)}"


def removed_paths(api: ir.Api, op: ir.Operation, args: Iterable[Arg]) -> tuple[tuple[str, ...], ...]:
    """Where the arguments hold fields the API removed (kept by the grace period): never sent."""
    found: list[tuple[str, ...]] = []

    def walk(ref: ir.TypeRef, path: tuple[str, ...], seen: frozenset[str]) -> None:
        for step in api.steps(ref, aliases=False, items=True):
            if isinstance(step, ir.Array):
                path = (*path, "*")
            ref = step
        model = api.model(ref, aliases=False)
        if model is None or model.key in seen:
            return
        for f in model.fields:
            if f.removed is not None:
                found.append((*path, f.key))
            elif not f.read_only:
                walk(f.type, (*path, f.key), seen | {model.key})

    for a in args:
        if a.removed is not None:
            found.append((a.name,))
        else:
            walk(a.type_ref, (a.name,), frozenset())
    return tuple(found)


def advice(dep: ir.Deprecation, value: bool = False) -> str:
    if dep.replacement:
        shown = repr(dep.replacement) if value else f"`{dep.replacement}`"
        return f"; use {shown} instead."
    return f": {dep.message}" if dep.message else "."
