"""The outlet of an HTML page: the name a citation uses, without tagline or section.

In order of trust: ``og:site_name``; the JSON-LD periodical the article is part of
(a journal, not its publisher), then the JSON-LD publisher (following ``@id``
references); the site-name suffix of ``<title>`` ("Headline | Section | Outlet");
the outlet of the page's domain in `KNOWN_DOMAINS`; then weaker signals (the
``publisher`` meta tag, the JSON-LD WebSite name, ``application-name``), and at last
the site's domain. An ``og:site_name`` that names none of the other sources while two of
them agree on another name is a section ("U.S." on a Reuters page) and is passed over.

What a source holds is checked against the page's domain ("pcgamer" of
www.pcgamer.com): a squashed site name or handle ("pcgamer", "Peoplemag") gives way
to the name spelled out where another source gives it ("PC Gamer"); of a site name
with a tagline ("Boston News, Weather, Sports | WHDH 7News") the part naming the
domain is kept; a site name naming nothing of the domain (a tagline) gives way to a
title suffix that is the domain's name; a JSON-LD publisher naming nothing of the
domain is a syndicated story's source when the application name or copyright names
the domain ("The Philadelphia Inquirer, LLC" running a Washington Post story).
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from .html_linked_data import LinkedData

# Separators between a name and its tagline or section, and between a headline and the site name.
_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«]\s+|\s*[|·•»«]\s*|\s*::\s*")
_SITE_NAME_MAX_WORDS = 6
_LOOKS_LIKE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)
_WELCOME = re.compile(r"^(?:welcome\s+to|home\s*(?:page)?\s*(?:of|[-|:]))\s+", re.IGNORECASE)
# Site names that are no outlet (a CMS, a generic page name).
_NOT_OUTLETS = frozenset({"home", "homepage", "wordpress", "blogger", "news", "article", "index", "blog"})

# The outlet behind a news domain, for pages that name it nowhere in their markup.
# Major English-language outlets and wires; a suffix match, so "edition.cnn.com" is CNN.
KNOWN_DOMAINS: dict[str, str] = {
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal", "usatoday.com": "USA Today", "latimes.com": "Los Angeles Times",
    "chicagotribune.com": "Chicago Tribune", "bostonglobe.com": "The Boston Globe",
    "sfchronicle.com": "San Francisco Chronicle", "nypost.com": "New York Post",
    "nydailynews.com": "New York Daily News", "politico.com": "Politico", "politico.eu": "Politico Europe",
    "thehill.com": "The Hill", "axios.com": "Axios", "newsweek.com": "Newsweek", "time.com": "Time",
    "theatlantic.com": "The Atlantic", "newyorker.com": "The New Yorker", "vox.com": "Vox",
    "slate.com": "Slate", "salon.com": "Salon", "huffpost.com": "HuffPost", "huffingtonpost.com": "HuffPost",
    "buzzfeednews.com": "BuzzFeed News", "vice.com": "Vice", "theverge.com": "The Verge", "wired.com": "Wired",
    "bloomberg.com": "Bloomberg", "reuters.com": "Reuters", "apnews.com": "AP News", "ap.org": "Associated Press",
    "afp.com": "AFP", "upi.com": "UPI", "cnn.com": "CNN", "foxnews.com": "Fox News", "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "npr.org": "NPR", "pbs.org": "PBS",
    "msnbc.com": "MSNBC", "cnbc.com": "CNBC", "forbes.com": "Forbes", "businessinsider.com": "Business Insider",
    "fortune.com": "Fortune", "ft.com": "Financial Times", "economist.com": "The Economist",
    "bbc.co.uk": "BBC News", "bbc.com": "BBC News", "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian", "telegraph.co.uk": "The Telegraph", "independent.co.uk": "The Independent",
    "thetimes.co.uk": "The Times", "dailymail.co.uk": "Daily Mail", "mirror.co.uk": "Daily Mirror",
    "thesun.co.uk": "The Sun", "express.co.uk": "Daily Express", "standard.co.uk": "Evening Standard",
    "metro.co.uk": "Metro", "news.sky.com": "Sky News", "scotsman.com": "The Scotsman",
    "irishtimes.com": "The Irish Times", "independent.ie": "Irish Independent", "rte.ie": "RTÉ",
    "cbc.ca": "CBC News", "theglobeandmail.com": "The Globe and Mail", "thestar.com": "Toronto Star",
    "nationalpost.com": "National Post", "abc.net.au": "ABC News (Australia)", "smh.com.au": "The Sydney Morning Herald",
    "theage.com.au": "The Age", "theaustralian.com.au": "The Australian", "nzherald.co.nz": "The New Zealand Herald",
    "stuff.co.nz": "Stuff", "aljazeera.com": "Al Jazeera", "dw.com": "Deutsche Welle", "france24.com": "France 24",
    "euronews.com": "Euronews", "scmp.com": "South China Morning Post", "chinadaily.com.cn": "China Daily",
    "globaltimes.cn": "Global Times", "xinhuanet.com": "Xinhua", "news.cn": "Xinhua",
    "japantimes.co.jp": "The Japan Times", "straitstimes.com": "The Straits Times",
    "thehindu.com": "The Hindu", "hindustantimes.com": "Hindustan Times",
    "timesofindia.indiatimes.com": "The Times of India", "indianexpress.com": "The Indian Express",
    "dawn.com": "Dawn", "timesofisrael.com": "The Times of Israel", "haaretz.com": "Haaretz",
    "jpost.com": "The Jerusalem Post", "themoscowtimes.com": "The Moscow Times", "rt.com": "RT",
    "tass.com": "TASS", "kyivindependent.com": "The Kyiv Independent", "nature.com": "Nature",
    "science.org": "Science", "scientificamerican.com": "Scientific American", "jamaica-gleaner.com": "The Gleaner",
    "jamaicaobserver.com": "Jamaica Observer", "trinidadexpress.com": "Trinidad Express",
}


def _host(url: str | None) -> str:
    """The lower-case host of an address, or "" when it has none (or is malformed)."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def domain_outlet(url: str | None) -> str | None:
    host = _host(url)
    while host:
        if host in KNOWN_DOMAINS:
            return KNOWN_DOMAINS[host]
        _, dot, host = host.partition(".")
        if not dot:
            break
    return None


def outlet_name(name: str | None, domain_label: str | None = None) -> str | None:
    """A site name as a citation gives it: "Consett Magazine - Positive Local News
    for Consett" -> "Consett Magazine"; "@nytimes" -> "nytimes"; "The Harbour Times,
    LLC" -> "The Harbour Times"; None if it names no outlet ("Home", "WordPress").
    Of several parts, the first naming `domain_label` (see `domain_label`), else the first."""
    if not name:
        return None
    name = _WELCOME.sub("", " ".join(name.split())).lstrip("@").strip()
    parts = [part.strip() for part in _SEPARATOR.split(name) if part.strip()]
    if not parts:
        return None
    name = next((part for part in parts if domain_label and domain_label in squashed(part)), parts[0])
    name = _COMPANY_FORM.sub("", name)
    if (name.lower() in _NOT_OUTLETS or len(name.split()) > _SITE_NAME_MAX_WORDS + 2
            or _ADDRESS.match(name)):  # "https://www.inquirer.com": the next source names it
        return None
    return name


_ADDRESS = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
_COMPANY_FORM = re.compile(r",?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|Corp\.?)$", re.IGNORECASE)
_NOT_NAME_CHARACTERS = re.compile(r"[\W_]+")
# Second-level labels of country domains ("co.uk", "com.au"): the site's name is the label before.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "gv"})


def squashed(name: str) -> str:
    """A name lower-cased without spaces, punctuation or accents, as a domain
    spells it: "PC Gamer" -> "pcgamer", "Listín Diario" -> "listindiario"."""
    letters = unicodedata.normalize("NFKD", name.lower())
    return _NOT_NAME_CHARACTERS.sub("", "".join(ch for ch in letters if not unicodedata.combining(ch)))


def domain_label(url: str | None) -> str | None:
    """The name part of a page's domain: "https://www.pcgamer.com/…" -> "pcgamer",
    "www.divyabhaskar.co.in" -> "divyabhaskar"; None for an address without one."""
    host = _host(url)
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) < 2 or host.replace(".", "").isdigit():
        return None
    labels.pop()
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return squashed(labels[-1]) or None


def title_suffix_outlet(title: str | None, headline: str | None) -> str | None:
    """"Minister resigns | Politics | The Daily Planet" -> "The Daily Planet": the last
    part of a <title>, when the rest is the headline or the part is short enough to
    be a site name."""
    if not title:
        return None
    parts = [part.strip() for part in _SEPARATOR.split(" ".join(title.split())) if part.strip()]
    if len(parts) < 2:
        return None
    suffix = parts[-1]
    if any(part.lower() == suffix.lower() for part in parts[:-1]):
        return None  # "… : Alexander Roe : ALEXANDER ROE": the page's subject, repeated
    head = " ".join(parts[:-1])
    if headline and " ".join(headline.split()).lower().startswith(suffix.lower()):
        return None  # "Outlet | Headline": the headline is the suffix; not read as an outlet
    is_headline = bool(headline) and " ".join(headline.split()).lower() in (head.lower(), " ".join(parts[:1]).lower())
    if len(suffix.split()) > _SITE_NAME_MAX_WORDS or suffix[-1] in ".?!" or (
            not is_headline and len(suffix) >= len(head)):
        return None
    return outlet_name(suffix)


def page_outlet(meta: dict[str, str], linked: LinkedData, title: str | None,
                headline: str | None, url: str | None) -> str | None:
    """The page's outlet (see the module docstring for the order of trust)."""
    known = domain_outlet(url)
    label = domain_label(url)
    suffix = title_suffix_outlet(title, headline)
    publisher = _running_outlet(next(iter(linked.names("publisher", first_only=True)), None), label,
                                (meta.get("application-name"), _copyright_holder(meta.get("copyright"))))
    others = (linked.periodical_name(), publisher, suffix, known, linked.website_name())
    site_name = _site_name(meta.get("og:site_name"), label, others, suffix)
    candidates = (
        _unless_outvoted(site_name, (linked.periodical_name(), publisher, suffix, known)),
        linked.periodical_name(),
        publisher,
        suffix,
        known,
        meta.get("publisher"),
        linked.website_name(),
        meta.get("application-name"),
        site_domain(url),
    )
    for candidate in candidates:
        name = outlet_name(candidate)
        if not name:
            continue
        if known and _LOOKS_LIKE_DOMAIN.match(name):
            return known  # "nytimes.com" as a site name: the table has the name
        return name
    return None


def _site_name(site_name: str | None, label: str | None, others: tuple[str | None, ...],
               suffix: str | None) -> str | None:
    """og:site_name as the outlet's name: its part naming the domain (`label`); the
    name spelled out where another source gives it, when the site name is one
    word, the same squashed ("pcgamer" for "PC Gamer") or that name run on
    ("Peoplemag" for "People"), and that name is the domain's; the title's suffix
    when it is the domain's name and the site name shares no word with the domain
    (a tagline). "PCMAG", "Le Monde.fr" and "BreakingNews.ie" stand."""
    name = outlet_name(site_name, label)
    if not name or not label:
        return name
    own = squashed(name)
    squashed_form = " " not in name and "." not in name and (name.islower() or own != label)
    for other in map(outlet_name, others):
        if (other and squashed_form and squashed(other) == label
                and (own == label and " " in other or own != label and own.startswith(label))):
            return other
    if (suffix and squashed(suffix) == label
            and not any(len(word) >= 3 and word in label for word in _NOT_NAME_CHARACTERS.split(name.lower()))):
        return suffix
    return name


def _running_outlet(publisher: str | None, label: str | None, owners: tuple[str | None, ...]) -> str | None:
    """The JSON-LD publisher, unless it names nothing of the page's domain while the
    application name or the copyright (`owners`) does: then the publisher is a
    syndicated story's source, and the owner runs the page."""
    if not publisher or not label or label in squashed(publisher):
        return publisher
    for owner in owners:
        name = outlet_name(owner)
        if name and label in squashed(name):
            return name
    return publisher


_COPYRIGHT = re.compile(r"^(?:copyright|\(c\)|©|\s|,|\d{4}(?:\s*[-–]\s*\d{4})?)+", re.IGNORECASE)


def _copyright_holder(value: str | None) -> str | None:
    """"(c) 2020 The Harbour Times, Inc." -> "The Harbour Times, Inc."."""
    return _COPYRIGHT.sub("", value).strip() or None if value else None


def _unless_outvoted(site_name: str | None, others: tuple[str | None, ...]) -> str | None:
    """og:site_name, unless it names none of the other sources while two of them agree
    on another name: a section ("U.S.") put where the site name goes."""
    if not site_name:
        return None
    names = [name.lower() for name in map(outlet_name, others) if name]
    agreed = {name for name in names if names.count(name) >= 2}
    own = (outlet_name(site_name) or "").lower()
    return None if agreed and own not in names else site_name


def site_domain(url: str | None) -> str | None:
    """The site's domain as the name of last resort ("pluralsight.com"), as reference
    manuals cite a website that gives no name."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host if "." in host and not host.replace(".", "").isdigit() else None
