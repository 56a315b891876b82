"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .conflict import Conflict as Conflict
    from .not_found_body import NotFoundBody as NotFoundBody
    from .order import Order as Order
    from .problem import Problem as Problem
    from .queued import Queued as Queued
    from .validation_error import ValidationError as ValidationError
    from .validation_error_errors_item import (
        ValidationErrorErrorsItem as ValidationErrorErrorsItem,
    )

_MODULES: typing.Dict[str, str] = {
    "Conflict": "conflict",
    "NotFoundBody": "not_found_body",
    "Order": "order",
    "Problem": "problem",
    "Queued": "queued",
    "ValidationError": "validation_error",
    "ValidationErrorErrorsItem": "validation_error_errors_item",
}

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
