"""`client.v1.image_projects`: Get image project, Delete image project."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._types import RequestOptions
from ...types import models

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "404": models.NotFoundBody,
}


class ImageProjectsResource:
    """Methods of `client.v1.image_projects`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ImageProjectsGetResponse:
        """Get image project

        Look up an image project by the id that a create call returned. Poll it until `status` reaches `complete`, `error` or `canceled`; once it is `complete`, `downloads` holds a short-lived URL for every generated image.

        **Statuses**
        - `draft` — not used by the API
        - `queued` — accepted and waiting for capacity
        - `rendering` — the images are being generated
        - `complete` — finished; fetch the files from `downloads`
        - `error` — generation failed; `error` says why
        - `canceled` — the project was canceled

        `GET /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ImageProjectsGetResponse`: The image project

        Example:
            ```python
            client.v1.image_projects.get(
                id="cuid-example",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1ImageProjectsGetResponse,
            options=request_options,
        )

    def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete image project

        Delete an image project and its output files for good. This cannot be undone.

        `DELETE /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.v1.image_projects.delete(
                id="cuid-example",
            )
            ```
        """
        self._core.request(
            "DELETE",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=None,
            options=request_options,
        )


class AsyncImageProjectsResource:
    """Async methods of `client.v1.image_projects`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def get(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1ImageProjectsGetResponse:
        """Get image project

        Look up an image project by the id that a create call returned. Poll it until `status` reaches `complete`, `error` or `canceled`; once it is `complete`, `downloads` holds a short-lived URL for every generated image.

        **Statuses**
        - `draft` — not used by the API
        - `queued` — accepted and waiting for capacity
        - `rendering` — the images are being generated
        - `complete` — finished; fetch the files from `downloads`
        - `error` — generation failed; `error` says why
        - `canceled` — the project was canceled

        `GET /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.V1ImageProjectsGetResponse`: The image project

        Example:
            ```python
            await client.v1.image_projects.get(
                id="cuid-example",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=models.V1ImageProjectsGetResponse,
            options=request_options,
        )

    async def delete(
        self,
        *,
        id: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete image project

        Delete an image project and its output files for good. This cannot be undone.

        `DELETE /v1/image-projects/{id}`

        Args:
            id: Id of the image project, as returned by the API call that created it.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.v1.image_projects.delete(
                id="cuid-example",
            )
            ```
        """
        await self._core.request(
            "DELETE",
            "/v1/image-projects/{id}",
            path_params={"id": id},
            auth=(("bearerAuth",),),
            errors=_ERRORS,
            cast_to=None,
            options=request_options,
        )
