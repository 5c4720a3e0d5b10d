"""Company information, fiscal years, SIE export, chart of accounts, journal entries and tags."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from .. import ledger, sie
from ..calls import Call, Handler, Reply, filtered, paged, registrar
from ..errors import Problem, not_allowed, not_found, validation_error
from ..state import Record, State, now

HANDLERS: dict[str, Handler] = {}
handles = registrar(HANDLERS)

ENTRIES = "journal-entries"
TAG_GROUPS = "tag-groups"
AUTHOR = "Sandbox integration"


@handles("getCompanyInformation")
def get_company_information(call: Call) -> Record:
    return {"companyInformation": call.state.company}


@handles("listFiscalYears")
def list_fiscal_years(call: Call) -> Record:
    return paged(call, sorted(call.state.table("fiscal-years").values(), key=lambda year: str(year["startDate"])))


@handles("getFiscalYear")
def get_fiscal_year(call: Call) -> Record:
    return {"fiscalYear": call.state.find("fiscal-years", call.params["fiscalYearId"])}


@handles("downloadSieFile")
def download_sie_file(call: Call) -> Reply:
    year = call.state.find("fiscal-years", call.params["fiscalYearId"])
    name = f"{year['startDate'][:4]}.se"
    return Reply(
        content=sie.export(call.state, year),
        content_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _account(number: int) -> Record:
    return {"account": number, "name": ledger.CHART[number], "accountType": "basePlanAccount"}


@handles("listAccounts")
def list_accounts(call: Call) -> list[Record]:
    return filtered(call, (_account(number) for number in sorted(ledger.CHART)))


@handles("getAccount")
def get_account(call: Call) -> Record:
    text = call.params["account"]
    if not text.isdigit() or int(text) not in ledger.CHART:
        raise not_found(f"Account {text} is not in the chart of accounts")
    balance = ledger.balances(call.state.table(ENTRIES).values()).get(int(text), Decimal(0))
    return {**_account(int(text)), "accountBalance": ledger.cents(balance)}


# Tags -----------------------------------------------------------------------------------------


def _tags(state: State) -> dict[str, tuple[Record, Record]]:
    return {tag["id"]: (group, tag) for group in state.table(TAG_GROUPS).values() for tag in group["tags"]}


def _resolve_tags(state: State, tags: list[Record], pointer: str) -> tuple[list[Record], list[Problem]]:
    """Tags as Bokio returns them (with names), and what is wrong with the ones sent."""
    known = _tags(state)
    resolved: list[Record] = []
    problems: list[Problem] = []
    weights: dict[str, Decimal] = {}
    for index, tag in enumerate(tags):
        if tag["tagId"] not in known:
            problems.append((f"{pointer}/{index}/tagId", "No tag with this id exists"))
            continue
        group, found = known[tag["tagId"]]
        weight = tag.get("weight", 1)
        resolved.append(
            {
                "tagId": found["id"],
                "tagGroupId": group["id"],
                "tagName": found["name"],
                "tagGroupName": group["name"],
                "weight": weight,
            }
        )
        weights[group["name"]] = weights.get(group["name"], Decimal(0)) + weight
    problems += [
        (pointer, f"The weights in tag group {name} add up to more than 1") for name, w in weights.items() if w > 1
    ]
    return resolved, problems


def _tag_ids_in_use(state: State) -> set[str]:
    return {
        tag["tagId"]
        for entry in state.table(ENTRIES).values()
        for tag in [*entry["tags"], *(tag for row in entry["items"] for tag in row["tags"])]
    }


def _unique(records: Iterable[Record], key: str, value: Any, pointer: str, skip: str | None = None) -> list[Problem]:
    taken = any(
        str(record.get(key)).lower() == str(value).lower()
        for record in records
        if record["id"] != skip and value is not None
    )
    return [(pointer, f"The {key} {value} is already used")] if taken else []


@handles("createTagGroup")
def create_tag_group(call: Call) -> Record:
    body, groups = call.body, call.state.table(TAG_GROUPS).values()
    problems = _unique(groups, "alias", body["alias"], "#/alias")
    problems += _unique(groups, "dimensionNumber", body.get("dimensionNumber"), "#/dimensionNumber")
    if problems:
        raise validation_error(*problems)
    record: Record = {
        "name": body["name"],
        "alias": body["alias"],
        "dimensionNumber": body.get("dimensionNumber"),
        "tags": [],
    }
    return call.state.insert(TAG_GROUPS, record)


@handles("listTagGroups")
def list_tag_groups(call: Call) -> Record:
    return paged(call, call.state.table(TAG_GROUPS).values())


@handles("getTagGroup")
def get_tag_group(call: Call) -> Record:
    return call.state.find(TAG_GROUPS, call.params["tagGroupId"])


@handles("updateTagGroup")
def update_tag_group(call: Call) -> Record:
    group = call.state.find(TAG_GROUPS, call.params["tagGroupId"])
    problems = _unique(call.state.table(TAG_GROUPS).values(), "alias", call.body["alias"], "#/alias", skip=group["id"])
    if problems:
        raise validation_error(*problems)
    group.update(name=call.body["name"], alias=call.body["alias"])
    return group


@handles("deleteTagGroup")
def delete_tag_group(call: Call) -> Reply:
    group = call.state.find(TAG_GROUPS, call.params["tagGroupId"])
    if {tag["id"] for tag in group["tags"]} & _tag_ids_in_use(call.state):
        raise not_allowed("A tag of this group is used on a journal entry")
    call.state.delete(TAG_GROUPS, group["id"])
    return Reply(204)


def _group_and_tag(call: Call) -> tuple[Record, Record]:
    group = call.state.find(TAG_GROUPS, call.params["tagGroupId"])
    for tag in group["tags"]:
        if tag["id"] == call.params["tagId"]:
            return group, tag
    raise not_found()


@handles("createTag")
def create_tag(call: Call) -> Record:
    group = call.state.find(TAG_GROUPS, call.params["tagGroupId"])
    problems = _unique(group["tags"], "name", call.body["name"], "#/name")
    if problems:
        raise validation_error(*problems)
    tag = {"id": str(uuid.uuid4()), "name": call.body["name"]}
    group["tags"].append(tag)
    return tag


@handles("updateTag")
def update_tag(call: Call) -> Record:
    group, tag = _group_and_tag(call)
    problems = _unique(group["tags"], "name", call.body["name"], "#/name", skip=tag["id"])
    if problems:
        raise validation_error(*problems)
    tag["name"] = call.body["name"]
    for entry in call.state.table(ENTRIES).values():
        for used in [*entry["tags"], *(used for row in entry["items"] for used in row["tags"])]:
            if used["tagId"] == tag["id"]:
                used["tagName"] = tag["name"]
    return tag


@handles("deleteTag")
def delete_tag(call: Call) -> Reply:
    group, tag = _group_and_tag(call)
    if tag["id"] in _tag_ids_in_use(call.state):
        raise not_allowed("The tag is used on a journal entry")
    group["tags"].remove(tag)
    return Reply(204)


# Journal entries ------------------------------------------------------------------------------


@handles("createJournalEntry")
def create_journal_entry(call: Call) -> Record:
    body, state = call.body, call.state
    problems = ledger.entry_problems(body)
    entry_tags, tag_problems = _resolve_tags(state, body.get("tags", []), "#/tags")
    problems += tag_problems
    rows: list[Record] = []
    for index, row in enumerate(body["items"]):
        row_tags, tag_problems = _resolve_tags(state, row.get("tags", []), f"#/items/{index}/tags")
        problems += tag_problems
        if row_tags and entry_tags:
            problems.append((f"#/items/{index}/tags", "Tags go either on the entry or on its rows, not both"))
        rows.append({**row, "tags": row_tags})
    if problems:
        raise validation_error(*problems)
    return ledger.book(state, title=body["title"], date=body["date"], rows=rows, source="api", tags=entry_tags)


@handles("listJournalEntries")
def list_journal_entries(call: Call) -> Record:
    entries = list(call.state.table(ENTRIES).values())
    tag_id = call.query.get("tagId")
    if tag_id:
        entries = [
            entry
            for entry in entries
            if any(
                tag["tagId"] == tag_id for tag in [*entry["tags"], *(t for row in entry["items"] for t in row["tags"])]
            )
        ]
    return paged(call, entries)


@handles("getJournalEntry")
def get_journal_entry(call: Call) -> Record:
    return call.state.find(ENTRIES, call.params["journalEntryId"])


@handles("reverseJournalEntry")
def reverse_journal_entry(call: Call) -> Record:
    state = call.state
    entry = state.find(ENTRIES, call.params["journalEntryId"])
    if state.entry_sources.get(entry["id"]) != "api":
        raise not_allowed("Only journal entries created through the API (and not reversals) can be reversed")
    if entry["reversedByJournalEntryId"]:
        raise not_allowed("The journal entry has already been reversed")
    rows = [{**row, "debit": row["credit"], "credit": row["debit"]} for row in entry["items"]]
    title = f"Reversal of {entry['journalEntryNumber']}"
    reversal = ledger.book(state, title=title, date=entry["date"], rows=rows, source="reversal", tags=entry["tags"])
    reversal["reversingJournalEntryId"] = entry["id"]
    entry["reversedByJournalEntryId"] = reversal["id"]
    return reversal


@handles("updateJournalEntryTags")
def update_journal_entry_tags(call: Call) -> Record:
    state, body = call.state, call.body
    entry = state.find(ENTRIES, call.params["journalEntryId"])
    entry_tags, problems = _resolve_tags(state, body.get("tags", []), "#/tags")
    row_ids = {row["id"] for row in entry["items"]}
    row_tags: dict[int, list[Record]] = {}
    for index, item in enumerate(body.get("items", [])):
        if item["id"] not in row_ids:
            problems.append((f"#/items/{index}/id", "The journal entry has no row with this id"))
        row_tags[item["id"]], tag_problems = _resolve_tags(state, item["tags"], f"#/items/{index}/tags")
        problems += tag_problems
    if entry_tags and any(row_tags.values()):
        problems.append(("#/tags", "Tags go either on the entry or on its rows, not both"))
    if problems:
        raise validation_error(*problems)
    entry["tags"] = entry_tags
    for row in entry["items"]:
        row["tags"] = row_tags.get(row["id"], [])
    return entry


def _comments(call: Call) -> str:
    call.state.find(ENTRIES, call.params["journalEntryId"])
    return f"{ENTRIES}/{call.params['journalEntryId']}/comments"


@handles("createJournalEntryComment")
def create_journal_entry_comment(call: Call) -> Record:
    table = _comments(call)
    if call.state.entry_sources.get(call.params["journalEntryId"]) not in ("api", "reversal"):
        raise not_allowed("Only journal entries created through the API can be commented on")
    moment = now()
    record = {
        "content": call.body["content"],
        "authorName": AUTHOR,
        "createdDatetime": moment,
        "updatedDatetime": moment,
    }
    return call.state.insert(table, record)


@handles("listJournalEntryComments")
def list_journal_entry_comments(call: Call) -> list[Record]:
    return list(call.state.table(_comments(call)).values())


@handles("getJournalEntryComment")
def get_journal_entry_comment(call: Call) -> Record:
    return call.state.find(_comments(call), call.params["commentId"])


@handles("updateJournalEntryComment")
def update_journal_entry_comment(call: Call) -> Record:
    comment = call.state.find(_comments(call), call.params["commentId"])
    comment.update(content=call.body["content"], updatedDatetime=now())
    return comment


@handles("deleteJournalEntryComment")
def delete_journal_entry_comment(call: Call) -> Reply:
    call.state.delete(_comments(call), call.params["commentId"])
    return Reply(204)
