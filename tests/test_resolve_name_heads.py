"""'the Brigade', 'the council': the last word of a body's name stands for the body the article named
(src/conflictkg/_actors/_resolve.py). Our own sentences, invented names."""
from __future__ import annotations

import pytest

from conftest import triples_of


@pytest.mark.parametrize("name,word", [
    ("Tarvic Brigade", "Brigade"), ("Tarvic Brigade", "brigade"), ("Ostrel Defence Council", "council"),
    ("Brastian Guard", "guard"), ("Harmon Security Forum", "forum"),
])
@pytest.mark.parametrize("pattern,expected", [
    ("Kessaran troops attacked the {word} at dawn.", ("Armed forces of Kessara", "opposes", "{name}")),
    ("The {word} later condemned Kessara.", ("{name}", "opposes", "Kessara")),
])
def test_the_last_word_of_a_name_is_the_named_body(read_sentences, name, word, pattern, expected):
    text = f"The {name} seized the pass on Monday. " + pattern.format(word=word)
    linked, readings = read_sentences(text)
    want = tuple(x.format(name=name) for x in expected)
    assert want in triples_of(linked, readings), sorted(triples_of(linked, readings))


@pytest.mark.parametrize("text,wrong", [
    # 'the state' is not Islamic State; 'the front' is a battle line
    ("Islamic State seized the pass. Kessara said the state would respond.", ("Kessara", "opposes", "Islamic State")),
    ("The Kattar Front seized the pass. Kessaran troops were sent to the front.", ("Armed forces of Kessara", "opposes", "Kattar Front")),
    # a noun that goes on into a longer phrase is no name's last word
    ("The Tarvic Brigade seized the pass. Kessaran troops attacked the brigade headquarters of another unit.",
     ("Armed forces of Kessara", "opposes", "Tarvic Brigade")),
])
def test_near_miss_a_name_word_that_stands_for_nothing_named(read_sentences, text, wrong):
    linked, readings = read_sentences(text)
    assert wrong not in triples_of(linked, readings)


@pytest.mark.parametrize("subject", [
    "armed volunteers paid by two landowners, known locally as the Torvak Guards,",
    "gunmen hired by local chiefs, known as the Torvak Guards,",
])
def test_a_description_is_not_the_subject_the_clause_names(read_sentences, subject):
    text = ("The Kattar Front seized the mine on Monday. "
            f"In the south, {subject} have been fighting the rebels for months.")
    linked, _ = read_sentences(text)
    rebels = [m for m in linked.anaphora if linked.doc[m.start:m.end].text == "the rebels"]
    assert all(linked.actors[m.actor].label != "Torvak Guards" for m in rebels)


@pytest.mark.parametrize("first,second", [("a private firm", "The company"), ("a security company", "The firm"),
                                          ("a local militia", "The armed group")])
def test_one_kind_of_body_under_two_words(read_sentences, first, second):
    text = (f"Ostrelia hired Greyfen Security, {first}, last year. "
            f"{second} has since trained the Ostrelian army.")
    got = triples_of(*read_sentences(text))
    assert ("Greyfen Security", "supports", "Armed forces of Ostrelia") in got, sorted(got)


@pytest.mark.parametrize("word", ["enclave", "breakaway region"])
def test_the_enclave_is_the_breakaway_government(read_sentences, word):
    text = ("The self-declared Republic of Velkaria accused Ostrelia of a missile attack on Monday. "
            f"Tomas Relvani, the {word}'s leader, said Ostrelia would pay.")
    got = triples_of(*read_sentences(text))
    assert any(p == "Tomas Relvani" and r == "official_of" and "Velkaria" in o for p, r, o in got), sorted(got)


@pytest.mark.parametrize("opening", [
    "Kattar Front rebels seized the town on Monday.",
    "Rebels of the Kattar Front seized the town on Monday.",
    "KFL rebels seized the town on Monday.",
])
def test_the_rebels_are_the_group_the_text_called_rebels(read_sentences, opening):
    text = opening + " The Torvak Militia held the hills nearby. Ostrelian troops later attacked the rebels."
    got = triples_of(*read_sentences(text))
    group = "KFL" if "KFL" in opening else "Kattar Front"
    assert ("Armed forces of Ostrelia", "opposes", group) in got, sorted(got)


def test_near_miss_a_one_word_name_before_rebels_may_be_their_place(read_sentences):
    text = ("Karsa rebels seized the town on Monday. The Torvak Militia held the hills nearby. "
            "Ostrelian troops later attacked the rebels.")
    linked, _ = read_sentences(text)
    rebels = [m for m in linked.anaphora if linked.doc[m.start:m.end].text == "the rebels"]
    assert all(linked.actors[m.actor].label != "Karsa" for m in rebels)


@pytest.mark.parametrize("first", [
    "The Kattar Front has been at war with the Torvak Militia since 2016.",
    "The Kattar Front split from the Torvak Militia in 2016, officials said.",
])
@pytest.mark.parametrize("second", [
    "The two factions have battled for the river crossings since.",
    "\n\nThe two groups have been rivals for a decade.",
])
def test_the_two_are_the_two_the_sentence_before_named(read_sentences, first, second):
    linked, _ = read_sentences(first + " " + second)
    two = {linked.actors[m.actor].label for m in linked.anaphora if linked.doc[m.start:m.end].text.startswith("The two")}
    assert two == {"Kattar Front", "Torvak Militia"}


def test_near_miss_three_named_before_the_two(read_sentences):
    text = ("The Kattar Front, the Torvak Militia and the Dawn Brigade met in 2016. "
            "The two factions have battled for the river crossings since.")
    linked, _ = read_sentences(text)
    assert not [m for m in linked.anaphora if linked.doc[m.start:m.end].text == "The two factions"]
