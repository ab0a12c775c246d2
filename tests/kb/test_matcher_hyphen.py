"""A hyphen or dash between two words of a name is no word boundary for matching: the name is
found however it is written (with the hyphen, with a spaced dash, without it) and however the
knowledge base lists it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.kb.matcher import JOIN, PatternIndex, iter_keys, name_words, split_words
from hadath.mentions.actors import find_actors
from hadath.text.normalize import normalize


def test_name_words_split_at_a_hyphen_between_letters() -> None:
    assert name_words("كيم جونغ-أون") == ["كيم", "جونغ", "أون"]
    assert name_words("بعلبك - الهرمل") == ["بعلبك", "الهرمل"]
    assert name_words("جان–نويل بارو") == ["جان", "نويل", "بارو"]  # an en dash
    assert name_words("عقد* … اتفاق") == ["عقد*", "…", "اتفاق"]
    assert name_words("الفترة 3-4") == ["الفترة", "3-4"]  # digits: not a name's hyphen


def _keys(coder, text: str) -> tuple[list, list[frozenset[str]]]:
    (sent,) = coder.analyzer.analyse(text)
    return sent.tokens, iter_keys(sent.tokens)


def test_only_a_hyphen_between_two_words_joins(coder) -> None:
    toks, keys = _keys(coder, "سجل الفريق 3-4 في مباراة سون-مي")
    joined = [i for i, k in enumerate(keys) if JOIN in k]
    assert len(joined) == 1  # the hyphen in سون-مي, not the one between two numbers
    assert (toks[joined[0] - 1].text, toks[joined[0]].text) == ("سون", "-")


@pytest.mark.parametrize("text", [
    "وصل كيم جونغ-أون إلى المدينة صباحا",
    "وصل كيم جونغ - أون إلى المدينة صباحا",
    "وصل كيم جونغ–أون إلى المدينة صباحا",
    "وصل كيم جونغ أون إلى المدينة صباحا",
])
def test_hyphenated_name_is_found_in_every_spelling(coder, text) -> None:
    (sent,) = coder.analyzer.analyse(text)
    found, _ = find_actors(sent.tokens, iter_keys(sent.tokens), text, coder.kb,
                           dt.date(2024, 5, 1))
    kim = [a for a in found if a.entity_id == "kim_jong_un"]
    assert len(kim) == 1
    a = kim[0]
    assert text[a.start:a.end] == a.text  # offsets into the original text, hyphen included
    assert a.text.startswith("كيم") and a.text.endswith("أون")
    assert a.code == "PRK"


def test_listed_with_or_without_hyphen_both_match(coder) -> None:
    idx: PatternIndex[str] = PatternIndex()
    idx.add(split_words("لوران-ميشيل دوفال", normalize), "hyphen")
    idx.add(split_words("ساندرين ماري لوكا", normalize), "plain")
    for text, want in (("التقى لوران ميشيل دوفال أمس", "hyphen"),
                       ("التقى لوران-ميشيل دوفال أمس", "hyphen"),
                       ("التقت ساندرين-ماري لوكا أمس", "plain"),
                       ("التقت ساندرين ماري - لوكا أمس", "plain")):
        toks, keys = _keys(coder, text)
        (m,) = idx.longest(keys)
        assert m.payloads == (want,)
        assert m.length == 3
        assert toks[m.end - 1].text in {"دوفال", "لوكا"}


def test_a_dash_does_not_join_a_word_the_name_lacks(coder) -> None:
    idx: PatternIndex[str] = PatternIndex()
    idx.add(split_words("كريم ناصر", normalize), "x")
    _toks, keys = _keys(coder, "قال كريم - المحلل - ناصر")
    assert idx.longest(keys) == []  # one hyphen is skipped, never a word


def test_region_with_a_dash_resolves_written_either_way(coder) -> None:
    for text in ("وصلت القافلة إلى بعلبك-الهرمل", "وصلت القافلة إلى بعلبك - الهرمل",
                 "وصلت القافلة إلى بعلبك الهرمل"):
        (sent,) = coder.analyzer.analyse(text)
        keys = iter_keys(sent.tokens)
        hits = coder.places.find(sent.tokens, keys, text, [True] * len(sent.tokens))
        got = [(loc.extracted_place, loc.country_code, loc.feature) for _s, _e, loc in hits]
        assert len(got) == 1 and got[0][1] == "LBN" and got[0][0].endswith("الهرمل"), got
