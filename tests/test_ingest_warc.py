"""Web archives (.warc, .warc.gz) as inputs: only HTML pages become articles,
with the record's target URI and date; damaged records are reported by file
and offset and the rest is read; partitions of an archive read exactly what
the whole archive reads; re-ingesting an archive changes nothing.

The archives are written here with warcio, as crawlers (wget --warc-file,
Common Crawl) write them: one gzip member per record."""
from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotesearch.index.prepare import source_key, source_path
from quotesearch.ingest import read_articles
from quotesearch.ingest.warc import scan_records
from quotesearch.partitions import plan_partitions, read_partition
from quotesearch.records import Article, IngestError


def page(title: str, speaker: str, date: str = "") -> bytes:
    # written for these tests
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>"
            f"<p>\"The ferry to {title} will run again in May,\" said {speaker}, the harbour master.</p>"
            "<p>Repairs to the pier took most of the winter and cost more than planned.</p>"
            "</article></body></html>").encode()


class Archive:
    """A WARC being written: records appended in order, their offsets noted."""

    def __init__(self, path, gzip=True):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(path, "wb")  # noqa: SIM115 - closed by close(), records written in between
        self.writer = WARCWriter(self.file, gzip=gzip)
        self.offsets: list[int] = []
        self.write(self.writer.create_warcinfo_record(path.name, {"software": "tests"}))

    def write(self, record) -> int:
        self.file.flush()
        self.offsets.append(self.file.tell())
        self.writer.write_record(record)
        return self.offsets[-1]

    def response(self, uri: str, body: bytes, status: str = "200 OK",
                 content_type: str = "text/html; charset=utf-8", date: str = "2024-03-05T22:10:00Z") -> int:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        return self.write(self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date}))

    def request(self, uri: str) -> int:
        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        return self.write(self.writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                         http_headers=headers))

    def revisit(self, uri: str) -> int:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        return self.write(self.writer.create_revisit_record(
            uri, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", refers_to_uri=uri,
            refers_to_date="2024-03-01T10:00:00Z", http_headers=headers))

    def metadata(self, uri: str) -> int:
        return self.write(self.writer.create_warc_record(
            uri, "metadata", payload=io.BytesIO(b"via: https://news.example/"),
            warc_content_type="application/warc-fields"))

    def close(self):
        self.file.close()
        return self.path


def crawl(path, pages: int = 6, gzip: bool = True) -> Archive:
    """A crawl as wget writes one: requests before responses, a page that is
    not HTML, a redirect, a revisit, metadata, and ``pages`` HTML pages."""
    archive = Archive(path, gzip)
    for i in range(pages):
        uri = f"https://news.example/ferry-{i}"
        archive.request(uri)
        archive.response(uri, page(f"Island {i}", f"Ola Nordby {i}", "2024-03-04" if i % 2 else ""))
        if i == 1:
            archive.response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200),
                             content_type="image/png")
            archive.response("https://news.example/old", b"", status="301 Moved Permanently")
            archive.response("https://news.example/feed", b"<rss></rss>",
                             content_type="application/rss+xml")
        if i == 2:
            archive.revisit(uri)
            archive.metadata(uri)
    archive.close()
    return archive


@pytest.fixture
def archive(tmp_path):
    return crawl(tmp_path / "crawl.warc.gz")


def articles(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc"), (True, "CRAWL.WARC.GZ")])
def test_only_the_html_pages_of_an_archive_are_articles(tmp_path, gzip, name):
    crawl(tmp_path / name, gzip=gzip)
    read = list(read_articles([str(tmp_path)]))
    assert not [item for item in read if isinstance(item, IngestError)]
    assert [a.url for a in read] == [f"https://news.example/ferry-{i}" for i in range(6)]
    assert [a.title for a in read] == [f"Island {i}" for i in range(6)]
    assert all(a.file.startswith(str(tmp_path / name) + "@") for a in read)


def test_an_article_is_named_by_its_record_offset_and_dated_by_the_page_or_the_crawl(archive):
    found = articles(read_articles([str(archive.path)]))
    starts = {record.offset for record in scan_records(str(archive.path)) if record.is_page}
    assert {int(a.file.rsplit("@", 1)[1]) for a in found} == starts
    assert starts <= set(archive.offsets)
    # the page's own date wins; the WARC-Date (UTC) only when the page has none
    assert [a.date for a in found] == ["2024-03-05", "2024-03-04"] * 3


@pytest.mark.parametrize("header, meta, expected", [
    ("text/html; charset=windows-1251", "", "Привет"),
    ("text/html", '<meta charset="windows-1251">', "Привет"),
    ("text/html; charset=iso-8859-1", "", "Málaga"),
    ("application/xhtml+xml; charset=utf-8", "", "Zürich"),
])
def test_a_page_is_decoded_with_its_declared_charset(tmp_path, header, meta, expected):
    archive = Archive(tmp_path / "charset.warc.gz")
    encoding = (header + meta).split("charset=")[1].strip('">')
    body = (f"<html><head>{meta}<title>{expected}</title></head><body><article>"
            f"<p>\"We open the market in {expected} on Monday,\" said Ivana Petrova, the organiser.</p>"
            "</article></body></html>").encode(encoding)
    archive.response("https://news.example/market", body, content_type=header)
    archive.close()
    [article] = articles(read_articles([str(archive.path)]))
    assert article.title == expected and expected in article.text


def test_a_cut_short_archive_is_one_error_naming_file_and_offset_and_the_pages_before_are_read(tmp_path, archive):
    data = archive.path.read_bytes()
    last = archive.offsets[-1]
    cut = tmp_path / "cut" / "cut.warc.gz"
    cut.parent.mkdir()
    cut.write_bytes(data[:last + (len(data) - last) // 2])
    read = list(read_articles([str(cut)]))
    errors = [item for item in read if isinstance(item, IngestError)]
    assert [(e.file, e.reason) for e in errors] == [
        (str(cut), f"record at offset {last}: damaged record (cut short)")]
    assert len(articles(read)) == 5


@pytest.mark.parametrize("gzip", [True, False])
def test_a_damaged_record_is_reported_and_the_records_after_it_are_read(tmp_path, gzip):
    archive = crawl(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip=gzip)
    pages = [r.offset for r in scan_records(str(archive.path)) if r.is_page]
    data = bytearray(archive.path.read_bytes())
    data[pages[2] + 2:pages[2] + 40] = b"x" * 38           # the third page's header
    archive.path.write_bytes(bytes(data))
    read = list(read_articles([str(archive.path)]))
    errors = [item for item in read if isinstance(item, IngestError)]
    assert [e.reason for e in errors] == [f"record at offset {pages[2]}: damaged record (not a WARC record header)"]
    assert [a.url for a in articles(read)] == [f"https://news.example/ferry-{i}" for i in (0, 1, 3, 4, 5)]


def test_an_archive_without_pages_says_so(tmp_path):
    archive = Archive(tmp_path / "images.warc.gz")
    archive.response("https://news.example/a.png", b"\x89PNG", content_type="image/png")
    archive.close()
    assert [(e.file, e.reason) for e in read_articles([str(archive.path)])] == [
        (str(archive.path), "no web pages in this archive (no HTML response with status 200)")]


@pytest.mark.parametrize("size", [1, 2, 4, 200])
def test_partitions_of_archives_read_exactly_what_the_whole_archives_read(tmp_path, size):
    crawl(tmp_path / "a.warc.gz")
    crawl(tmp_path / "b.warc", pages=3, gzip=False)
    data = (tmp_path / "a.warc.gz").read_bytes()
    (tmp_path / "c.warc.gz").write_bytes(data[:-100])                # cut short
    parts = list(plan_partitions([str(tmp_path)], articles=size))
    read = []
    for part in parts:
        read.extend([part] if isinstance(part, IngestError) else read_partition(part))
    assert read == list(read_articles([str(tmp_path)]))
    archives = [p for p in parts if not isinstance(p, IngestError)]
    assert all(p.size <= size for p in archives)
    assert sum(p.size for p in archives) == len(articles(read))
    a_parts = [p for p in archives if p.collection.endswith("a.warc.gz")]
    assert a_parts[0].start == 0 and a_parts[-1].end is None
    assert all(x.end == y.start for x, y in itertools.pairwise(a_parts))


def test_ids_and_source_keys_are_those_of_the_record_whatever_the_reading(tmp_path, archive):
    whole = articles(read_articles([str(archive.path)]))
    again = articles(read_articles([str(archive.path)]))
    assert [(a.id, source_key(a)) for a in whole] == [(a.id, source_key(a)) for a in again]
    assert [source_key(a) for a in whole] == [f"url:https://news.example/ferry-{i}" for i in range(6)]
    assert {source_path(a) for a in whole} == {str(archive.path.resolve())}


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(str, args)],
                          check=False, capture_output=True, timeout=300, cwd=cwd)


def test_ingest_twice_changes_nothing_and_remove_by_archive_removes_its_pages(tmp_path, archive):
    index = tmp_path / "index"
    first = json.loads(cli("ingest", archive.path, "--index", index, "--json").stdout)
    second = json.loads(cli("ingest", archive.path, "--index", index, "--json").stdout)
    assert (first["added"], first["unchanged"]) == (6, 0)
    assert (second["added"], second["replaced"], second["unchanged"]) == (0, 0, 6)
    found = json.loads(cli("search", "ferry", "--index", index, "--json").stdout)
    assert found["total"] == 6
    assert cli("remove", archive.path, "--index", index).stdout.decode().startswith("removed 6 articles")


def test_extract_and_ingest_on_a_cluster_give_the_single_process_records(tmp_path):
    crawl(tmp_path / "in" / "a.warc.gz")
    crawl(tmp_path / "in" / "b.warc", pages=3, gzip=False)
    single = cli("extract", tmp_path / "in", "--format", "jsonl")
    assert single.returncode == 0, single.stderr
    out = tmp_path / "shards"
    clustered = cli("extract", tmp_path / "in", "--jobs", 2, "--partition-size", 2, "--out", out)
    assert clustered.returncode == 0, clustered.stderr
    shard_records = [json.dumps({k: v for k, v in record.items() if k != "text"}, sort_keys=True)
                     for name in sorted(out.iterdir()) if name.suffix == ".jsonl"
                     for record in map(json.loads, name.read_text().splitlines())]
    single_records = [json.dumps({**record, "quotes": [dict(q, paragraph=None) for q in record["quotes"]]},
                                 sort_keys=True) for record in map(json.loads, single.stdout.splitlines())]
    shard_records = [json.dumps({**(r := json.loads(s)), "quotes": [dict(q, paragraph=None) for q in r["quotes"]]},
                                sort_keys=True) for s in shard_records]
    assert shard_records == single_records and len(single_records) == 9
    one = json.loads(cli("ingest", tmp_path / "in", "--index", tmp_path / "one", "--json").stdout)
    many = json.loads(cli("ingest", tmp_path / "in", "--index", tmp_path / "many", "--jobs", 2,
                          "--partition-size", 2, "--json").stdout)
    # b's pages are a's first three again (same URLs, same text): one article each
    assert one == many and (one["added"], one["unchanged"]) == (6, 3)


def test_a_page_naming_no_outlet_is_cited_by_its_sites_domain(tmp_path):
    archive = Archive(tmp_path / "plain.warc.gz")
    archive.response("https://www.harbourtimes.example/ferry", page("Island", "Ola Nordby"))
    archive.close()
    (found,) = articles(read_articles([str(archive.path)]))
    assert found.outlet == "harbourtimes.example"
