"""Enums: every member is also a plain value, and unknown values from the server are kept.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

_MODULES: typing.Dict[str, str] = {}

__all__ = sorted(_MODULES)


if not typing.TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> typing.List[str]:
    return __all__
