"""'The government', 'the junta' where the article names no government: the state its headline is about
(src/conflictkg/_actors/_resolve.py, home state from _actors/_home.py). Our own text, invented names."""
from __future__ import annotations

import pytest

from conftest import triples_of

STORY = ("Ostrelia declares emergency after rebel raid\n\nVELMARA, June 3 — Ostrelia declared a state of "
         "emergency on Monday after the Kattar Front raided a garrison. Ostrelia's president said the attack "
         "would be punished. Ostrelia has asked for help. ")


@pytest.mark.parametrize("sentence,expected", [
    ("The government has also hired Greyfen Security, a private firm.", ("Greyfen Security", "supports", "Ostrelia")),
    ("The government has since condemned the Kattar Front.", ("Ostrelia", "opposes", "Kattar Front")),
    ("The regime has also armed the Dawn Movement.", ("Ostrelia", "supports", "Dawn Movement")),
])
def test_the_government_of_a_story_about_one_state(read_sentences, sentence, expected):
    linked, readings = read_sentences(STORY + sentence)
    assert expected in triples_of(linked, readings), sorted(triples_of(linked, readings))


def test_near_miss_a_headline_state_named_once_lends_no_government(read_sentences):
    text = ("Ostrelia declares emergency\n\nVELMARA, June 3 — A raid by the Kattar Front shook the north. "
            "The government has also hired Greyfen Security, a private firm.")
    linked, readings = read_sentences(text)
    assert ("Greyfen Security", "supports", "Ostrelia") not in triples_of(linked, readings)


@pytest.mark.parametrize("word", ["insurgents", "rebels", "militants", "jihadists"])
def test_near_miss_the_insurgents_are_never_a_mission_sent_against_them(read_sentences, word):
    text = STORY + (f"The Velmar Regional Mission in Ostrelia was sent to help the government drive out the {word} "
                    "and restore order.")
    got = triples_of(*read_sentences(text))
    assert ("Ostrelia", "opposes", "Velmar Regional Mission in Ostrelia") not in got, sorted(got)
    assert ("Velmar Regional Mission in Ostrelia", "supports", "Ostrelia") in got, sorted(got)
