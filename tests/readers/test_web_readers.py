"""HTML pages, RSS/Atom feeds and http(s) sources (served by a local HTTP server)."""

from __future__ import annotations

import datetime as dt
import gzip

from eventwire.model import Document
from eventwire.readers import Skipped, read

PAGE = """<!doctype html><html><head><title>Strike kills six - Example News</title>
<meta property="article:published_time" content="2018-07-24T10:00:00Z">
<link rel="canonical" href="https://news.example.org/strike"></head>
<body><nav>Home | World | Sport | Login</nav>
<article><h1>Strike kills six</h1>
<p>Coalition aircraft struck Islamic State positions near Hajin on Tuesday, killing six fighters,
the coalition said in a statement released to reporters in Baghdad.</p>
<p>The strike followed weeks of heavy fighting in the Euphrates valley, where the group still holds
a small pocket of territory along the Iraqi border.</p></article>
<footer>Copyright 2018 Example News. All rights reserved. Cookie settings.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org</link>
<item><title>Clashes in Hama</title><link>https://wire.example.org/1</link>
<pubDate>Mon, 23 Jul 2018 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Government forces clashed with rebels near &lt;b&gt;Hama&lt;/b&gt;, killing four.&lt;/p&gt;</description></item>
<item><link>https://wire.example.org/2</link><pubDate>Mon, 23 Jul 2018 09:00:00 GMT</pubDate></item>
<item><title>Bomb in Kabul</title><link>https://wire.example.org/3</link>
<pubDate>Tue, 24 Jul 2018 06:30:00 GMT</pubDate><description>A car bomb exploded in Kabul.</description></item>
</channel></rss>"""


def test_html_page_main_text_title_date_and_url(tmp_path):
    path = tmp_path / "strike.html"
    path.write_text(PAGE)
    (doc,) = read(path)
    assert "Coalition aircraft struck Islamic State positions near Hajin" in doc.text
    assert "Cookie settings" not in doc.text and "Login" not in doc.text
    assert doc.title.startswith("Strike kills six")
    assert doc.published == dt.date(2018, 7, 24)
    assert doc.url == "https://news.example.org/strike"


def test_html_without_text_is_skipped(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Loading</title></head><body><script>var app = 1;</script></body></html>")
    (skip,) = read(path)
    assert isinstance(skip, Skipped) and skip.code == "EW106"


def test_feed_entries_become_documents_and_a_broken_entry_is_reported(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(FEED)
    items = list(read(path))
    documents = [i for i in items if isinstance(i, Document)]
    assert [(d.title, d.published, d.url) for d in documents] == [
        ("Clashes in Hama", dt.date(2018, 7, 23), "https://wire.example.org/1"),
        ("Bomb in Kabul", dt.date(2018, 7, 24), "https://wire.example.org/3"),
    ]
    assert documents[0].text == "Government forces clashed with rebels near Hama, killing four."
    assert documents[0].source_name == "Example Wire"
    (skip,) = [i for i in items if isinstance(i, Skipped)]
    assert skip.source.endswith("#entry2") and skip.code == "EW106"


def test_not_a_feed(tmp_path):
    path = tmp_path / "junk.rss"
    path.write_text("<<<< this is not xml")
    (skip,) = read(path)
    assert skip.code == "EW106"


def test_http_sources_by_content_type_and_gzip(http_root):
    root, base = http_root
    (root / "article").write_bytes(PAGE.encode())  # no suffix: detected from the content
    (root / "feed.xml").write_text(FEED)
    (root / "corpus.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Fighting in Aleppo."}\n'))
    items = list(read([f"{base}/article", f"{base}/feed.xml", f"{base}/corpus.jsonl.gz"]))
    texts = [i.text for i in items if isinstance(i, Document)]
    assert len(texts) == 4, items
    assert "near Hajin" in texts[0]
    assert texts[-1] == "Fighting in Aleppo."


def test_unreachable_and_missing_urls_are_skipped(http_root):
    _, base = http_root
    items = list(read([f"{base}/nothing-here.txt", "http://127.0.0.1:1/closed.txt"]))
    assert [i.code for i in items] == ["EW108", "EW108"]
    assert "404" in items[0].reason
