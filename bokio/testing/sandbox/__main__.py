"""``python -m bokio.testing.sandbox --port N``: serve a sandbox until killed.

Prints ``BOKIO_BASE_URL=…``, ``BOKIO_TOKEN=…`` and ``BOKIO_COMPANY_ID=…`` (the variables the
SDK reads), then the OAuth client credentials and ``BOKIO_AGENCY_ID=…`` (the agency, to which
the integration is connected), one per line.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from types import FrameType

from . import Sandbox


def _exit(signum: int, frame: FrameType | None) -> None:
    sys.exit(0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bokio.testing.sandbox", description=(__doc__ or "").partition("\n")[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token", help="the private integration token to accept (random by default)")
    parser.add_argument("--company-id", help="the company's id (random by default)")
    parser.add_argument(
        "--rate-limit", type=int, help="requests per token in any --rate-window seconds (off by default; Bokio: 200)"
    )
    parser.add_argument("--rate-window", type=float, default=60.0, help="the rate limit's rolling window in seconds")
    parser.add_argument("--monthly-quota", type=int, default=5000, help="private integration requests per month")
    parser.add_argument("--token-lifetime", type=float, default=3600, help="seconds an OAuth access token lives")
    args = parser.parse_args(argv)
    sandbox = Sandbox(
        company_id=args.company_id,
        token=args.token,
        rate_limit=args.rate_limit,
        rate_window=args.rate_window,
        monthly_quota=args.monthly_quota,
        token_lifetime=args.token_lifetime,
    )
    sandbox.connect_agency()
    signal.signal(signal.SIGTERM, _exit)
    with sandbox.serve(port=args.port, host=args.host) as base_url:
        print(f"BOKIO_BASE_URL={base_url}", flush=True)
        print(f"BOKIO_TOKEN={sandbox.token}", flush=True)
        print(f"BOKIO_COMPANY_ID={sandbox.company_id}", flush=True)
        print(f"BOKIO_CLIENT_ID={sandbox.client_id}", flush=True)
        print(f"BOKIO_CLIENT_SECRET={sandbox.client_secret}", flush=True)
        print(f"BOKIO_AGENCY_ID={sandbox.agency_id}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
