"""The local day of a UTC moment where a page comes from: the country its address
(country-code domain) or its declared locale (``<html lang="en-US">``,
``og:locale``) names, and the UTC offsets that country's clocks show, winter and
summer, across its time zones. A moment is given a local day only when every
one of those offsets puts it on the same day: 02:54 UTC is the evening before
everywhere in the United States, but 20:00 UTC is no one day in Russia.
"""
from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from lxml.html import HtmlElement

# Lowest and highest UTC offset (hours) of each country's clocks, all its time
# zones, standard and summer time.
_OFFSETS: dict[str, tuple[float, float]] = {
    "us": (-10, -4), "ca": (-8, -2.5), "mx": (-8, -5), "br": (-5, -2), "ar": (-3, -3), "cl": (-6, -3),
    "co": (-5, -5), "pe": (-5, -5), "au": (8, 11), "nz": (12, 13.75), "jp": (9, 9), "kr": (9, 9),
    "cn": (8, 8), "tw": (8, 8), "hk": (8, 8), "sg": (8, 8), "my": (8, 8), "ph": (8, 8), "in": (5.5, 5.5),
    "pk": (5, 5), "gb": (0, 1), "uk": (0, 1), "ie": (0, 1), "de": (1, 2), "fr": (1, 2), "it": (1, 2),
    "at": (1, 2), "ch": (1, 2), "nl": (1, 2), "be": (1, 2), "lu": (1, 2), "pl": (1, 2), "cz": (1, 2),
    "sk": (1, 2), "hu": (1, 2), "dk": (1, 2), "se": (1, 2), "no": (1, 2), "hr": (1, 2), "si": (1, 2),
    "rs": (1, 2), "es": (0, 2), "fi": (2, 3), "ee": (2, 3), "lv": (2, 3), "lt": (2, 3), "gr": (2, 3),
    "ro": (2, 3), "bg": (2, 3), "ua": (2, 3), "tr": (3, 3), "il": (2, 3), "eg": (2, 3), "za": (2, 2),
    "ng": (1, 1), "ke": (3, 3), "ae": (4, 4), "sa": (3, 3), "ir": (3.5, 3.5), "th": (7, 7), "vn": (7, 7),
    "id": (7, 9),
}
_LOCALE_REGION = re.compile(r"^[a-z]{2,3}[-_]([a-z]{2})$", re.IGNORECASE)


def page_region(tree: HtmlElement, url: str | None, meta: dict[str, str] | None = None) -> str | None:
    """The country a page is from: its domain's country code (of `url`, else of its
    ``og:url``), else the region of its declared locale; None if neither names one
    we know. `meta` is the page's meta tags by lower-cased name, if read already."""
    meta = meta if meta is not None else _meta(tree)
    addresses = [url or "", meta.get("og:url", "")]
    host = next((urlsplit(address.strip()).hostname for address in addresses if urlsplit(address.strip()).hostname), "")
    suffix = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if suffix in _OFFSETS:
        return suffix
    if len(suffix) == 2:
        return None  # a country we do not know: its locale is no better guide
    for value in (tree.getroottree().getroot().get("lang"), meta.get("og:locale")):
        match = _LOCALE_REGION.match(value.strip()) if value else None
        if match and match.group(1).lower() in _OFFSETS:
            return match.group(1).lower()
    return None


def regional_day(moment: datetime, region: str | None) -> Date | None:
    """The day `moment` (aware) falls on everywhere in `region`, or None."""
    if region not in _OFFSETS:
        return None
    low, high = _OFFSETS[region]
    utc = moment.replace(tzinfo=None) - moment.utcoffset()
    first, last = (utc + timedelta(hours=low)).date(), (utc + timedelta(hours=high)).date()
    return first if first == last else None


def _meta(tree: HtmlElement) -> dict[str, str]:
    return {(tag.get("property") or tag.get("name") or "").lower(): tag.get("content") or ""
            for tag in tree.iter("meta")}
