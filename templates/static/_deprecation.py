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

__all__ = ["Rule", "warn_deprecated", "without"]

Rule = typing.Tuple[typing.Tuple[str, ...], typing.Optional[object], str]
"""(path to the argument or field, deprecated value or None for the field itself, message)."""

T = typing.TypeVar("T")
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
_MISSING = object()


def warn_deprecated(
    arguments: typing.Mapping[str, object], rules: typing.Sequence[Rule]
) -> None:
    for path, value, message in rules:
        if any(_hit(found, value) for found in _walk(arguments, path)):
            warnings.warn(message, DeprecationWarning, stacklevel=_caller_level())


def without(arguments: T, paths: typing.Sequence[typing.Tuple[str, ...]]) -> T:
    """`arguments` without the fields at `paths`: fields the API removed, which the SDK still
    accepts for a while (its warning said so) but must not send. The caller's dicts are copied,
    never changed."""
    if not any(_hit(found, None) for path in paths for found in _walk(arguments, path)):
        return arguments
    copied = _copy(arguments)
    for path in paths:
        for parent in list(_walk(copied, path[:-1])):
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
    return typing.cast(T, copied)


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


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
