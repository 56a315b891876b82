"""`client.report_pdf`: resource group."""

from __future__ import annotations

import typing

from .._base_client import AsyncCore, SyncCore
from .._types import RequestOptions


class ReportPdfResource:
    """Methods of `client.report_pdf`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> bytes:
        """Get binary

        `GET /report.pdf`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `bytes`: Bytes.

        Example:
            ```python
            client.report_pdf.list()
            ```
        """
        return self._core.request(
            "GET",
            "/report.pdf",
            accept="application/pdf",
            cast_to=bytes,
            options=request_options,
        )


class AsyncReportPdfResource:
    """Async methods of `client.report_pdf`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        *,
        request_options: typing.Optional[RequestOptions] = None,
    ) -> bytes:
        """Get binary

        `GET /report.pdf`

        Args:
            request_options: Per-request overrides of timeout, retries and headers.

        Returns:
            `bytes`: Bytes.

        Example:
            ```python
            await client.report_pdf.list()
            ```
        """
        return await self._core.request(
            "GET",
            "/report.pdf",
            accept="application/pdf",
            cast_to=bytes,
            options=request_options,
        )
