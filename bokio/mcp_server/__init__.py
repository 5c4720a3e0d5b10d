"""``bokio mcp``: the company's books for AI assistants, over the Model Context Protocol.

Built on the official ``mcp`` SDK (``pip install "bokio[mcp]"``) and on :class:`bokio.Bokio`.
Read-only unless started with ``--allow-writes``: the client is then the SDK's read-only client,
so no write can leave the server even by mistake. A failing call comes back as a tool error
with Bokio's message, field errors and ``bokioErrorId``; errors never hold a token.
"""

from __future__ import annotations

import json
from typing import Any

from bokio import Bokio, __version__
from bokio.errors import BokioError
from bokio.jsonvalues import is_object

from .tools import READ_TOOLS, WRITE_TOOLS, Tool, call

__all__ = ["build_server", "serve"]

INSTRUCTIONS = (
    "Tools over one Bokio company's books (Swedish bookkeeping). Amounts are exact decimal strings in SEK "
    "unless a currency says otherwise; pass amounts back as strings. Searches return one page and a `next` "
    "cursor. Write tools exist only when the server was started with --allow-writes."
)


def _describe(error: BokioError) -> str:
    from bokio.cli.errors import describe

    return describe(error).removeprefix("error: ")


def build_server(client: Bokio, *, allow_writes: bool) -> Any:
    """The low-level MCP server with the read tools, and the write tools when ``allow_writes``."""
    import anyio
    from mcp import types
    from mcp.server.lowlevel import Server

    tools: dict[str, Tool] = {tool.name: tool for tool in READ_TOOLS + (WRITE_TOOLS if allow_writes else [])}

    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(
            tools=[
                types.Tool(
                    name=tool.name,
                    description=tool.description,
                    input_schema=tool.input_schema,
                    # No tool deletes anything, and a repeated call finds what the first one did.
                    annotations=types.ToolAnnotations(
                        read_only_hint=not tool.writes, destructive_hint=False, idempotent_hint=True
                    ),
                )
                for tool in tools.values()
            ]
        )

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        tool = tools.get(params.name)
        if tool is None:
            hint = " (write tools need `bokio mcp --allow-writes`)" if params.name in _WRITE_NAMES else ""
            return _failure(f"unknown tool {params.name!r}{hint}")
        try:
            result = await anyio.to_thread.run_sync(call, client, tool, params.arguments or {})
        except BokioError as error:
            return _failure(_describe(error))
        text = json.dumps(result, ensure_ascii=False, indent=1)
        structured = result if is_object(result) else {"result": result}
        return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=structured)

    def _failure(message: str) -> types.CallToolResult:
        return types.CallToolResult(content=[types.TextContent(text=message)], is_error=True)

    return Server(
        "bokio",
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


_WRITE_NAMES = frozenset(tool.name for tool in WRITE_TOOLS)


def serve(
    client: Bokio, *, allow_writes: bool, transport: str = "stdio", host: str = "127.0.0.1", port: int = 8000
) -> None:
    """Serve until the client disconnects (stdio) or the process is stopped (streamable HTTP)."""
    import anyio

    server = build_server(client, allow_writes=allow_writes)
    if transport == "http":
        import uvicorn

        uvicorn.run(server.streamable_http_app(host=host), host=host, port=port, log_level="warning")
        return

    async def run() -> None:
        from mcp.server.stdio import stdio_server

        async with stdio_server() as (read_stream, write_stream):
            await server.run(read_stream, write_stream, server.create_initialization_options())

    anyio.run(run)
