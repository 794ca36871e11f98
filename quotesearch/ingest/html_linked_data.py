"""JSON-LD in an HTML page: its objects, article-like ones first, and the names
they give (publisher, author, the periodical an article is part of), following
``{"@id": ...}`` references to the object of the graph that holds the name."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from lxml.html import HtmlElement

_WHITESPACE_RUN = re.compile(r"\s+")
_ARTICLE_TYPES = frozenset({"ReportageNews", "BlogPosting", "LiveBlogPosting", "Report", "WebPage"})


def _clean(text: str) -> str:
    return _WHITESPACE_RUN.sub(" ", text).strip()


@dataclass
class LinkedData:
    """The page's JSON-LD objects (article-like first) and those named by @id."""

    objects: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve(self, value: Any) -> Any:
        """A reference {"@id": x} (with nothing else to read) as the object it names."""
        if isinstance(value, dict) and "@id" in value and not value.get("name"):
            return self.by_id.get(str(value["@id"]), value)
        return value

    def names(self, key: str, first_only: bool = False) -> list[str]:
        """The names under `key` in the first object having any: {"name": ..}, a
        string, a list of either, or @id references; duplicates dropped, order kept."""
        for item in self.objects:
            value = item.get(key)
            names: list[str] = []
            for entry in value if isinstance(value, list) else [value]:
                entry = self.resolve(entry)
                name = entry.get("name") if isinstance(entry, dict) else entry
                if isinstance(name, list):
                    name = next((n for n in name if isinstance(n, str)), None)
                if isinstance(name, str) and _clean(name) and _clean(name) not in names:
                    names.append(_clean(name))
            if names:
                return names[:1] if first_only else names
        return []

    def strings(self, key: str) -> list[str]:
        """Every string value of `key`, article-like objects first."""
        return [item[key] for item in self.objects if isinstance(item.get(key), str) and item[key].strip()]

    def periodical_name(self) -> Optional[str]:
        """The journal or magazine an article is part of (a journal, not its publisher)."""
        for item in self.objects:
            part_of = self.resolve(item.get("isPartOf"))
            while isinstance(part_of, dict):
                if _has_type(part_of, ("Periodical", "Newspaper")) and isinstance(part_of.get("name"), str):
                    return _clean(part_of["name"]) or None
                part_of = self.resolve(part_of.get("isPartOf"))
        return None

    def website_name(self) -> Optional[str]:
        for item in self.objects:
            if _has_type(item, ("WebSite",)) and isinstance(item.get("name"), str) and _clean(item["name"]):
                return _clean(item["name"])
        return None


def _has_type(item: dict[str, Any], names: tuple[str, ...]) -> bool:
    value = item.get("@type")
    return any(isinstance(t, str) and t in names for t in (value if isinstance(value, list) else [value]))


def is_article_like(item: dict[str, Any]) -> bool:
    value = item.get("@type")
    return any(isinstance(t, str) and ("Article" in t or t in _ARTICLE_TYPES)
               for t in (value if isinstance(value, list) else [value]))


def linked_data(tree: HtmlElement) -> LinkedData:
    found = LinkedData()
    for script in tree.iter("script"):
        if not str(script.get("type") or "").strip().lower().startswith("application/ld+json"):
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the meta tags may still do
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                found.objects.append(item)
                if isinstance(item.get("@id"), str):
                    found.by_id.setdefault(item["@id"], item)
                graph = item.get("@graph")
                pending.extend(graph if isinstance(graph, list) else [graph] if graph else [])
                # an article nested as mainEntity of a WebPage is still the article
                for key in ("mainEntity", "mainEntityOfPage"):
                    if isinstance(item.get(key), dict) and is_article_like(item[key]):
                        pending.append(item[key])
    # Article-like objects first; WebPage last among them (a page's name is not its outlet).
    found.objects.sort(key=lambda item: (not is_article_like(item), _has_type(item, ("WebPage",))))
    return found
