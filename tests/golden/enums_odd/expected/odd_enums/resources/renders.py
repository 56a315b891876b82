"""`client.renders`: Start a render."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._deprecation import warn_deprecated
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import enums, models


class RendersResource:
    """Methods of `client.renders`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        ratio: typing.Union[
            enums.RendersCreateBodyRatioEnum, enums.RendersCreateBodyRatioEnumLiteral
        ],
        size: typing.Union[
            enums.RendersCreateBodySizeEnum,
            enums.RendersCreateBodySizeEnumLiteral,
            NotGiven,
        ] = NOT_GIVEN,
        quality: typing.Union[
            enums.RendersCreateBodyQualityEnum,
            enums.RendersCreateBodyQualityEnumLiteral,
            NotGiven,
        ] = NOT_GIVEN,
        tone: typing.Union[
            typing.Optional[
                typing.Union[
                    enums.RendersCreateBodyToneEnum,
                    enums.RendersCreateBodyToneEnumLiteral,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        label: typing.Union[
            enums.RendersCreateBodyLabelEnum,
            enums.RendersCreateBodyLabelEnumLiteral,
            NotGiven,
        ] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.RendersCreateResponse:
        """Start a render

        `POST /renders`

        Args:
            ratio: Frame shape.
            size: Output size.
                Deprecated values: `auto` (use `1k`).

            quality: Quality level.
            tone: `tone` in the request body of `POST /renders`.
            label: Labels that collide once case and punctuation are dropped.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.RendersCreateResponse`: The render

        Example:
            ```python
            client.renders.create(
                ratio="1:1",
            )
            ```
        """
        warn_deprecated(
            {
                "size": size,
            },
            (
                (
                    ("size",),
                    "auto",
                    "`size='auto'` of `POST /renders` is deprecated; use '1k' instead.",
                ),
            ),
        )
        return self._core.request(
            "POST",
            "/renders",
            json={
                "ratio": ratio,
                "size": size,
                "quality": quality,
                "tone": tone,
                "label": label,
            },
            cast_to=models.RendersCreateResponse,
            options=request_options,
        )


class AsyncRendersResource:
    """Async methods of `client.renders`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        ratio: typing.Union[
            enums.RendersCreateBodyRatioEnum, enums.RendersCreateBodyRatioEnumLiteral
        ],
        size: typing.Union[
            enums.RendersCreateBodySizeEnum,
            enums.RendersCreateBodySizeEnumLiteral,
            NotGiven,
        ] = NOT_GIVEN,
        quality: typing.Union[
            enums.RendersCreateBodyQualityEnum,
            enums.RendersCreateBodyQualityEnumLiteral,
            NotGiven,
        ] = NOT_GIVEN,
        tone: typing.Union[
            typing.Optional[
                typing.Union[
                    enums.RendersCreateBodyToneEnum,
                    enums.RendersCreateBodyToneEnumLiteral,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        label: typing.Union[
            enums.RendersCreateBodyLabelEnum,
            enums.RendersCreateBodyLabelEnumLiteral,
            NotGiven,
        ] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.RendersCreateResponse:
        """Start a render

        `POST /renders`

        Args:
            ratio: Frame shape.
            size: Output size.
                Deprecated values: `auto` (use `1k`).

            quality: Quality level.
            tone: `tone` in the request body of `POST /renders`.
            label: Labels that collide once case and punctuation are dropped.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.RendersCreateResponse`: The render

        Example:
            ```python
            await client.renders.create(
                ratio="1:1",
            )
            ```
        """
        warn_deprecated(
            {
                "size": size,
            },
            (
                (
                    ("size",),
                    "auto",
                    "`size='auto'` of `POST /renders` is deprecated; use '1k' instead.",
                ),
            ),
        )
        return await self._core.request(
            "POST",
            "/renders",
            json={
                "ratio": ratio,
                "size": size,
                "quality": quality,
                "tone": tone,
                "label": label,
            },
            cast_to=models.RendersCreateResponse,
            options=request_options,
        )
