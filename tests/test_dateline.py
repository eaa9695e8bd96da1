"""The wire dateline (src/conflictkg/_nlp.py, ``conflictkg_dateline``): it is a sentence of its own, so
the story's first sentence parses as English; it still tells the story's home state, unless it names
two places. Our own invented stories and real capitals."""
from __future__ import annotations

import pytest

from conftest import triples_of

R = "official_of"


@pytest.mark.parametrize("dateline", [
    "NAIROBI, May 3 \u2014 ",
    "NAIROBI, May 3 (Lakeside Wire) \u2014 ",
    "LOKARI, Kenya, May 3 -- ",
    "NAIROBI \u2014 ",
])
def test_the_first_sentence_starts_after_the_dateline(extractor, dateline):
    text = "Talks stall\n\n" + dateline + "Kenya's army attacked the Velmar Front on Tuesday."
    doc = extractor.reader.nlp(text)
    start, end = doc._.dateline
    assert doc[end].text == "Kenya" and doc[end].is_sent_start
    assert doc[start].text in ("NAIROBI", "LOKARI")


@pytest.mark.parametrize("text", [
    "Talks stall\n\nThe ARMY attacked the Velmar Front on Tuesday - officials said.",  # no upper-case opening
    "Talks stall\n\nUN officials said on Tuesday that the army - not the rebels - had attacked.",
])
def test_no_dateline_without_an_upper_case_place_before_a_dash(extractor, text):
    assert extractor.reader.nlp(text)._.dateline is None


@pytest.mark.parametrize("verb", ["attacked", "shelled", "ambushed"])
def test_the_lead_sentence_is_read_with_its_subject(read_sentences, verb):
    text = f"Clashes\n\nKORVANSK, March 3 (Test Press) \u2014 Fighters of the Drel Movement {verb} the Zarqa Brigade near the border on Monday, officials said."
    linked, readings = read_sentences(text)
    assert ("Drel Movement", "opposes", "Zarqa Brigade") in triples_of(linked, readings)


def test_a_two_place_dateline_gives_no_home_state(read_sentences):
    story = ("Talks stall\n\nNAIROBI/KAMPALA, May 3 \u2014 Kenya and Uganda met on Friday. Kenya's police "
             "were deployed. Kenya's parliament met. President Tomas Relvani said the talks had failed.")
    linked, readings = read_sentences(story)
    assert not any(r == R and s == "Tomas Relvani" for s, r, _ in triples_of(linked, readings))
    single = story.replace("NAIROBI/KAMPALA", "NAIROBI")
    linked, readings = read_sentences(single)
    assert ("Tomas Relvani", R, "Kenya") in triples_of(linked, readings)


@pytest.mark.parametrize("sentence,expected", [
    ("The raid prompted Drovenia's government to warn that it could expel the Kelvar Movement.",
     ("Drovenia", "opposes", "Kelvar Movement")),
    ("The talks led Morvania to announce that it would arm the Zarqa Brigade.",
     ("Morvania", "supports", "Zarqa Brigade")),
    ("The summit persuaded Belmora to declare that it would back the Kelvar Movement.",
     ("Belmora", "supports", "Kelvar Movement")),
])
def test_it_in_a_controlled_report_is_the_controller(read_sentences, sentence, expected):
    linked, readings = read_sentences(sentence)
    assert expected in triples_of(linked, readings)
