"""Request parameters (TypedDicts): plain dicts with these keys are accepted.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .v1_ai_image_generator_create_body import (
        V1AiImageGeneratorCreateBody as V1AiImageGeneratorCreateBody,
    )
    from .v1_ai_image_generator_create_body_style import (
        V1AiImageGeneratorCreateBodyStyle as V1AiImageGeneratorCreateBodyStyle,
    )

_MODULES: typing.Dict[str, str] = {
    "V1AiImageGeneratorCreateBody": "v1_ai_image_generator_create_body",
    "V1AiImageGeneratorCreateBodyStyle": "v1_ai_image_generator_create_body_style",
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
