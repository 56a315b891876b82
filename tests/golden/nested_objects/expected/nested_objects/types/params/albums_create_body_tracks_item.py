from __future__ import annotations

import typing_extensions

from .albums_create_body_tracks_item_credits import AlbumsCreateBodyTracksItemCredits


class AlbumsCreateBodyTracksItem(typing_extensions.TypedDict):
    """An item of `tracks` in the request body of `POST /albums`."""

    name: str
    credits: typing_extensions.NotRequired[AlbumsCreateBodyTracksItemCredits]
