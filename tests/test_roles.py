"""Officials' roles read from titles and constructions (src/conflictkg/_relations/_roles.py).

Every sentence here is our own, with invented people; each construction class is tried with
several titles or predicates."""
from __future__ import annotations

import pytest

from conftest import triples_of

R = "official_of"
# a story told from Nairobi about Kenya (the state is named again after the dateline)
NAIROBI = "Kenyan talks stall\n\nNAIROBI, May 3 — Kenya's parliament met on Friday. Kenya's police were deployed. "
# the same, with a dateline the actor stage may leave as a place
KAMPALA = "Ugandan talks stall\n\nKAMPALA, May 3 — Uganda's parliament met on Friday. Uganda's police were deployed. "


def _has(read_sentences, text, expected):
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert expected in got, f"{expected} not in {sorted(got)}"


def _lacks(read_sentences, text, wrong):
    linked, readings = read_sentences(text)
    assert wrong not in triples_of(linked, readings)


# -- a state title with no state named: the state the story is told from ------------------------
@pytest.mark.parametrize("dateline,state", [(NAIROBI, "Kenya"), (KAMPALA, "Uganda")])
@pytest.mark.parametrize("sentence", [
    "President Tomas Relvani said the talks had failed.",
    "The talks failed, the late President Tomas Relvani had warned.",
    "Parliament Speaker Tomas Relvani said the talks had failed.",
    "Foreign Ministry spokesman Tomas Relvani said the talks had failed.",
    "Critics include former Vice President Tomas Relvani.",
    "Tomas Relvani, a former vice president who joined the protests, said the talks had failed.",
])
def test_a_bare_state_title_belongs_to_the_home_state(read_sentences, dateline, state, sentence):
    _has(read_sentences, dateline + sentence, ("Tomas Relvani", R, state))


@pytest.mark.parametrize("sentence", [
    "Iran denied any part in the attack. Foreign Ministry spokesman Tomas Relvani called the strikes a mistake.",
    "Tehran rejected the report. President Tomas Relvani called it a fabrication.",
    "Iran has condemned the raid. Government spokesman Tomas Relvani said it broke the truce.",
])
def test_a_bare_state_title_belongs_to_the_state_the_paragraph_is_about(read_sentences, sentence):
    linked, readings = read_sentences(NAIROBI + sentence)
    got = triples_of(linked, readings)
    assert ("Tomas Relvani", R, "Iran") in got and ("Tomas Relvani", R, "Kenya") not in got


@pytest.mark.parametrize("sentence", [
    "King Tomas Relvani assured the envoy that nothing had changed.",
    "The envoy later met Emir Tomas Relvani.",
])
def test_a_monarch_is_not_guessed_from_the_dateline(read_sentences, sentence):
    _lacks(read_sentences, NAIROBI + sentence, ("Tomas Relvani", R, "Kenya"))


@pytest.mark.parametrize("sentence", [
    "The envoy later met Zandarian President Tomas Relvani.",
    "Tomas Relvani, the president of the self-proclaimed republic, signed the decree.",
    "Tomas Relvani, president of the breakaway region, signed the decree.",
])
def test_a_title_with_an_owner_no_actor_stands_for_gets_no_home_state(read_sentences, sentence):
    _lacks(read_sentences, NAIROBI + sentence, ("Tomas Relvani", R, "Kenya"))


# -- an office before a rank: "Army commander General X" ----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Army commander General Tomas Relvani has started moving units south.",
    "Army chief Tomas Relvani has started moving units south.",
    "Army commander Lieutenant General Tomas Relvani ordered the units south.",
])
def test_an_army_title_with_no_owner_is_an_office_in_the_home_states_army(read_sentences, sentence):
    linked, readings = read_sentences(KAMPALA + sentence)
    owners = [linked.actors[r.object] for r in readings if linked.actors[r.subject].label == "Tomas Relvani"]
    assert any(o.armed_forces_of and linked.actors[o.armed_forces_of].label == "Uganda" for o in owners), owners


def test_an_office_before_a_rank_keeps_its_named_owner(read_sentences):
    _has(read_sentences, "Hezbollah commander General Tomas Relvani was killed in the strike.",
         ("Tomas Relvani", R, "Hezbollah"))


# -- a body a person owns in the text: "his party, Y", "the faction of X", "X, whose Y ..." --------
KLF = "Karsa Liberation Front"


@pytest.mark.parametrize("text", [
    "Tomas Relvani returned from exile. The government accuses him of plotting, which his party, the {klf}, denies.",
    "The attack was claimed by the {klf}, the armed faction of Tomas Relvani, on Monday.",
    "The {klf}, the party of Mirel Dastan, won the vote.",
    "Tomas Relvani, whose {klf} is among the strongest factions, overran the town.",
    "Fighters of the {klf} of Mirel Dastan overran the town.",
])
def test_a_body_the_text_gives_a_person_is_led_by_them(read_sentences, text):
    person = "Mirel Dastan" if "Mirel Dastan" in text else "Tomas Relvani"
    _has(read_sentences, text.format(klf=KLF), (person, R, KLF))


@pytest.mark.parametrize("text", [
    "The {klf} condemned the arrest of Tomas Relvani.",
    "The {klf} welcomed the release of Tomas Relvani, a journalist.",
    "Kenya's forces of Tomas Relvani's era are gone.",
])
def test_of_a_person_after_an_act_or_a_state_is_no_office(read_sentences, text):
    linked, readings = read_sentences(text.format(klf=KLF))
    assert not [r for r in readings if linked.actors[r.subject].label == "Tomas Relvani"
                and r.predicate in ("officialOf", "commands")]


# -- a group that answers to a person is commanded by them ----------------------------------------
@pytest.mark.parametrize("text,group", [
    ("The Red Hand militia answers to Tomas Relvani.", "Red Hand"),
    ("The {klf} answers to Tomas Relvani, whose bloc broke away last year.", KLF),
    ("The 33rd Brigade, which answers to Tomas Relvani, holds the pass.", "33rd Brigade"),
])
def test_a_group_answering_to_a_person_is_commanded_by_them(read_sentences, text, group):
    _has(read_sentences, text.format(klf=KLF), ("Tomas Relvani", R, group))


def test_a_group_answering_to_a_state_is_backed_not_commanded(read_sentences):
    linked, readings = read_sentences(f"The {KLF} answers to Iran.")
    assert ("Iran", "supports", KLF) in triples_of(linked, readings)


# -- "a spokesman for <title> Y, X": X is the spokesman, whatever the parser hung X on -------------
@pytest.mark.parametrize("text,body", [
    ("A spokesman for UN Secretary-General Mirel Dastan, Tomas Relvani, said the talks had failed.", "United Nations"),
    ("A spokesman for Hezbollah leader Mirel Dastan, Tomas Relvani, said the talks had failed.", "Hezbollah"),
    ("An adviser to Hamas political chief Mirel Dastan, Tomas Relvani, said the talks had failed.", "Hamas"),
])
def test_the_apposition_after_a_titled_person_is_the_first_titles(read_sentences, text, body):
    _has(read_sentences, text, ("Tomas Relvani", R, body))


# -- a state's own armed forces are no "movement" or "group" ---------------------------------------
@pytest.mark.parametrize("head", ["movement", "militia", "rebel movement"])
def test_a_description_skips_a_states_armed_forces(read_sentences, head):
    text = (f"The {KLF} named a new council on Tuesday. Its leader, who signed a deal with Washington that paved the "
            f"way for the withdrawal of US troops, will serve as deputy, the {head}'s chief spokesman, "
            f"Tomas Relvani, told a news conference.")
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert not [t for t in got if t[0] == "Tomas Relvani" and "United States" in t[2]], got


# -- "X's government": he heads the government of the state at hand ------------------------------
@pytest.mark.parametrize("sentence", [
    "The rebels accused Tomas Relvani's government of failing to honour the deal.",
    "Tomas Relvani's administration has reopened the talks.",
    "The rebels said Tomas Relvani's regime had broken the deal.",
])
def test_a_persons_government_is_the_home_states(read_sentences, sentence):
    _has(read_sentences, KAMPALA + sentence, ("Tomas Relvani", R, "Uganda"))


def test_a_persons_government_is_not_the_accusing_states(read_sentences):
    _lacks(read_sentences, KAMPALA + "Kenya accused Tomas Relvani's government of failing to honour the deal.",
           ("Tomas Relvani", R, "Kenya"))


# -- "X, the presidency's director general": an office of the state at hand -----------------------
@pytest.mark.parametrize("sentence", [
    "In a statement signed by Tomas Relvani, the presidency's director general of communication, the army deplored it.",
    "Tomas Relvani, the ministry's spokesman, said the border was calm.",
    "Tomas Relvani, the government's chief negotiator, said the talks had failed.",
])
def test_an_office_of_a_state_institution_is_the_home_states(read_sentences, sentence):
    _has(read_sentences, KAMPALA + sentence, ("Tomas Relvani", R, "Uganda"))


# -- a leading verb the parser hung on a noun that is no actor -------------------------------------
@pytest.mark.parametrize("text", [
    "After a week of fighting with the {klf} (KLF) led by Tomas Relvani, the town fell.",
    "After a week of clashes with the {klf} headed by Tomas Relvani, the town fell.",
    "Days of talks with the {klf} commanded by Tomas Relvani ended on Friday.",
])
def test_a_leading_participle_is_said_of_the_name_before_it(read_sentences, text):
    _has(read_sentences, text.format(klf=KLF), ("Tomas Relvani", R, KLF))


# -- "X, whose spokesman Y": Y serves X, or the body X leads ---------------------------------------
@pytest.mark.parametrize("text", [
    "The {klf}, whose spokesman Jonas Vireaux was killed on Sunday, denied it.",
    "The {klf} is led by Tomas Relvani. Relvani, whose spokesman Jonas Vireaux was killed on Sunday, denied it.",
    "Tomas Relvani heads the {klf}. Relvani, whose deputy Jonas Vireaux fled on Sunday, denied it.",
])
def test_whose_title_belongs_to_the_antecedent_or_the_body_it_leads(read_sentences, text):
    _has(read_sentences, text.format(klf=KLF), ("Jonas Vireaux", R, KLF))


@pytest.mark.parametrize("text,body", [
    ("A spokesman for the {klf}, Tomas Relvani, said the group would not negotiate.", KLF),
    ("A spokeswoman for the Horn Cooperation Council, Nadia Relvani, said the talks had stalled.",
     "Horn Cooperation Council"),
    ("An envoy for the {klf}, Tomas Relvani, arrived in Geneva.", KLF),
])
def test_the_apposition_the_parser_hangs_on_the_body_is_the_titles(read_sentences, text, body):
    linked, readings = read_sentences(text.format(klf=KLF))
    got = triples_of(linked, readings)
    assert any(s.endswith("Relvani") and r == R and o == body for s, r, o in got), got


# -- a member of a body's governing organ holds a role in it ---------------------------------------
@pytest.mark.parametrize("organ", ["leadership council", "politburo", "central committee", "military council"])
def test_a_member_of_a_bodys_organ_is_its_official(read_sentences, organ):
    _has(read_sentences, f"Tomas Relvani, a member of the {KLF}'s {organ}, resigned on Monday.",
         ("Tomas Relvani", R, KLF))


def test_a_plain_member_is_no_official(read_sentences):
    _lacks(read_sentences, f"Tomas Relvani, a member of the {KLF}, was arrested.", ("Tomas Relvani", R, KLF))


# -- "under the command / leadership of X": X leads the clause's subject ---------------------------
@pytest.mark.parametrize("text,person,group", [
    ("The {klf} seized the town under the command of Mirel Dastan.", "Mirel Dastan", KLF),
    ("The Red Hand militia grew stronger under the leadership of Khalifa Haftar.", "Khalifa Haftar", "Red Hand"),
    ("The {klf} fought on under the command of Mirel Dastan, a former colonel.", "Mirel Dastan", KLF),
])
def test_under_the_command_of_a_person(read_sentences, text, person, group):
    _has(read_sentences, text.format(klf=KLF), (person, R, group))


def test_under_the_command_of_a_state_is_backing(read_sentences):
    linked, readings = read_sentences(f"The {KLF} fought under the command of Iran.")
    got = triples_of(linked, readings)
    assert ("Iran", R, KLF) not in got


# -- "a group loyal to X": X leads it ----------------------------------------------------------
@pytest.mark.parametrize("text,group", [
    ("The Red Hand militia is loyal to Tomas Relvani.", "Red Hand"),
    ("The {klf}, loyal to Tomas Relvani, seized the town.", KLF),
    ("The {klf} remained loyal to Tomas Relvani.", KLF),
])
def test_a_group_loyal_to_a_person_is_led_by_them(read_sentences, text, group):
    linked, readings = read_sentences(text.format(klf=KLF))
    got = triples_of(linked, readings)
    assert ("Tomas Relvani", R, group) in got and (group, "supports", "Tomas Relvani") in got, got


@pytest.mark.parametrize("text,wrong", [
    ("The Red Hand militia is loyal to Kenya.", ("Kenya", R, "Red Hand")),
    ("Tomas Relvani is loyal to the {klf}.", ("Tomas Relvani", R, KLF)),
    ("The Red Hand militia is not loyal to Tomas Relvani.", ("Tomas Relvani", R, "Red Hand")),
])
def test_loyalty_of_a_state_or_to_a_group_is_no_leadership(read_sentences, text, wrong):
    _lacks(read_sentences, text.format(klf=KLF), wrong)


# -- a successor takes the predecessor's office ----------------------------------------------------
LEADER = "Tomas Relvani, the leader of the {klf}, was killed in May. "


@pytest.mark.parametrize("sentence", [
    "His successor, Jonas Vireaux, vowed revenge.",
    "Jonas Vireaux, his successor, vowed revenge.",
    "Relvani's successor, Jonas Vireaux, vowed revenge.",
    "Jonas Vireaux, named as his successor, vowed revenge.",
    "\n\nHis successor, Jonas Vireaux, named in late October, vowed revenge.",
])
def test_a_successor_takes_the_predecessors_office(read_sentences, sentence):
    _has(read_sentences, (LEADER + sentence).format(klf=KLF), ("Jonas Vireaux", R, KLF))


# -- the role an "as" phrase gives: named / appointed / serves as ----------------------------------
@pytest.mark.parametrize("text,person", [
    ("The {klf} named Jonas Vireaux as its spokesman on Monday.", "Jonas Vireaux"),
    ("Jonas Vireaux was appointed as the {klf}'s envoy to the talks.", "Jonas Vireaux"),
    ("Jonas Vireaux will serve as one of the {klf}'s deputies.", "Jonas Vireaux"),
    ("Jonas Vireaux appointed Tomas Relvani as the {klf}'s envoy.", "Tomas Relvani"),
])
def test_an_as_phrase_gives_a_role(read_sentences, text, person):
    _has(read_sentences, text.format(klf=KLF), (person, R, KLF))


def test_the_one_who_appoints_does_not_take_the_role(read_sentences):
    _lacks(read_sentences, f"Jonas Vireaux appointed Tomas Relvani as the {KLF}'s envoy.", ("Jonas Vireaux", R, KLF))


# -- "X's forces": command only where the text gives it ----------------------------------------
def test_forces_followed_by_of_something_else_give_no_command(read_sentences):
    text = ("Tomas Relvani accused the army chief, Jonas Vireaux, of starving his men of ammunition, "
            "and threatened to pull them out of the city.")
    linked, readings = read_sentences(text)
    assert not [r for r in readings if r.rule == "role-forces"], [(r.subject, r.object) for r in readings]


@pytest.mark.parametrize("noun", ["private militia", "private army", "militia"])
def test_the_private_army_of_a_person_is_commanded_by_them(read_sentences, noun):
    _has(read_sentences, f"The {KLF}, the {noun} of Mirel Dastan, claimed the attack.", ("Mirel Dastan", R, KLF))


# -- copular, elective and relative-clause roles -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tomas Relvani was elected chairman of the {klf} in 2019.",
    "Tomas Relvani was appointed head of the {klf} in 2020.",
    "The {klf}'s new leader is Tomas Relvani.",
    "Tomas Relvani, who is the {klf}'s deputy leader, spoke.",
    "Tomas Relvani, who was elected chairman of the {klf}, spoke.",
    "Tomas Relvani, who took over as leader of the {klf} in May, spoke.",
    "Tomas Relvani, the commander of the {klf}'s northern front, was killed.",
])
def test_copular_elective_and_relative_roles(read_sentences, text):
    _has(read_sentences, text.format(klf=KLF), ("Tomas Relvani", R, KLF))


@pytest.mark.parametrize("text", [
    "Tomas Relvani was found guilty of the killing of a {klf} commander.",
    "Tomas Relvani, who met the {klf}'s leader, spoke.",
    "Tomas Relvani, who appointed Jonas Vireaux as the {klf}'s envoy, spoke.",
])
def test_near_misses_of_relative_roles(read_sentences, text):
    _lacks(read_sentences, text.format(klf=KLF), ("Tomas Relvani", R, KLF))


# -- no dateline, or one abroad: the one state the headline names ----------------------------------
@pytest.mark.parametrize("text", [
    "Kenya votes to extend curfew\n\nKenya's parliament met on Friday. Police in Kenya were deployed. "
    "President Tomas Relvani said the curfew would stay.",
    "Kenya's rivals sign truce\n\nADDIS ABABA, May 3 — The rivals in Kenya signed a truce in the Ethiopian "
    "capital. Kenya's parliament met on Friday. President Tomas Relvani said the fighting would stop.",
])
def test_a_bare_title_belongs_to_the_headlines_state(read_sentences, text):
    _has(read_sentences, text, ("Tomas Relvani", R, "Kenya"))


@pytest.mark.parametrize("text", [
    # two states in the headline: no guess
    "Kenya and Uganda sign truce\n\nKenya's parliament met on Friday. Kenya's police were deployed. "
    "President Tomas Relvani said the fighting would stop.",
    # the headline's state named once more only
    "Kenya votes to extend curfew\n\nThe parliament met on Friday in Kenya. "
    "President Tomas Relvani said the curfew would stay.",
])
def test_no_headline_state_without_one_clear_state(read_sentences, text):
    _lacks(read_sentences, text, ("Tomas Relvani", R, "Kenya"))


# -- taking office with no office named: an office of the person's (or the story's) state ----------
@pytest.mark.parametrize("sentence", [
    "Tomas Relvani, who was sworn in for a third term on Monday, sent troops to the border.",
    "Tomas Relvani, a former professor first elected in 2016, was declared the winner.",
    "Tomas Relvani was elected in December with 53 percent of the vote.",
    "Tomas Relvani, who was inaugurated in May, flew to Nairobi.",
])
def test_taking_office_is_an_office_of_the_home_state(read_sentences, sentence):
    _has(read_sentences, KAMPALA + sentence, ("Tomas Relvani", R, "Uganda"))


@pytest.mark.parametrize("sentence", [
    "Tomas Relvani was elected to the council of the {klf} in May.",
    "Tomas Relvani, who was elected leader of the {klf} in May, flew to Nairobi.",
    "Tomas Relvani was elected as the {klf}'s chairman.",
])
def test_an_election_to_a_named_office_is_not_the_states(read_sentences, sentence):
    _lacks(read_sentences, KAMPALA + sentence.format(klf=KLF), ("Tomas Relvani", R, "Uganda"))


# -- multi-word ranks are ranks, not an owner: "Wing Commander X" ------------------------------
RANKS = ["Wing Commander", "Squadron Leader", "Group Captain", "Flight Lieutenant", "Air Marshal",
         "Air Chief Marshal", "Field Marshal", "Lieutenant Colonel", "Rear Admiral", "Brigadier General"]


@pytest.mark.parametrize("rank", RANKS)
def test_a_multi_word_rank_is_no_owner(read_sentences, rank):
    linked, readings = read_sentences(NAIROBI + f"{rank} Tomas Ardell said the jets had returned to base.")
    got = {t for t in triples_of(linked, readings) if t[1] == R}
    words = set(rank.split())
    assert not any(o in words or o == rank for _, _, o in got), got
    person = [m for m in linked.mentions if linked.actors[m.actor].label == "Tomas Ardell"]
    # the rank is kept whole as the role, never a word of it ("commander", "leader", "captain")
    assert person and person[0].title in (rank.lower(), None)


@pytest.mark.parametrize("rank", ["Wing Commander", "Group Captain", "Squadron Leader", "Air Chief Marshal"])
def test_a_multi_word_rank_belongs_to_the_state_the_text_gives(read_sentences, rank):
    linked, readings = read_sentences(f"Uganda's {rank} Tomas Ardell said the jets had returned to base.")
    got = {t for t in triples_of(linked, readings) if t[1] == R}
    assert ("Tomas Ardell", R, "Uganda") in got
    assert not any(o in rank.split() for _, _, o in got)


@pytest.mark.parametrize("sentence,owner", [
    ("Hamas commander Tomas Ardell said the fighters had withdrawn.", "Hamas"),
    ("Uganda's Colonel Tomas Ardell said the fighters had withdrawn.", "Uganda"),
])
def test_near_miss_an_owner_before_a_rank_still_owns_it(read_sentences, sentence, owner):
    _has(read_sentences, sentence, ("Tomas Ardell", R, owner))


# -- a portfolio before "Minister" is no owner: "Mines Minister X" -----------------------------
@pytest.mark.parametrize("portfolio", ["Territorial Administration", "Decentralisation", "Mines",
                                       "Mines and Energy", "Local Government"])
def test_a_portfolio_is_no_owner(read_sentences, portfolio):
    linked, readings = read_sentences(NAIROBI + f"{portfolio} Minister Tomas Ardell said the talks had failed.")
    got = {t for t in triples_of(linked, readings) if t[1] == R}
    assert ("Tomas Ardell", R, "Kenya") in got
    assert not any(o != "Kenya" for _, _, o in got), got


@pytest.mark.parametrize("portfolio", ["Territorial Administration", "Local Government", "Public Works"])
def test_an_owner_before_a_portfolio_owns_the_title(read_sentences, portfolio):
    linked, readings = read_sentences(f"Uganda's {portfolio} Minister Tomas Ardell said the talks had failed.")
    got = {t for t in triples_of(linked, readings) if t[1] == R}
    assert got == {("Tomas Ardell", R, "Uganda")}, got


@pytest.mark.parametrize("sentence,owner,wrong", [
    ("Hamas Interior Minister Tomas Ardell said the talks had failed.", "Hamas", "Kenya"),
    ("The Ugandan Mines Minister Tomas Ardell said the talks had failed.", "Uganda", "Kenya"),
    ("Ugandan Defence Minister Tomas Ardell said the talks had failed.", "Uganda", "Kenya"),
])
def test_near_miss_a_named_owner_before_a_portfolio_is_kept(read_sentences, sentence, owner, wrong):
    linked, readings = read_sentences(NAIROBI + sentence)
    got = triples_of(linked, readings)
    assert ("Tomas Ardell", R, owner) in got and ("Tomas Ardell", R, wrong) not in got


# -- the state a bare title speaks to is not its own ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Prime Minister Tomas Ardell called on Kenya to withdraw its troops.",
    "President Tomas Ardell warned Kenya on Friday.",
    "Foreign Minister Tomas Ardell accused Kenya of arming the rebels.",
    "President Tomas Ardell urged Kenya to reopen the border.",
    "\"We never armed anyone in Kenya,\" said Foreign Minister Tomas Ardell.",
    "Kenya was warned on Friday by President Tomas Ardell.",
])
def test_a_bare_title_is_not_of_the_state_it_addresses(read_sentences, sentence):
    _lacks(read_sentences, NAIROBI + sentence, ("Tomas Ardell", R, "Kenya"))


@pytest.mark.parametrize("verb", ["accused Uganda of lying", "warned Uganda against it", "called on Uganda to apologise"])
def test_a_bare_title_is_not_of_the_paragraphs_state_it_addresses(read_sentences, verb):
    _lacks(read_sentences, f"Uganda rejected the claims. Foreign Minister Tomas Ardell {verb}.",
           ("Tomas Ardell", R, "Uganda"))


@pytest.mark.parametrize("sentence", [
    "President Tomas Ardell said Kenya would never yield.",
    "President Tomas Ardell said the talks had failed.",
    "President Tomas Ardell warned Dravnia on Friday.",
    "Foreign Minister Tomas Ardell accused the Korvan Front of arming the rebels.",
])
def test_near_miss_a_bare_title_still_belongs_to_the_home_state(read_sentences, sentence):
    _has(read_sentences, NAIROBI + sentence, ("Tomas Ardell", R, "Kenya"))


@pytest.mark.parametrize("capital,state,target", [("Kampala", "Uganda", "Somalia"), ("Nairobi", "Kenya", "Sudan"),
                                                  ("Kampala", "Uganda", "Dravnia")])
@pytest.mark.parametrize("title", ["Defence Secretary", "Defence Minister", "President"])
def test_a_capital_the_official_speaks_in_gives_the_state(read_sentences, capital, state, target, title):
    linked, readings = read_sentences(f"In {capital}, {title} Tomas Ardell said troops would leave {target}.")
    got = triples_of(linked, readings)
    assert ("Tomas Ardell", R, state) in got and ("Tomas Ardell", R, target) not in got


# -- a demonym with a noun of no office is a nationality --------------------------------------------
@pytest.mark.parametrize("sentence,state", [
    ("The Brazilian diplomat Tomas Ardell said the talks had failed.", "Brazil"),
    ("Brazilian diplomat Tomas Ardell said the talks had failed.", "Brazil"),
    ("Tomas Ardell, a Brazilian diplomat, said the talks had failed.", "Brazil"),
    ("A Brazilian national, Tomas Ardell, said the talks had failed.", "Brazil"),
    ("The French journalist Tomas Ardell said the talks had failed.", "France"),
    ("The Ugandan businessman Tomas Ardell said the talks had failed.", "Uganda"),
])
def test_a_demonym_with_a_plain_noun_is_no_office(read_sentences, sentence, state):
    _lacks(read_sentences, NAIROBI + sentence, ("Tomas Ardell", R, state))


@pytest.mark.parametrize("sentence,state", [
    ("The Brazilian foreign minister Tomas Ardell said the talks had failed.", "Brazil"),
    ("Brazil's top diplomat Tomas Ardell said the talks had failed.", "Brazil"),
    ("The French defence minister Tomas Ardell said the talks had failed.", "France"),
])
def test_near_miss_a_demonym_with_an_office_stays(read_sentences, sentence, state):
    _has(read_sentences, NAIROBI + sentence, ("Tomas Ardell", R, state))


# -- "X, one of the group's commanders": the partitive's plural noun holds the title ----------------
@pytest.mark.parametrize("text,body", [
    ("The Drel Front took the town. Soren Vakk, one of its best-known commanders, said the army had fled.",
     "Drel Front"),
    ("Soren Vakk, one of the Varn Coalition's spokesmen, said the strikes would go on.", "Varn Coalition"),
    ("Soren Vakk, one of three deputy leaders of the Ossel Movement, was arrested on Monday.", "Ossel Movement"),
])
def test_one_of_a_bodys_officials_is_its_official(read_sentences, text, body):
    _has(read_sentences, text, ("Soren Vakk", R, body))


def test_one_of_a_bodys_fighters_is_no_official(read_sentences):
    _lacks(read_sentences, "The Drel Front took the town. Soren Vakk, one of its fighters, said the army had fled.",
           ("Soren Vakk", R, "Drel Front"))


# -- "Coalition spokesman X": a kind word that is part of a body's name, before a title -------------
@pytest.mark.parametrize("first,body,word,title", [
    ("The Varn Coalition bombed the port on Sunday.", "Varn Coalition", "Coalition", "spokesman"),
    ("The Ossel Movement seized the bridge on Sunday.", "Ossel Movement", "Movement", "commander"),
    ("Fighters of the Tamber Alliance seized the bridge.", "Tamber Alliance", "Alliance", "leader"),
])
def test_a_bodys_own_kind_word_before_a_title_names_the_body(read_sentences, first, body, word, title):
    _has(read_sentences, f"{first} {word} {title} Colonel Ruta Imbali said the campaign would continue.",
         ("Ruta Imbali", R, body))


@pytest.mark.parametrize("text", [
    # two bodies of that kind before: which one is meant is not said
    "The Varn Coalition and the Sable Coalition bombed the port. Coalition spokesman Ruta Imbali said it would go on.",
    # the kind word is not part of the body's name
    "The Varn Front bombed the port. Coalition spokesman Ruta Imbali said it would go on.",
])
def test_a_kind_word_that_names_no_single_body_gives_no_office(read_sentences, text):
    linked, readings = read_sentences(text)
    assert not any(s == "Ruta Imbali" and r == R for s, r, o in triples_of(linked, readings))


# -- a seat on a governing body: "its members include X", "X, a member of the Y Council" -------------
@pytest.mark.parametrize("text,body", [
    ("The Transitional Council met on Monday. Its members include Tomas Relvani and Mara Ilen.", "Transitional Council"),
    ("The Sovereign Council of Pellaria met on Monday. The council's members include Tomas Relvani and Mara Ilen.",
     "Sovereign Council of Pellaria"),
    ("Tomas Relvani, a member of the Transitional Council, and Mara Ilen, a member of the Governing Board, resigned.",
     "Transitional Council"),
])
def test_a_member_of_a_governing_body_holds_a_seat_in_it(read_sentences, text, body):
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert ("Tomas Relvani", R, body) in got and any(s == "Mara Ilen" and r == R for s, r, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    # an armed group's members are fighters, not office holders
    "The Ossel Movement seized the bridge. Its members include Tomas Relvani and Mara Ilen.",
    # states as members of an organisation are no officials
    "The Varn Pact met on Monday. Its members include Pellaria and Ostrava.",
])
def test_members_of_an_armed_group_or_states_are_no_officials(read_sentences, text):
    linked, readings = read_sentences(text)
    assert not any(r == R for s, r, o in triples_of(linked, readings)), triples_of(linked, readings)


# -- seizing power in a state: its ruler ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dravnia shelled the Drel Front. Colonel Tomas Relvani took power in Dravnia in a coup.",
    "Dravnia shelled the Drel Front. Tomas Relvani, who seized power in Dravnia in 2021, said the talks had failed.",
    "Dravnia shelled the Drel Front. Tomas Relvani grabbed power in Dravnia last year.",
])
def test_seizing_power_in_a_state_makes_its_ruler(read_sentences, text):
    _has(read_sentences, text, ("Tomas Relvani", R, "Dravnia"))


def test_seizing_a_plant_is_no_office(read_sentences):
    _lacks(read_sentences, "Dravnia shelled the Drel Front. Tomas Relvani seized the power plant in Dravnia.",
           ("Tomas Relvani", R, "Dravnia"))


# -- a title continued by a bare noun, and a state body named by its demonym -----------------------------
@pytest.mark.parametrize("text,body", [
    ("Dravnia shelled the town. Tomas Relvani, chief of staff of the Dravnian army, said the talks had failed.",
     "Armed forces of Dravnia"),
    ("Tomas Relvani, head of security for the Drel Front, said the talks had failed.", "Drel Front"),
    ("Dravnia shelled the town. Tomas Relvani, head of the Dravnian junta, said the talks had failed.", "Dravnia"),
])
def test_a_title_chain_finds_its_owner(read_sentences, text, body):
    _has(read_sentences, text, ("Tomas Relvani", R, body))


# -- a dateline that names its country after the place: "LOKO, Kambaro, June 24 --" ----------------------
@pytest.mark.parametrize("title", ["President", "Defence Minister", "Foreign Ministry spokesman"])
def test_a_dateline_country_is_the_home_state(read_sentences, title):
    text = (f"Rebels take border town\n\nLOKO, Dravnia, June 24 — Fighters of the Drel Front took the town of Loko "
            f"on Monday after the Dravnian army withdrew. {title} Tomas Relvani said the government would retake it. "
            "Dravnia has asked its neighbours for help.")
    _has(read_sentences, text, ("Tomas Relvani", R, "Dravnia"))


def test_a_dateline_country_the_story_is_not_about_is_no_home(read_sentences):
    text = ("Talks open\n\nLOKO, Dravnia, June 24 — Envoys of Pellaria and the Drel Front met on Monday. "
            "President Tomas Relvani said the talks would go on.")
    _lacks(read_sentences, text, ("Tomas Relvani", R, "Dravnia"))


# -- a body's office through the last word of its name: "the guard's commander, X" ---------------
@pytest.mark.parametrize("first,body,word", [
    ("The Brastian Guard shelled the village on Monday.", "Brastian Guard", "guard"),
    ("The Ostrel Cooperation Council met on Monday.", "Ostrel Cooperation Council", "council"),
    ("The Tarvic Brigade seized the pass on Monday.", "Tarvic Brigade", "brigade"),
    ("The Andal Maritime Forum met on Monday.", "Andal Maritime Forum", "forum"),
])
@pytest.mark.parametrize("pattern", [
    "The {word}'s commander, Colonel Ivo Marek, said the talks had failed.",
    "Ivo Marek, the {word}'s secretary-general, said the talks had failed.",
    "The {word}'s secretary-general, Ivo Marek, said the talks had failed.",
])
def test_the_last_word_of_a_bodys_name_owns_a_title(read_sentences, first, body, word, pattern):
    _has(read_sentences, first + " " + pattern.format(word=word), ("Ivo Marek", R, body))


@pytest.mark.parametrize("text,wrong", [
    # the state's army is not a group whose name ends in 'army'
    ("The Kattar Army attacked Veloria. The army's spokesman, Ivo Marek, denied it.", "Kattar Army"),
    # a word that names no body ('the front' is a battle line)
    ("The Kattar Front attacked the town. The front's commander, Ivo Marek, was killed.", "Kattar Front"),
    # a guard post is not the Brastian Guard
    ("The Brastian Guard attacked. The guard post commander, Ivo Marek, fled.", "Brastian Guard"),
])
def test_near_miss_a_name_word_that_stands_for_no_body(read_sentences, text, wrong):
    _lacks(read_sentences, text, ("Ivo Marek", R, wrong))


@pytest.mark.parametrize("noun,verb", [("leader", "named"), ("commander", "called"), ("spokesman", "named")])
def test_an_office_given_to_a_noun_the_name_is_given_to(read_sentences, noun, verb):
    text = (f"The Kattar Front rejected the talks. Its {noun}, a former boxer {verb} Jonas Orvik, "
            "said the fighters would not disarm.")
    _has(read_sentences, text, ("Jonas Orvik", R, "Kattar Front"))


@pytest.mark.parametrize("body", ["Dawn Movement", "Unity Party", "Kattar Front"])
def test_a_person_owns_a_body_whose_name_ends_in_a_led_body_noun(read_sentences, body):
    text = f"President Anton Ravel spoke on Monday. Members of Ravel's {body} joined the protest."
    linked, readings = read_sentences(text)
    got = triples_of(linked, readings)
    assert ("Anton Ravel", R, body) in got, sorted(got)
    assert not any("Ravel's" in s or "Ravel's" in o for s, _, o in got)


def test_near_miss_a_possessive_inside_a_name_no_person_bears(read_sentences):
    linked, _ = read_sentences("The Sudan People's Liberation Army attacked the Kattar Front.")
    assert "Sudan People's Liberation Army" in {a.label for a in linked.actors.values()}


@pytest.mark.parametrize("verb", ["fought alongside", "trained with", "clashed with"])
def test_its_after_a_relative_clause_is_the_body_the_clause_describes(read_sentences, verb):
    # the guard is named again inside the clause, but the sentence is about the militia
    text = ("The Brastian Guard attacked the pass on Monday. "
            f"The army now leans on the Torvak, a band of farmers from the valley, whose riders have {verb} "
            "the guard for years. Its leader, Kanat Orbel, said the rebels would be crushed.")
    _has(read_sentences, text, ("Kanat Orbel", R, "Torvak"))


@pytest.mark.parametrize("title", ["leader", "spokesman", "commander"])
@pytest.mark.parametrize("middle", ["the former army colonel", "a veteran officer,"])
def test_an_office_through_a_chain_of_appositions(read_sentences, title, middle):
    text = (f"The Kattar Front rejected the talks. Its {title}, {middle} Jonas Orvik, "
            "said the fighters would not disarm.")
    _has(read_sentences, text, ("Jonas Orvik", R, "Kattar Front"))


@pytest.mark.parametrize("title", ["Military spokesman", "Military spokeswoman", "Military spokesperson"])
@pytest.mark.parametrize("dateline,state", [(NAIROBI, "Kenya"), (KAMPALA, "Uganda")])
def test_a_military_spokesman_speaks_for_the_home_army(read_sentences, title, dateline, state):
    linked, readings = read_sentences(dateline + f"{title} Colonel Mira Holt said two patrols had returned.")
    got = triples_of(linked, readings)
    assert any(p == "Mira Holt" and r == R and state in o for p, r, o in got), sorted(got)
