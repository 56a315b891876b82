from __future__ import annotations

import typing_extensions


class ChatCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /chat`."""

    prompt: str
