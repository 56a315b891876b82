import typing

from ..._models import StrEnum


class V1AnimationCreateBodyStyleCameraEffectEnum(StrEnum):
    """The camera effect used to create the output video"""

    SIMPLE_ZOOM_OUT = "Simple Zoom Out"
    SIMPLE_ZOOM_IN = "Simple Zoom In"
    BOUNCE_OUT = "Bounce Out"
    SPIN_BOUNCE = "Spin Bounce"
    ROLLING_BOUNCES = "Rolling Bounces"
    RISE_AND_CLIMB = "Rise and Climb"
    DRAMATIC_ZOOM_IN = "Dramatic Zoom In"
    DRAMATIC_ZOOM_OUT = "Dramatic Zoom Out"
    SWAY_OUT = "Sway Out"
    BOOST_ZOOM_IN = "Boost Zoom In"
    BOOST_ZOOM_OUT = "Boost Zoom Out"
    HEARTBEAT = "Heartbeat"
    BOUNCE_IN_PLACE = "Bounce in Place"
    EARTHQUAKE_BOUNCE = "Earthquake Bounce"
    SLICE_BOUNCE = "Slice Bounce"
    BOUNCE_IN_AND_OUT = "Bounce In And Out"
    JUMP = "Jump"
    ROAD_TRIP = "Road Trip"
    TRAVERSE = "Traverse"
    RUBBER_BAND = "Rubber Band"
    RODEO = "Rodeo"
    ACCELERATE = "Accelerate"
    SPEED_OF_LIGHT = "Speed of Light"
    DRIFT_SPIN = "Drift Spin"
    VERTIGO = "Vertigo"
    COG_IN_THE_MACHINE = "Cog in the Machine"
    QUADRANT = "Quadrant"
    TRON = "Tron"
    PUSHER = "Pusher"
    ROLL_IN = "Roll In"
    HESITATE_IN = "Hesitate In"
    ZOOM_IN_AUDIO_SYNC = "Zoom In - Audio Sync"
    PULSE_AUDIO_SYNC = "Pulse - Audio Sync"
    AGGRESSIVE_ZOOM_IN_AUDIO_SYNC = "Aggressive Zoom In - Audio Sync"
    ROLL_IN_AUDIO_SYNC = "Roll In - Audio Sync"
    ZOOM_OUT_AUDIO_SYNC = "Zoom Out - Audio Sync"
    AGGRESSIVE_ZOOM_OUT_AUDIO_SYNC = "Aggressive Zoom Out - Audio Sync"
    SWAY_OUT_AUDIO_SYNC = "Sway Out - Audio Sync"
    BOUNCE_AND_SPIN_AUDIO_SYNC = "Bounce and Spin - Audio Sync"
    ZOOM_IN_AND_SPIN_AUDIO_SYNC = "Zoom In and Spin - Audio Sync"
    VERTIGO_AUDIO_SYNC = "Vertigo - Audio Sync"
    BOUNCE_OUT_AUDIO_SYNC = "Bounce Out - Audio Sync"
    EARTHQUAKE_BOUNCE_AUDIO_SYNC = "Earthquake Bounce - Audio Sync"
    PUSHER_AUDIO_SYNC = "Pusher - Audio Sync"
    EVOLVE_AUDIO_SYNC = "Evolve - Audio Sync"
    DEVOLVE_AUDIO_SYNC = "Devolve - Audio Sync"
    SLIDESHOW = "Slideshow"
    PAN_LEFT = "Pan Left"
    PAN_RIGHT = "Pan Right"
    TILT_UP = "Tilt Up"
    TILT_DOWN = "Tilt Down"
    DIRECTED_BY_AI = "Directed by AI"


V1AnimationCreateBodyStyleCameraEffectEnumLiteral = typing.Literal[
    "Simple Zoom Out",
    "Simple Zoom In",
    "Bounce Out",
    "Spin Bounce",
    "Rolling Bounces",
    "Rise and Climb",
    "Dramatic Zoom In",
    "Dramatic Zoom Out",
    "Sway Out",
    "Boost Zoom In",
    "Boost Zoom Out",
    "Heartbeat",
    "Bounce in Place",
    "Earthquake Bounce",
    "Slice Bounce",
    "Bounce In And Out",
    "Jump",
    "Road Trip",
    "Traverse",
    "Rubber Band",
    "Rodeo",
    "Accelerate",
    "Speed of Light",
    "Drift Spin",
    "Vertigo",
    "Cog in the Machine",
    "Quadrant",
    "Tron",
    "Pusher",
    "Roll In",
    "Hesitate In",
    "Zoom In - Audio Sync",
    "Pulse - Audio Sync",
    "Aggressive Zoom In - Audio Sync",
    "Roll In - Audio Sync",
    "Zoom Out - Audio Sync",
    "Aggressive Zoom Out - Audio Sync",
    "Sway Out - Audio Sync",
    "Bounce and Spin - Audio Sync",
    "Zoom In and Spin - Audio Sync",
    "Vertigo - Audio Sync",
    "Bounce Out - Audio Sync",
    "Earthquake Bounce - Audio Sync",
    "Pusher - Audio Sync",
    "Evolve - Audio Sync",
    "Devolve - Audio Sync",
    "Slideshow",
    "Pan Left",
    "Pan Right",
    "Tilt Up",
    "Tilt Down",
    "Directed by AI",
]
"""The values of `V1AnimationCreateBodyStyleCameraEffectEnum` as plain strings: what request parameters accept."""
