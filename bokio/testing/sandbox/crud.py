"""The generic store that answers every operation without a handler of its own.

Records are kept by concrete collection path, so any operation of the spec answers sensibly
even before (or without) business rules: a POST with a body adds to its collection, a GET
lists or fetches, a PUT replaces, a DELETE removes, and a POST without a body (an action
such as ``…/publish``) answers with the record it acts on. Parents in the path must exist.
"""

from __future__ import annotations

from typing import Any

from bokio.jsonvalues import object_of

from .calls import Call, Reply, filtered, paged

__all__ = ["fallback"]


def fallback(call: Call) -> Any:
    state, path, method = call.state, call.path, call.op.method
    segments = call.op.template.strip("/").split("/")[-len(path) :]
    for index, segment in enumerate(segments[:-1]):
        if segment.startswith("{"):
            state.find("/".join(path[:index]), path[index])
    body = object_of(call.body)
    if segments[-1].startswith("{"):
        table, record_id = "/".join(path[:-1]), path[-1]
        if method == "DELETE":
            state.delete(table, record_id)
            return Reply(204)
        record = state.find(table, record_id)
        if method == "PUT":
            record = state.table(table)[record_id] = {"id": record_id, **{k: v for k, v in body.items() if k != "id"}}
        return record
    table = "/".join(path)
    if method == "GET":
        records = state.table(table).values()
        return paged(call, records) if call.op.pagination else filtered(call, records)
    if method == "POST" and call.op.takes_body:
        return state.insert(table, body)
    parent = state.find("/".join(path[:-2]), path[-2])
    parent.update({k: v for k, v in body.items() if k != "id"})
    return parent
