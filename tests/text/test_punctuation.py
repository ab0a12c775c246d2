"""The punctuation marks the stages share (hadath/text/punctuation.py)."""

from hadath.text import default_analyzer
from hadath.text import punctuation as p


def test_every_opener_has_its_closer():
    for opener in p.NAME_OPENERS | p.WORD_NAME_OPENING:
        assert p.CLOSE_OF[opener] in p.NAME_CLOSERS | p.WORD_NAME_CLOSING


def test_the_straight_quote_opens_and_closes():
    assert p.STRAIGHT_QUOTE in p.OPENING_QUOTES & p.CLOSING_QUOTES
    assert not p.CURLY_OPENING & p.CURLY_CLOSING


def test_quotes_are_clause_bounds_but_no_clause_stops():
    assert p.QUOTES <= p.CLAUSE_BOUNDS
    assert not p.QUOTES & p.CLAUSE_STOPS


def test_each_mark_is_one_token():
    marks = p.QUOTES | p.SINGLE_OPENING | p.SINGLE_CLOSING | p.CLAUSE_BOUNDS | p.CLAUSE_STOPS
    text = " ".join(sorted(marks))
    tokens = [t.text for t in default_analyzer().tokenize(text)]
    assert sorted(tokens) == sorted(marks)
