from __future__ import annotations

import typing_extensions


class V1AiQrCodeGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """`style` in the request body of `POST /v1/ai-qr-code-generator`."""

    art_style: str
    """To use our templates, pass in one of Watercolor, Cyberpunk City, Ink Landscape, Interior Painting, Japanese Street, Mech, Minecraft, Picasso Painting, Game Map, Spaceship, Chinese Painting, Winter Village, or pass any custom art style."""
