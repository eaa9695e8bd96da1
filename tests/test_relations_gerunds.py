"""A gerund after a noun of taking part is done by whoever takes part ('X led the charge in accusing Y';
nouns.json part_nouns). Our own sentences, invented names."""
from __future__ import annotations

import pytest

from conftest import triples_of


@pytest.mark.parametrize("frame", ["led the charge in", "took the lead in", "played a key role in", "had a hand in"])
@pytest.mark.parametrize("gerund,relation", [("arming", "supports"), ("condemning", "opposes"), ("training", "supports")])
def test_a_gerund_after_taking_part_is_the_taker_s(read_sentences, frame, gerund, relation):
    text = f"Brastia {frame} {gerund} the Kattar Front, officials said."
    assert ("Brastia", relation, "Kattar Front") in triples_of(*read_sentences(text))


@pytest.mark.parametrize("text", [
    "Brastia has no interest in arming the Kattar Front.",
    "Brastia denied any role in arming the Kattar Front.",
])
def test_near_miss_no_part_taken(read_sentences, text):
    got = triples_of(*read_sentences(text))
    assert ("Brastia", "supports", "Kattar Front") not in got
