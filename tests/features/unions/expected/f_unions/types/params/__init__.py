"""Request parameters (TypedDicts): plain dicts with these keys are accepted.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .circle import Circle as Circle
    from .drawings_create_body import DrawingsCreateBody as DrawingsCreateBody
    from .shape import Shape as Shape
    from .square import Square as Square

_MODULES: typing.Dict[str, str] = {
    "Circle": "circle",
    "DrawingsCreateBody": "drawings_create_body",
    "Shape": "shape",
    "Square": "square",
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
