from __future__ import annotations

import typing_extensions


class V1AiImageEditorCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/ai-image-editor`."""

    prompt: str
    """The prompt used to edit the image."""
