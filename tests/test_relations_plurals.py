"""Plural anaphors of a set named before (issue 11): "the three juntas", "all three governments",
"the two factions", "both armed groups", "the warring sides", and a plural pronoun after a
coordinated subject ("A and B said they would ..."). Each stands for every member of the set: the
set must be the last coordination of the right kind (states for "governments" / "countries" /
"juntas", armed groups for "factions" / "armed groups") named in the same sentence or the two before
it, in the same paragraph, or in the article's lede; a number word or "both" / "all" must agree
with its size. Sentences written for the test, with invented actors."""
import pytest

from conftest import assert_never_reads as _never
from conftest import assert_reads as _check
from conftest import read_triples as _got

O, S = "opposes", "supports"
KLF, DF, AB = "Karsa Liberation Front", "Drovan Front", "Amber Brigade"
KA, VA, TA, MA = "Karvonia", "Valdoria", "Tamaria", "Marovia"


def _relations_with(read_sentences, text, actor):
    got = _got(read_sentences, text) | _got(read_sentences, text, "Hedged")
    return {t for t in got if actor in (t[0], t[2]) and t[1] in (O, S)}


# -- a set of states: "the three juntas", "all three governments", "the two countries" -------------

@pytest.mark.parametrize("text, relation", [
    (f"{KA}, {VA} and {TA} signed a defence charter on Monday. The three juntas are battling the {KLF}.", O),
    (f"{KA}, {VA} and {TA} signed a defence charter on Monday. All three governments condemned the {KLF}.", O),
    (f"{KA}, {VA} and {TA} held a summit in March. The juntas have imposed sanctions on the {KLF}.", O),
    (f"{KA}, {VA} and {TA} held a summit in March. All three countries have armed the {KLF}.", S),
    (f"{KA}, {VA} and {TA} held a summit in March. Prices rose. The three governments fund the {KLF}.", S),
])
def test_plural_description_of_a_set_of_states(read_sentences, text, relation):
    _check(read_sentences, text, {(KA, relation, KLF), (VA, relation, KLF), (TA, relation, KLF)})


@pytest.mark.parametrize("text, relation", [
    (f"{KA} and {VA} signed a truce on Monday. The two countries condemned the {KLF}.", O),
    (f"{KA} and {VA} signed a truce on Monday. Both governments back the {KLF}.", S),
    (f"{KA} and {VA} signed a truce on Monday. The two governments have attacked the {KLF}.", O),
])
def test_two_states(read_sentences, text, relation):
    _check(read_sentences, text, {(KA, relation, KLF), (VA, relation, KLF)})


def test_the_lede_names_the_set_for_a_later_paragraph(read_sentences):
    text = (f"{KA}, {VA} and {TA} sign defence charter\n\n"
            f"ZARA, June 1 — The leaders of {KA}, {VA} and {TA} signed a defence charter on Saturday.\n\n"
            "Officials said the charter would take effect next year. Markets were calm.\n\n"
            f"Security is the main concern. All three governments are battling the {KLF}.")
    _check(read_sentences, text, {(KA, O, KLF), (VA, O, KLF), (TA, O, KLF)})


def test_the_set_speaks_and_they_are_the_set(read_sentences):
    text = (f"{KA}, {VA} and {TA} signed a charter in March. "
            f"The juntas announced that they were attacking the {KLF}.")
    _check(read_sentences, text, {(KA, O, KLF), (VA, O, KLF), (TA, O, KLF)})


# -- a set of armed groups: "the two factions", "both armed groups" ----------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} and the {DF} seized the port last month. The two factions have fought each other since 2019.",
    f"The {KLF} and the {DF} seized the port last month. The two armed groups clashed with each other on Sunday.",
    f"The {KLF} and the {DF} seized the port last month. Both factions have attacked one another.",
])
def test_two_factions_fight_each_other(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, DF), (DF, O, KLF)})


@pytest.mark.parametrize("text, expected", [
    (f"The {KLF} and the {DF} seized the port last month. Both armed groups are backed by {KA}.",
     {(KA, S, KLF), (KA, S, DF)}),
    (f"The {KLF} and the {DF} seized the port last month. {KA} has armed the two factions.",
     {(KA, S, KLF), (KA, S, DF)}),
    (f"The {KLF} and the {DF} seized the port last month. The warring sides have attacked the {AB}.",
     {(KLF, O, AB), (DF, O, AB)}),
    (f"The {KLF} and the {DF} seized the port last month. The rival militias condemned {KA}.",
     {(KLF, O, KA), (DF, O, KA)}),
])
def test_a_set_of_armed_groups(read_sentences, text, expected):
    _check(read_sentences, text, expected)


# -- plural pronouns after a coordinated subject ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (f"The {KLF} and the {DF} said they would attack {KA}.", {(KLF, O, KA), (DF, O, KA)}),
    (f"The {KLF} and the {DF} seized the port. They later attacked the {AB}.", {(KLF, O, AB), (DF, O, AB)}),
    (f"{KA} and {VA} signed a ceasefire on Monday, raising hopes of an end to the fighting between them.",
     {(KA, O, VA), (VA, O, KA)}),
    (f"{KA} and {VA} seized the border crossing on Monday. {TA} has long backed them.",
     {(TA, S, KA), (TA, S, VA)}),
])
def test_plural_pronoun_for_a_coordinated_subject(read_sentences, text, expected):
    _check(read_sentences, text, expected)


@pytest.mark.parametrize("text, expected", [
    (f"{KA} and {VA} signed a defence pact on Monday. The allies have armed the {KLF}.", {(KA, S, KLF), (VA, S, KLF)}),
    (f"The {KLF} and the {DF} seized the port. Their fighters later attacked {TA}.", {(KLF, O, TA), (DF, O, TA)}),
    (f"The {KLF} and the {DF} seized the port. {TA} condemned their leaders.", {(TA, O, KLF), (TA, O, DF)}),
])
def test_the_allies_and_their(read_sentences, text, expected):
    _check(read_sentences, text, expected)


@pytest.mark.parametrize("text, expected", [
    (f"The {KLF} and the {DF} seized the port. Both of them are backed by {TA}.", {(TA, S, KLF), (TA, S, DF)}),
    (f"{KA}, {VA} and {TA} signed a charter. All three of them condemned the {KLF}.",
     {(KA, O, KLF), (VA, O, KLF), (TA, O, KLF)}),
    (f"{KA} and {VA} signed a charter. The two of them have armed the {KLF}.", {(KA, S, KLF), (VA, S, KLF)}),
])
def test_quantified_pronoun(read_sentences, text, expected):
    _check(read_sentences, text, expected)


@pytest.mark.parametrize("text", [
    f"{KA}, {VA} and {TA} signed a charter. Both of them condemned the {KLF}.",
    f"{KA} and {VA} signed a charter. All of them condemned the {KLF}.",
])
def test_quantified_pronoun_of_the_wrong_size(read_sentences, text):
    _never(read_sentences, text, {(KA, O, KLF), (VA, O, KLF), (TA, O, KLF)})


def test_their_troops_are_each_states_forces(read_sentences):
    got = _got(read_sentences, f"{KA} and {VA} signed a defence pact on Monday. Their troops attacked the {KLF}.")
    owners = {s for s, r, o in got if r == O and o == KLF}
    assert any(KA in s for s in owners) and any(VA in s for s in owners), sorted(got)


# -- near misses ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # a plural with no coordination before it
    (f"{KA} held elections in March. The three juntas are battling the {KLF}.", VA),
    (f"Officials met in the capital. The two governments condemned the {KLF}.", KA),
])
def test_no_set_named_before(read_sentences, text, actor):
    got = _got(read_sentences, text) | _got(read_sentences, text, "Hedged")
    assert not {t for t in got if t[2] == KLF and t[0] in (KA, VA, TA)}, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text, wrong", [
    # a coordination of the wrong kind: armed groups are not "the two countries"
    (f"The {KLF} and the {DF} seized the port. The two countries condemned {KA}.", {(KLF, O, KA), (DF, O, KA)}),
    # states are not "the two factions"
    (f"{KA} and {VA} signed a truce. The two factions attacked the {AB}.", {(KA, O, AB), (VA, O, AB)}),
    # "both" with three candidates
    (f"{KA}, {VA} and {TA} signed a charter. Both governments are battling the {KLF}.",
     {(KA, O, KLF), (VA, O, KLF), (TA, O, KLF)}),
    # "the three" with two
    (f"{KA} and {VA} signed a charter. The three governments are battling the {KLF}.", {(KA, O, KLF), (VA, O, KLF)}),
    # a coordination in another paragraph, not the lede
    (f"{MA} hosts summit\n\nZARA, June 1 — {MA} hosted a summit on Saturday.\n\n"
     f"{KA} and {VA} signed a charter in March. Officials said it would take effect next year.\n\n"
     f"Markets were calm. The two governments condemned the {KLF}.", {(KA, O, KLF), (VA, O, KLF)}),
    # three sentences back
    (f"Officials met in Zara on Monday. {KA} and {VA} signed a charter. Talks resumed. Prices rose. Markets fell. "
     f"The two governments condemned the {KLF}.", {(KA, O, KLF), (VA, O, KLF)}),
    # the set is the subject of the clause: "the two countries" are others
    (f"{KA} and {VA} condemned the two countries.", {(KA, O, VA), (VA, O, KA)}),
    # a clause that defines the plural: not the set
    (f"{KA} and {VA} signed a charter. The countries that refused to sign condemned the {KLF}.",
     {(KA, O, KLF), (VA, O, KLF)}),
    # "their"/"they" after another actor: not safely the set
    (f"{KA} and {VA} accused the {AB} of shelling a market. They said the {KLF} was innocent.",
     {(KA, S, KLF), (VA, S, KLF)}),
    # a plural thing stands between: "them" are the weapons
    (f"{KA} and {VA} seized weapons and explosives near the border before destroying them. {TA} praised the move.",
     {(KA, O, VA), (VA, O, KA), (KA, S, VA), (VA, S, KA)}),
    (f"{KA} and {VA} bought drones last year. The {KLF} has since captured them.",
     {(KLF, O, KA), (KLF, O, VA)}),
    # "between them" with three named before
    (f"{KA}, {VA} and {TA} met in Zara. The talks raised hopes of an end to the fighting between them.",
     {(KA, O, VA), (VA, O, KA), (TA, O, KA), (KA, O, TA)}),
])
def test_plural_near_misses(read_sentences, text, wrong):
    _never(read_sentences, text, wrong)


# -- possessive descriptions: "his alliance", "his militia" -- the group the article says he leads ----

P = "Idris Moumbe"


@pytest.mark.parametrize("text, expected", [
    (f"{P} leads the {KLF}. On Sunday his alliance attacked {KA}.", {(KLF, O, KA)}),
    (f"{P} heads the {KLF}. His militia attacked {KA} on Sunday.", {(KLF, O, KA)}),
    (f"{P}, the leader of the {KLF}, said his movement would fight {KA}.", {(KLF, O, KA)}),
    (f"{P}, who commands the {KLF}, said his group was backed by {KA}.", {(KA, S, KLF)}),
    (f"The {KLF}, led by {P}, seized the port. {KA} condemned his movement.", {(KA, O, KLF)}),
])
def test_possessive_description_is_the_group_the_person_leads(read_sentences, text, expected):
    _check(read_sentences, text, expected)


@pytest.mark.parametrize("text", [
    # the article does not say he leads it
    f"{P} praised the {KLF}. His movement attacked {KA}.",
    # he leads two groups: no one of them
    f"{P} leads the {KLF} and the {DF}. His alliance attacked {KA}.",
])
def test_possessive_description_near_misses(read_sentences, text):
    _never(read_sentences, text, {(KLF, O, KA), (DF, O, KA)})


# -- descriptions: "the Islamists", "the separatists"; "government troops" of the one state named ------

@pytest.mark.parametrize("text, expected", [
    (f"The {KLF} seized the port on Monday. The Islamists attacked the {DF}.", {(KLF, O, DF)}),
    (f"The {KLF} seized the port on Monday. {KA} has armed the Islamists.", {(KA, S, KLF)}),
    (f"The {KLF} seized the port on Monday. The separatists are backed by {KA}.", {(KA, S, KLF)}),
])
def test_more_description_heads(read_sentences, text, expected):
    _check(read_sentences, text, expected)


@pytest.mark.parametrize("text", [
    f"{KA} is facing an insurgency in the north. Government forces attacked the {KLF} on Sunday.",
    f"{KA} said the {KLF} had seized the port. Government troops later attacked the rebels.",
    f"{KA} has declared a state of emergency. Government soldiers have fought the {KLF} since May.",
])
def test_government_troops_of_the_one_state_named(read_sentences, text):
    got = _got(read_sentences, text)
    assert any(s.endswith(KA) and r == O and o == KLF for s, r, o in got), f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", [
    f"{KA} and {VA} met on Monday. Government troops attacked the {KLF}.",  # two states
    f"{KA} hosted a summit. Prices rose. Government troops attacked the {KLF}.",  # two sentences back
])
def test_government_troops_near_misses(read_sentences, text):
    got = _got(read_sentences, text)
    assert not any(r == O and o == KLF for s, r, o in got), f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", [
    f"The {AB} and the {DF} signed a truce in May, but the two have since clashed repeatedly.",
    f"The {AB} and the {DF} met in May. They clashed on Monday.",
    f"The {AB} and the {DF} met in May. The two have skirmished near the border since then.",
])
def test_a_set_named_before_acts_on_each_other(read_sentences, text):
    got = _got(read_sentences, text)
    assert {(AB, O, DF), (DF, O, AB)} <= got, sorted(got)


@pytest.mark.parametrize("text", [
    f"The {AB} and the {DF} met in May. Both have since accused {KA} of arming rebels.",
])
def test_both_alone_is_the_set(read_sentences, text):
    got = _got(read_sentences, text)
    assert {(AB, O, KA), (DF, O, KA)} <= got, sorted(got)


def test_the_two_before_a_noun_is_not_the_set_alone(read_sentences):
    # "the two countries" needs two states; the set named is two armed groups
    _never(read_sentences, f"The {AB} and the {DF} met in May. The two countries signed a deal with {KA}.",
           {(AB, S, KA), (DF, S, KA)})
