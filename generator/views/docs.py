"""What the docs show of a method: its parameter table (`ParamRow`s, nested fields indented
under their argument) and the example values of its arguments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .. import escape, ir
from ..examples import Examples, Literals
from .arguments import Arg, deprecated_values, is_file

_FILE_EXAMPLE = b"file content"
_MAX_DEPTH = 4


@dataclass(frozen=True)
class ParamRow:
    """A row of a docs page's parameter table; nested fields are indented under their parent."""

    label: str
    required: bool
    deprecated: ir.Deprecation | None
    """Why the field is deprecated and what replaces it; the page says so in the row."""
    description: str
    example: str


def rows(api: ir.Api, args: Iterable[Arg]) -> tuple[ParamRow, ...]:
    examples = Examples(api)
    found: list[ParamRow] = []
    for a in args:
        example = escape.py_literal(example_of(a, examples))
        found.append(
            ParamRow(a.name, a.required, a.deprecated, a.description + _note(a.deprecated_values), example)
        )
        _nested(api, examples, a.type_ref, 1, frozenset(), found)
    return tuple(found)


def _nested(
    api: ir.Api, examples: Examples, ref: ir.TypeRef, depth: int, seen: frozenset[str], found: list[ParamRow]
) -> None:
    ref = api.unwrap(ref, aliases=False, items=True)
    model = api.model(ref, aliases=False)
    if model is None or model.key in seen or depth > _MAX_DEPTH:
        return
    for f in model.fields:
        if f.read_only:
            continue
        found.append(
            ParamRow(
                "  " * (depth - 1) + "└─ " + f.key,  # the key a request dict takes
                f.required,
                f.deprecated,
                f.description + _note(deprecated_values(api, f.type)),
                escape.py_literal(examples.field(f)),
            )
        )
        _nested(api, examples, f.type, depth + 1, seen | {model.key}, found)


def _note(values: tuple[ir.EnumMember, ...]) -> str:
    if not values:
        return ""
    listed = ", ".join(
        f"`{m.value}`"
        + (f" (use `{m.deprecated.replacement}`)" if m.deprecated and m.deprecated.replacement else "")
        for m in values
    )
    return f" Deprecated values: {listed}."


def example_of(arg: Arg, examples: Examples) -> Any:
    """The value an example passes for an argument: the spec's, unless it is deprecated or
    not of the argument's type."""
    if is_file(arg.type_ref):
        # What a file argument takes (`FileContent`), whatever the spec shows for it.
        return [_FILE_EXAMPLE] if isinstance(ir.non_null(arg.type_ref), ir.Array) else _FILE_EXAMPLE
    if (
        arg.has_example
        and arg.example is not None
        and examples.fits(arg.type_ref, arg.example)
        and not examples.deprecated_value(arg.type_ref, arg.example)
    ):
        return examples.as_argument(arg.type_ref, arg.example)
    return examples.of(arg.type_ref)


def example_literal(arg: Arg, examples: Examples) -> tuple[str, bool]:
    """The source text of an argument's example value (`example_of`), and whether it names
    the `params` module (see `examples.Literals`)."""
    return Literals(examples).of(arg.type_ref, example_of(arg, examples))
