"""One worker process of the multi-process refresh tests (tests/test_token_processes.py).

``python tests/token_worker.py STORE BASE_URL CLIENT_ID CLIENT_SECRET TENANT``, where STORE is
``file:PATH`` or ``sql:URL``. Prints ``ready``, then for each line ``COUNT INTERVAL`` read from
stdin: loads the tenant's token set from the store, builds a fresh client on it (as a newly
started worker would), sends COUNT requests INTERVAL seconds apart and prints one JSON line:
``{"ok": n, "errors": ["InvalidGrantError", …]}``.
"""

from __future__ import annotations

import json
import sys
import time

from bokio import Bokio, BokioError, FileTokenStore, OAuthApp, TokenStore


def open_store(spec: str) -> TokenStore:
    kind, _, where = spec.partition(":")
    if kind == "file":
        return FileTokenStore(where)
    from bokio.sql_token_store import SQLTokenStore

    return SQLTokenStore(where)


def main() -> None:
    spec, base_url, client_id, client_secret, tenant = sys.argv[1:6]
    store = open_store(spec)
    app = OAuthApp(client_id, client_secret, "http://127.0.0.1/callback", base_url=base_url)
    print("ready", flush=True)
    for line in sys.stdin:
        count, interval = line.split()
        ok, errors = 0, []
        token_set = store.load(tenant)
        assert token_set is not None
        with Bokio(company_id=tenant, base_url=base_url, auth=app.auth(token_set, store, leeway=0)) as client:
            for _ in range(int(count)):
                try:
                    client.company_information.get()
                    ok += 1
                except BokioError as error:
                    errors.append(type(error).__name__)
                time.sleep(float(interval))
        print(json.dumps({"ok": ok, "errors": errors}), flush=True)


if __name__ == "__main__":
    main()
