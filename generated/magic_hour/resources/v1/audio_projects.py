"""`client.v1.audio_projects`: Get audio details, Delete audio."""

from __future__ import annotations

import os
import typing

from ..._base_client import AsyncCore, SyncCore
from ..._jobs import (
    Call,
    DEFAULT_MAX_DOWNLOAD_BYTES,
    DEFAULT_WAIT_TIMEOUT,
    Workflow,
    acheck_job,
    check_job,
)
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import RequestOptions
from ...types import models

_ERRORS: typing.Dict[str, object] = {
    "400": models.BadRequestBody,
    "401": models.UnauthorizedBody,
    "402": models.PaymentRequiredBody,
    "404": models.NotFoundBody,
}
_GET_RESULT = Workflow(
    Call("resources.v1.audio_projects", "AudioProjectsResource", "get"),
    id_param="id",
    id_attr="id",
    status_attr="status",
    success=("complete",),
    failure=("error", "canceled"),
    outputs=("downloads", "url"),
    poll_interval_env="MAGIC_HOUR_POLL_INTERVAL",
)


class AudioProjectsResource:
    """Methods of `client.v1.audio_projects`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AudioProjectsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AudioProjectsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AudioProjectsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return AudioProjectsResourceWithStreamingResponse(self)

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

    def check_result(
        self,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: typing.Union[str, os.PathLike[str], None] = None,
        *,
        wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
        overwrite: bool = False,
        max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """Wait for a job started earlier and download its outputs

        Polls `get()` with the job's `id` until its `status` is one of
        `complete`, `error`, `canceled`, as `generate()` does after creating one.

        Args:
            id: The id the call that created the job returned.
            wait_for_completion: Poll until the job ends; if False, return the state after one poll.
            download_outputs: Download the outputs of a successful job.
            download_directory: Where to save them (default: the current directory). File names come
                from the server but never leave this directory; an existing file is kept and the
                download gets a free name (`name-1.png`) unless `overwrite` is True.
            wait_timeout: Seconds to wait for the job before raising `WaitTimeoutError`; `None` waits
                forever.
            overwrite: Replace existing files with the same name.
            max_download_bytes: The largest file to download (default 10 GiB; `None`: no limit). A bigger
                one raises `DownloadError` and leaves nothing on disk.
            request_options: Per-request overrides for every call this makes (downloads take only the
                timeout and retries).

        Returns:
            `models.V1AudioProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            client.v1.audio_projects.check_result(
                id="cuid-example",
                wait_for_completion=True,
                download_outputs=True,
                download_directory=".",
            )
            ```
        """
        return check_job(
            self._core,
            _GET_RESULT,
            id,
            models.V1AudioProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
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


class AudioProjectsResourceWithRawResponse:
    """`client.v1.audio_projects.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AudioProjectsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)


class AudioProjectsResourceWithStreamingResponse:
    """`client.v1.audio_projects.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: AudioProjectsResource) -> None:
        self.get = to_streamed_response(resource.get)
        self.delete = to_streamed_response(resource.delete)


class AsyncAudioProjectsResource:
    """Async methods of `client.v1.audio_projects`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncAudioProjectsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncAudioProjectsResourceWithRawResponse(self)

    @property
    def with_streaming_response(
        self,
    ) -> AsyncAudioProjectsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncAudioProjectsResourceWithStreamingResponse(self)

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

    async def check_result(
        self,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: typing.Union[str, os.PathLike[str], None] = None,
        *,
        wait_timeout: typing.Optional[float] = DEFAULT_WAIT_TIMEOUT,
        overwrite: bool = False,
        max_download_bytes: typing.Optional[int] = DEFAULT_MAX_DOWNLOAD_BYTES,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.V1AudioProjectsGetResponseWithDownloads:
        """Wait for a job started earlier and download its outputs

        Polls `get()` with the job's `id` until its `status` is one of
        `complete`, `error`, `canceled`, as `generate()` does after creating one.

        Args:
            id: The id the call that created the job returned.
            wait_for_completion: Poll until the job ends; if False, return the state after one poll.
            download_outputs: Download the outputs of a successful job.
            download_directory: Where to save them (default: the current directory). File names come
                from the server but never leave this directory; an existing file is kept and the
                download gets a free name (`name-1.png`) unless `overwrite` is True.
            wait_timeout: Seconds to wait for the job before raising `WaitTimeoutError`; `None` waits
                forever.
            overwrite: Replace existing files with the same name.
            max_download_bytes: The largest file to download (default 10 GiB; `None`: no limit). A bigger
                one raises `DownloadError` and leaves nothing on disk.
            request_options: Per-request overrides for every call this makes (downloads take only the
                timeout and retries).

        Returns:
            `models.V1AudioProjectsGetResponseWithDownloads`: the final state of the job, with `downloaded_paths`. A job
            that ended in `error` or `canceled` is returned too (nothing is downloaded):
            check `status`.

        Example:
            ```python
            await client.v1.audio_projects.check_result(
                id="cuid-example",
                wait_for_completion=True,
                download_outputs=True,
                download_directory=".",
            )
            ```
        """
        return await acheck_job(
            self._core,
            _GET_RESULT,
            id,
            models.V1AudioProjectsGetResponseWithDownloads,
            wait_for_completion=wait_for_completion,
            download_outputs=download_outputs,
            download_directory=download_directory,
            wait_timeout=wait_timeout,
            overwrite=overwrite,
            max_download_bytes=max_download_bytes,
            request_options=request_options,
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


class AsyncAudioProjectsResourceWithRawResponse:
    """`client.v1.audio_projects.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncAudioProjectsResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.delete = async_to_raw_response(resource.delete)


class AsyncAudioProjectsResourceWithStreamingResponse:
    """`client.v1.audio_projects.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncAudioProjectsResource) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.delete = async_to_streamed_response(resource.delete)
