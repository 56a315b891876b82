"""DeprecationWarnings for deprecated operations, arguments and enum values.

Generated methods pass their arguments and a static table of rules; a rule's path walks into
nested dicts (`*` walks every item of a list). The request itself is never changed. Warnings
point at the caller's line, outside this package, however deep inside the SDK they start.
"""

from __future__ import annotations

import os
import sys
import typing
import warnings

from ._types import NotGiven

__all__ = ["Rule", "warn_deprecated"]

Rule = typing.Tuple[typing.Tuple[str, ...], typing.Optional[object], str]
"""(path to the argument or field, deprecated value or None for the field itself, message)."""

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
_MISSING = object()


def warn_deprecated(
    arguments: typing.Mapping[str, object], rules: typing.Sequence[Rule]
) -> None:
    for path, value, message in rules:
        if any(_hit(found, value) for found in _walk(arguments, path)):
            warnings.warn(message, DeprecationWarning, stacklevel=_caller_level())


def _hit(found: object, value: typing.Optional[object]) -> bool:
    if found is _MISSING or isinstance(found, NotGiven):
        return False
    return value is None or found == value


def _walk(node: object, path: typing.Sequence[str]) -> typing.Iterator[object]:
    if not path:
        yield node
        return
    head, rest = path[0], path[1:]
    if head == "*":
        if isinstance(node, (list, tuple)):
            for item in node:
                yield from _walk(item, rest)
        return
    if isinstance(node, typing.Mapping):
        yield from _walk(node.get(head, _MISSING), rest)


def _caller_level() -> int:
    """`stacklevel` (counted from `warn_deprecated`) of the first frame outside the SDK."""
    level, frame = 1, sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level + 1
