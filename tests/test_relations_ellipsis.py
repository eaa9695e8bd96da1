"""Elliptical clauses that repeat the predicate ("X backed Y, as did Z"; "and so did Z"; "as Z had
done"): Z does what X did, with the same status. Our own sentences, invented names."""
import pytest

from conftest import read_triples

S, O = "supports", "opposes"


@pytest.mark.parametrize("text,relation,target", [
    ("Korvia stood firmly behind Dravnia, as did Pellaria.", S, "Dravnia"),
    ("Korvia condemned the Drel Front, and so did Pellaria.", O, "Drel Front"),
    ("Korvia armed the Drel Front, as Pellaria had done.", S, "Drel Front"),
    ("Korvia shelled the Drel Front, as did Pellaria.", O, "Drel Front"),
    ("Korvia vowed to back Dravnia, as did Pellaria.", S, "Dravnia"),
])
def test_the_echoed_subject_does_what_the_subject_did(read_sentences, text, relation, target):
    got = read_triples(read_sentences, text)
    assert {("Korvia", relation, target), ("Pellaria", relation, target)} <= got, sorted(got)


def test_the_echo_keeps_the_status(read_sentences):
    text = "Korvia denied arming the Drel Front, as did Pellaria."
    assert ("Pellaria", S, "Drel Front") in read_triples(read_sentences, text, "Denied")
    assert ("Pellaria", S, "Drel Front") not in read_triples(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Korvia backed Dravnia, as it did in 2019.",  # the same subject again
    "Korvia backed Dravnia, as did the talks.",  # no actor
    "Korvia backed Dravnia, as Pellaria did the drafting.",  # the clause has its own object
    "Korvia backed Dravnia after Pellaria did.",  # not an echo marker
])
def test_no_echo_without_another_actor_and_a_bare_repeat(read_sentences, text):
    got = read_triples(read_sentences, text)
    assert not any(s == "Pellaria" for s, r, o in got), sorted(got)
