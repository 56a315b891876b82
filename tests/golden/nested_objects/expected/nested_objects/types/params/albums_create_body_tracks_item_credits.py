from __future__ import annotations

import typing_extensions


class AlbumsCreateBodyTracksItemCredits(typing_extensions.TypedDict):
    """`credits` in an item of `tracks` in the request body of `POST /albums`."""

    writer: typing_extensions.NotRequired[str]
    producer: typing_extensions.NotRequired[str]
