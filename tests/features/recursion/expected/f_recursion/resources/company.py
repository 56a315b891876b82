"""`client.company`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions
from ..types import models


class CompanyResource:
    """Methods of `client.company`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Company:
        """Get company

        `GET /company`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Company`: A company and its people, who belong to it.

        Example:
            ```python
            client.company.list()
            ```
        """
        return self._core.request(
            "GET",
            "/company",
            cast_to=models.Company,
            options=request_options,
        )


class AsyncCompanyResource:
    """Async methods of `client.company`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> models.Company:
        """Get company

        `GET /company`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `models.Company`: A company and its people, who belong to it.

        Example:
            ```python
            await client.company.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/company",
            cast_to=models.Company,
            options=request_options,
        )
