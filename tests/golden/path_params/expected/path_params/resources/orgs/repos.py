"""`client.orgs.repos`: Get a repository, Delete a repository, List repositories."""

from __future__ import annotations

import typing

from ..._base_client import AsyncCore, SyncCore
from ..._deprecation import Rule, warn_deprecated
from ..._raw import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import enums, models

_DELETE_DEPRECATIONS: typing.Tuple[Rule, ...] = (
    (
        (),
        None,
        "`DELETE /orgs/{org}/repos/{repo}` is deprecated.",
    ),
)


class ReposResource:
    """Methods of `client.orgs.repos`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> ReposResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return ReposResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReposResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`StreamedResponse`): read it in chunks, or write it to a file."""
        return ReposResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        org: str,
        repo: str,
        include: typing.Union[
            typing.Sequence[
                typing.Union[
                    enums.OrgsReposGetIncludeItemEnum,
                    enums.OrgsReposGetIncludeItemEnumLiteral,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        x_trace: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.OrgsReposGetResponse:
        """Get a repository

        `GET /orgs/{org}/repos/{repo}`

        Args:
            org: Organization slug.
            repo: The `repo` path parameter.
            include: Extra sections to include.
            x_trace: The `X-Trace` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OrgsReposGetResponse`: The repository

        Example:
            ```python
            client.orgs.repos.get(
                org="string",
                repo="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/orgs/{org}/repos/{repo}",
            path_params={"org": org, "repo": repo},
            query={"include": include},
            headers={"X-Trace": x_trace},
            cast_to=models.OrgsReposGetResponse,
            options=request_options,
        )

    def delete(
        self,
        *,
        org: str,
        repo: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete a repository

        Deprecated.

        `DELETE /orgs/{org}/repos/{repo}`

        Args:
            org: Organization slug.
            repo: The `repo` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            client.orgs.repos.delete(
                org="string",
                repo="string",
            )
            ```
        """
        warn_deprecated({}, _DELETE_DEPRECATIONS)
        self._core.request(
            "DELETE",
            "/orgs/{org}/repos/{repo}",
            path_params={"org": org, "repo": repo},
            cast_to=None,
            options=request_options,
        )

    def list(
        self,
        *,
        org: str,
        page: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.OrgsReposListResponseItem]:
        """List repositories

        `GET /orgs/{org}/repos`

        Args:
            org: The `org` path parameter.
            page: The `page` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.OrgsReposListResponseItem]`: Repositories

        Example:
            ```python
            client.orgs.repos.list(
                org="string",
            )
            ```
        """
        return self._core.request(
            "GET",
            "/orgs/{org}/repos",
            path_params={"org": org},
            query={"page": page},
            cast_to=typing.List[models.OrgsReposListResponseItem],
            options=request_options,
        )


class ReposResourceWithRawResponse:
    """`client.orgs.repos.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: ReposResource) -> None:
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)


class ReposResourceWithStreamingResponse:
    """`client.orgs.repos.with_streaming_response`: each method, in a `with`, gives a `StreamedResponse`."""

    def __init__(self, resource: ReposResource) -> None:
        self.get = to_streamed_response(resource.get)
        self.delete = to_streamed_response(resource.delete)
        self.list = to_streamed_response(resource.list)


class AsyncReposResource:
    """Async methods of `client.orgs.repos`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @property
    def with_raw_response(self) -> AsyncReposResourceWithRawResponse:
        """The same methods, returning the HTTP response (`RawResponse`) around the result."""
        return AsyncReposResourceWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReposResourceWithStreamingResponse:
        """The same methods as context managers giving the response before its body is read
        (`AsyncStreamedResponse`): read it in chunks, or write it to a file."""
        return AsyncReposResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        org: str,
        repo: str,
        include: typing.Union[
            typing.Sequence[
                typing.Union[
                    enums.OrgsReposGetIncludeItemEnum,
                    enums.OrgsReposGetIncludeItemEnumLiteral,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        x_trace: typing.Union[str, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.OrgsReposGetResponse:
        """Get a repository

        `GET /orgs/{org}/repos/{repo}`

        Args:
            org: Organization slug.
            repo: The `repo` path parameter.
            include: Extra sections to include.
            x_trace: The `X-Trace` header parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.OrgsReposGetResponse`: The repository

        Example:
            ```python
            await client.orgs.repos.get(
                org="string",
                repo="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/orgs/{org}/repos/{repo}",
            path_params={"org": org, "repo": repo},
            query={"include": include},
            headers={"X-Trace": x_trace},
            cast_to=models.OrgsReposGetResponse,
            options=request_options,
        )

    async def delete(
        self,
        *,
        org: str,
        repo: str,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> None:
        """Delete a repository

        Deprecated.

        `DELETE /orgs/{org}/repos/{repo}`

        Args:
            org: Organization slug.
            repo: The `repo` path parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Example:
            ```python
            await client.orgs.repos.delete(
                org="string",
                repo="string",
            )
            ```
        """
        warn_deprecated({}, _DELETE_DEPRECATIONS)
        await self._core.request(
            "DELETE",
            "/orgs/{org}/repos/{repo}",
            path_params={"org": org, "repo": repo},
            cast_to=None,
            options=request_options,
        )

    async def list(
        self,
        *,
        org: str,
        page: typing.Union[int, NotGiven] = NOT_GIVEN,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> typing.List[models.OrgsReposListResponseItem]:
        """List repositories

        `GET /orgs/{org}/repos`

        Args:
            org: The `org` path parameter.
            page: The `page` query parameter.
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `typing.List[models.OrgsReposListResponseItem]`: Repositories

        Example:
            ```python
            await client.orgs.repos.list(
                org="string",
            )
            ```
        """
        return await self._core.request(
            "GET",
            "/orgs/{org}/repos",
            path_params={"org": org},
            query={"page": page},
            cast_to=typing.List[models.OrgsReposListResponseItem],
            options=request_options,
        )


class AsyncReposResourceWithRawResponse:
    """`client.orgs.repos.with_raw_response`: each method returns a `RawResponse`."""

    def __init__(self, resource: AsyncReposResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.delete = async_to_raw_response(resource.delete)
        self.list = async_to_raw_response(resource.list)


class AsyncReposResourceWithStreamingResponse:
    """`client.orgs.repos.with_streaming_response`: each method, in a `async with`, gives a `AsyncStreamedResponse`."""

    def __init__(self, resource: AsyncReposResource) -> None:
        self.get = async_to_streamed_response(resource.get)
        self.delete = async_to_streamed_response(resource.delete)
        self.list = async_to_streamed_response(resource.list)
