"""One command per Company API operation, made from the spec's operation table, not written by hand.

``bokio_spec.OPERATIONS`` names each operation's façade method (``x-bokio-method``, e.g.
``invoices.payments.create``): that becomes the command ``bokio invoices payments create``. The
method's signature decides the command's parameters:

* path ids (``invoice_id``) are arguments, in the order of the path;
* a ``file`` is an upload (``--file PATH``); a ``destination`` is ``-o/--output`` (a download);
* any other positional parameter is the JSON request body (``--file PATH``, or ``-`` for stdin);
* ``query``/``page_size`` are ``--query``/``--page-size``, with ``--all``/``--limit`` for paged lists;
* other keyword options (``file_name``, ``tag_id``, …) are ``--file-name``, ``--tag-id``, ….

The call itself goes through the façade, so bodies are validated and queries checked before
anything is sent, and ``--read-only`` is the SDK's read-only mode.
"""

from __future__ import annotations

import inspect
import math
import re
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from typing import IO, Any, cast
from uuid import UUID

import click

from bokio.errors import FieldError, ReadOnlyError, ValidationError
from bokio.jsonvalues import is_array, is_object, object_of
from bokio.operation_facts import client_method, filter_fields, max_page_size
from bokio.pagination import Pager

from .output import FORMATS, default_format, write_items, write_object
from .query import parse_query
from .session import Session

__all__ = ["OperationGroup", "company_operations"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


@cache
def company_operations() -> dict[tuple[str, ...], dict[str, Any]]:
    """Company API operations by command path (``("invoices", "payments", "create")``)."""
    from bokio_spec import OPERATIONS

    table: dict[tuple[str, ...], dict[str, Any]] = {}
    for facts in OPERATIONS.values():
        if facts["path"].startswith("/companies/{companyId}"):
            table[tuple(part.replace("_", "-") for part in facts["facade_method"].split("."))] = facts
    return table


@cache
def _prototype() -> Any:
    """A client that never sends anything: only used to read the façade's method signatures."""
    import httpx

    from bokio import Bokio

    def refuse(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("the prototype client does not send requests")

    return Bokio(
        token="unused", company_id=str(UUID(int=0)), http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )


def _first_line(text: str | None) -> str:
    return (text or "").strip().split("\n")[0]


class OperationGroup(click.Group):
    """A level of the command tree (``bokio invoices``, ``bokio invoices payments``), built on demand."""

    def __init__(self, prefix: tuple[str, ...] = (), **attrs: Any) -> None:
        super().__init__(**attrs)
        self.prefix = prefix

    def _children(self) -> list[str]:
        depth = len(self.prefix)
        names = {path[depth] for path in company_operations() if path[:depth] == self.prefix and len(path) > depth}
        return sorted(names | set(self.commands))

    def list_commands(self, ctx: click.Context) -> list[str]:
        return self._children()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        path = (*self.prefix, cmd_name)
        facts = company_operations().get(path)
        if facts is not None:
            return _operation_command(cmd_name, facts)
        if any(other[: len(path)] == path for other in company_operations()):
            return OperationGroup(path, name=cmd_name, help=_group_help(path))
        return None


def _spec_help(facts: dict[str, Any], name: str) -> str | None:
    """The spec's description of a query parameter or multipart field (``tag_id`` is ``tagId``)."""
    from bokio_spec import load, resolve

    camel = re.sub(r"_(\w)", lambda match: match.group(1).upper(), name)
    path_item = load("company")["paths"][facts["path"]]
    spec = path_item[facts["method"].lower()]
    for parameter in [*path_item.get("parameters", []), *spec.get("parameters", [])]:
        parameter = resolve("company", parameter)
        if parameter.get("name") == camel:
            return str(parameter.get("description") or "") or None
    for media in object_of(object_of(spec.get("requestBody")).get("content")).values():
        field = resolve("company", object_of(media).get("schema", {})).get("properties", {}).get(camel)
        if field is not None:
            return str(resolve("company", field).get("description") or "") or None
    return None


def _group_help(path: tuple[str, ...]) -> str:
    """The resource's own description: its module's docstring, or a sub-resource's property docstring."""
    names = [part.replace("-", "_") for part in path]
    parent: object = client_method(_prototype(), ".".join(names[:-1])) if len(names) > 1 else _prototype()
    if len(names) > 1:
        text = getattr(type(parent), names[-1]).__doc__
    else:
        resource: object = getattr(parent, names[0])
        module = inspect.getmodule(type(resource))
        text = module.__doc__ if module is not None else None
    line = " ".join((text or "").strip().split("\n\n")[0].split())
    line = re.sub(r"^``client\.[\w.]+``:\s*", "", line).replace("``", "`")
    return line[:1].upper() + line[1:] if line else " ".join(path)


def _operation_command(name: str, facts: dict[str, Any]) -> click.Command:
    method = client_method(_prototype(), facts["facade_method"])
    signature = inspect.signature(method)
    path_ids = [_snake(placeholder) for placeholder in _PLACEHOLDER.findall(facts["path"])[1:]]
    if not set(path_ids) <= set(signature.parameters):
        raise TypeError(f"{facts['facade_method']} does not take the path's ids {path_ids}")
    params: list[click.Parameter] = []
    body: str | None = None
    upload = download = paged = False
    for parameter in signature.parameters.values():
        if parameter.name in path_ids:
            kind = click.INT if parameter.annotation in (int, "int") else click.STRING
            params.append(click.Argument([parameter.name], type=kind))
        elif parameter.name == "file":
            upload = True
            params.append(
                click.Option(["--file", "file"], required=True, type=click.File("rb"), help="File to upload.")
            )
        elif parameter.name == "destination":
            download = True
            params.append(
                click.Option(
                    ["-o", "--output", "destination"],
                    type=click.Path(dir_okay=False, allow_dash=True),
                    help="Write to this file ('-' for stdout).",
                )
            )
        elif parameter.name == "query":
            fields = ", ".join(f"{field} ({kind})" for field, kind in filter_fields(facts).items())
            example = next(iter(filter_fields(facts) or {"name": ""}))
            query_help = f"Filter: comparisons joined by && and ||, e.g. '{example}==…'. Fields: {fields}."
            params.append(click.Option(["--query", "-q"], help=query_help))
        elif parameter.name == "page_size":
            paged = True
            params.append(
                click.Option(["--page-size"], type=click.IntRange(1, max_page_size(facts)), help="Items per request.")
            )
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            params.append(
                click.Option([_option(parameter.name), parameter.name], help=_spec_help(facts, parameter.name))
            )
        elif parameter.default is inspect.Parameter.empty:
            body = parameter.name
            params.append(
                click.Option(
                    ["--file", "-f", "body"],
                    required=True,
                    type=click.File("rb"),
                    help="JSON request body: a file, or '-' for stdin.",
                )
            )
    if paged:
        params.append(click.Option(["--all", "fetch_all"], is_flag=True, help="Fetch every page."))
        params.append(click.Option(["--limit"], type=click.IntRange(1), help="Stop after this many items."))
    if facts["method"] == "DELETE":
        params.append(click.Option(["--yes", "-y"], is_flag=True, help="Do not ask for confirmation."))
    if not download and facts["method"] != "DELETE":
        params.append(
            click.Option(
                ["--format", "fmt"],
                type=click.Choice(FORMATS),
                help="Output format (table on a terminal, JSON otherwise).",
            )
        )

    def run(**values: Any) -> None:
        session = click.get_current_context().find_object(Session)
        assert session is not None
        if session.read_only and facts["method"] != "GET":
            raise ReadOnlyError(f"read-only mode refuses {facts['method']} {facts['path']} ({facts['facade_method']})")
        if facts["method"] == "DELETE" and not values.pop("yes", False):
            what = facts["facade_method"].rsplit(".", 1)[0].replace("_", " ")
            ids = " ".join(str(values[name]) for name in path_ids)
            click.confirm(f"Delete {what} {ids}?", abort=True, err=True)
        fmt = values.pop("fmt", None) or default_format(sys.stdout)
        fetch_all, limit = values.pop("fetch_all", False), values.pop("limit", None)
        out_path = values.pop("destination", None) if download else None
        arguments: list[Any] = [values.pop(name) for name in path_ids]
        if body is not None:
            arguments.append(_decodable(method, body, read_json(values.pop("body"))))
        if upload:
            arguments.append(values.pop("file"))
        if values.get("query"):
            values["query"] = parse_query(values["query"], filter_fields(facts))
        keywords = {key: value for key, value in values.items() if value is not None}
        if limit is not None and paged and "page_size" not in keywords:
            # Fetch no more than asked for: requests count against a private integration's quota.
            keywords["page_size"] = min(limit, max_page_size(facts) or limit)
        target = client_method(session.client(), facts["facade_method"])
        if download:
            _download(target, arguments, out_path)
            return
        result = target(*arguments, **keywords)
        if isinstance(result, Pager):
            pager = cast("Pager[object]", result)
            _write_pager(pager, fmt, fetch_all=fetch_all, limit=limit, page_size=keywords.get("page_size"))
        elif is_array(result):
            write_items((_plain(item) for item in result), fmt, sys.stdout)
        elif result is None:
            click.echo(f"{facts['method']} {facts['path']}: done", err=True)
        else:
            write_object(_plain(result), fmt, sys.stdout)

    help_text = _first_line(method.__doc__).replace("``", "`")
    return click.Command(name, params=params, callback=run, help=help_text)


def _plain(model: Any) -> Any:
    to_dict: Callable[[], Any] | None = getattr(model, "to_dict", None)
    return to_dict() if to_dict is not None else model


def _decodable(method: Any, parameter: str, body: Any) -> Any:
    """``body`` once it is known to fit the method's model; a missing field is a ValidationError here.

    The façade builds its model from the dict; a body without a required field would fail there
    with a bare KeyError, so the CLI tries the same model first and reports the field.
    """
    from typing import get_args, get_type_hints

    try:
        hint = get_type_hints(method).get(parameter)
    except (NameError, TypeError):
        return body
    models = [cls for cls in get_args(hint) if hasattr(cls, "from_dict")]
    if len(models) != 1:
        return body
    if not is_object(body):
        problem = FieldError("#", f"must be a JSON object, not {type(body).__name__}")
        raise ValidationError("The request body does not fit the operation", code="validation-error", errors=[problem])
    try:
        models[0].from_dict(body)
    except KeyError as error:
        problem = FieldError(f"#/{error.args[0]}", "This field is required")
    except (TypeError, ValueError, ArithmeticError, AttributeError) as error:
        problem = FieldError("#", f"{type(error).__name__}: {error}")
    else:
        return body
    raise ValidationError(
        "The request body does not fit the operation (checked before sending)",
        code="validation-error",
        errors=[problem],
    )


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON number")


def read_json(file: IO[bytes]) -> Any:
    """A JSON request body, amounts read as Decimal (never float); NaN and Infinity are refused."""
    import json

    content = file.read()
    try:
        return json.loads(content, parse_float=Decimal, parse_constant=_not_json)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise click.BadParameter(f"not valid JSON ({error})", param_hint="--file") from None


def _download(target: Any, arguments: list[Any], out_path: str | None) -> None:
    if out_path is None or out_path == "-":
        if out_path is None and sys.stdout.isatty():
            raise click.UsageError("the file is binary: pass -o FILE (or '-o -' to write it to the terminal anyway)")
        target(*arguments, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    target(*arguments, out_path)
    click.echo(f"wrote {out_path}", err=True)


def _write_pager(pager: Pager[Any], fmt: str, *, fetch_all: bool, limit: int | None, page_size: int | None) -> None:
    def items() -> Iterator[Any]:
        count = 0
        for page in _pages_with_progress(pager, fetch_all=fetch_all, limit=limit):
            for item in page.items:
                if limit is not None and count >= limit:
                    return
                count += 1
                yield _plain(item)

    written = write_items(items(), fmt, sys.stdout)
    total = pager.total_items
    if not fetch_all and limit is None and written < total:
        click.echo(f"{written} of {total}; --all fetches every page, --limit N the first N", err=True)


def _pages_with_progress(pager: Pager[Any], *, fetch_all: bool, limit: int | None) -> Iterator[Any]:
    """The pages to print: the first only, unless ``--all`` or ``--limit``; a progress bar on a terminal."""
    pages = pager.pages()
    first = next(pages)
    yield first
    if not fetch_all and limit is None:
        return
    wanted = first.total_pages
    if limit is not None and first.items:
        wanted = min(wanted, math.ceil(limit / len(first.items)))
    if wanted <= 1:
        return
    if not sys.stderr.isatty():
        for page in pages:
            yield page
            if page.current_page >= wanted:
                return
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("fetching pages", total=wanted, completed=1)
        for page in pages:
            progress.update(task, completed=page.current_page)
            yield page
            if page.current_page >= wanted:
                return
