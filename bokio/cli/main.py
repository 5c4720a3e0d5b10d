"""The ``bokio`` command: its global options, error reporting, and the commands that are not operations."""

from __future__ import annotations

from typing import Any

import click

from bokio.errors import BokioError

from . import errors
from .operations import OperationGroup
from .session import Session

__all__ = ["cli"]

_EPILOG = (
    "Credentials: BOKIO_TOKEN and BOKIO_COMPANY_ID (private integration), or `bokio login`. "
    "Exit codes: 1 other, 2 usage, 3 auth, 4 not found, 5 validation, 6 rate limit, 7 server."
)


class RootGroup(OperationGroup):
    """Reports a :class:`BokioError` as a message and an exit code instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BokioError as error:
            click.echo(errors.describe(error), err=True)
            ctx.exit(errors.exit_code(error))
        finally:
            session = ctx.find_object(Session)
            if session is not None:
                session.close()


@click.group(cls=RootGroup, epilog=_EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--read-only", is_flag=True, help="Refuse every write (also BOKIO_READ_ONLY=1).")
@click.option("--base-url", metavar="URL", help="API root (default BOKIO_BASE_URL or https://api.bokio.se/v1).")
@click.option("--company-id", metavar="ID", help="Company (default BOKIO_COMPANY_ID or the logged-in company).")
@click.version_option(package_name="bokio", prog_name="bokio")
@click.pass_context
def cli(ctx: click.Context, read_only: bool, base_url: str | None, company_id: str | None) -> None:
    """Bokio's Company API from the command line: every operation, as `bokio RESOURCE VERB`."""
    ctx.obj = Session(read_only=read_only, base_url=base_url, company_id=company_id)


def _register() -> None:
    from . import commands

    for command in commands.COMMANDS:
        cli.add_command(command)


_register()
