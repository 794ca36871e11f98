"""Links: ids inside URLs, and absolute URLs that do not trust the Host header.

Article ids are kept as the input gave them (a JSON Lines collection may use
``"news/2024/17"``), so an id is one path segment with every reserved
character, '/' included, percent-encoded by `IdConverter`; the route accepts
the decoded form too, since WSGI servers decode ``%2F`` before the
application sees the path.

Feeds need absolute links. The Host header is whatever the client sent, so it
is used only when it names this server: a configured base URL first, else the
request's host when it is a loopback name or in the allow-list, else links
stay relative to the feed (and entry ids are ``tag:`` URIs, the same however
the server is reached).
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from flask import current_app, request, url_for
from werkzeug.routing import BaseConverter

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
ENTRY_ID_PREFIX = "tag:quotesearch,2024:"


class IdConverter(BaseConverter):
    """Any id, '/' included: encoded whole into one segment, matched whole."""

    regex = ".+"
    part_isolating = False

    def to_url(self, value: str) -> str:
        return quote(value, safe="")


def base_url_of(value: str | None) -> str | None:
    """A configured base URL checked (http(s), a host, no query or fragment),
    without its trailing slash; ValueError names what is wrong."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"base URL {value!r} must look like https://quotes.example.org[/path]")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _host_name(host: str) -> str:
    host = host.lower()
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return re.sub(r":\d*$", "", host)


def site_root() -> str:
    """The absolute root of the site for links leaving it ('' when no trusted
    name is known: links are then relative)."""
    configured = current_app.config.get("BASE_URL")
    if configured:
        return configured
    name = _host_name(request.host)
    allowed = current_app.config.get("ALLOWED_HOSTS") or []
    if name in LOOPBACK_HOSTS or name in allowed or request.host.lower() in allowed:
        return request.host_url.rstrip("/")
    return ""


def public_url(endpoint: str, query: str = "", **values) -> str:
    """The URL of ``endpoint`` for use outside the site (feeds)."""
    url = site_root() + url_for(endpoint, **values)
    return f"{url}?{query}" if query else url


def entry_id(kind: str, value: str) -> str:
    """A feed or entry id that stays the same however the server is reached."""
    return ENTRY_ID_PREFIX + kind + ":" + quote(value, safe="/?=&%+")
