"""How many: numbers of people, as best/low/high, and what happened to them.

``find_counts(doc)`` finds number expressions (digits, number words, vague quantities,
ranges, qualifiers) and, through the dependency parse, the noun they count and the
casualty wording they are tied to (killed / wounded / abducted / arrested / displaced).
``event_counts(doc, trigger)`` sums, by kind, the casualty counts attached to one event.

Never casualties: numbers inside date expressions, years, ages ("a 48-year-old", "aged
30"), money, distances, durations and other units ("30 kilometers", "2 or 3 months"),
ratios ("out of 10"), vehicle/unit/calibre numbers ("B-10", "12.7mm", "No. 5"), and
numbers of people with no casualty wording (force sizes: "a few hundred fighters"
remain, and ``group_size`` gives an event's actor its size as a count of kind "strength").
Parts introduced by "including"/"among them" are kept, but not as casualties,
so totals are not counted twice.

Modules, one job each:

- ``vague``: the table of vague words and qualifiers -> best/low/high, and its sources;
- ``numbers``: number expressions (digits, words, ranges, qualifiers) and their values;
- ``words``: the casualty wording ("killed", "shot dead", "lost their lives") and who is a person;
- ``victims``: which noun a number counts and which casualty wording it is tied to;
- ``implicit``: one person with no number ("a civilian was killed", "killing him", "his body");
- ``parts``: parts and restatements of a toll that add no one ("5 people: 3 soldiers and 2 civilians");
- ``background``: tolls that are background to a report (running totals, a group's record, an earlier event);
- ``merge``: adding parts of a toll, reconciling several sources' figures for the same people;
- ``find``: ``find_counts``, every count in a doc; ``french``: the same for French;
- ``toll``: ``event_counts``, the casualty counts of one event, and ``group_size``.
"""

from .find import find_counts
from .french import KIND_WORDS_FR, VAGUE_FR, parse_number_fr
from .merge import add_counts, reconcile, same_people
from .numbers import parse_number
from .toll import event_counts, group_size
from .vague import VAGUE
from .words import KIND_WORDS

__all__ = ["KIND_WORDS", "KIND_WORDS_FR", "VAGUE", "VAGUE_FR", "add_counts", "event_counts", "find_counts",
           "group_size", "parse_number", "parse_number_fr", "reconcile", "same_people"]
