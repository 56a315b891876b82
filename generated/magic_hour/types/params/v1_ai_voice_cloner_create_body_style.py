from __future__ import annotations

import typing_extensions


class V1AiVoiceClonerCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/ai-voice-cloner`."""

    prompt: str
    """Text used to generate speech from the cloned voice. The character limit is 1000 characters."""
