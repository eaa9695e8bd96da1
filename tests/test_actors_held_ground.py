"""Group nouns used as modifiers of ground they hold ("rebel positions", "separatist camps",
"rebel-held towns") stand for the group as "the rebels" would; "government / federal / regime troops"
are the forces of the state the story is about (src/conflictkg/_actors/_resolve.py,
``_ground_holder_at``; _linker.py, ``_unowned_force``). Our own sentences with invented actors."""
import pytest

from conftest import read_triples as _got

O = "opposes"
KM, DA = "Kelvar Movement", "Armed forces of Drovenia"
BEFORE = "The Kelvar Movement seized the town of Essel in May. "


@pytest.mark.parametrize("sentence", [
    "Drovenia's army shelled rebel positions near the town.",
    "Drovenia's troops attacked insurgent camps near the town.",
    "Drovenia's army pounded separatist strongholds in the hills.",
    "Drovenia's jets bombed rebel-held Essel on Monday.",
    "Drovenia's army struck guerrilla hideouts near the town.",
    "Drovenia's army ambushed rebel fighters near the town.",
    "Drovenia's army shelled rebel convoys near the town.",
])
def test_a_group_noun_modifying_held_ground_is_the_group(read_sentences, sentence):
    got = _got(read_sentences, BEFORE + sentence)
    assert any(s in (DA, "Drovenia") and r == O and o == KM for s, r, o in got), sorted(got)


@pytest.mark.parametrize("sentence", [
    "Drovenia's army arrested two rebel leaders near the town.",  # people, not ground
    "Drovenia's army reported rebel attacks near the town.",  # no attack by the army
    "Drovenia's army visited the rebel town.",  # not held ground, not an attack
])
def test_a_group_noun_modifying_anything_else_reads_nothing(read_sentences, sentence):
    got = _got(read_sentences, BEFORE + sentence)
    assert not any(o == KM and s in (DA, "Drovenia") for s, r, o in got), sorted(got)


def test_a_modifier_never_retypes_an_organisation(read_sentences):
    text = ("The Civic Union, an opposition party, held a rally in Essel. "
            "Drovenia's army shelled rebel positions near the town.")
    linked, _ = read_sentences(text)
    assert {a.label: a.type for a in linked.actors.values()}.get("Civic Union") != "ArmedGroup"


# a story told from Drovenia (its dateline names it; the story names it twice more)
ARMY = ("Fighting spreads\n\nKORVANSK, Drovenia, May 3 \u2014 The Kelvar Movement seized Essel in May, "
        "Drovenia said. Drovenia's parliament met on Friday. ")


@pytest.mark.parametrize("sentence", [
    "Government forces also shelled the rebels.",
    "Federal troops also shelled the rebels.",
    "Regime forces also shelled the rebels.",
])
def test_government_federal_and_regime_forces_are_the_state_forces(read_sentences, sentence):
    assert (DA, O, KM) in _got(read_sentences, ARMY + sentence)


def test_federal_troops_are_not_a_region_government_s(read_sentences):
    text = ARMY + "The Essel regional government said federal troops had shelled the rebels."
    got = _got(read_sentences, text)
    assert (DA, O, KM) in got and not any("Essel" in s for s, r, o in got), sorted(got)


@pytest.mark.parametrize("verb", ["attacked", "ambushed", "shelled"])
def test_a_sentence_initial_modifier_too(read_sentences, verb):
    got = _got(read_sentences, BEFORE + f"Rebel fighters {verb} the army of Drovenia near the town.")
    assert any(s == KM and r == O for s, r, o in got), sorted(got)


@pytest.mark.parametrize("verb", ["coordinated", "collaborated"])
def test_coordinating_with_a_group_allies_with_it(read_sentences, verb):
    got = _got(read_sentences, f"The Drovenian army {verb} with the Zarqa Brigade against the Kelvar Movement.")
    assert ("Armed forces of Drovenia", "supports", "Zarqa Brigade") in got
    assert ("Zarqa Brigade", O, KM) in got


@pytest.mark.parametrize("text, description, actor", [
    # an actor inside a participle or relative clause hung on the subject is not the subject
    ("The decision, announced after a summit of the Economic Community of Central Provinces, came after "
     "the bloc's deadline expired.", "bloc", "Economic Community of Central Provinces"),
    ("The report, which the Kelvar Movement published on Monday, said the group had lost ground.",
     "group", "Kelvar Movement"),
])
def test_a_clause_on_the_subject_does_not_bind_a_description(read_sentences, text, description, actor):
    linked, _ = read_sentences(text)
    found = {linked.doc[m.start:m.end].text.lower(): linked.actors[m.actor].label for m in linked.anaphora}
    assert found.get(f"the {description}") == actor, found



@pytest.mark.parametrize("sentence, expected", [
    ("Kenya blamed the rebels for the attack.", ("Kenya", O, KM)),
    ("Kenya armed the group for years.", ("Kenya", "supports", KM)),
    ("Kenya sheltered the insurgents for two years.", ("Kenya", "supports", KM)),
])
def test_a_description_with_the_verb_s_for_phrase(read_sentences, sentence, expected):
    assert expected in _got(read_sentences, BEFORE + sentence)


def test_a_description_with_its_own_for_phrase_is_a_name(read_sentences):
    got = _got(read_sentences, BEFORE + "The Front for the Liberation of Essel attacked the town.")
    assert not any(s == KM for s, r, o in got), sorted(got)
