import typing

from ..._models import StrEnum


class V1AnimationCreateBodyStyleArtStyleEnum(StrEnum):
    """The art style used to create the output video"""

    CUSTOM = "Custom"
    PAINTERLY_ILLUSTRATION = "Painterly Illustration"
    VIBRANT_MATTE_ILLUSTRATION = "Vibrant Matte Illustration"
    TRADITIONAL_WATERCOLOR = "Traditional Watercolor"
    CYBERPUNK = "Cyberpunk"
    INK_AND_WATERCOLOR_PORTRAIT = "Ink and Watercolor Portrait"
    INTRICATE_ABSTRACT_LINES_PORTRAIT = "Intricate Abstract Lines Portrait"
    VALUE_3_D_RENDER = "3D Render"
    OLD_SCHOOL_COMIC = "Old School Comic"
    BOLD_COLORED_ILLUSTRATION = "Bold Colored Illustration"
    SYNTHWAVE = "Synthwave"
    MINIMAL_COLD_FUTURISM = "Minimal Cold Futurism"
    FUTURISTIC_ANIME = "Futuristic Anime"
    CINEMATIC_MIYAZAKI = "Cinematic Miyazaki"
    STUDIO_GHIBLI_FILM_STILL = "Studio Ghibli Film Still"
    SOFT_DELICATE_MATTE_PORTRAIT = "Soft Delicate Matte Portrait"
    CINEMATIC_LANDSCAPE = "Cinematic Landscape"
    LANDSCAPE_PAINTING = "Landscape Painting"
    PHOTOGRAPH = "Photograph"
    JACKSON_POLLOCK = "Jackson Pollock"
    CUBIST = "Cubist"
    ABSTRACT_MINIMALIST = "Abstract Minimalist"
    IMPRESSIONISM = "Impressionism"
    VAN_GOGH = "Van Gogh"
    WOODCUT = "Woodcut"
    OIL_PAINTING = "Oil Painting"
    VINTAGE_JAPANESE_ANIME = "Vintage Japanese Anime"
    PIXAR = "Pixar"
    COSMIC = "Cosmic"
    PIXEL_ART = "Pixel Art"
    FANTASY = "Fantasy"
    ARCANE = "Arcane"
    SIN_CITY = "Sin City"
    DOUBLE_EXPOSURE = "Double Exposure"
    PAINTED_CITYSCAPE = "Painted Cityscape"
    VALUE_90S_STREETS = "90s Streets"
    OVERGROWN = "Overgrown"
    POSTAPOCALYPTIC = "Postapocalyptic"
    SPOOKY = "Spooky"
    MINIATURES = "Miniatures"
    LOW_POLY = "Low Poly"
    ART_DECO = "Art Deco"
    INKPUNK = "Inkpunk"
    DARK_GRAPHIC_ILLUSTRATION = "Dark Graphic Illustration"
    DARK_WATERCOLOR = "Dark Watercolor"
    FADED_ILLUSTRATION = "Faded Illustration"
    DIRECTED_BY_AI = "Directed by AI"


V1AnimationCreateBodyStyleArtStyleEnumLiteral = typing.Literal[
    "Custom",
    "Painterly Illustration",
    "Vibrant Matte Illustration",
    "Traditional Watercolor",
    "Cyberpunk",
    "Ink and Watercolor Portrait",
    "Intricate Abstract Lines Portrait",
    "3D Render",
    "Old School Comic",
    "Bold Colored Illustration",
    "Synthwave",
    "Minimal Cold Futurism",
    "Futuristic Anime",
    "Cinematic Miyazaki",
    "Studio Ghibli Film Still",
    "Soft Delicate Matte Portrait",
    "Cinematic Landscape",
    "Landscape Painting",
    "Photograph",
    "Jackson Pollock",
    "Cubist",
    "Abstract Minimalist",
    "Impressionism",
    "Van Gogh",
    "Woodcut",
    "Oil Painting",
    "Vintage Japanese Anime",
    "Pixar",
    "Cosmic",
    "Pixel Art",
    "Fantasy",
    "Arcane",
    "Sin City",
    "Double Exposure",
    "Painted Cityscape",
    "90s Streets",
    "Overgrown",
    "Postapocalyptic",
    "Spooky",
    "Miniatures",
    "Low Poly",
    "Art Deco",
    "Inkpunk",
    "Dark Graphic Illustration",
    "Dark Watercolor",
    "Faded Illustration",
    "Directed by AI",
]
"""The values of `V1AnimationCreateBodyStyleArtStyleEnum` as plain strings: what request parameters accept."""
