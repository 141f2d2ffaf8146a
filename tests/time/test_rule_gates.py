from __future__ import annotations

import re

from eventwire.time import _grammar_en as en
from eventwire.time._grammar import GRAMMARS


def test_every_english_month_name_passes_the_month_gate():
    names = re.findall(r"[A-Z][a-z]+", en._MONTH)
    assert len(names) >= 20
    gate = re.compile(en._MONTH_NAME)
    for name in names:
        assert gate.match(name), name


def test_each_gated_english_rule_finds_nothing_where_its_gate_finds_nothing():
    """A gate must lie inside every match of its rule: on text that holds many dates, each match of a gated
    rule contains a match of its gate."""
    text = ("On Monday, 5 March 2018 and on March 5, 2018, 2018-03-05, 03/05/2018, 3-5 March, March 3-5, the 5th of "
            "March, May 7, in late March 2019, in 2014, last Tuesday morning, yesterday evening, the day before "
            "yesterday, earlier this month, over the weekend, overnight, before dawn, three days ago, two weeks later, "
            "the next day, recently, in recent weeks, over the past two months, within 48 hours, for several weeks, "
            "in Sept. and Dec. last year, next March")
    for regex, _handler, gate in GRAMMARS["en"].rules:
        if gate is None:
            continue
        for m in regex.finditer(text):
            if m.end() > m.start():
                assert gate.search(m.group()), (regex.pattern[:60], m.group())
