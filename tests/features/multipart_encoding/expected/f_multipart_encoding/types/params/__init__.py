"""Request parameters (TypedDicts): plain dicts with these keys are accepted.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .documents_create_body import DocumentsCreateBody as DocumentsCreateBody
    from .documents_create_body_filter import (
        DocumentsCreateBodyFilter as DocumentsCreateBodyFilter,
    )
    from .label import Label as Label
    from .meta import Meta as Meta

_MODULES: typing.Dict[str, str] = {
    "DocumentsCreateBody": "documents_create_body",
    "DocumentsCreateBodyFilter": "documents_create_body_filter",
    "Label": "label",
    "Meta": "meta",
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
