"""Every public name is in the API reference, with a docstring; every signature links its params and models.

    python scripts/check_docs.py               # before the build
    python scripts/check_docs.py --site site   # after `mkdocs build --site-dir site`

Before the build: reads the ``::: module.or.object`` directives of docs/ with griffe (what
mkdocstrings uses), and fails when a public module, class, function or method of ``bokio`` under
them has no docstring, or when a name ``bokio`` exports (``bokio.__all__``) is covered by no
directive.

After the build: fails when a rendered signature names a generated request params TypedDict or
model without linking to its reference entry, or when a sample of resource methods does not link
to the params and models it takes and returns (so that the links cannot silently go away).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated"))
DIRECTIVE = re.compile(r"^::: ([\w.]+)", re.MULTILINE)
DOCUMENTED_KINDS = ("module", "class", "function")
# A generated type named in a signature: a link to its entry, or (when it has none) a bare title.
LINKED = re.compile(r'<a class="autorefs[^"]*"[^>]*href="[^"#]*#(bokio_\w+_api\.(?:params|models)\.[\w.]+)"')
UNLINKED = re.compile(r'<span title="(bokio_\w+_api\.(?:params|models)\.[\w.]+)">')
HEADING = re.compile(r'<h[1-6] id="')
# Resource methods (``Class.method``, in whichever module) and the params and models their rendered
# signature must link to.
SAMPLE = {
    "reference/resources": {
        "Invoices.create": (
            "bokio_company_api.params.InvoiceParams",
            "bokio_company_api.models.invoice_input.InvoiceInput",
            "bokio_company_api.models.invoice.Invoice",
        ),
        "Invoices.get": ("bokio_company_api.models.invoice.Invoice",),
        "InvoicePayments.create": (
            "bokio_company_api.params.InvoicePaymentParams",
            "bokio_company_api.models.invoice_payment.InvoicePayment",
        ),
        "Customers.create": (
            "bokio_company_api.params.CustomerParams",
            "bokio_company_api.models.customer.Customer",
        ),
        "JournalEntries.create": (
            "bokio_company_api.params.JournalEntryParams",
            "bokio_company_api.models.journal_entry.JournalEntry",
        ),
    },
    "reference/agency": {
        "AgencyCompanies.create": (
            "bokio_agency_api.params.NewAgencyCompanyParams",
            "bokio_agency_api.models.new_agency_company.NewAgencyCompany",
            "bokio_agency_api.models.agency_company.AgencyCompany",
        ),
    },
}


def directives() -> set[str]:
    found: set[str] = set()
    for page in (ROOT / "docs").rglob("*.md"):
        found.update(DIRECTIVE.findall(page.read_text(encoding="utf-8")))
    return found


def undocumented(node: griffe.Object) -> list[str]:
    """Paths of the public members under ``node`` (and ``node`` itself) that have no docstring."""
    missing = [] if node.docstring else [node.path]
    for name, member in node.members.items():
        if member.is_alias and not member.is_exported:
            continue  # an imported name, documented where it is defined
        if not member.is_public or member.kind.value not in DOCUMENTED_KINDS:
            continue
        if member.is_alias:
            member = member.final_target  # a package's re-export (``__all__``), rendered on its page
        if member.kind.value == "module" or (name.startswith("__") and name.endswith("__")):
            continue  # submodules have their own directive; dunder methods explain themselves
        if member.kind.value == "class":
            missing += undocumented(member)  # type: ignore[arg-type]
        elif not member.docstring:
            missing.append(member.path)
    return missing


def section(page: str, method: str) -> str:
    """The rendered entry of ``method`` (``Class.method``) on ``page``: from its heading to the next one."""
    found = re.search(rf'id="bokio\.[\w.]*\.{re.escape(method)}"', page)
    if found is None:
        return ""
    following = HEADING.search(page, found.end())
    return page[found.start() : following.start() if following else len(page)]


def check_site(site: Path) -> int:
    """Signatures link the params and models they name (see the module docstring)."""
    problems: list[str] = []
    for html in sorted((site / "reference").rglob("*.html")):
        name = html.relative_to(site).parent.as_posix()
        for target in sorted(set(UNLINKED.findall(html.read_text(encoding="utf-8")))):
            problems.append(f"{name}: {target} is named without a link to its reference entry")
    checked = 0
    for name, methods in SAMPLE.items():
        page = (site / name / "index.html").read_text(encoding="utf-8")
        for method, targets in methods.items():
            entry = section(page, method)
            if not entry:
                problems.append(f"{name}: no entry for {method}")
                continue
            links = set(LINKED.findall(entry))
            problems += [f"{name}: {method} does not link to {target}" for target in targets if target not in links]
            checked += 1
    for problem in problems:
        print(problem)
    print(f"{checked} sampled methods link their params and models; {len(problems)} problems")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="check the links of the built site in this directory")
    arguments = parser.parse_args()
    if arguments.site is not None:
        return check_site(arguments.site)
    import bokio

    loader = griffe.GriffeLoader(search_paths=[str(ROOT), str(ROOT / "generated")])
    package = loader.load("bokio")
    targets = directives()
    missing: list[str] = []
    covered: set[str] = set()
    for target in sorted(targets):
        if target.split(".")[0] != "bokio":
            continue  # generated code, documented by the spec it is made from
        node = package
        for part in target.split(".")[1:]:
            node = node.members[part]
        if node.is_alias:
            node = node.final_target
        covered.add(node.path)
        missing += undocumented(node)  # type: ignore[arg-type]
    exported = {
        f"{getattr(bokio, name).__module__}.{name}"
        for name in bokio.__all__
        if hasattr(getattr(bokio, name), "__module__")
    }
    uncovered = sorted(path for path in exported if not any(path == c or path.startswith(c + ".") for c in covered))
    for path in missing:
        print(f"no docstring: {path}")
    for path in uncovered:
        print(f"not in the API reference: {path}")
    print(
        f"{len(targets)} reference directives, {len(missing)} undocumented, {len(uncovered)} exported names not covered"
    )
    return 1 if missing or uncovered else 0


if __name__ == "__main__":
    sys.exit(main())
