from __future__ import annotations

import typing_extensions


class V1AiGifGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/ai-gif-generator`."""

    prompt: str
    """The prompt used for the GIF."""
