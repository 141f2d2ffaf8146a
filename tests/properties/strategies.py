"""Hypothesis strategies for hostile text and hostile files."""

from __future__ import annotations

import gzip
import json
import string

from hypothesis import strategies as st

NEWS = [
    "Gunmen", "killed", "six", "civilians", "in", "Kidal", "on", "Monday", ".", ",", '"', "said", "the", "army",
    "attacked", "Hajin", "2", "or", "3", "months", "IS", "Daesh", "badessed", "donâ€™t", "cafÃ©", "<b>", "&amp;",
    "\u200f", "\u202e", "\u200b", "\x00", "\x07", "\x1b[31m", "\ufeff", "\u0301", "\U0001f642", "\n", "\n\n", "\t",
    "...", "\u2014", "(", ")", "'s", "%", "1,000", "2018-07-24", "yesterday", "Syria", "fighters", "clashed",
    "with", "police", "wounded", "at least", "dozens", "\u00ab", "\u00bb", "\u201c", "\u201d", "\r\n", "\u2028",
    "\u0627\u0644\u0642\u0627\u0639\u062f\u0629", "\u05e9\u05dc\u05d5\u05dd", "\u4e2d\u6587", "Mr.", "U.S.",
]

_ODD = st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me", "So", "Co"])

piece = st.one_of(
    st.sampled_from(NEWS),
    st.text(max_size=20),
    st.text(alphabet=_ODD, max_size=12),
    st.text(alphabet=string.punctuation, min_size=1, max_size=60),
    st.integers(-10**12, 10**12).map(str),
)

#: text a user, a scraper or an attacker might hand to extract()
hostile_text = st.one_of(
    st.lists(piece, max_size=80).map(" ".join),
    st.lists(piece, max_size=80).map("".join),
    st.text(max_size=400),
    st.text(alphabet=string.punctuation + " \n", max_size=400),
    st.builds(lambda w, n: (w + " ") * n, st.sampled_from(NEWS), st.integers(1, 400)),
)


def _nest(depth: int, text: str) -> str:
    return "[" * depth + json.dumps(text) + "]" * depth


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def jsonl_bytes(draw) -> bytes:  # type: ignore[no-untyped-def]
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["record", "value", "deep", "garbage", "long"]))
        if kind == "record":
            record = draw(st.dictionaries(st.sampled_from(["text", "title", "url", "date", "published", "id", "x"]),
                                          json_value, max_size=5))
            lines.append(json.dumps(record))
        elif kind == "value":
            lines.append(json.dumps(draw(json_value)))
        elif kind == "deep":
            depth = draw(st.integers(1, 200_000))
            lines.append('{"text": ' + _nest(depth, draw(hostile_text)) + "}")
        elif kind == "garbage":
            lines.append(draw(st.text(max_size=200)))
        else:
            lines.append(json.dumps({"text": "x" * draw(st.integers(1, 3_000_000))}))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def csv_bytes(draw) -> bytes:  # type: ignore[no-untyped-def]
    header = draw(st.sampled_from(["text,date,id", "notes,event_date", "text", "a,b", ""]))
    rows = [header]
    for _ in range(draw(st.integers(0, 6))):
        cells = draw(st.lists(st.one_of(hostile_text, st.just('"'), st.just('""'), st.just("\n"),
                                        st.just("x" * 300_000)), max_size=4))
        rows.append(",".join(cells))
    return "\n".join(rows).encode("utf-8", "surrogatepass")


@st.composite
def html_bytes(draw) -> bytes:  # type: ignore[no-untyped-def]
    body = draw(hostile_text)
    depth = draw(st.integers(0, 60_000))
    tag = draw(st.sampled_from(["div", "b", "table", "p", "span", "a", "script", "iframe", "svg"]))
    kind = draw(st.sampled_from(["nested", "unclosed", "comment", "entities", "plain"]))
    if kind == "nested":
        html = "<html><body>" + f"<{tag}>" * depth + body + f"</{tag}>" * depth + "</body></html>"
    elif kind == "unclosed":
        html = "<html><body>" + f"<{tag}><p>" * depth + body
    elif kind == "comment":
        html = "<html><body>" + "<!--" * min(depth, 10_000) + body + "-->" + "</body></html>"
    elif kind == "entities":
        html = "<html><body><p>" + "&amp;" * depth + "&#x110000;&#0;&nbsp;" + body + "</p></body></html>"
    else:
        html = body
    return html.encode("utf-8", "surrogatepass")


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{body}">'
           + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefg", "bcdefgh"))
           + ']><rss><channel><item><title>&{top};</title><description>&{top};</description></item>'
           + "</channel></rss>")
_XXE = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<rss><channel><item><title>&x;</title><description>{body} &x;</description></item></channel></rss>')


@st.composite
def feed_bytes(draw) -> bytes:  # type: ignore[no-untyped-def]
    body = draw(hostile_text).replace("&", "").replace("<", "").replace('"', "")
    kind = draw(st.sampled_from(["laughs", "xxe", "items", "garbage"]))
    if kind == "laughs":
        xml = _LAUGHS.format(body=body, top=draw(st.sampled_from("bcdefgh")))
    elif kind == "xxe":
        xml = _XXE.format(body=body)
    elif kind == "items":
        items = "".join(f"<item><title>{t}</title><description>{body}</description><pubDate>{d}</pubDate></item>"
                        for t, d in draw(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=30)),
                                                  max_size=4)))
        xml = f"<rss><channel><title>x</title>{items}</channel></rss>"
    else:
        xml = "<rss>" + draw(st.text(max_size=300))
    return xml.encode("utf-8", "surrogatepass")


text_bytes = st.one_of(
    hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=3000),
    hostile_text.map(lambda t: t.encode("utf-16")),
    hostile_text.map(lambda t: t.encode("latin-1", "replace")),
)

#: (file suffix, content) for every reader
hostile_file = st.one_of(
    st.tuples(st.just(".txt"), text_bytes),
    st.tuples(st.just(".html"), html_bytes()),
    st.tuples(st.just(".xml"), feed_bytes()),
    st.tuples(st.just(".jsonl"), jsonl_bytes()),
    st.tuples(st.just(".csv"), csv_bytes()),
    st.tuples(st.sampled_from([".txt.gz", ".jsonl.gz", ".csv.gz"]),
              st.one_of(text_bytes, jsonl_bytes()).map(gzip.compress)),
    st.tuples(st.sampled_from([".txt.gz", ".jsonl.gz"]),
              st.one_of(st.binary(max_size=200), jsonl_bytes().map(lambda b: gzip.compress(b)[:-7]))),
    st.tuples(st.sampled_from([".dat", ""]), st.one_of(text_bytes, html_bytes(), jsonl_bytes())),
)
