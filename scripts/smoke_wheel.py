"""Smoke test of an installed bokio wheel (nox session ``wheel``; run it outside the source tree).

Checks that the package imported is the installed one, that its metadata and ``__version__``
agree, that the type information and the bundled spec ship with it, that ``import bokio`` pulls
in nothing beyond the declared dependencies, and that a short invoice flow runs against the
built-in sandbox.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from importlib import metadata, resources
from pathlib import Path

RUNTIME = {"httpx", "attrs", "sniffio", "filelock"}


def main() -> None:
    import bokio

    location = Path(bokio.__file__).resolve()
    assert "site-packages" in location.parts, f"bokio imported from {location}, not from the installed wheel"
    assert metadata.version("bokio") == bokio.__version__, (metadata.version("bokio"), bokio.__version__)
    required = {
        requirement.split(";")[0] for requirement in metadata.requires("bokio") or [] if "extra ==" not in requirement
    }
    names = {name.split("<")[0].split(">")[0].split("=")[0].split("[")[0].strip().lower() for name in required}
    assert names == RUNTIME, f"runtime dependencies {sorted(names)}"
    for package in ("bokio", "bokio_company_api", "bokio_general_api", "bokio_agency_api", "bokio_spec"):
        assert resources.files(package).joinpath("py.typed").is_file(), f"{package} has no py.typed"
    assert resources.files("bokio_spec").joinpath("company-api.json").is_file()

    # `import bokio` loads only the runtime dependencies (checked in a fresh interpreter).
    probe = "import sys, bokio; print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    loaded = set(
        subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.split()
    )
    for unwanted in ("yaml", "vcr", "openapi_core", "pytest", "dateutil"):
        assert unwanted not in loaded, f"import bokio loaded {unwanted}"

    from bokio import Bokio
    from bokio.testing import Sandbox

    sandbox = Sandbox()
    import httpx

    with Bokio(
        sandbox.token,
        sandbox.company_id,
        base_url=sandbox.base_url,
        http_client=httpx.Client(transport=sandbox.transport()),
    ) as client:
        customer = client.customers.create({"name": "Smoke Test AB", "type": "company"})
        assert client.customers.get(str(customer.id)).name == "Smoke Test AB"
        assert any(account.account == 1930 for account in client.chart_of_accounts.list())
        total = sum((Decimal(entry.items[0].debit or 0) for entry in client.journal_entries.list()), Decimal(0))
        assert isinstance(total, Decimal)
    print(f"bokio {bokio.__version__} from {location.parent}: smoke test passed on Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
