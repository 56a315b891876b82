from __future__ import annotations

import typing_extensions

from ..._types import FileContent


class AvatarsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /avatars`."""

    image: typing_extensions.NotRequired[FileContent]
    caption: typing_extensions.NotRequired[str]
