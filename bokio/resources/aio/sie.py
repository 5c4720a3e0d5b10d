"""``client.sie``: bookkeeping exports in the Swedish SIE format (scope ``sie:read``)."""

from __future__ import annotations

from typing import overload

from bokio_company_api.api.sie_files import download_sie_file

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.resources.base import ID, Destination, Resource
from bokio.sie import SieFile, parse

__all__ = ["AsyncSie"]


class AsyncSie(Resource[AsyncBokio]):
    """``client.sie``: a fiscal year's books as a SIE 4 file."""

    @overload
    async def download(
        self,
        fiscal_year_id: ID,
        destination: None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        fiscal_year_id: ID,
        destination: Destination,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        fiscal_year_id: ID,
        destination: Destination | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes | None:
        """Export the fiscal year as a SIE type 4 file (text in PC8, decode with ``cp437``).

        Returns the file's bytes, or streams them into ``destination`` (a path or binary file).
        """
        result: bytes | None = await self._client._download(
            lambda: download_sie_file.build_request(company_id=self._company_id, fiscal_year_id=fiscal_year_id),
            destination,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return result

    async def get(
        self, fiscal_year_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> SieFile:
        """Export the fiscal year as a SIE type 4 file and parse it (see :mod:`bokio.sie`).

        Raises :class:`bokio.sie.SieError` (a :class:`~bokio.BokioError`) if the file is malformed.
        """
        return parse(await self.download(fiscal_year_id, timeout=timeout, extra_headers=extra_headers))
