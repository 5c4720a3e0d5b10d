"""VCR cassettes of Bokio traffic that are safe to commit and replay deterministically.

Recorded traffic is only useful if it can be shared and replayed, so before anything is written
:class:`Scrubber` rewrites each interaction:

- secrets go: ``Authorization`` keeps only its scheme, OAuth tokens, client secrets and
  authorization codes become ``REDACTED`` wherever they appear (JSON, form bodies, query
  strings, the ``Location`` of the authorization redirect), and so does any value that was
  passed in as a known secret or looks like a JWT;
- the recording's own coordinates are made canonical: the base URL (a loopback port, a
  staging host), the company id and the OAuth client id are replaced by fixed placeholders,
  so a cassette replays against ``Bokio(base_url=CANONICAL_BASE_URL, company_id=CANONICAL_COMPANY_ID)``;
- only the response headers a client reads are kept (no cookies, no server fingerprints).

Requests are matched on method, URL and :func:`wire_body` — the body as Bokio reads it: JSON by
value and forms by field (vcrpy's own ``body`` matcher), multipart by part, ignoring the random
boundary — so a regenerated client that sends a different body no longer matches its cassette.

>>> with recorder(Scrubber(company_id=company_id, secrets=[token])).use_cassette("t.yaml", record_mode="once"):
...     ...

Requires ``vcrpy`` (the ``testing`` extra).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from email.parser import BytesParser
from email.policy import HTTP
from importlib import import_module
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bokio import money
from bokio.jsonvalues import is_array, is_object

__all__ = [
    "CANONICAL_BASE_URL",
    "CANONICAL_CLIENT_ID",
    "CANONICAL_COMPANY_ID",
    "REDACTED",
    "SECRET_FIELDS",
    "SECRET_PARAMETERS",
    "Scrubber",
    "media_type",
    "multipart_parts",
    "recorder",
    "vcr_settings",
    "wire_body",
]

CANONICAL_BASE_URL = "https://api.bokio.se/v1"
CANONICAL_COMPANY_ID = "00000000-0000-4000-8000-00000000c0de"
CANONICAL_CLIENT_ID = "00000000-0000-4000-8000-0000000c11e7"
REDACTED = "REDACTED"

# JSON keys, form fields and query parameters whose values are credentials. ``code`` (the OAuth
# authorization code) counts in forms and URLs only: in JSON it is Bokio's error code.
SECRET_FIELDS = frozenset(
    {"access_token", "refresh_token", "id_token", "client_secret", "code_verifier", "password", "token"}
)
SECRET_PARAMETERS = SECRET_FIELDS | {"code"}
KEPT_REQUEST_HEADERS = frozenset({"content-type", "accept"})
KEPT_RESPONSE_HEADERS = frozenset(
    {"content-type", "content-disposition", "location", "retry-after", "www-authenticate"}
)
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")


class Scrubber:
    """Makes recorded requests and responses secret-free and canonical (see the module docs).

    ``base_url``, ``company_id`` and ``client_id`` are the recording's real values, replaced by
    the canonical ones; ``secrets`` are values that must never reach a cassette (the token, the
    client secret), replaced by ``REDACTED`` wherever they occur.
    """

    def __init__(
        self,
        *,
        base_url: str = CANONICAL_BASE_URL,
        company_id: str = CANONICAL_COMPANY_ID,
        client_id: str | None = None,
        secrets: Iterable[str | None] = (),
    ) -> None:
        self._replacements: list[tuple[str, str]] = [(base_url.rstrip("/"), CANONICAL_BASE_URL)]
        if company_id != CANONICAL_COMPANY_ID:
            self._replacements.append((company_id, CANONICAL_COMPANY_ID))
        if client_id and client_id != CANONICAL_CLIENT_ID:
            self._replacements.append((client_id, CANONICAL_CLIENT_ID))
        # Longest first, so that a secret containing another is removed whole.
        self._secrets = sorted({secret for secret in secrets if secret}, key=len, reverse=True)

    def __repr__(self) -> str:
        return f"Scrubber({len(self._replacements)} replacements, {len(self._secrets)} secrets)"

    def text(self, text: str) -> str:
        """``text`` with canonical coordinates and without known secrets or JWTs."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        for real, canonical in self._replacements:
            text = text.replace(real, canonical)
        return JWT.sub(REDACTED, text)

    def url(self, url: str) -> str:
        """``url`` with canonical coordinates and secret query parameters redacted."""
        scheme, netloc, path, query, fragment = urlsplit(self.text(url))
        return urlunsplit((scheme, netloc, path, _scrub_query(query), fragment))

    def body(self, body: bytes | None, content_type: str) -> bytes | None:
        """A body scrubbed by its content type; files are left as they are."""
        if not body:
            return body
        kind = media_type(content_type)
        if is_json(kind):
            try:
                document = money.loads(body)
            except ValueError:
                return self.text(body.decode("utf-8", "replace")).encode()
            scrubbed = _scrub_json(document)
            if scrubbed != document:  # rewritten exactly: amounts stay Decimal, never float
                body = money.dumps(scrubbed)
            return self.text(body.decode("utf-8")).encode()
        if kind == "application/x-www-form-urlencoded":
            return _scrub_query(self.text(body.decode("utf-8"))).encode()
        if kind.startswith("text/") or kind.endswith(("/xml", "+xml")):
            return self.text(body.decode("utf-8", "replace")).encode()
        return body  # files (PDF, images, SIE): the bytes as sent

    def request(self, request: Any) -> Any:
        """vcrpy's ``before_record_request``: a scrubbed copy (also applied before matching)."""
        scrubbed = copy.deepcopy(request)
        scrubbed.uri = self.url(request.uri)
        content_type = request.headers.get("Content-Type", "")
        headers = {name: value for name, value in request.headers.items() if name.lower() in KEPT_REQUEST_HEADERS}
        authorization = request.headers.get("Authorization")
        if authorization:
            headers["Authorization"] = f"{authorization.split(' ', 1)[0]} {REDACTED}"
        scrubbed.headers = headers
        scrubbed.body = self.body(_as_bytes(request.body), content_type)
        return scrubbed

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy's ``before_record_response``: a scrubbed copy of the response dict."""
        scrubbed = copy.deepcopy(response)
        headers = {
            name: [self.url(value) if name.lower() == "location" else value for value in values]
            for name, values in response["headers"].items()
            if name.lower() in KEPT_RESPONSE_HEADERS
        }
        scrubbed["headers"] = headers
        content_type = next((values[0] for name, values in headers.items() if name.lower() == "content-type"), "")
        scrubbed["body"]["string"] = self.body(_as_bytes(response["body"]["string"]), content_type) or b""
        return scrubbed


def vcr_settings(scrubber: Scrubber | None = None) -> dict[str, Any]:
    """``vcr.VCR``/``use_cassette`` options: scrub with ``scrubber``, replay only, match with :func:`wire_body`.

    With pytest-recording, return these from a ``vcr_config`` fixture and register the matcher
    in ``pytest_recording_configure`` (``vcr.register_matcher("wire_body", wire_body)``).
    """
    scrubber = scrubber or Scrubber()
    return {
        "serializer": "yaml",
        "record_mode": "none",
        "match_on": ("method", "scheme", "host", "port", "path", "query", "wire_body"),
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        "decode_compressed_response": True,
    }


def recorder(scrubber: Scrubber | None = None, **options: Any) -> Any:
    """A ``vcr.VCR`` (vcrpy is untyped) with :func:`vcr_settings`; ``options`` override them."""
    vcr = import_module("vcr")  # untyped: its names are Any here

    instance = vcr.VCR(**{**vcr_settings(scrubber), **options})
    instance.register_matcher("wire_body", wire_body)
    return instance


def wire_body(recorded: Any, replayed: Any) -> None:
    """vcrpy matcher: the two bodies mean the same to Bokio (raises AssertionError otherwise).

    vcrpy's own ``body`` matcher compares JSON by value and forms by field; multipart bodies,
    which it compares byte for byte, are compared here part by part, whatever their random boundary.
    """
    matchers = import_module("vcr.matchers")

    ours, theirs = (request.headers.get("Content-Type", "") for request in (recorded, replayed))
    if media_type(ours) == media_type(theirs) == "multipart/form-data":
        recorded_parts = multipart_parts(ours, _as_bytes(recorded.body) or b"")
        replayed_parts = multipart_parts(theirs, _as_bytes(replayed.body) or b"")
        assert recorded_parts == replayed_parts, (
            f"multipart bodies differ: {replayed_parts!r} was recorded as {recorded_parts!r}"
        )
        return
    matchers.body(recorded, replayed)


def media_type(content_type: str) -> str:
    """The media type alone, lower case: ``multipart/form-data`` for ``multipart/form-data; boundary=…``."""
    return content_type.split(";")[0].strip().lower()


def is_json(kind: str) -> bool:
    """Whether the media type ``kind`` is JSON: ``application/json`` or a ``+json`` type such as
    ``application/problem+json`` (RFC 6839)."""
    return kind == "application/json" or kind.endswith("+json")


def multipart_parts(content_type: str, body: bytes) -> list[tuple[str | None, str | None, bytes]]:
    """(name, file name, content) of each part of a ``multipart/form-data`` body."""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    parts: list[tuple[str | None, str | None, bytes]] = []
    for part in message.iter_parts():
        name, content = part.get_param("name", header="content-disposition"), part.get_payload(decode=True)
        parts.append((name if isinstance(name, str) else None, part.get_filename(), bytes(content or b"")))
    return parts


def _scrub_json(value: object) -> object:
    if is_object(value):
        return {
            key: REDACTED if key in SECRET_FIELDS and isinstance(item, str) else _scrub_json(item)
            for key, item in value.items()
        }
    if is_array(value):
        return [_scrub_json(item) for item in value]
    return value


def _scrub_query(query: str) -> str:
    if not query:
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(name in SECRET_PARAMETERS for name, _ in pairs):
        return query
    return urlencode([(name, REDACTED if name in SECRET_PARAMETERS else value) for name, value in pairs])


def _as_bytes(body: Any) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    raise TypeError(f"unexpected recorded body type {type(body).__name__}")
