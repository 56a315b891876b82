"""Types: `models` (responses, pydantic), `params` (requests, TypedDicts), `enums`."""

from . import enums, models, params

__all__ = ["enums", "models", "params"]
