"""`client.rulesets`: resource group."""

from __future__ import annotations

import typing

import typing_extensions

from .._base_client import AsyncCore, SyncCore, check_body
from .._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._types import RequestOptions
from ..types import models, params


class RulesetsResource:
    """Methods of `client.rulesets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> RulesetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return RulesetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RulesetsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return RulesetsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Ruleset],
    ) -> models.Ruleset:
        """Create ruleset

        `POST /rulesets`

        Args:
            name: `name` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Ruleset`: The ruleset, with its id.

        Example:
            ```python
            client.rulesets.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Ruleset)
        return self._core.request(
            "POST",
            "/rulesets",
            json=body,
            cast_to=models.Ruleset,
            options=request_options,
        )


class RulesetsResourceWithRawResponse:
    """`client.rulesets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: RulesetsResource) -> None:
        self.create = to_raw_response(resource.create)


class RulesetsResourceWithStreamingResponse:
    """`client.rulesets.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: RulesetsResource) -> None:
        self.create = to_streamed_response(resource.create)


class AsyncRulesetsResource:
    """Async methods of `client.rulesets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncRulesetsResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncRulesetsResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRulesetsResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncRulesetsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
        **body: typing_extensions.Unpack[params.Ruleset],
    ) -> models.Ruleset:
        """Create ruleset

        `POST /rulesets`

        Args:
            name: `name` in the request body.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Ruleset`: The ruleset, with its id.

        Example:
            ```python
            await client.rulesets.create(
                name="string",
            )
            ```
        """
        check_body("create", body, params.Ruleset)
        return await self._core.request(
            "POST",
            "/rulesets",
            json=body,
            cast_to=models.Ruleset,
            options=request_options,
        )


class AsyncRulesetsResourceWithRawResponse:
    """`client.rulesets.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncRulesetsResource) -> None:
        self.create = async_to_raw_response(resource.create)


class AsyncRulesetsResourceWithStreamingResponse:
    """`client.rulesets.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncRulesetsResource) -> None:
        self.create = async_to_streamed_response(resource.create)
