"""`client.v1.audio_projects`: Get audio details, Delete audio."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._types import RequestOptions
from ...types import models

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "402": models.PaymentRequiredBody,
    "404": models.NotFoundBody,
}


class AudioProjectsResource:
    """Methods of `client.v1.audio_projects`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1AudioProjectsGetResponse:
        """Get audio details

        Check the progress of a audio project. The `downloads` field is populated after a successful render.

        **Statuses**
        - `queued` — waiting to start
        - `rendering` — in progress
        - `complete` — ready; see `downloads`
        - `error` — a failure occurred (see `error`)
        - `canceled` — user canceled
        - `draft` — not used

        `GET /v1/audio-projects/{id}`

        Args:
            id: Unique ID of the audio project. This value is returned by all of the POST APIs that create an audio.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AudioProjectsGetResponse`: Success

        Example:
            ```python
            client.v1.audio_projects.get(
                id="cuid-example",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/audio-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AudioProjectsGetResponse,
            options=request_options,
        )

    def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete audio

        Permanently delete the rendered audio file(s). This action is not reversible, please be sure before deleting.

        `DELETE /v1/audio-projects/{id}`

        Args:
            id: Unique ID of the audio project. This value is returned by all of the POST APIs that create an audio.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.v1.audio_projects.delete(
                id="cuid-example",
            )
            ```
        """
        self._core.request(
            "DELETE",
            "/v1/audio-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=None,
            options=request_options,
        )


class AsyncAudioProjectsResource:
    """Async methods of `client.v1.audio_projects`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1AudioProjectsGetResponse:
        """Get audio details

        Check the progress of a audio project. The `downloads` field is populated after a successful render.

        **Statuses**
        - `queued` — waiting to start
        - `rendering` — in progress
        - `complete` — ready; see `downloads`
        - `error` — a failure occurred (see `error`)
        - `canceled` — user canceled
        - `draft` — not used

        `GET /v1/audio-projects/{id}`

        Args:
            id: Unique ID of the audio project. This value is returned by all of the POST APIs that create an audio.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1AudioProjectsGetResponse`: Success

        Example:
            ```python
            await client.v1.audio_projects.get(
                id="cuid-example",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/audio-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1AudioProjectsGetResponse,
            options=request_options,
        )

    async def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete audio

        Permanently delete the rendered audio file(s). This action is not reversible, please be sure before deleting.

        `DELETE /v1/audio-projects/{id}`

        Args:
            id: Unique ID of the audio project. This value is returned by all of the POST APIs that create an audio.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.v1.audio_projects.delete(
                id="cuid-example",
            )
            ```
        """
        await self._core.request(
            "DELETE",
            "/v1/audio-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=None,
            options=request_options,
        )
