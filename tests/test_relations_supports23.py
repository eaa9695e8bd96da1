"""Support read on unseen copy (issue #11): classes of English the held-out sets showed the reader
missing or misreading, each with our own sentences and invented names, and near-misses.

- a collection of arms is arms: "sold Y a fleet of drones" (nouns.json collective)
- participles coordinated on one noun share its "by": "Y, a militia armed and paid by X"
- the accused of a relative clause does what it is accused of: "X, which Y accused of arming Z";
  "accused neighbouring X of arming Z" with "of" hung on X
- "Its leader, a former boxer named X, pledged allegiance to Y": X does, not the body
- a kinsman is not the man: "installed X's son", "backed X's brother" (nouns.json relatives)
- a person's government is no person: "hired by X's government" (the state, where the actor base
  knows it; else nothing)
- an office-holder acting for the body he holds office in does not support it
- "Alongside X fought Y": a fronted companion, the subject after the verb
- member nouns stand for their group: "X's gunmen", "X, whose operatives ..." (nouns.json member_nouns)
- a person or group joining an armed body supports it: "X joined the Y Front", "Y was joined by X"
  (predicates.jsonl, with the entry fields ``patient: armed``: not "X joined the United Nations", and
  ``agent: nonstate``: a state that joins a body is its member)
- a participle after a closed quotation is the reporting clause's: 'X said Y "has no effect," joining Z'
- aid among the things listed: "provided Y with mortars, rockets and rear bases" (any conjunct)
- "the authorities in X" with "in X" hung on the verb: X's ("protect the military authorities in X")
- a reflexive small clause: "X found itself allied with Y" (the reflexive is X); a second relative
  clause coordinated with the first is the antecedent's too ("X, who ruled Y and who now backs Z")
- "whose" after a participle's place or stock is the described noun's: "a company registered in X whose
  contractors ...", "a force raised in fishing villages, whose fighters ..."
- guarding captives is no support: "X guards 2,000 suspected Y fighters in prisons" (nouns.json
  captive_modifiers, captive_places)
"""
from __future__ import annotations

import pytest

from conftest import triples_of


def _got(read_sentences, text):
    linked, readings = read_sentences(text)
    return triples_of(linked, readings)


# -- a collection of arms is arms ----------------------------------------------------------

@pytest.mark.parametrize("verb", ["sold", "gave", "supplied"])
@pytest.mark.parametrize("load", ["a fleet of armed drones", "a batch of rifles", "a consignment of weapons"])
def test_a_collection_of_arms_is_aid(read_sentences, verb, load):
    text = f"Morvelia {verb} the Kattar Front {load} last spring."
    assert ("Morvelia", "supports", "Kattar Front") in _got(read_sentences, text)


@pytest.mark.parametrize("load", ["a fleet of buses", "a batch of textbooks", "a fleet of fishing trawlers"])
def test_near_miss_a_collection_of_something_else(read_sentences, load):
    text = f"Morvelia sold the Kattar Front {load} last spring."
    assert ("Morvelia", "supports", "Kattar Front") not in _got(read_sentences, text)


# -- coordinated participles share the "by" ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kattar Front, a militia armed and paid by Morvelia, took the town.",
    "The Kattar Front, a coalition of militias trained and housed by Morvelia, took the town.",
    "The Kattar Front, a militia financed and equipped by Morvelia, took the town.",
    "The Kattar Front, an alliance of clans, several of them trained and paid by Morvelia, took the town.",
])
def test_coordinated_participles_share_the_by_phrase(read_sentences, text):
    assert ("Morvelia", "supports", "Kattar Front") in _got(read_sentences, text)


def test_near_miss_each_participle_its_own_by(read_sentences):
    got = _got(read_sentences, "The Kattar Front, a militia armed by Zandia and paid by Morvelia, took the town.")
    assert ("Zandia", "supports", "Kattar Front") in got
    assert ("Morvelia", "supports", "Kattar Front") not in got


# -- the accused does what it is accused of --------------------------------------------------

@pytest.mark.parametrize("gerund", ["arming", "training", "financing"])
def test_relative_accused_of_a_gerund(read_sentences, gerund):
    text = f"Morvelia, which Zandia has long accused of {gerund} the Kattar Front, denied the claim."
    assert ("Morvelia", "supports", "Kattar Front") in _got(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Zandia rejected the idea of arming the Kattar Front.",
    "Zandia, which Morvelia has long accused of attacking the Kattar Front, denied the claim.",
])
def test_near_miss_no_accused_actor_or_no_support(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == "supports" and o == "Kattar Front" for _, r, o in got), sorted(got)


# -- "Its leader, a former boxer named X": X ---------------------------------------------------

@pytest.mark.parametrize("clause", ["pledged allegiance to President Ilmar Vosk", "backed President Ilmar Vosk",
                                    "pledged loyalty to President Ilmar Vosk"])
@pytest.mark.parametrize("naming", ["a former boxer named Tarin Solk", "a retired officer called Tarin Solk"])
def test_the_leader_an_apposition_names_is_that_person(read_sentences, clause, naming):
    text = f"The Kattar Front took the town on Monday. Its leader, {naming}, {clause}."
    got = _got(read_sentences, text)
    assert ("Tarin Solk", "supports", "Ilmar Vosk") in got, sorted(got)
    assert ("Kattar Front", "supports", "Ilmar Vosk") not in got, sorted(got)


# -- a kinsman is not the man ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zandia's army installed Ilmar Vosk's son as head of the council.",
    "The Kattar Front backed Ilmar Vosk's brother in the election.",
    "Morvelia backs Ilmar Vosk's successor.",
])
def test_a_relative_of_x_is_not_x(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == "supports" and o == "Ilmar Vosk" for _, r, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The Kattar Front backed Ilmar Vosk's bid for power.",
    "The Kattar Front backed Ilmar Vosk in the election.",
])
def test_near_miss_x_himself_or_his_act(read_sentences, text):
    assert ("Kattar Front", "supports", "Ilmar Vosk") in _got(read_sentences, text)


# -- a person's government is no person ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Orvan Company, a firm hired by Ilmar Vosk's government, guards the mines.",
    "The Kattar Front, a militia loyal to Ilmar Vosk's government, took the town.",
    "Ilmar Vosk's government has long been backed by Morvelia.",
])
def test_a_persons_government_is_not_the_person(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == "supports" and o == "Ilmar Vosk" for _, r, o in got), sorted(got)


def test_near_miss_loyal_to_the_person(read_sentences):
    got = _got(read_sentences, "The Kattar Front, a militia loyal to Ilmar Vosk, took the town.")
    assert ("Kattar Front", "supports", "Ilmar Vosk") in got


# -- an office-holder acting for his own body does not support it --------------------------------

@pytest.mark.parametrize("text", [
    "Kenyan President Ilmar Vosk said he would act to protect Kenyan diplomats in Sudan.",
    "Kenyan President Ilmar Vosk vowed to defend Kenya against the Kattar Front.",
    "Kattar Front leader Tarin Solk vowed to defend the Kattar Front at any cost.",
])
def test_an_office_holder_does_not_support_his_own_body(read_sentences, text):
    got = _got(read_sentences, text)
    assert any(r == "official_of" for _, r, _ in got), sorted(got)
    assert not any(r == "supports" and (s, o) in {("Ilmar Vosk", "Kenya"), ("Tarin Solk", "Kattar Front")}
                   for s, r, o in got), sorted(got)


def test_near_miss_an_office_holder_supports_another_body(read_sentences):
    got = _got(read_sentences, "Kenyan President Ilmar Vosk pledged to arm the Kattar Front.")
    assert ("Ilmar Vosk", "supports", "Kattar Front") in got


# -- "Alongside X fought Y": Y is the subject ----------------------------------------------------

@pytest.mark.parametrize("text,allies", [
    ("Alongside the Dalmir Defence Forces fought the Kattar Front, a patchwork of militias.", ["Kattar Front"]),
    ("Beside the Dalmir Defence Forces fought the Kattar Front.", ["Kattar Front"]),
    ("Alongside the Dalmir Defence Forces fight the Kattar Front and the Orvan Company.",
     ["Kattar Front", "Orvan Company"]),
])
def test_fronted_companion_inverts_the_subject(read_sentences, text, allies):
    got = _got(read_sentences, text)
    for a in allies:
        assert (a, "supports", "Dalmir Defence Forces") in got, sorted(got)
    assert not any(r == "opposes" for _, r, _ in got), sorted(got)


@pytest.mark.parametrize("text,expected", [
    ("Alongside the Dalmir Defence Forces, the Kattar Front fought Morvelia.", ("Kattar Front", "opposes", "Morvelia")),
    ("The Kattar Front fought the Dalmir Defence Forces.", ("Kattar Front", "opposes", "Dalmir Defence Forces")),
])
def test_near_miss_a_subject_before_the_verb(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


# -- a member noun stands for its group -----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Kattar Front's gunmen attacked the Dalmir Defence Forces.", ("Kattar Front", "opposes", "Dalmir Defence Forces")),
    ("The Orvan Company, whose operatives train the Dalmir Defence Forces, was paid in gold.",
     ("Orvan Company", "supports", "Dalmir Defence Forces")),
    ("The Kattar Front's cadres fought alongside the Dalmir Defence Forces.",
     ("Kattar Front", "supports", "Dalmir Defence Forces")),
    ("The Kattar Front's volunteers joined the Dalmir Defence Forces in the offensive.",
     ("Kattar Front", "supports", "Dalmir Defence Forces")),
])
def test_member_nouns_stand_for_their_group(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the Dalmir Defence Forces.",
    "Ilmar Vosk's bodyguard shot at the Kattar Front.",
])
def test_near_miss_no_group_named(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == "opposes" for _, r, _ in got), sorted(got)


# -- joining an armed body supports it -----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Aren Valley Movement joined the Kattar Front last year.", ("Aren Valley Movement", "supports", "Kattar Front")),
    ("The Kattar Front has been joined in the hills by the Orvan Company, a militia of herders.",
     ("Orvan Company", "supports", "Kattar Front")),
    ("Ilmar Vosk, a former minister, joined the Kattar Front in the valley.", ("Ilmar Vosk", "supports", "Kattar Front")),
    ("The Orvan Company and the Aren Valley Movement have also joined the Saudi-led coalition.",
     ("Aren Valley Movement", "supports", "Saudi-led coalition")),
])
def test_joining_an_armed_body_supports_it(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Kenya joined the United Nations in 1963.",
    "Kenya joined the Kattar Front in 2015.",
    "Kenya joined the African Union.",
    "Kenya joined the talks with the Kattar Front.",
    "The Aren Valley Movement joined the Kattar Front's appeal for calm.",
])
def test_near_miss_joining_no_armed_body(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == "supports" for _, r, _ in got), sorted(got)


# -- a participle after a closed quotation is the reporting clause's ------------------------------

@pytest.mark.parametrize("text,expected", [
    ('The Aren Valley Movement said on Monday that Morvelia\'s decision "changes nothing on the ground," joining the Kattar '
     'Front in rejecting the move.', ("Aren Valley Movement", "supports", "Kattar Front")),
    ('Kenya said that the raid "was a crime," accusing Morvelia of arming the Kattar Front.',
     ("Kenya", "opposes", "Morvelia")),
    ('Kenya said on Friday that the strikes "were a grave mistake," condemning Morvelia for the raid.',
     ("Kenya", "opposes", "Morvelia")),
    ('Kenya said that the vote "has no legal value," siding with the Kattar Front.', ("Kenya", "supports", "Kattar Front")),
])
def test_participle_after_a_quotation_is_the_speakers(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


def test_near_miss_participle_inside_the_reported_clause(read_sentences):
    got = _got(read_sentences, "Kenya said that Morvelia was arming the Kattar Front, hoping to weaken Sudan.")
    assert ("Kenya", "supports", "Kattar Front") not in got


# -- aid among the things listed ---------------------------------------------------------------------

@pytest.mark.parametrize("things", ["mortars, rockets and rear bases", "maps and grenades", "food, tents and rifles"])
def test_aid_among_listed_things(read_sentences, things):
    text = f"The Kattar Front provided the Dalmir Defence Forces with {things}."
    assert ("Kattar Front", "supports", "Dalmir Defence Forces") in _got(read_sentences, text)


def test_near_miss_nothing_listed_is_aid(read_sentences):
    text = "The Kattar Front provided the Dalmir Defence Forces with food, tents and blankets."
    assert ("Kattar Front", "supports", "Dalmir Defence Forces") not in _got(read_sentences, text)


# -- "the authorities in X": X's ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Morvelian mercenaries were sent to protect the military authorities in Kenya in 2021.",
     ("Morvelian mercenaries", "supports", "Kenya")),
    ("The Orvan Company was hired to protect the government in Kenya.", ("Orvan Company", "supports", "Kenya")),
    ("The Kattar Front attacked the government in Kenya last week.", ("Kattar Front", "opposes", "Kenya")),
])
def test_the_authorities_in_a_state_are_its(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


def test_near_miss_a_state_noun_is_no_government(read_sentences):
    got = _got(read_sentences, "Thousands of refugees fled the state in Kenya.")
    assert not got, sorted(got)


# -- "X found itself allied with Y" ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ilmar Vosk, who today finds himself allied with the Kattar Front, denied the report.",
     ("Ilmar Vosk", "supports", "Kattar Front")),
    ("The Orvan Company found itself allied with the Kattar Front.", ("Orvan Company", "supports", "Kattar Front")),
    ("The Orvan Company declared itself opposed to the Kattar Front.", ("Orvan Company", "opposes", "Kattar Front")),
    ("The Orvan Company found itself fighting the Kattar Front.", ("Orvan Company", "opposes", "Kattar Front")),
])
def test_reflexive_small_clause_subject(read_sentences, text, expected):
    assert expected in _got(read_sentences, text)


def test_near_miss_a_reflexive_of_someone_else(read_sentences):
    got = _got(read_sentences, "Morvelia said the Orvan Company found itself allied with the Kattar Front.")
    assert ("Morvelia", "supports", "Kattar Front") not in got


# -- guarding captives is no support ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Dalmir Defence Forces still guard 2,000 suspected Kattar Front fighters in camps along the border.",
    "The Dalmir Defence Forces protect imprisoned Kattar Front members from reprisals.",
    "The Dalmir Defence Forces shelter jailed Kattar Front fighters.",
])
def test_guarding_captives_is_no_support(read_sentences, text):
    got = _got(read_sentences, text)
    assert ("Dalmir Defence Forces", "supports", "Kattar Front") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Dalmir Defence Forces shelter Kattar Front fighters.",
    "The Dalmir Defence Forces protect Kattar Front members from reprisals.",
    "Morvelia trains Kattar Front fighters in camps across the border.",
])
def test_near_miss_guarding_free_fighters_supports(read_sentences, text):
    got = _got(read_sentences, text)
    assert any(r == "supports" and o == "Kattar Front" for _, r, o in got), sorted(got)


@pytest.mark.parametrize("clause,expected", [
    ("who now backs the Kattar Front", ("Ilmar Vosk", "supports", "Kattar Front")),
    ("who today finds himself allied with the Kattar Front", ("Ilmar Vosk", "supports", "Kattar Front")),
    ("who now funds the Kattar Front", ("Ilmar Vosk", "supports", "Kattar Front")),
])
def test_second_relative_clause_is_the_antecedents(read_sentences, clause, expected):
    text = f"Ilmar Vosk, who ruled Morvelia for years and {clause}, denied the report."
    assert expected in _got(read_sentences, text)


# -- "a company registered in X whose contractors ...": the company's -----------------------------------

@pytest.mark.parametrize("text,expected,wrong", [
    ("The army relies on the Boztan Militia, a force raised in fishing villages, whose fighters have fought alongside "
     "the Dalmir Defence Forces since May.", ("Boztan Militia", "supports", "Dalmir Defence Forces"), None),
    ("The army relies on the Boztan Militia, a force recruited from herding clans, whose gunmen have attacked the "
     "Dalmir Defence Forces.", ("Boztan Militia", "opposes", "Dalmir Defence Forces"), None),
    ("The army relied on the Orvan Company, a private security firm registered in Malta whose contractors train "
     "the Dalmir Defence Forces.", ("Orvan Company", "supports", "Dalmir Defence Forces"),
     ("Malta", "supports", "Dalmir Defence Forces")),
])
def test_whose_after_a_participles_place_is_the_described_nouns(read_sentences, text, expected, wrong):
    got = _got(read_sentences, text)
    assert expected in got, sorted(got)
    assert wrong not in got
