"""Regenerate the low-level client from our OpenAPI documents.

    python scripts/regenerate.py           # spec -> bundle -> validate -> generate -> format -> generated/
    python scripts/regenerate.py --check   # the same into a temporary folder; fail on any difference

The output is deterministic: running it twice gives byte-identical files. Any generator warning
fails the run, because a warning means an operation or a model was left out.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
GENERATED = ROOT / "generated"
GENERATOR_VERSION = "0.29.1"
APIS = {"company": "bokio_company_api", "general": "bokio_general_api", "agency": "bokio_agency_api"}
SPEC_PACKAGE = "bokio_spec"

sys.path.insert(0, str(ROOT / "scripts"))
from openapi_bundle import bundle  # noqa: E402
from request_tables import checks_module  # noqa: E402
from typed_params import body_params, params_module  # noqa: E402

# Template globals for the package being generated (see _expose_generator_templates).
_TEMPLATE_GLOBALS: dict[str, Any] = {}
# Files the generator writes that the SDK does not use: its own HTTP client and error type
# (the façade sends the requests the operation modules build).
_UNUSED_FILES = ("client.py", "errors.py")


def _use_decimal_for_numbers() -> None:
    """Make the generator type every JSON number as ``decimal.Decimal``.

    openapi-python-client maps ``type: number`` to ``float`` whatever the format, which would
    round money. Together with ``openapi/templates/property_templates/float_property.py.jinja``
    this gives models that hold and convert Decimal values exactly, defaults included.
    """
    from decimal import Decimal, InvalidOperation

    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.parser.properties.float import FloatProperty
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    def convert_value(cls: type[FloatProperty], value: Any) -> Value | PropertyError | None:
        if isinstance(value, Value) or value is None:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return PropertyError(f"Cannot convert {value!r} to a decimal")
        try:
            exact = Decimal(str(value))
        except InvalidOperation:
            return PropertyError(f"Invalid decimal value: {value!r}")
        return Value(python_code=PythonCode(f'Decimal("{exact}")'), raw_value=value)

    FloatProperty.convert_value = classmethod(convert_value)  # type: ignore[method-assign,assignment,arg-type]
    FloatProperty._type_string = "Decimal"
    FloatProperty._json_type_string = "Decimal"
    base_get_imports = FloatProperty.get_imports

    def get_imports(self: FloatProperty, *, prefix: str) -> set[str]:
        return base_get_imports(self, prefix=prefix) | {"from decimal import Decimal"}

    FloatProperty.get_imports = get_imports  # type: ignore[method-assign]


def _strict_strings() -> None:
    """Give string properties our template (property_templates/string_property.py.jinja), which
    refuses a JSON value that is not a string; the generator reads them without a check."""
    from openapi_python_client.parser.properties.string import StringProperty

    StringProperty.template = "string_property.py.jinja"  # type: ignore[misc]


def _expose_generator_templates() -> None:
    """Let our templates reach the generator's own under ``upstream/``, and ours read
    ``_TEMPLATE_GLOBALS`` (facts the generator's objects do not carry).

    A template in ``openapi/templates`` replaces the generator's template of the same name
    outright. With the generator's templates also loadable as ``upstream/<name>``, one of ours
    can replace a single macro and hand the others on, e.g.
    ``{% import "upstream/property_templates/union_property.py.jinja" as upstream %}``.
    """
    import openapi_python_client
    from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

    project = openapi_python_client.Project
    if getattr(project, "_bokio_upstream_templates", False):
        return
    base_init = project.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        base_init(self, *args, **kwargs)
        upstream = PrefixLoader({"upstream": PackageLoader("openapi_python_client")})
        self.env.loader = ChoiceLoader([self.env.loader, upstream])
        self.env.globals.update(_TEMPLATE_GLOBALS)

    project.__init__ = __init__  # type: ignore[method-assign]
    project._bokio_upstream_templates = True  # type: ignore[attr-defined]


def _generate_package(spec_path: Path, api: str, out_dir: Path) -> list[str]:
    import openapi_python_client
    from openapi_python_client.config import Config, ConfigFile, MetaType

    if openapi_python_client.__version__ != GENERATOR_VERSION:
        return [f"openapi-python-client {GENERATOR_VERSION} required, found {openapi_python_client.__version__}"]
    config = Config.from_sources(
        ConfigFile.load_from_path(SPEC_DIR / f"generator-{api}.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    errors = openapi_python_client.generate(config=config, custom_template_path=SPEC_DIR / "templates")
    problems = []
    for error in errors:
        problems.append(f"{error.level.value}: {error.header}: {error.detail}")
    return problems


def _request_module(package: str) -> str:
    """``request.py`` of ``package``: ApiRequest and the parameter checks (openapi/templates/request.py).

    One definition serves both packages: the General API's re-exports the Company API's, so the
    façade's client takes the requests of either.
    """
    if package == APIS["company"]:
        return (SPEC_DIR / "templates" / "request.py").read_text(encoding="utf-8")
    return (
        f'"""ApiRequest and the parameter checks: the same as {APIS["company"]}.request."""\n\n'
        f"from {APIS['company']}.request import ApiRequest, InvalidParameterError, path_int, path_uuid\n\n"
        '__all__ = ["ApiRequest", "InvalidParameterError", "path_int", "path_uuid"]\n'
    )


def _operation_facts(document: dict[str, Any], package: str) -> dict[str, dict[str, Any]]:
    """Endpoint name (the snake_case operationId) → what our endpoint template needs beyond the
    generator's Endpoint."""
    from openapi_python_client.strings import PythonIdentifier

    params = body_params(document)
    facts: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for method in ("get", "post", "put", "delete", "patch"):
            operation = item.get(method)
            if operation is None:
                continue
            path_params = {}
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                parameter = _resolve(document, parameter)
                if parameter["in"] != "path":
                    continue
                schema = parameter["schema"]
                if schema.get("format") == "uuid":
                    wire = {"name": parameter["name"], "kind": "uuid"}
                elif schema.get("type") == "integer":
                    bits = 63 if schema.get("format") == "int64" else 31
                    wire = {
                        "name": parameter["name"],
                        "kind": "int",
                        "minimum": schema.get("minimum", 0),
                        "maximum": schema.get("maximum", 2**bits - 1),
                    }
                else:
                    raise ValueError(
                        f"{operation['operationId']}: path parameter {parameter['name']} is not a UUID or integer"
                    )
                path_params[PythonIdentifier(parameter["name"], "")] = wire
            facts[PythonIdentifier(operation["operationId"], "")] = {
                "operation_id": operation["operationId"],
                "path": path,
                "path_params": path_params,
                "body_params": params.get(operation["operationId"]),
            }
    return facts


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations_table(documents: dict[str, dict[str, Any]]) -> str:
    """Python source of the per-operation facts the façade needs at run time.

    Keyed by the generated endpoint module's name, which is what the façade holds when it calls
    an operation. A literal table costs microseconds to import; parsing the spec would not.
    """
    from openapi_python_client.strings import PythonIdentifier

    rows = []
    for api, document in documents.items():
        for path, item in document["paths"].items():
            for method in ("get", "post", "put", "delete", "patch"):
                operation = item.get(method)
                if operation is None:
                    continue
                tag = PythonIdentifier(operation["tags"][0], "")
                module = f"{APIS[api]}.api.{tag}.{PythonIdentifier(operation['operationId'], '')}"
                facts = {
                    "operation_id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "scope": operation.get("x-bokio-scope"),
                    "facade_method": operation.get("x-bokio-method"),
                    "pagination": operation.get("x-bokio-pagination"),
                    "filter_fields": operation.get("x-bokio-filter-fields"),
                }
                rows.append((module, facts))
    lines = [
        '"""Per-operation facts from our OpenAPI documents (made by scripts/regenerate.py)."""',
        "",
        "from typing import Any",
        "",
        "OPERATIONS: dict[str, dict[str, Any]] = {",
    ]
    for module, facts in sorted(rows):
        lines.append(f"    {module!r}: {facts!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


SPEC_PACKAGE_INIT = '''"""Our bundled OpenAPI documents and per-operation table (made by scripts/regenerate.py)."""

import json
from functools import cache
from importlib import resources
from typing import Any

from .operations import OPERATIONS

__all__ = ["OPERATIONS", "load", "resolve"]


@cache
def load(api: str) -> dict[str, Any]:
    """The bundled OpenAPI document of ``api`` ("company", "general" or "agency")."""
    return json.loads(resources.files(__name__).joinpath(f"{api}-api.json").read_text("utf-8"))


def resolve(api: str, node: Any) -> Any:
    """``node`` of ``api``'s bundled document with its local ``$ref``s followed."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load(api)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node
'''


def build(target: Path, only: list[str] | None = None) -> list[str]:
    """Write the whole of ``generated/`` into ``target``; return the problems found."""
    from openapi_spec_validator import validate

    _use_decimal_for_numbers()
    _strict_strings()
    _expose_generator_templates()
    problems: list[str] = []
    documents: dict[str, dict[str, Any]] = {}
    spec_out = target / SPEC_PACKAGE
    spec_out.mkdir(parents=True)
    for api, package in APIS.items():
        document = bundle(SPEC_DIR / f"{api}-api.yaml", only)
        try:
            validate(document)
        except Exception as error:  # the validator raises several unrelated types
            problems.append(f"{api}-api: invalid OpenAPI document: {error}")
            continue
        documents[api] = document
        spec_path = spec_out / f"{api}-api.json"
        spec_path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        _TEMPLATE_GLOBALS["OPERATION_FACTS"] = _operation_facts(document, package)
        problems += [f"{api}-api: {p}" for p in _generate_package(spec_path, api, target / package)]
        for name in _UNUSED_FILES:
            (target / package / name).unlink(missing_ok=True)
        (target / package / "params.py").write_text(params_module(document), encoding="utf-8")
        (target / package / "request.py").write_text(_request_module(package), encoding="utf-8")
        (target / package / "py.typed").write_text("", encoding="utf-8")
    (spec_out / "operations.py").write_text(_operations_table(documents), encoding="utf-8")
    (spec_out / "checks.py").write_text(checks_module(documents), encoding="utf-8")
    (spec_out / "__init__.py").write_text(SPEC_PACKAGE_INIT, encoding="utf-8")
    (spec_out / "py.typed").write_text("", encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    # Isolated from pyproject.toml, which excludes generated/ from the project's own lint.
    settings = ["--isolated", "--line-length=120", "--target-version=py311", "--no-cache"]
    subprocess.run([*ruff, "check", *settings, "--fix-only", "--extend-select=I", "-q", str(target)], check=True)
    subprocess.run([*ruff, "format", *settings, "-q", str(target)], check=True)
    return problems


def _diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two trees (``actual`` is the committed one)."""
    lines: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only:
            lines.append(f"missing from generated/: {prefix}{name}")
        for name in cmp.right_only:
            lines.append(f"stale file in generated/: {prefix}{name}")
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        for name in mismatch + errors:
            old = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines()
            new = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines()
            lines.extend(
                difflib.unified_diff(old, new, f"generated/{prefix}{name}", f"regenerated/{prefix}{name}", lineterm="")
            )
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument("--dry-run", action="store_true", help="generate and report problems; leave generated/ alone")
    parser.add_argument("--only", help="comma-separated spec files (e.g. invoices.yaml): generate just their paths")
    args = parser.parse_args()
    only = args.only.split(",") if args.only else None
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "generated"
        problems = build(target, only)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"regenerate: {len(problems)} problem(s); generated/ left unchanged", file=sys.stderr)
            return 1
        if args.dry_run or only:
            print(f"regenerate: dry run clean, {sum(1 for _ in target.rglob('*.py'))} modules; generated/ untouched")
            return 0
        if args.check:
            diff = _diff(target, GENERATED) if GENERATED.exists() else ["generated/ is missing"]
            if diff:
                print("\n".join(diff[:400]))
                print(
                    f"check-generated: generated/ is stale ({len(diff)} diff lines); run `make generate`",
                    file=sys.stderr,
                )
                return 1
            print("check-generated: generated/ is up to date; the generator printed no warning")
            return 0
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(target, GENERATED, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"regenerate: wrote {sum(1 for _ in GENERATED.rglob('*.py'))} modules to generated/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
