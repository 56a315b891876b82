import typing

from ..._models import StrEnum


class V1AiMemeGeneratorCreateBodyStyleTemplateEnum(StrEnum):
    """To use our templates, pass in one of the enum values."""

    RANDOM = "Random"
    DRAKE_HOTLINE_BLING = "Drake Hotline Bling"
    GALAXY_BRAIN = "Galaxy Brain"
    TWO_BUTTONS = "Two Buttons"
    GRU_S_PLAN = "Gru's Plan"
    TUXEDO_WINNIE_THE_POOH = "Tuxedo Winnie The Pooh"
    IS_THIS_A_PIGEON = "Is This a Pigeon"
    PANIK_KALM_PANIK = "Panik Kalm Panik"
    DISAPPOINTED_GUY = "Disappointed Guy"
    WAITING_SKELETON = "Waiting Skeleton"
    BIKE_FALL = "Bike Fall"
    CHANGE_MY_MIND = "Change My Mind"
    SIDE_EYEING_CHLOE = "Side Eyeing Chloe"


V1AiMemeGeneratorCreateBodyStyleTemplateEnumLiteral = typing.Literal[
    "Random",
    "Drake Hotline Bling",
    "Galaxy Brain",
    "Two Buttons",
    "Gru's Plan",
    "Tuxedo Winnie The Pooh",
    "Is This a Pigeon",
    "Panik Kalm Panik",
    "Disappointed Guy",
    "Waiting Skeleton",
    "Bike Fall",
    "Change My Mind",
    "Side Eyeing Chloe",
]
"""The values of `V1AiMemeGeneratorCreateBodyStyleTemplateEnum` as plain strings: what request parameters accept."""
