"""geomap.errors: the problem collector every reader reports to."""

import pytest

from geomap.errors import InputError, Problem, ProblemCollector


def test_collector_appends_to_a_shared_list():
    shared: list[Problem] = []
    c = ProblemCollector(shared)
    c.add("f.csv", 2, "x", "bad", "fix it")
    c.add("f.csv", 3, "y", "odd", "", "warning")
    assert shared is c.problems and len(shared) == 2
    assert c.n_errors == 1 and c.has_errors
    with pytest.raises(InputError, match=r"^f.csv:2: x: bad; fix it$"):
        c.raise_if_errors()


def test_only_warnings_do_not_raise():
    c = ProblemCollector()
    c.add("f.csv", None, None, "note", "", "warning")
    c.raise_if_errors()
    assert not c.has_errors


def test_bad_line_stops_after_the_limit():
    c = ProblemCollector(max_bad_lines=3, stop_hint="is this the right file?")
    stops = [
        c.bad_line("d.txt", n, [("f", f"bad {n}", "h"), ("g", "worse", "h")]) for n in (1, 2, 3)
    ]
    assert stops == [False, False, True]
    assert c.n_bad_lines == 3
    assert len(c.problems) == 7
    last = c.problems[-1]
    assert (last.line, last.message, last.hint) == (
        None,
        "too many bad lines; stopped reading",
        "is this the right file?",
    )


def test_no_limit_never_stops():
    c = ProblemCollector()
    assert not any(c.bad_line("d.txt", n, [(None, "bad", "")]) for n in range(200))
