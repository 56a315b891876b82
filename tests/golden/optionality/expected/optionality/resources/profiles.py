"""`client.profiles`: Replace a profile."""

from __future__ import annotations

import datetime
import typing

from .._base_client import AsyncCore, SyncCore
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import models


class ProfilesResource:
    """Methods of `client.profiles`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ProfilesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ProfilesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ProfilesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ProfilesResourceWithStreamingResponse(self)

    def update(
        self,
        *,
        name: str,
        nickname: typing.Optional[str],
        bio: typing.Union[str, NotGiven] = NOT_GIVEN,
        website: typing.Union[typing.Optional[str], NotGiven] = NOT_GIVEN,
        born: typing.Union[datetime.date, str, NotGiven] = NOT_GIVEN,
        class_: typing.Union[str, NotGiven] = NOT_GIVEN,
        content_type: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ProfilesUpdateResponse:
        """Replace a profile

        `PUT /profiles`

        Args:
            name: Required, never null.
            nickname: Required, may be null.
            bio: Optional, never null.
            website: Optional, may be null.
            born: `born` in the request body.
            class_: A keyword as a property name.
            content_type: Not an identifier.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ProfilesUpdateResponse`: The profile

        Example:
            ```python
            client.profiles.update(
                name="string",
                nickname="string",
            )
            ```
        """
        return self._core.request(
            "PUT",
            "/profiles",
            json={
                "name": name,
                "nickname": nickname,
                "bio": bio,
                "website": website,
                "born": born,
                "class": class_,
                "content-type": content_type,
            },
            auth=(("apiKey",),),
            cast_to=models.ProfilesUpdateResponse,
            options=request_options,
        )


class ProfilesResourceWithRawResponse:
    """`client.profiles.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ProfilesResource) -> None:
        self.update = to_raw_response(resource.update)


class ProfilesResourceWithStreamingResponse:
    """`client.profiles.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ProfilesResource) -> None:
        self.update = to_streamed_response(resource.update)


class AsyncProfilesResource:
    """Async methods of `client.profiles`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncProfilesResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncProfilesResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncProfilesResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncProfilesResourceWithStreamingResponse(self)

    async def update(
        self,
        *,
        name: str,
        nickname: typing.Optional[str],
        bio: typing.Union[str, NotGiven] = NOT_GIVEN,
        website: typing.Union[typing.Optional[str], NotGiven] = NOT_GIVEN,
        born: typing.Union[datetime.date, str, NotGiven] = NOT_GIVEN,
        class_: typing.Union[str, NotGiven] = NOT_GIVEN,
        content_type: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.ProfilesUpdateResponse:
        """Replace a profile

        `PUT /profiles`

        Args:
            name: Required, never null.
            nickname: Required, may be null.
            bio: Optional, never null.
            website: Optional, may be null.
            born: `born` in the request body.
            class_: A keyword as a property name.
            content_type: Not an identifier.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.ProfilesUpdateResponse`: The profile

        Example:
            ```python
            await client.profiles.update(
                name="string",
                nickname="string",
            )
            ```
        """
        return await self._core.request(
            "PUT",
            "/profiles",
            json={
                "name": name,
                "nickname": nickname,
                "bio": bio,
                "website": website,
                "born": born,
                "class": class_,
                "content-type": content_type,
            },
            auth=(("apiKey",),),
            cast_to=models.ProfilesUpdateResponse,
            options=request_options,
        )


class AsyncProfilesResourceWithRawResponse:
    """`client.profiles.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncProfilesResource) -> None:
        self.update = async_to_raw_response(resource.update)


class AsyncProfilesResourceWithStreamingResponse:
    """`client.profiles.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncProfilesResource) -> None:
        self.update = async_to_streamed_response(resource.update)
