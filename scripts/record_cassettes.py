"""Record the cassettes of tests/cassettes/ (``make record``).

    python scripts/record_cassettes.py                  # against the built-in sandbox (loopback HTTP)
    python scripts/record_cassettes.py --only errors    # some scenarios only
    BOKIO_BASE_URL=… BOKIO_TOKEN=… BOKIO_COMPANY_ID=… python scripts/record_cassettes.py

With ``BOKIO_TOKEN``, ``BOKIO_COMPANY_ID`` and ``BOKIO_BASE_URL`` set it records against that
Bokio company instead. The scenarios create customers, invoices, payments and journal entries,
so it must be a *test* company: Bokio's API has no test flag, so the company counts as one when
its name contains "test" (Bokio's "Create a test company" names them so unless renamed) or its
id is listed in ``BOKIO_TEST_COMPANY_IDS`` (comma separated); otherwise recording is refused
unless ``--force``. The OAuth scenario needs a browser consent on real Bokio, and the agency scenario an agency
with Bokio's approval for machine-to-machine access, so both are recorded against the sandbox
only.

Each scenario of tests/contract/scenarios.py runs on a fresh sandbox (or the company) under its
own cassette; secrets are scrubbed before anything is written (bokio.testing.cassettes).
Afterwards run ``make contract`` to check the traffic against our spec.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bokio import Bokio, __version__  # noqa: E402
from bokio.testing import Sandbox  # noqa: E402
from bokio.testing.cassettes import (  # noqa: E402
    CANONICAL_BASE_URL,
    CANONICAL_CLIENT_ID,
    CANONICAL_COMPANY_ID,
    Scrubber,
    recorder,
)
from tests.contract.scenarios import SCENARIOS, Context  # noqa: E402

CASSETTES = ROOT / "tests" / "cassettes"
SANDBOX_ONLY = {"oauth_and_connections", "agency"}


@contextmanager
def sandbox_target() -> Iterator[tuple[Context, Scrubber]]:
    """A fresh sandbox on loopback, with the canonical company id."""
    sandbox = Sandbox(company_id=CANONICAL_COMPANY_ID)
    with sandbox.serve() as base_url:
        scrubber = Scrubber(
            base_url=base_url,
            company_id=sandbox.company_id,
            client_id=sandbox.client_id,
            secrets=[sandbox.token, sandbox.client_secret],
        )
        with Bokio(token=sandbox.token, company_id=sandbox.company_id, base_url=base_url, max_retries=0) as client:
            yield Context(client, base_url, sandbox.client_id, sandbox.client_secret), scrubber


@contextmanager
def bokio_target(base_url: str, token: str, company_id: str) -> Iterator[tuple[Context, Scrubber]]:
    with Bokio(token=token, company_id=company_id, base_url=base_url, max_retries=0) as client:
        client_id = os.environ.get("BOKIO_CLIENT_ID", CANONICAL_CLIENT_ID)
        client_secret = os.environ.get("BOKIO_CLIENT_SECRET", "")
        scrubber = Scrubber(
            base_url=base_url, company_id=company_id, client_id=client_id, secrets=[token, client_secret]
        )
        yield Context(client, base_url, client_id, client_secret), scrubber


def refuse_unless_test_company(base_url: str, token: str, company_id: str, force: bool) -> None:
    with Bokio(token=token, company_id=company_id, base_url=base_url) as client:
        name = client.company_information.get().name or ""
    allowed = {part.strip() for part in os.environ.get("BOKIO_TEST_COMPANY_IDS", "").split(",") if part.strip()}
    if "test" in name.lower() or company_id in allowed:
        print(f"recording against test company {name!r}")
        return
    if force:
        print(f"recording against {name!r}, which does not look like a test company (--force)")
        return
    sys.exit(
        f"refusing to record against {name!r}: it does not look like a Bokio test company (no 'test' in its name "
        "and not in BOKIO_TEST_COMPANY_IDS). The scenarios create invoices and journal entries; use a test "
        "company, or pass --force if you are sure."
    )


def spec_digest() -> str:
    digest = hashlib.sha256()
    for name in ("company-api.json", "general-api.json", "agency-api.json"):
        digest.update((ROOT / "generated" / "bokio_spec" / name).read_bytes())
    return digest.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SCENARIOS), help="record these scenarios only")
    parser.add_argument("--out", type=Path, default=CASSETTES, help="cassette directory (default tests/cassettes)")
    parser.add_argument("--force", action="store_true", help="record even if the company is not a test company")
    args = parser.parse_args()

    base_url, token, company_id = (
        os.environ.get(name) for name in ("BOKIO_BASE_URL", "BOKIO_TOKEN", "BOKIO_COMPANY_ID")
    )
    real = bool(token and company_id)
    if real and not base_url:
        sys.exit("BOKIO_TOKEN and BOKIO_COMPANY_ID are set: also set BOKIO_BASE_URL to record against Bokio")
    if real:
        assert base_url and token and company_id
        refuse_unless_test_company(base_url, token, company_id, args.force)

    args.out.mkdir(parents=True, exist_ok=True)
    manifest_path = args.out / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"cassettes": {}}
    failed = []
    for name in args.only or sorted(SCENARIOS):
        use_sandbox = not real or name in SANDBOX_ONLY
        target = sandbox_target() if use_sandbox else bokio_target(base_url or "", token or "", company_id or "")
        cassette_path = args.out / f"{name}.yaml"
        with target as (context, scrubber):
            vcr = recorder(scrubber, record_mode="all", record_on_exception=False)
            partial = cassette_path.with_suffix(".partial.yaml")
            partial.unlink(missing_ok=True)
            try:
                with vcr.use_cassette(str(partial)) as cassette:
                    SCENARIOS[name](context)
            except Exception:
                traceback.print_exc()
                print(f"FAILED {name}: cassette left as it was")
                failed.append(name)
                partial.unlink(missing_ok=True)
                continue
        partial.replace(cassette_path)
        manifest["cassettes"][name] = {
            "source": "sandbox" if use_sandbox else "bokio",
            "interactions": len(cassette),
            "sdk": __version__,
            "spec": spec_digest(),
        }
        print(f"recorded {name}: {len(cassette)} interactions ({manifest['cassettes'][name]['source']})")
    manifest["base_url"] = CANONICAL_BASE_URL
    manifest["company_id"] = CANONICAL_COMPANY_ID
    manifest["client_id"] = CANONICAL_CLIENT_ID
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    if failed:
        print(f"{len(failed)} scenario(s) failed: {', '.join(failed)}")
        return 1
    print(f"now run `make contract` to check {args.out} against the spec")
    return 0


if __name__ == "__main__":
    sys.exit(main())
