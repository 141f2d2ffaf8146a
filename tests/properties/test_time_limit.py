"""The hang guard the hostile tests rely on: it stops a runaway loop by CPU time."""

from __future__ import annotations

import pytest

from tests.properties.conftest import Hang, time_limit


def test_a_runaway_loop_is_stopped():
    # By CPU time on a quiet machine; on one loaded several times over (the loop gets a fraction of a
    # core) the clock limit may come first. Either way the loop must not run on.
    with pytest.raises(Hang, match="CPU seconds|seconds on the clock"), time_limit(1):
        while True:
            pass


def test_a_block_that_finishes_in_time_is_left_alone():
    with time_limit(5):
        total = sum(range(10_000))
    assert total == 49_995_000
