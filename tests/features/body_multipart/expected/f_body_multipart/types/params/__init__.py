"""Request parameters (TypedDicts): plain dicts with these keys are accepted.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .avatars_create_body import AvatarsCreateBody as AvatarsCreateBody
    from .uploads_create_body import UploadsCreateBody as UploadsCreateBody

_MODULES: typing.Dict[str, str] = {
    "AvatarsCreateBody": "avatars_create_body",
    "UploadsCreateBody": "uploads_create_body",
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
