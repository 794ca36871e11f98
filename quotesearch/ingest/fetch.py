"""Fetching web pages politely and safely: what ``ingest URL``, ``extract URL``,
``follow`` and the web form's "Add articles" use to get bytes off the web.

Owns the rules of a fetch, each a field of `FetchPolicy`:

* timeouts: one per socket operation and one for the whole response, so a
  server that drips a byte a second cannot hold a batch,
* a size cap, checked on ``Content-Length`` before reading and again while
  reading (a server may lie or send no length),
* redirects followed by hand (at most `MAX_REDIRECTS`, http(s) only), every hop
  rate-limited and address-checked like the first, and the final URL kept,
* the content type checked from the headers before the body is read,
* a polite pace: `Fetcher` waits ``per_host_delay`` seconds between two
  requests to one host, and says who it is (`USER_AGENT`),
* for a server open to others (the web form): no addresses that are not
  public (loopback, private, link-local: the cloud metadata service), so the
  form cannot be used to read the server's own network.

Every failure is a `FetchFailure` (an `IngestFailure`) whose message is one
line a user can act on. Turning the bytes into an `Article` is
`quotesearch.ingest.urls`' business.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urldefrag, urljoin, urlsplit

from quotesearch import __version__

from .failure import IngestFailure
from .files import MAX_FILE_BYTES

USER_AGENT = f"QuoteSearch/{__version__} (quotation search for news; polite crawler)"
MAX_REDIRECTS = 10
DEFAULT_TIMEOUT = 20.0          # seconds per connect/read, and (x3) for a whole response
DEFAULT_PER_HOST_DELAY = 1.0    # seconds between two requests to one host
_CHUNK = 64 * 1024

# What may be read as an article (HTML, plain text) and what `follow` reads as
# a feed or sitemap; anything else is refused before its body is read.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml",
                        "text/xml", "application/rdf+xml", "application/feed+json",
                        "application/json", "application/x-rss+xml"})


class FetchFailure(IngestFailure):
    """A URL that could not be fetched (or not as an article); one line."""


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_FILE_BYTES
    per_host_delay: float = DEFAULT_PER_HOST_DELAY
    user_agent: str = USER_AGENT
    # False where others choose the URLs (the web form): refuse non-public addresses
    allow_private: bool = True

    @property
    def total_timeout(self) -> float:
        return self.timeout * 3


@dataclass
class FetchedPage:
    """What a fetch returned: the final URL (after redirects, without fragment),
    the media type (lower case, no parameters), its declared charset, and the body."""

    url: str
    final_url: str
    media_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False          # a conditional request answered 304
    headers: dict = field(default_factory=dict)


def is_url(text: str) -> bool:
    """True for an http(s) URL given where a path could be (``ingest URL``)."""
    return text[:8].lower().startswith(("http://", "https://"))


def read_url_list(path: str) -> list[str]:
    """The URLs of a ``--urls``/``follow`` file: one a line, blank lines and ``#``
    comments skipped. Raises OSError (unreadable) or `FetchFailure` (not UTF-8)."""
    with open(path, "rb") as file:
        data = file.read(MAX_FILE_BYTES + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FetchFailure("not UTF-8 text") from None
    urls = []
    for line in text.splitlines():
        words = line.split()
        # a '#' inside a URL is its fragment; a word starting with '#' begins a comment
        if words and not words[0].startswith("#"):
            urls.append(words[0])
    return urls


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as responses: `Fetcher` follows them itself, so that
    every hop is checked and paced."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Fetcher:
    """Fetches URLs under one `FetchPolicy`, remembering when each host was last
    asked (thread-safe: the web form may run in several threads)."""

    def __init__(self, policy: FetchPolicy = FetchPolicy()):
        self.policy = policy
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        # no proxies from the environment for private-address checks to mean anything
        handlers = [_NoRedirects()]
        if not policy.allow_private:
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def fetch(self, url: str, accept: frozenset[str] = PAGE_TYPES,
              headers: dict[str, str] | None = None) -> FetchedPage:
        """The page at ``url``, following redirects; `FetchFailure` otherwise.
        ``headers`` (If-None-Match, If-Modified-Since) are sent with every hop."""
        current = _checked_url(url)
        for _ in range(MAX_REDIRECTS + 1):
            self._check_address(current)
            self._wait_turn(current)
            request = urllib.request.Request(current, headers={
                "User-Agent": self.policy.user_agent,
                "Accept": ", ".join(sorted(accept)) + ", */*;q=0.1",
                **(headers or {})})
            try:
                response = self._opener.open(request, timeout=self.policy.timeout)
            except urllib.error.HTTPError as error:
                self._finished(current)
                with error:
                    if error.code in (301, 302, 303, 307, 308) and error.headers.get("Location"):
                        current = _checked_url(urljoin(current, error.headers["Location"]))
                        continue
                    if error.code == 304:
                        return FetchedPage(url, current, "", None, b"", not_modified=True,
                                           etag=error.headers.get("ETag"),
                                           last_modified=error.headers.get("Last-Modified"))
                    raise FetchFailure(f"HTTP {error.code} {error.reason}".strip()) from None
            except (urllib.error.URLError, OSError) as error:
                self._finished(current)
                raise FetchFailure(_network_reason(error, self.policy.timeout)) from None
            try:
                with response:
                    return self._read(url, current, response, accept)
            finally:
                self._finished(current)
        raise FetchFailure(f"more than {MAX_REDIRECTS} redirects")

    def _read(self, url: str, final: str, response, accept: frozenset[str]) -> FetchedPage:
        message = Message()
        message["Content-Type"] = response.headers.get("Content-Type") or ""
        media_type = message.get_content_type() if message["Content-Type"] else ""
        if media_type and media_type not in accept and not (
                accept & FEED_TYPES and media_type.endswith(("+xml", "/xml"))):
            raise FetchFailure(f"unsupported content type {media_type} (expected "
                               f"{_expected(accept)})")
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.policy.max_bytes:
            raise FetchFailure(_too_large(int(length), self.policy.max_bytes))
        deadline = time.monotonic() + self.policy.total_timeout
        chunks, size = [], 0
        try:
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise FetchFailure(_too_large(size, self.policy.max_bytes, at_least=True))
                if time.monotonic() > deadline:
                    raise FetchFailure(f"timed out: the response took over "
                                       f"{self.policy.total_timeout:g} s")
                chunks.append(chunk)
        except FetchFailure:
            raise
        except (OSError, ValueError) as error:     # includes socket timeouts, IncompleteRead
            raise FetchFailure(_network_reason(error, self.policy.timeout)) from None
        body = b"".join(chunks)
        if not body:
            raise FetchFailure("empty response")
        return FetchedPage(url, final, media_type, message.get_param("charset"), body,
                           etag=response.headers.get("ETag"),
                           last_modified=response.headers.get("Last-Modified"),
                           headers=dict(response.headers.items()))

    def _wait_turn(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            now = time.monotonic()
            turn = max(now, self._last_request.get(host, -1e9) + self.policy.per_host_delay)
            self._last_request[host] = turn
        if turn > now:
            time.sleep(turn - now)

    def _finished(self, url: str) -> None:
        """The pause runs from the end of a request, not its start: a slow
        site gets its full rest between two requests."""
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            self._last_request[host] = max(self._last_request.get(host, -1e9), time.monotonic())

    def _check_address(self, url: str) -> None:
        if self.policy.allow_private:
            return
        parts = urlsplit(url)
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            raise FetchFailure(_network_reason(error, self.policy.timeout)) from None
        for info in infos:
            address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
            if not address.is_global:
                raise FetchFailure(f"refused: {parts.hostname} is not a public address")


def _checked_url(url: str) -> str:
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchFailure("not an http(s) URL")
    if not parts.hostname:
        raise FetchFailure("no host in the URL")
    try:
        _ = parts.port        # urlsplit checks the port only when asked
    except ValueError:
        raise FetchFailure("bad port in the URL") from None
    return url


def _expected(accept: frozenset[str]) -> str:
    return "an RSS/Atom feed or a sitemap" if accept & FEED_TYPES else "HTML or plain text"


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return f"response too large: {more}{_amount(size)} (limit {_amount(limit)})"


def _amount(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB"


def _network_reason(error: BaseException, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "cannot resolve the host name"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"cannot fetch: {text}"
