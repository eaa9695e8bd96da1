"""Opposition constructions: reports of fighting, attacks and hostility, each class of English on
sentences written for the test, with several predicates of the lexicon and invented actors, and
near misses that must not fire."""
import pytest

from conftest import assert_never_reads as _never
from conftest import assert_reads as _check
from conftest import read_triples as _got

O, S = "opposes", "supports"
KLF, NRM, RHM = "Karsa Liberation Front", "Nkosi Resistance Movement", "Red Hand Brigades"


# -- reciprocal objects: "A and B fought each other" ------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} and the {NRM} have fought each other for months over the river crossings.",
    f"The {KLF} and the {NRM} attacked one another near the border.",
    f"The {KLF} and the {NRM} clashed with each other in the north.",
    f"The {KLF} and the {NRM} battled each other for control of the port.",
])
def test_reciprocal_object_relates_the_subjects_both_ways(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM), (NRM, O, KLF)})


def test_reciprocal_object_of_a_support_verb_is_no_opposition(read_sentences):
    _never(read_sentences, f"The {KLF} and the {NRM} have helped each other for years.", {(KLF, O, NRM), (NRM, O, KLF)})


# -- "a group at war with Y": the noun the phrase modifies is the party --------------------------

@pytest.mark.parametrize("phrase", ["at war with", "at odds with", "at loggerheads with"])
def test_at_war_phrase_on_a_noun(read_sentences, phrase):
    _check(read_sentences, f"The {KLF}, a rebel group {phrase} Kenya since 2012, denied the report.",
           {(KLF, O, "Kenya"), ("Kenya", O, KLF)})


def test_at_peace_is_no_opposition(read_sentences):
    _never(read_sentences, f"The {KLF}, a rebel group at peace with Kenya since 2012, denied the report.",
           {(KLF, O, "Kenya"), ("Kenya", O, KLF)})


# -- "accused X of A and of B-ing Y": each gerund has X as subject --------------------------------

@pytest.mark.parametrize("first,second,relation", [
    ("taking sides", f"sending gunships against the {NRM}", O),
    ("lying", f"attacking the {NRM}", O),
    ("meddling", f"arming the {NRM}", S),
])
def test_conjoined_gerunds_share_the_accused(read_sentences, first, second, relation):
    _check(read_sentences, f"Kenya accused Iran of {first} and of {second}.", {("Iran", relation, NRM)})


# -- whoever sends or orders troops to fight shares in the fight ------------------------------------

@pytest.mark.parametrize("text", [
    f"Kenya sent troops to fight the {KLF}.",
    f"Kenya ordered 5,000 soldiers into the area to confront the {KLF}.",
    f"Kenya deployed forces to attack the {KLF}.",
    f"Kenya dispatched commandos to hunt down the {KLF}.",
])
def test_dispatching_troops_to_fight(read_sentences, text):
    _check(read_sentences, text, {("Kenya", O, KLF)})


def test_urging_another_to_fight_is_not_fighting(read_sentences):
    _never(read_sentences, f"Kenya urged Iran to fight the {KLF}.", {("Kenya", O, KLF)})


# -- "fight until Y leaves": the one to be driven out is the one fought ------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} vowed to keep fighting until Kenyan troops leave the territory.",
    f"The {KLF} will fight on until the {NRM} withdraws from the valley.",
    f"The {KLF} said it would keep attacking until the {NRM} is defeated.",
])
def test_fighting_until_someone_leaves(read_sentences, text):
    expected = NRM if NRM in text else "Armed forces of Kenya"
    got = _got(read_sentences, text) | _got(read_sentences, text, "Hedged")
    assert any(s == KLF and r == O and o in (expected, "Kenya") for s, r, o in got), f"{text!r}: {sorted(got)}"


def test_fighting_until_a_truce_is_no_opposition_to_the_broker(read_sentences):
    _never(read_sentences, f"The {KLF} kept fighting until Kenya brokered a truce.", {(KLF, O, "Kenya")})


# -- "X took the town after weeks of fighting with Y": the clause's subject fought Y ----------------

@pytest.mark.parametrize("text", [
    f"The {KLF} took the valley after a week of fighting with the {NRM}.",
    f"The {KLF} withdrew from the port amid clashes with the {NRM}.",
    f"The {KLF} lost two commanders during its war with the {NRM}.",
])
def test_the_clause_subject_takes_part_in_the_fighting(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM)})


def test_an_organisation_that_evacuates_during_fighting_does_not_fight(read_sentences):
    _never(read_sentences, f"The United Nations evacuated its staff after days of fighting with the {NRM}.",
           {("United Nations", O, NRM)})


# -- attacked places: whose they are ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Kenyan jets struck bases used by the {KLF}.",
    f"Iran shelled positions of the {KLF} overnight.",
    f"Iran hit 40 targets at sites held by the {KLF}.",
    f"Iran bombed facilities belonging to the {KLF}.",
])
def test_the_owner_of_attacked_places_is_attacked(read_sentences, text):
    attacker = "Kenya" if text.startswith("Kenyan") else "Iran"
    _check(read_sentences, text, {(attacker, O, KLF)})


def test_places_in_a_country_do_not_make_it_a_target(read_sentences):
    _never(read_sentences, f"Iran hit 40 targets in Kenya used by the {KLF}.", {("Iran", O, "Kenya")})


# -- weapons stand for whoever fires them when they act ------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Kenyan jets bombed the {KLF} on Sunday.",
    f"Iranian drones struck the {NRM} near the port.",
    f"The {KLF} was hit by Kenyan warplanes.",
])
def test_weapon_platform_as_agent(read_sentences, text):
    state = "Kenya" if "Kenyan" in text else "Iran"
    group = KLF if KLF in text else NRM
    _check(read_sentences, text, {(state, O, group)})


@pytest.mark.parametrize("text,wrong", [
    ("Kenya shot down Iranian drones over the capital.", ("Kenya", O, "Iran")),
    (f"The {KLF} attacked the port with Iranian drones.", ("Iran", O, "Kenya")),
])
def test_weapons_as_objects_name_no_party(read_sentences, text, wrong):
    _never(read_sentences, text, {wrong})


# -- a group's regional branch is not the country it is named for --------------------------------------

def test_a_regional_branch_is_not_its_country(read_sentences):
    text = f"The group's Afghan branch carried out an attack on the {NRM}."
    _never(read_sentences, text, {("Afghanistan", O, NRM)})


# -- a preposition inside a name is no argument ---------------------------------------------------------

def test_a_preposition_inside_a_name_gives_no_second_sense(read_sentences):
    text = "Kenya sent troops to fight the National Union for Kessa."
    _check(read_sentences, text, {("Kenya", O, "National Union for Kessa")})
    _never(read_sentences, text, {("Kenya", S, "National Union for Kessa")})


# -- event nouns whose object is a place: whose places are attacked --------------------------------------

@pytest.mark.parametrize("text,expected", [
    (f"The {KLF} launched a joint offensive against Kenyan army posts along the border.", (KLF, O, "Kenya")),
    ("Iran carried out strikes on Israeli bases near the coast.", ("Iran", O, "Israel")),
    (f"The {KLF} mounted an attack on checkpoints held by the {NRM}.", (KLF, O, NRM)),
])
def test_event_noun_against_places_opposes_their_owner(read_sentences, text, expected):
    got = _got(read_sentences, text)
    assert any(s == expected[0] and r == O and expected[2] in o for s, r, o in got), f"{text!r}: {sorted(got)}"


# -- voicing opposition: the light verb's subject is the agent -------------------------------------------

@pytest.mark.parametrize("verb", ["stressed", "reiterated", "underlined"])
def test_stressed_their_opposition(read_sentences, verb):
    _check(read_sentences, f"The foreign ministers of Kenya and Egypt {verb} their opposition to the {KLF}.",
           {("Kenya", O, KLF), ("Egypt", O, KLF)})


# -- acts laid at someone's door: the act's agent is whoever it is attributed to ---------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} claimed the attack that killed four members of the {NRM}.",
    f"The {KLF} claimed responsibility for the bombing that killed four members of the {NRM}.",
    f"The ambush, claimed by the {KLF}, killed four members of the {NRM}.",
    f"Kenya blamed the {KLF} for the raid that killed four members of the {NRM}.",
    f"The raid that killed four members of the {NRM} was blamed on the {KLF}.",
    f"The {KLF} was responsible for the ambush that killed four members of the {NRM}.",
    f"The {KLF}, the group that Kenya holds responsible for the attack that killed four members of the {NRM}, "
    "denied it.",
])
def test_attributed_acts(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM)})


@pytest.mark.parametrize("text", [
    f"The {KLF} denied responsibility for the attack that killed four members of the {NRM}.",
    f"Kenya condemned the attack that killed four members of the {NRM}.",
])
def test_unattributed_or_denied_acts_name_no_attacker(read_sentences, text):
    _never(read_sentences, text, {(KLF, O, NRM), ("Kenya", O, NRM)})


# -- "in a push, X met with Y": the meeting's "with" is no opponent ----------------------------------------

def test_in_phrase_does_not_make_a_meeting_a_fight(read_sentences):
    _never(read_sentences, f"In a diplomatic push in Nairobi, Kenya met with the {KLF}.", {("Kenya", O, KLF)})
    _check(read_sentences, f"Kenya is in conflict with the {KLF}.", {("Kenya", O, KLF)})


# -- lexicon: "pull back" is a departure, "push against" a fight --------------------------------------------

def test_pull_back_and_push_against(read_sentences):
    _check(read_sentences, f"Kenya demanded that the {KLF} pull back from the border towns.", {("Kenya", O, KLF)})
    _check(read_sentences, f"The push against the {NRM} was led by the {KLF}.", {(KLF, O, NRM)})


# -- naming someone's act a wrong condemns them ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Kenya described the {KLF}'s attack as a war crime.",
    f"Kenya called the {KLF}'s deployment a violation of international law.",
    f"Kenya called the strikes by the {KLF} an act of aggression.",
    f"Kenya called the weekend strikes \"a strategic mistake\" by the {KLF}.",
    f"Kenya considers the {KLF}'s raid a grave provocation.",
])
def test_calling_an_act_a_wrong(read_sentences, text):
    _check(read_sentences, text, {("Kenya", O, KLF)})


@pytest.mark.parametrize("text", [
    f"Kenya called for an end to the aggression by the {KLF}.",  # a demand: read elsewhere, not as a name
    "Kenya called the attack a mistake.",  # nobody's act
    "Kenya called it a violation of international law.",  # a pronoun the branding cannot resolve
])
def test_naming_near_misses(read_sentences, text):
    linked, readings = read_sentences(text)
    assert not [r for r in readings if r.rule == "branded"], text


def test_a_negated_naming_is_denied(read_sentences):
    _check(read_sentences, f"Kenya did not call the {KLF}'s attack a crime.", {("Kenya", O, KLF)}, "Denied")


# -- making someone's departure a condition demands it -------------------------------------------------

@pytest.mark.parametrize("noun,cond", [("withdrawal", "precondition"), ("departure", "condition"),
                                       ("exit", "prerequisite")])
def test_departure_made_a_condition(read_sentences, noun, cond):
    _check(read_sentences, f"Kenya made the {noun} of the {KLF} a {cond} for talks.", {("Kenya", O, KLF)})


def test_making_someone_a_partner_is_no_demand(read_sentences):
    _never(read_sentences, f"Kenya made the {KLF} a partner in the talks.", {("Kenya", O, KLF)})


# -- taking part in another's act: "X spearheaded Y's assault on Z" ------------------------------------

@pytest.mark.parametrize("verb,noun,prep", [("spearheaded", "assault", "on"), ("joined", "offensive", "against"),
                                            ("led", "attack", "on")])
def test_taking_part_in_anothers_act(read_sentences, verb, noun, prep):
    text = f"The {KLF} {verb} Kenya's months-long {noun} {prep} the {NRM}."
    _check(read_sentences, text, {(KLF, O, NRM), ("Kenya", O, NRM)})


def test_condemning_anothers_act_is_not_taking_part(read_sentences):
    _never(read_sentences, f"The {KLF} condemned Kenya's assault on the {NRM}.", {(KLF, O, NRM)})


# -- the possessor of a war is where it is fought -------------------------------------------------------

def test_brokers_in_a_countrys_conflict_do_not_fight_it(read_sentences):
    _never(read_sentences, "Russia and Turkey are among the main power brokers in Kenya's conflict.",
           {("Russia", O, "Kenya"), ("Kenya", O, "Russia"), ("Turkey", O, "Kenya")})


# -- backing someone against a third party, with "against" on the object --------------------------------

@pytest.mark.parametrize("verb", ["reinforce", "support", "arm"])
def test_support_against_hung_on_the_object(read_sentences, verb):
    text = f"Troops from Kenya arrived to {verb} Uganda's army against the {KLF} rebellion."
    got = _got(read_sentences, text)
    assert any(s == "Kenya" and r == O and o == KLF for s, r, o in got), f"{text!r}: {sorted(got)}"


@pytest.mark.parametrize("text", [
    f"Kenya warned the {NRM} against attacking the {KLF}.",
    f"Kenya stopped the {NRM} from attacking the {KLF}.",
])
def test_acts_warned_against_or_prevented_did_not_happen(read_sentences, text):
    _never(read_sentences, text, {(NRM, O, KLF), ("Kenya", O, KLF)})


# -- a pause in hostilities is no end to them -------------------------------------------------------------

@pytest.mark.parametrize("verb,noun", [("suspended", "military operations against"), ("halted", "air strikes on"),
                                       ("scaled back", "attacks on")])
def test_paused_attacks_still_oppose(read_sentences, verb, noun):
    _check(read_sentences, f"Kenya {verb} {noun} the {KLF}.", {("Kenya", O, KLF)})


@pytest.mark.parametrize("text", ["Kenya lifted sanctions on the {g}.", "Kenya withdrew support for the {g}."])
def test_stopping_sanctions_or_support_asserts_nothing(read_sentences, text):
    _never(read_sentences, text.format(g=KLF), {("Kenya", O, KLF), ("Kenya", S, KLF)})


# -- refusing and declining deny what they govern ---------------------------------------------------------

@pytest.mark.parametrize("text,triple", [
    (f"Kenya refused to condemn the {KLF}.", ("Kenya", O, KLF)),
    (f"Kenya declined to back the {KLF}.", ("Kenya", S, KLF)),
    (f"The {NRM} refused to join Kenya's offensive against the {KLF}.", (NRM, O, KLF)),
])
def test_refusal_denies(read_sentences, text, triple):
    _check(read_sentences, text, {triple}, "Denied")
    assert triple not in _got(read_sentences, text)


# -- an event noun's agent from its attribution -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The attacks on the {KLF}, widely attributed to Kenya, killed dozens.",
    f"Kenya claimed the raid on the {KLF}.",
    f"The ambush on the {KLF} was blamed on Kenya.",
])
def test_event_noun_agent_from_attribution(read_sentences, text):
    _check(read_sentences, text, {("Kenya", O, KLF)})


def test_a_denied_attack_names_no_attacker(read_sentences):
    _never(read_sentences, f"Kenya denied the attack on the {KLF}.", {("Kenya", O, KLF)})


# -- a particle verb whose particle the parser takes for a preposition -------------------------------

@pytest.mark.parametrize("verb", ["hunted down", "tracked down", "fended off", "wiped out"])
def test_particle_parsed_as_preposition_keeps_the_object(read_sentences, verb):
    _check(read_sentences, f"The {KLF} {verb} the {NRM} in the hills.", {(KLF, O, NRM)})


def test_particle_object_is_not_a_place_left(read_sentences):
    # "out of Ostrava" is where they were driven from, not whom
    _never(read_sentences, f"The {KLF} drove the {NRM} out of Ostrava.", {(KLF, O, "Ostrava")})


# -- two-party gerunds and pronouns: "Fighting between A and B", "pitting A against B", "between them"

@pytest.mark.parametrize("text", [
    f"Fighting between the {KLF} and the {NRM} killed ten people.",
    f"Violence spread across the north, pitting the {KLF} against the {NRM}.",
    f"The {KLF} and the {NRM} met in Geneva. The talks raised hopes of an end to the fighting between them.",
    f"The {KLF} and the {NRM} signed a truce, ending months of clashes between them.",
    f"The {KLF} and the {NRM} held talks. The war between them has lasted a decade.",
])
def test_two_parties_oppose_each_other(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM), (NRM, O, KLF)})


@pytest.mark.parametrize("text", [
    # one party named before, the other its object: "them" is not safely the two of them
    f"The {KLF} met the {NRM} in Geneva. The talks raised hopes of an end to the fighting between them.",
    # three parties named before
    f"The {KLF}, the {NRM} and the {RHM} met in Geneva. The talks raised hopes of an end to the fighting between them.",
    # a denial of the fighting
    f"The {KLF} and the {NRM} met in Geneva. Monitors found no fighting between them.",
])
def test_between_them_near_misses(read_sentences, text):
    _never(read_sentences, text, {(KLF, O, NRM), (NRM, O, KLF)})


def test_no_clashes_between_is_denied(read_sentences):
    _never(read_sentences, f"There were no clashes between the {KLF} and the {NRM} this week.",
           {(KLF, O, NRM), (NRM, O, KLF)})
    _check(read_sentences, f"There were no clashes between the {KLF} and the {NRM} this week.",
           {(KLF, O, NRM), (NRM, O, KLF)}, "Denied")


# -- a foiled act: whoever carries out the attack (its possessor or "by") is fought -------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} repelled an attack by the {NRM} on the airport.",
    f"The {KLF} repulsed the {NRM}'s incursions into the valley.",
    f"The {KLF} thwarted an assault by the {NRM} on the port.",
    f"The {KLF} foiled the {NRM}'s offensive in the north.",
    f"The {KLF} responded to the {NRM}'s attack with airstrikes.",
    f"The {KLF} answered the {NRM}'s offensive with a wave of raids.",
    f"The {KLF} retaliated for the {NRM}'s raid on a border post.",
    f"The {KLF} countered the {NRM}'s advance.",
])
def test_foiled_act(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM)})


@pytest.mark.parametrize("text", [
    f"The {KLF} responded to the {NRM}'s proposal with a counter-offer.",
    f"The {KLF} answered the {NRM}'s letter.",
    f"The {KLF} countered the {NRM}'s claims.",
])
def test_response_to_no_attack_is_no_fight(read_sentences, text):
    _never(read_sentences, text, {(KLF, O, NRM)})


# -- a passive attack without "by": the attacker of the event it happened in --------------------------

@pytest.mark.parametrize("text", [
    "Jonas Vireaux was killed when Turkish jets struck a bunker near the port.",
    "Jonas Vireaux was killed when Turkey shelled a village near the border.",
    "Jonas Vireaux was wounded as Turkey bombed the town.",
    "Jonas Vireaux was killed in a Turkish drone strike.",
])
def test_struck_when(read_sentences, text):
    _check(read_sentences, text, {("Turkey", O, "Jonas Vireaux")})


@pytest.mark.parametrize("text", [
    "Jonas Vireaux was killed when his car crashed near the port.",
    "Jonas Vireaux was killed in a car accident in Turkey.",
    "Jonas Vireaux was killed by bandits when Turkey closed the border.",
])
def test_struck_when_near_misses(read_sentences, text):
    _never(read_sentences, text, {("Turkey", O, "Jonas Vireaux")})


# -- nouns and verbs of combat the lexicon gained ---------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF}'s fight against the {NRM} has lasted a decade.",
    f"The {KLF} is losing ground in the fight against the {NRM}.",
    f"The {KLF} has been in combat with the {NRM} since May.",
    f"The {KLF}'s firefight with the {NRM} lasted six hours.",
    f"The {KLF} massacred fighters of the {NRM}.",
    f"The {KLF} murdered a commander of the {NRM}.",
])
def test_combat_nouns_and_verbs(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM)})


def test_fight_for_a_cause_is_no_opposition(read_sentences):
    _never(read_sentences, f"The {KLF}'s fight for the {NRM} continued.", {(KLF, O, NRM)})


# -- "between" on the verb, hyphen pairs, led events, gerunds used as nouns ----------------------------

@pytest.mark.parametrize("text", [
    f"Clashes erupted between the {KLF} and the {NRM} on Monday.",
    f"Heavy fighting broke out between the {KLF} and the {NRM} in the north.",
    f"Fighting raged between the {KLF} and the {NRM} for a week.",
])
def test_between_on_the_verb(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, NRM), (NRM, O, KLF)})


@pytest.mark.parametrize("text", [
    f"Heavy fighting could break out between the {KLF} and the {NRM}.",
    f"No clashes erupted between the {KLF} and the {NRM} on Monday.",
    f"Talks began between the {KLF} and the {NRM}.",
])
def test_between_on_the_verb_near_misses(read_sentences, text):
    assert not ({(KLF, O, NRM), (NRM, O, KLF)} & _got(read_sentences, text))


@pytest.mark.parametrize("noun", ["war", "conflict", "clashes"])
def test_hyphen_pair_of_sides(read_sentences, noun):
    _check(read_sentences, f"The Kenya-Somalia {noun} lasted two years.", {("Kenya", O, "Somalia"), ("Somalia", O, "Kenya")})


@pytest.mark.parametrize("noun", ["truce", "border", "trade deal"])
def test_hyphen_pair_near_misses(read_sentences, noun):
    _never(read_sentences, f"The Kenya-Somalia {noun} was signed.", {("Kenya", O, "Somalia"), ("Somalia", O, "Kenya")})


@pytest.mark.parametrize("noun", ["offensive", "campaign", "assault"])
def test_led_event(read_sentences, noun):
    _check(read_sentences, f"The Kenyan-led {noun} against the {NRM} stalled.", {("Kenya", O, NRM)})


@pytest.mark.parametrize("text", [
    f"Kenya lost ten soldiers in fighting with the {NRM}.",
    f"The {KLF} launched rockets at the {NRM}.",
    f"The {KLF} lobbed mortars at the {NRM}.",
])
def test_weapons_and_gerunds(read_sentences, text):
    subject = "Kenya" if text.startswith("Kenya") else KLF
    _check(read_sentences, text, {(subject, O, NRM)})


def test_launching_a_campaign_at_a_body_is_no_fight(read_sentences):
    _never(read_sentences, f"The {KLF} launched a campaign at the United Nations.", {(KLF, O, "United Nations")})


def test_fighting_alongside_is_no_opposition(read_sentences):
    _never(read_sentences, f"Kenya lost ten soldiers in fighting alongside the {NRM}.", {("Kenya", O, NRM)})
