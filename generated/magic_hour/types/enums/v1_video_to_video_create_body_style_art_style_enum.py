import typing

from ..._models import StrEnum


class V1VideoToVideoCreateBodyStyleArtStyleEnum(StrEnum):
    """`art_style` in `style` in the request body of `POST /v1/video-to-video`."""

    MINECRAFT = "Minecraft"
    WATERCOLOR = "Watercolor"
    PIXEL = "Pixel"
    RETRO_SCI_FI = "Retro Sci-Fi"
    LEGO = "Lego"
    ORIGAMI = "Origami"
    GHOST = "Ghost"
    SUB_ZERO = "Sub-Zero"
    STUDIO_GHIBLI = "Studio Ghibli"
    COMIC = "Comic"
    IMPRESSIONISM = "Impressionism"
    MASTER_CHIEF = "Master Chief"
    SOLID_SNAKE = "Solid Snake"
    STREET_FIGHTER = "Street Fighter"
    HOLOGRAM = "Hologram"
    GTA = "GTA"
    CLAY = "Clay"
    MYSTIQUE = "Mystique"
    DRAGONBALL_Z = "Dragonball Z"
    MARIO = "Mario"
    SAMURAI = "Samurai"
    SPARTAN = "Spartan"
    BOBA_FETT = "Boba Fett"
    VALUE_3_D_RENDER = "3D Render"
    AIRBENDER = "Airbender"
    ANDROID = "Android"
    ANIME_WARRIOR = "Anime Warrior"
    ARMORED_KNIGHT = "Armored Knight"
    ASSASSIN_S_CREED = "Assassin's Creed"
    AVATAR = "Avatar"
    BLACK_SPIDERMAN = "Black Spiderman"
    BOLD_ANIME = "Bold Anime"
    CELESTIAL_SKIN = "Celestial Skin"
    CHINESE_SWORDSMEN = "Chinese Swordsmen"
    CYBERPUNK = "Cyberpunk"
    CYPHER = "Cypher"
    DARK_FANTASY = "Dark Fantasy"
    FUTURE_BOT = "Future Bot"
    FUTURISTIC_FANTASY = "Futuristic Fantasy"
    GHIBLI_ANIME = "Ghibli Anime"
    GUNDAM = "Gundam"
    ILLUSTRATION = "Illustration"
    INK = "Ink"
    INK_POSTER = "Ink Poster"
    JINX = "Jinx"
    KNIGHT = "Knight"
    LINK = "Link"
    MARBLE = "Marble"
    MECH = "Mech"
    NARUTO = "Naruto"
    NEON_DREAM = "Neon Dream"
    NO_ART_STYLE = "No Art Style"
    OIL_PAINTING = "Oil Painting"
    ON_FIRE = "On Fire"
    PAINTERLY_ANIME = "Painterly Anime"
    PIXAR = "Pixar"
    POWER_ARMOR = "Power Armor"
    POWER_RANGER = "Power Ranger"
    RADIANT_ANIME = "Radiant Anime"
    REALISTIC_ANIME = "Realistic Anime"
    REALISTIC_PIXAR = "Realistic Pixar"
    RETRO_ANIME = "Retro Anime"
    SAMURAI_BOT = "Samurai Bot"
    SHARP_ANIME = "Sharp Anime"
    SOFT_ANIME = "Soft Anime"
    STARFIELD = "Starfield"
    THE_VOID = "The Void"
    TOMB_RAIDER = "Tomb Raider"
    UNDERWATER = "Underwater"
    VAN_GOGH = "Van Gogh"
    VIKING = "Viking"
    WESTERN_ANIME = "Western Anime"
    WU_KONG = "Wu Kong"
    WUXIA_ANIME = "Wuxia Anime"
    ZELDA = "Zelda"


V1VideoToVideoCreateBodyStyleArtStyleEnumLiteral = typing.Literal[
    "Minecraft",
    "Watercolor",
    "Pixel",
    "Retro Sci-Fi",
    "Lego",
    "Origami",
    "Ghost",
    "Sub-Zero",
    "Studio Ghibli",
    "Comic",
    "Impressionism",
    "Master Chief",
    "Solid Snake",
    "Street Fighter",
    "Hologram",
    "GTA",
    "Clay",
    "Mystique",
    "Dragonball Z",
    "Mario",
    "Samurai",
    "Spartan",
    "Boba Fett",
    "3D Render",
    "Airbender",
    "Android",
    "Anime Warrior",
    "Armored Knight",
    "Assassin's Creed",
    "Avatar",
    "Black Spiderman",
    "Bold Anime",
    "Celestial Skin",
    "Chinese Swordsmen",
    "Cyberpunk",
    "Cypher",
    "Dark Fantasy",
    "Future Bot",
    "Futuristic Fantasy",
    "Ghibli Anime",
    "Gundam",
    "Illustration",
    "Ink",
    "Ink Poster",
    "Jinx",
    "Knight",
    "Link",
    "Marble",
    "Mech",
    "Naruto",
    "Neon Dream",
    "No Art Style",
    "Oil Painting",
    "On Fire",
    "Painterly Anime",
    "Pixar",
    "Power Armor",
    "Power Ranger",
    "Radiant Anime",
    "Realistic Anime",
    "Realistic Pixar",
    "Retro Anime",
    "Samurai Bot",
    "Sharp Anime",
    "Soft Anime",
    "Starfield",
    "The Void",
    "Tomb Raider",
    "Underwater",
    "Van Gogh",
    "Viking",
    "Western Anime",
    "Wu Kong",
    "Wuxia Anime",
    "Zelda",
]
"""The values of `V1VideoToVideoCreateBodyStyleArtStyleEnum` as plain strings: what request parameters accept."""
