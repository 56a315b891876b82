"""`diff`: what changed between two versions of a spec, as an SDK user sees it.

Both versions are built to the named IR (`pipeline.named_api`) and compared by what a caller of
the generated SDK writes: the call (`client.v1.ai_image_generator.create`), its keyword
arguments, the keys of the `TypedDict`s they take (`style.quality_mode`), the values their
enums accept, and the attributes of the response model it returns (`frame_cost`). Each
difference is one `Change`, classified as

- **breaking**: code written against the old SDK can stop working (a call, input, response
  field or enum value is gone; an input became required; a type changed incompatibly);
- **added**: new calls, new optional inputs, new response fields, new enum values;
- **deprecated**: a call, input, response field or enum value is newly deprecated;
- **changed**: anything else a user may notice but that cannot break them (an input became
  optional, a call moved to another URL under the same name, a deprecation was lifted).

Operations are matched by `METHOD /path`. Same method and path under a different Python call
is a rename. An operation that disappears while another with the same `operationId` appears at
another path is the same operation moved: a rename when the call changes, a non-breaking
change when it does not. Everything else unmatched is added or removed. The changes of a
create apply to its `generate()` twin too (it takes the same arguments).

The implied version bump: major if anything is breaking, minor if anything was added or
deprecated, patch otherwise. Computing (`diff`) is separate from presenting (`render_text`,
`render_markdown`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Literal

from . import escape, ir

Category = Literal["breaking", "added", "deprecated", "changed"]
Where = Literal["operation", "input", "response"]
Kind = Literal[
    "added",
    "removed",
    "renamed",
    "moved",
    "now_required",
    "now_optional",
    "type_changed",
    "class_renamed",
    "deprecated",
    "undeprecated",
    "value_added",
    "value_removed",
    "value_deprecated",
    "value_undeprecated",
    "generate_added",
    "generate_removed",
]
Bump = Literal["major", "minor", "patch"]

CATEGORIES: tuple[Category, ...] = ("breaking", "added", "deprecated", "changed")
_TITLES = {"breaking": "Breaking", "added": "Added", "deprecated": "Deprecated", "changed": "Changed"}


@dataclass(frozen=True)
class Change:
    """One difference in the SDK surface."""

    category: Category
    kind: Kind
    where: Where
    """What the change is about: the call itself, one of its inputs, or its response."""
    operation: str
    """`METHOD /path` of the operation (the new one, unless it was removed)."""
    call: str
    """The call as SDK users write it, e.g. `client.v1.ai_image_generator.create`."""
    path: str = ""
    """The input or response field: `style.quality_mode`, `downloads[].url`; "" for the
    call itself or its return type."""
    value: str = ""
    """The enum value, for `value_*` kinds."""
    old: str = ""
    new: str = ""
    """Before and after, for renames and type changes."""
    was_deprecated: bool = False
    """For removals: the removed item had been deprecated (still breaking, but announced)."""

    @property
    def breaking(self) -> bool:
        return self.category == "breaking"


# --- the surface of one operation --------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    """One input or response field, flattened to a path."""

    type: str
    """A normalized description of the type (`str`, `list[object]`, `enum | None`)."""
    required: bool
    deprecated: bool
    values: tuple[tuple[str, bool], ...] | None
    """The enum's values and whether each is deprecated, when the slot holds an enum."""
    class_name: str
    """The generated class the slot's type refers to, if it is a named type."""
    parent: str | None


def _describe(api: ir.Api, ref: ir.TypeRef, aliases: frozenset[str] = frozenset()) -> str:
    if isinstance(ref, ir.Scalar):
        return ref.kind
    if isinstance(ref, ir.Const):
        return f"Literal[{escape.py_literal(ref.value)}]"
    if isinstance(ref, ir.Array):
        return f"list[{_describe(api, ref.item, aliases)}]"
    if isinstance(ref, ir.Map):
        return f"dict[str, {_describe(api, ref.value, aliases)}]"
    if isinstance(ref, ir.Nullable):
        return f"{_describe(api, ref.inner, aliases)} | None"
    if isinstance(ref, ir.UnionOf):
        return "union[" + ", ".join(sorted(_describe(api, v, aliases) for v in ref.variants)) + "]"
    t = api.type(ref.key)
    if isinstance(t, ir.Enum):
        return "enum" if t.value_kind == "str" else "int enum"
    if isinstance(t, ir.Model):
        return "object"
    if t.key in aliases:
        return t.name
    return _describe(api, t.target, aliases | {t.key})


def _class_name(api: ir.Api, ref: ir.TypeRef) -> str:
    found = api.definition(ref, aliases=False)
    return found.name if found is not None else ""


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


class _Flattener:
    """Every input (or response field) of an operation as `path -> _Slot`."""

    def __init__(self, api: ir.Api, side: Literal["input", "response"]) -> None:
        self.api = api
        self.side = side
        self.slots: dict[str, _Slot] = {}

    def add(
        self,
        path: str,
        ref: ir.TypeRef,
        required: bool,
        deprecated: bool,
        parent: str | None,
        stack: frozenset[str],
    ) -> None:
        api = self.api
        enum = api.enum(ref)
        values = None
        if enum is not None:
            values = tuple((str(m.value), m.deprecated is not None) for m in enum.members)
        self.slots[path] = _Slot(
            _describe(api, ref), required, deprecated, values, _class_name(api, ref), parent
        )
        self.children(path, ref, stack)

    def children(self, path: str, ref: ir.TypeRef, stack: frozenset[str]) -> None:
        """The slots inside `ref`. `stack` holds the named types being walked: a recursive
        schema (a model, or an alias of an array of itself) is walked once per path."""
        api = self.api
        for ref in api.steps(ref):
            if isinstance(ref, ir.Named):
                if ref.key in stack:
                    return
                stack = stack | {ref.key}
        if isinstance(ref, ir.Array):
            self._nested(path + "[]", ref.item, path, stack)
        elif isinstance(ref, ir.Map):
            self._nested(path + "{}", ref.value, path, stack)
        elif isinstance(ref, ir.UnionOf):
            for variant in ref.variants:
                if isinstance(variant, ir.Named):
                    self._nested(f"{path}({api.type(variant.key).name})", variant, path, stack)
        elif (model := api.model(ref)) is not None:
            skip = "read_only" if self.side == "input" else "write_only"
            for f in model.fields:
                if getattr(f, skip):
                    continue
                # Request dicts are keyed by wire name; response models by attribute.
                name = f.wire_name if self.side == "input" else f.name
                self.add(_join(path, name), f.type, f.required, f.deprecated is not None, path or None, stack)

    def _nested(self, path: str, ref: ir.TypeRef, parent: str, stack: frozenset[str]) -> None:
        """Items of arrays and maps, and union variants: only named types have a surface."""
        if isinstance(self.api.unwrap(ref), (ir.Named, ir.Array, ir.Map, ir.UnionOf)):
            self.add(path, ref, True, False, parent, stack)


def _inputs(api: ir.Api, op: ir.Operation) -> dict[str, _Slot]:
    flat = _Flattener(api, "input")
    for p in op.parameters:
        flat.add(p.name, p.type, p.required, p.deprecated is not None, None, frozenset())
    body = op.body
    model = api.model(body.type, aliases=False) if body is not None and body.flatten else None
    if body is not None and model is not None:
        names = dict(body.arg_names)
        for f in model.fields:
            if not f.read_only:
                flat.add(
                    names[f.wire_name],
                    f.type,
                    f.required,
                    f.deprecated is not None,
                    None,
                    frozenset({model.key}),
                )
    elif body is not None:
        flat.add(body.name, body.type, body.required, False, None, frozenset())
    return flat.slots


def _response(api: ir.Api, op: ir.Operation) -> tuple[str, dict[str, _Slot]]:
    """The return type's description ("None" for no body) and the fields reachable from it."""
    success = op.success
    if success is None or success.type is None:
        return "None", {}
    flat = _Flattener(api, "response")
    flat.children("", success.type, frozenset())
    return _describe(api, success.type), flat.slots


def calls(api: ir.Api) -> dict[str, str]:
    """`METHOD /path` -> the call SDK users write (`client.v1.image_projects.get`)."""
    found: dict[str, str] = {}

    def walk(node: ir.Resource, prefix: str) -> None:
        for op in node.operations:
            found[op.key] = f"{prefix}.{op.name}"
        for child in node.children:
            walk(child, f"{prefix}.{child.name}")

    if api.resources is not None:
        walk(api.resources, "client")
    return found


# --- comparing ---------------------------------------------------------------------------


def _type_change(side: Where, old: str, new: str) -> Category:
    """Widening what a caller may send, or narrowing what they may receive, is safe."""
    if side == "input":
        safe = new == f"{old} | None" or (old, new) == ("int", "float")
    else:
        safe = old == f"{new} | None"
    return "changed" if safe else "breaking"


class _Differ:
    def __init__(self, old: ir.Api, new: ir.Api) -> None:
        self.old, self.new = old, new
        self.old_calls, self.new_calls = calls(old), calls(new)
        self.changes: list[Change] = []

    def emit(
        self,
        category: Category,
        kind: Kind,
        where: Where,
        op: ir.Operation,
        path: str = "",
        value: str = "",
        old: str = "",
        new: str = "",
        was_deprecated: bool = False,
    ) -> None:
        call = self.new_calls.get(op.key) or self.old_calls[op.key]
        self.changes.append(
            Change(category, kind, where, op.key, call, path, value, old, new, was_deprecated)
        )

    def run(self) -> list[Change]:
        old_ops = {op.key: op for op in self.old.operations}
        new_ops = {op.key: op for op in self.new.operations}
        gone = [op for op in self.old.operations if op.key not in new_ops]
        fresh = [op for op in self.new.operations if op.key not in old_ops]
        # Same operationId at another path: the operation moved.
        moved: dict[str, ir.Operation] = {}
        moved_from: set[str] = set()
        for op in fresh:
            match = next(
                (o for o in gone if o.operation_id == op.operation_id and o.key not in moved_from), None
            )
            if op.operation_id and match is not None:
                moved[op.key] = match
                moved_from.add(match.key)
        for op in self.new.operations:
            before = old_ops.get(op.key) or moved.get(op.key)
            if before is None:
                self.emit("added", "added", "operation", op)
            else:
                self.operation(before, op)
        for op in gone:
            if op.key not in moved_from:
                self.changes.append(
                    Change(
                        "breaking",
                        "removed",
                        "operation",
                        op.key,
                        self.old_calls[op.key],
                        was_deprecated=op.deprecated is not None,
                    )
                )
        order = {c: i for i, c in enumerate(CATEGORIES)}
        return sorted(self.changes, key=lambda c: order[c.category])

    def operation(self, old: ir.Operation, new: ir.Operation) -> None:
        old_call, new_call = self.old_calls[old.key], self.new_calls[new.key]
        renamed = old_call != new_call
        if renamed:
            self.emit("breaking", "renamed", "operation", new, old=old_call, new=new_call)
        elif old.key != new.key:
            self.emit("changed", "moved", "operation", new, old=old.key, new=new.key)
        self.deprecation("operation", new, "", old.deprecated is not None, new.deprecated is not None)
        if old.job is None and new.job is not None:
            self.emit("added", "generate_added", "operation", new)
        elif old.job is not None and new.job is None:
            self.emit("breaking", "generate_removed", "operation", new)
        self.slots("input", new, _inputs(self.old, old), _inputs(self.new, new), renamed)
        old_ret, old_fields = _response(self.old, old)
        new_ret, new_fields = _response(self.new, new)
        if old_ret != new_ret:
            category = "changed" if old_ret == "None" else _type_change("response", old_ret, new_ret)
            self.emit(category, "type_changed", "response", new, old=old_ret, new=new_ret)
        self.slots("response", new, old_fields, new_fields, renamed)

    def deprecation(self, where: Where, op: ir.Operation, path: str, was: bool, now: bool) -> None:
        if now and not was:
            self.emit("deprecated", "deprecated", where, op, path=path)
        elif was and not now:
            self.emit("changed", "undeprecated", where, op, path=path)

    def slots(
        self, where: Where, op: ir.Operation, old: dict[str, _Slot], new: dict[str, _Slot], renamed: bool
    ) -> None:
        # Only the outermost added or removed path is reported: a new object's fields are new.
        skipped: set[str] = set()
        for path, slot in new.items():
            if path in old:
                continue
            skipped.add(path)
            if slot.parent in skipped:
                continue
            if where == "input" and slot.required:
                self.emit("breaking", "added", where, op, path=path, new=slot.type)
            else:
                self.emit("added", "added", where, op, path=path, new=slot.type)
        for path, slot in old.items():
            if path in new:
                continue
            skipped.add(path)
            if slot.parent not in skipped:
                self.emit(
                    "breaking", "removed", where, op, path=path, old=slot.type, was_deprecated=slot.deprecated
                )
        for path, was in old.items():
            now = new.get(path)
            if now is not None:
                self.slot(where, op, path, was, now, renamed)

    def slot(self, where: Where, op: ir.Operation, path: str, was: _Slot, now: _Slot, renamed: bool) -> None:
        if was.required != now.required:
            # Inputs: a newly required one breaks callers. Responses: an attribute that may now
            # be missing breaks readers.
            tighter = now.required if where == "input" else not now.required
            kind: Kind = "now_required" if now.required else "now_optional"
            self.emit("breaking" if tighter else "changed", kind, where, op, path=path)
        if was.type != now.type:
            self.emit(
                _type_change(where, was.type, now.type),
                "type_changed",
                where,
                op,
                path=path,
                old=was.type,
                new=now.type,
            )
        elif was.class_name != now.class_name and not renamed:
            self.emit(
                "breaking", "class_renamed", where, op, path=path, old=was.class_name, new=now.class_name
            )
        self.deprecation(where, op, path, was.deprecated, now.deprecated)
        if was.values is not None and now.values is not None:
            before, after = dict(was.values), dict(now.values)
            for value, deprecated in now.values:
                if value not in before:
                    self.emit("added", "value_added", where, op, path=path, value=value)
                elif deprecated and not before[value]:
                    self.emit("deprecated", "value_deprecated", where, op, path=path, value=value)
                elif before[value] and not deprecated:
                    self.emit("changed", "value_undeprecated", where, op, path=path, value=value)
            for value, _ in was.values:
                if value not in after:
                    self.emit("breaking", "value_removed", where, op, path=path, value=value)


def diff(old: ir.Api, new: ir.Api) -> list[Change]:
    """Every change of the SDK surface from `old` to `new`, breaking ones first."""
    return _Differ(old, new).run()


def bump(changes: Iterable[Change]) -> Bump:
    categories = {c.category for c in changes}
    if "breaking" in categories:
        return "major"
    if categories & {"added", "deprecated"}:
        return "minor"
    return "patch"


# --- presenting --------------------------------------------------------------------------


def describe(change: Change, code: Callable[[str], str]) -> str:
    """One sentence about a change; `code` formats identifiers and values."""
    c = change
    call = code(c.call)
    if c.kind == "removed" and c.was_deprecated:
        return describe(replace(c, was_deprecated=False), code) + " (it was deprecated)"
    if c.where == "operation":
        return {
            "added": f"{call} added ({code(c.operation)})",
            "removed": f"{call} removed ({code(c.operation)})",
            "renamed": f"{code(c.old)} renamed to {code(c.new)} ({code(c.operation)})",
            "moved": f"{call} now calls {code(c.new)} (was {code(c.old)})",
            "deprecated": f"{call} is deprecated",
            "undeprecated": f"{call} is no longer deprecated",
            "generate_added": f"{code(c.call.rsplit('.', 1)[0] + '.generate')} added (create, wait, download)",
            "generate_removed": f"{code(c.call.rsplit('.', 1)[0] + '.generate')} removed",
        }[c.kind]
    what = ("input " if c.where == "input" else "response field ") + code(c.path) if c.path else "return type"
    if c.kind == "added":
        adjective = "required " if c.category == "breaking" else ""
        return f"{call}: new {adjective}{what} ({code(c.new)})"
    text = {
        "removed": f"{what} removed",
        "now_required": f"{what} is now required",
        "now_optional": f"{what} is now optional" + (" (may be `None`)" if c.where == "response" else ""),
        "type_changed": f"{what} changed{' type' if c.path else ''} from {code(c.old)} to {code(c.new)}",
        "class_renamed": f"{what}: type {code(c.old)} renamed to {code(c.new)}",
        "deprecated": f"{what} is deprecated",
        "undeprecated": f"{what} is no longer deprecated",
        "value_added": f"{what} has a new value {code(c.value)}",
        "value_removed": f"{what} lost the value {code(c.value)}",
        "value_deprecated": f"{what}: value {code(c.value)} is deprecated",
        "value_undeprecated": f"{what}: value {code(c.value)} is no longer deprecated",
    }[c.kind]
    return f"{call}: {text}"


def _plain(text: str) -> str:
    return "`" + " ".join(text.split()) + "`"


def _counts(changes: list[Change]) -> str:
    return ", ".join(f"{sum(c.category == cat for c in changes)} {cat}" for cat in CATEGORIES)


def render_text(changes: list[Change]) -> str:
    lines: list[str] = []
    for category in CATEGORIES:
        of_kind = [c for c in changes if c.category == category]
        if of_kind:
            lines.append(f"{_TITLES[category]} ({len(of_kind)}):")
            lines.extend(f"  - {describe(c, _plain)}" for c in of_kind)
            lines.append("")
    if not changes:
        lines += ["No changes to the SDK surface.", ""]
    lines.append(f"semver: {bump(changes)} ({_counts(changes)})")
    return "\n".join(lines) + "\n"


def render_markdown(changes: list[Change]) -> str:
    """A changelog section: `## ...` with the bump, then `###` lists per category."""
    lines = [f"## {bump(changes).capitalize()} release ({_counts(changes)})", ""]
    if not changes:
        lines += ["No changes to the SDK surface.", ""]
    for category in CATEGORIES:
        of_kind = [c for c in changes if c.category == category]
        if of_kind:
            lines += [f"### {_TITLES[category]}", ""]
            lines.extend(f"- {describe(c, escape.md_code)}" for c in of_kind)
            lines.append("")
    return "\n".join(lines)
