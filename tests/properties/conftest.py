"""Hostile-input property tests: a suite-sized profile, and a count of inputs run.

The suite runs ``EVENTWIRE_HOSTILE_EXAMPLES`` examples per property (200 by default);
for the report, run them at 10,000:

    EVENTWIRE_HOSTILE_EXAMPLES=10000 .venv/bin/python -m pytest -q -s tests/properties

With ``-s`` each module prints how many inputs it ran, and how many crashed.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("EVENTWIRE_HOSTILE_EXAMPLES", "200"))

#: settings for every hostile property: no per-example deadline (the machine is shared),
#: a hard time limit instead (``time_limit``), no example database in the repo.
HOSTILE = settings(max_examples=EXAMPLES, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.function_scoped_fixture])

#: CPU seconds one input may take before it counts as a hang
HANG_SECONDS = 120
#: ... and the clock may run this many times longer (a loaded machine) before it does
WALL_FACTOR = 5

RUNS: Counter[str] = Counter()
_LOG = os.environ.get("EVENTWIRE_HOSTILE_LOG")


def count(kind: str) -> None:
    """Count one hostile input; with ``EVENTWIRE_HOSTILE_LOG`` set, the running totals go there too."""
    RUNS[kind] += 1
    if _LOG and sum(RUNS.values()) % 50 == 0:
        with open(_LOG, "w", encoding="utf-8") as fh:
            fh.write(" ".join(f"{k}={v}" for k, v in sorted(RUNS.items())) + "\n")


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int = HANG_SECONDS):
    """Fail (``Hang``) when the block uses more than ``seconds`` of CPU time, or waits more than
    ``WALL_FACTOR`` times that on the clock (a block that hangs without computing).

    CPU time, not the clock: a shared CI machine under load stretches the wall time of honest work
    several times over, but not the CPU time it needs; a runaway loop uses CPU either way.
    """

    def _raise(signum, frame):  # type: ignore[no-untyped-def]
        kind = "CPU seconds" if signum == signal.SIGPROF else "seconds on the clock"
        raise Hang(f"no answer after {seconds * (1 if signum == signal.SIGPROF else WALL_FACTOR)} {kind}")

    old_prof = signal.signal(signal.SIGPROF, _raise)
    old_alarm = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.alarm(seconds * WALL_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.alarm(0)
        signal.signal(signal.SIGPROF, old_prof)
        signal.signal(signal.SIGALRM, old_alarm)


@pytest.fixture(scope="session", autouse=True)
def _report_counts():
    yield
    if RUNS:
        print("\nhostile inputs run: " + ", ".join(f"{k} {v}" for k, v in sorted(RUNS.items())))
        if _LOG:
            with open(_LOG, "w", encoding="utf-8") as fh:
                fh.write(" ".join(f"{k}={v}" for k, v in sorted(RUNS.items())) + " (finished)\n")
