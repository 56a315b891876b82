import typing

from ..._models import StrEnum


class V1AiImageGeneratorCreateBodyStyleToolEnum(StrEnum):
    """The art style to use for image generation. Defaults to 'general' if not provided."""

    AI_ANIME_GENERATOR = "ai-anime-generator"
    AI_ART_GENERATOR = "ai-art-generator"
    AI_BACKGROUND_GENERATOR = "ai-background-generator"
    AI_CHARACTER_GENERATOR = "ai-character-generator"
    AI_FACE_GENERATOR = "ai-face-generator"
    AI_FASHION_GENERATOR = "ai-fashion-generator"
    AI_ICON_GENERATOR = "ai-icon-generator"
    AI_ILLUSTRATION_GENERATOR = "ai-illustration-generator"
    AI_INTERIOR_DESIGN_GENERATOR = "ai-interior-design-generator"
    AI_LANDSCAPE_GENERATOR = "ai-landscape-generator"
    AI_LOGO_GENERATOR = "ai-logo-generator"
    AI_MANGA_GENERATOR = "ai-manga-generator"
    AI_OUTFIT_GENERATOR = "ai-outfit-generator"
    AI_PATTERN_GENERATOR = "ai-pattern-generator"
    AI_PHOTO_GENERATOR = "ai-photo-generator"
    AI_SKETCH_GENERATOR = "ai-sketch-generator"
    AI_TATTOO_GENERATOR = "ai-tattoo-generator"
    ALBUM_COVER_GENERATOR = "album-cover-generator"
    ANIMATED_CHARACTERS_GENERATOR = "animated-characters-generator"
    ARCHITECTURE_GENERATOR = "architecture-generator"
    BOOK_COVER_GENERATOR = "book-cover-generator"
    COMIC_BOOK_GENERATOR = "comic-book-generator"
    DARK_FANTASY_AI = "dark-fantasy-ai"
    DISNEY_AI_GENERATOR = "disney-ai-generator"
    DND_AI_ART_GENERATOR = "dnd-ai-art-generator"
    EMOJI_GENERATOR = "emoji-generator"
    FANTASY_MAP_GENERATOR = "fantasy-map-generator"
    GRAFFITI_GENERATOR = "graffiti-generator"
    MOVIE_POSTER_GENERATOR = "movie-poster-generator"
    OPTICAL_ILLUSION_GENERATOR = "optical-illusion-generator"
    POKEMON_GENERATOR = "pokemon-generator"
    SOUTH_PARK_CHARACTER_GENERATOR = "south-park-character-generator"
    SUPERHERO_GENERATOR = "superhero-generator"
    THUMBNAIL_MAKER = "thumbnail-maker"
    GENERAL = "general"


V1AiImageGeneratorCreateBodyStyleToolEnumLiteral = typing.Literal[
    "ai-anime-generator",
    "ai-art-generator",
    "ai-background-generator",
    "ai-character-generator",
    "ai-face-generator",
    "ai-fashion-generator",
    "ai-icon-generator",
    "ai-illustration-generator",
    "ai-interior-design-generator",
    "ai-landscape-generator",
    "ai-logo-generator",
    "ai-manga-generator",
    "ai-outfit-generator",
    "ai-pattern-generator",
    "ai-photo-generator",
    "ai-sketch-generator",
    "ai-tattoo-generator",
    "album-cover-generator",
    "animated-characters-generator",
    "architecture-generator",
    "book-cover-generator",
    "comic-book-generator",
    "dark-fantasy-ai",
    "disney-ai-generator",
    "dnd-ai-art-generator",
    "emoji-generator",
    "fantasy-map-generator",
    "graffiti-generator",
    "movie-poster-generator",
    "optical-illusion-generator",
    "pokemon-generator",
    "south-park-character-generator",
    "superhero-generator",
    "thumbnail-maker",
    "general",
]
"""The values of `V1AiImageGeneratorCreateBodyStyleToolEnum` as plain strings: what request parameters accept."""
