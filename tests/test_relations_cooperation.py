"""Cooperation and protest idioms read from the lexicon (ontology/lexicon/predicates.jsonl): sharing
intelligence, treating someone as a partner, signing an understanding, recalling an envoy. Our own
sentences, invented names; each with near-misses that must give nothing."""
from __future__ import annotations

import pytest

from conftest import triples_of


def _got(read_sentences, text):
    linked, readings = read_sentences(text)
    return triples_of(linked, readings)


@pytest.mark.parametrize("text,expected", [
    ("Ostrelia has shared intelligence with the Kattar Front.", ("Ostrelia", "supports", "Kattar Front")),
    ("The Dawn Movement shared intelligence with the Kattar Front for years.", ("Dawn Movement", "supports", "Kattar Front")),
    ("Ostrelia passed intelligence to the Kattar Front, officials said.", ("Ostrelia", "supports", "Kattar Front")),
    ("Ostrelia passed coordinates to the Kattar Front before the raid.", ("Ostrelia", "supports", "Kattar Front")),
])
def test_sharing_intelligence_supports(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


@pytest.mark.parametrize("text,a,b", [
    ("Brastia long treated the Kattar Front as a valued partner.", "Brastia", "Kattar Front"),
    ("Ostrelia treats the Dawn Movement as a close ally.", "Ostrelia", "Dawn Movement"),
    ("In May the Dawn Movement signed an understanding with the Kattar Front.", "Dawn Movement", "Kattar Front"),
    ("The Kattar Front signed an alliance with the Ostrelian army.", "Kattar Front", "Armed forces of Ostrelia"),
])
def test_partners_and_signed_alliances_run_both_ways(read_sentences, text, a, b):
    got = _got(read_sentences, text)
    assert (a, "supports", b) in got and (b, "supports", a) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Angered by the raid, Brastia recalled its ambassador to Veloria.",
    "Brastia recalled its envoy to Veloria after the raid.",
    "Brastia recalled its ambassador from Veloria.",
])
def test_recalling_an_envoy_protests(read_sentences, text):
    assert ("Brastia", "opposes", "Veloria") in _got(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Ostrelia shared a border with the Kattar Front.",
    "Brastia passed a law against the Kattar Front.",
    "Veloria signed a ceasefire with the Kattar Front.",
    "The Dawn Movement signed an agreement with the Kattar Front.",
    "Veloria treated the wounded fighters of the Kattar Front.",
    "Brastia recalled its ambassador for consultations.",
])
def test_near_miss_no_cooperation_or_protest(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == "supports" for _, r, _ in got), sorted(got)


@pytest.mark.parametrize("verb", ["sells", "supplies", "gives"])
@pytest.mark.parametrize("part", ["a large part of its rifles", "the bulk of its weapons", "half of its ammunition"])
def test_a_part_of_what_is_sent_is_aid(read_sentences, verb, part):
    text = f"Officials say Russia {verb} Armenia {part} each year."
    assert ("Russia", "supports", "Armenia") in _got(read_sentences, text)


def test_near_miss_a_share_of_something_that_is_no_aid(read_sentences):
    assert ("Russia", "supports", "Armenia") not in _got(read_sentences, "Officials say Russia sells Armenia a share of its gas each year.")


@pytest.mark.parametrize("text", [
    "Ostrelia sent troops. Ostrelia has poured money and weapons into the Kattar Front.",
    "Ostrelia sent troops. Ostrelia has pumped cash into the Kattar Front for years.",
    "Ostrelia sent troops. Ostrelia has given the Kattar Front political cover at the United Nations.",
    "Ostrelia sent troops. Ostrelia provided diplomatic cover to the Kattar Front.",
])
def test_money_poured_in_and_cover_given_support(read_sentences, text):
    assert ("Ostrelia", "supports", "Kattar Front") in _got(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Ostrelia sent troops. Ostrelia poured scorn on the Kattar Front.",
    "Ostrelia sent troops. The Kattar Front took cover from Ostrelian shelling.",
])
def test_near_miss_scorn_poured_and_cover_taken(read_sentences, text):
    assert ("Ostrelia", "supports", "Kattar Front") not in _got(read_sentences, text)


OPEN = "Ostrelia sent troops. "


@pytest.mark.parametrize("text", [
    "Ostrelia and the Kattar Front traded accusations.",
    "Ostrelia and the Kattar Front exchanged fire.",
    "Ostrelia and the Kattar Front exchanged threats on Monday.",
    "Ostrelia traded barbs with the Kattar Front.",
])
def test_what_two_sides_trade_sets_them_against_each_other(read_sentences, text):
    got = _got(read_sentences, OPEN + text)
    assert ("Ostrelia", "opposes", "Kattar Front") in got and ("Kattar Front", "opposes", "Ostrelia") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Ostrelia froze the Kattar Front's assets.",
    "Ostrelia froze the bank accounts of the Kattar Front.",
    "Ostrelia dismissed the Kattar Front's claims as lies.",
    "Ostrelia called the Kattar Front's election a sham.",
    "Ostrelia condemned the Kattar Front's referendum.",
])
def test_measures_and_dismissals_against_a_side(read_sentences, text):
    assert ("Ostrelia", "opposes", "Kattar Front") in _got(read_sentences, OPEN + text)


@pytest.mark.parametrize("text", [
    "Ostrelia and Brastia exchanged ambassadors.",
    "Ostrelia and Brastia traded goods.",
    "Ostrelia dismissed the minister.",
    "Ostrelia froze its assets.",
    "Ostrelia welcomed the Kattar Front's election.",
])
def test_near_miss_trades_and_freezes_that_oppose_nobody(read_sentences, text):
    got = _got(read_sentences, OPEN + text)
    assert not any(r == "opposes" for _, r, _ in got), sorted(got)
