from __future__ import annotations

import typing_extensions


class V1TextToVideoCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/text-to-video`."""

    prompt: str
    """The prompt used for the video."""
