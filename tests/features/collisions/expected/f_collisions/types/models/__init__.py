"""Response models (pydantic): what the API returns.

Each type lives in its own module and is imported on first access.
"""

import typing

from ..._models import import_module

if typing.TYPE_CHECKING:
    from .widget import Widget as Widget
    from .widget2 import Widget2 as Widget2
    from .widget_config import WidgetConfig as WidgetConfig
    from .widgets_create_body import WidgetsCreateBody as WidgetsCreateBody
    from .widgets_create_response import WidgetsCreateResponse as WidgetsCreateResponse
    from .widgets_create_response2 import (
        WidgetsCreateResponse2 as WidgetsCreateResponse2,
    )

_MODULES: typing.Dict[str, str] = {
    "Widget": "widget",
    "Widget2": "widget2",
    "WidgetConfig": "widget_config",
    "WidgetsCreateBody": "widgets_create_body",
    "WidgetsCreateResponse": "widgets_create_response",
    "WidgetsCreateResponse2": "widgets_create_response2",
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
