"""Precision classes for supports/opposes on unseen text: a predicate or appositive 'ally' reads one way,
'wing of X' is no support, 'rival' premodifying a noun is no rivalry, weapon designations are no actors,
'backed by A's air power, X drove Y out' is no support of Y. Sentences written for the test, invented names."""
import pytest

from conftest import read_triples as _got
from conftest import read_triples

S, O = "supports", "opposes"


def _both(read_sentences, text):
    return _got(read_sentences, text) | _got(read_sentences, text, "Hedged")


# -- 1. "X is Y's ally", "X, Y's closest ally": X supports Y, not the other way ------------------------

@pytest.mark.parametrize("text", [
    "Korvia, Dravnia's closest ally, sent troops to the border.",
    "Korvia is Dravnia's main ally.",
    "Korvia remains Dravnia's most important ally in the region.",
    "Dravnia's main ally, Korvia, sent troops to the border.",
    "Korvia, a close ally of Dravnia, sent an envoy to the talks.",
    "Korvia emerged as a key ally of Dravnia.",
])
def test_an_ally_said_of_x_is_one_way(read_sentences, text):
    got = _both(read_sentences, text)
    assert ("Korvia", S, "Dravnia") in got, f"{text!r}: got {sorted(got)}"
    assert ("Dravnia", S, "Korvia") not in got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", [
    "Dravnia sent weapons to its ally Korvia.",
    "Korvia and Dravnia are allies.",
    "Korvia allied itself with Dravnia.",
    "Korvia formed an alliance with Dravnia.",
])
def test_an_ally_premodifying_a_name_or_an_alliance_runs_both_ways(read_sentences, text):
    got = _both(read_sentences, text)
    assert {("Korvia", S, "Dravnia"), ("Dravnia", S, "Korvia")} <= got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("noun", ["rival", "foe", "adversary"])
def test_a_rival_said_of_x_still_runs_both_ways(read_sentences, noun):
    text = f"Korvia, a bitter {noun} of Dravnia, sent troops to the border."
    got = _both(read_sentences, text)
    assert {("Korvia", O, "Dravnia"), ("Dravnia", O, "Korvia")} <= got, f"{text!r}: got {sorted(got)}"


# -- 2. "the armed / political / military wing of X" is no support ---------------------------------

@pytest.mark.parametrize("text", [
    "The Karsa Liberation Front, the armed wing of the Marun Popular Front, attacked the town.",
    "The Orsk Brigade is the military wing of the Velari Movement.",
    "The Velari Movement's political wing, the Orsk Council, joined the talks.",
    "The Orsk Council, the political wing of the Velari Movement, rejected the offer.",
])
def test_a_wing_of_x_is_no_support(read_sentences, text):
    got = {t for t in _both(read_sentences, text) if t[1] == S}
    assert not got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("noun", ["backer", "sponsor", "patron"])
def test_a_backer_of_x_still_supports(read_sentences, noun):
    text = f"The Karsa Liberation Front, the main {noun} of the Marun Popular Front, sent fighters."
    got = _both(read_sentences, text)
    assert ("Karsa Liberation Front", S, "Marun Popular Front") in got, f"{text!r}: got {sorted(got)}"


# -- 3. "a rival wing / faction / government of X" is a division split from X: no rivalry with X ----

VM, OB = "Velari Movement", "Orsk Brigade"


@pytest.mark.parametrize("text", [
    f"A rival wing of the {VM} clashed with the {OB}.",
    f"A breakaway faction of the {VM} clashed with the {OB}.",
    f"The {OB} clashed with a splinter faction of the {VM}.",
    f"The {OB} attacked a rival faction of the {VM}.",
    f"A rival government of the {VM} condemned the {OB}.",
])
def test_a_rival_division_of_x_is_not_x(read_sentences, text):
    got = {t for t in _both(read_sentences, text) if VM in (t[0], t[2]) and t[1] in (S, O)}
    assert not got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", [
    f"The {OB}, a rival of the {VM}, seized the port.",
    f"The {OB} and the {VM} are rivals.",
    f"The {VM}'s rival, the {OB}, seized the port.",
    f"A faction of the {VM} clashed with the {OB}.",
])
def test_a_named_rival_or_an_undivided_part_still_opposes(read_sentences, text):
    got = _both(read_sentences, text)
    assert (OB, O, VM) in got and (VM, O, OB) in got, f"{text!r}: got {sorted(got)}"


# -- 4. a weapon's model designation is no actor: "an F-16", "T-72 tanks", "Rafale warplanes" ---------

def _mention_texts(read_sentences, text):
    linked, _ = read_sentences(text)
    return {linked.doc[m.start:m.end].text for m in linked.mentions}


@pytest.mark.parametrize("text,weapon", [
    ("Korvian forces shot down an F-16 over the border.", "F-16"),
    ("The Orsk Brigade said it had downed a MiG-21 belonging to Dravnia.", "MiG-21"),
    ("Dravnia deployed Su-30 jets against the Orsk Brigade.", "Su-30"),
    ("The Orsk Brigade destroyed two T-72 tanks near Tamsk.", "T-72"),
    ("Korvia bought S-400 systems despite objections from Dravnia.", "S-400"),
    ("Rafale warplanes struck the Orsk Brigade.", "Rafale"),
    ("Korvia fired at a Mi-24 over the valley.", "Mi-24"),
])
def test_a_model_designation_is_no_actor(read_sentences, text, weapon):
    assert weapon not in _mention_texts(read_sentences, text)
    got = {t for t in _both(read_sentences, text) if weapon in (t[0], t[2])}
    assert not got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text,actor", [
    ("M23 fighters attacked the Orsk Brigade.", "March 23 Movement"),
    ("Wagner troops fought the Orsk Brigade.", "Wagner Group"),
    ("Korvia-backed fighters of the Orsk Brigade attacked Dravnia.", "Orsk Brigade"),
])
def test_names_with_digits_or_before_troops_are_still_actors(read_sentences, text, actor):
    got = _both(read_sentences, text)
    assert any(actor in (t[0], t[2]) for t in got), f"{text!r}: got {sorted(got)}"


# -- 5. "Backed by A's air power, X drove Y out of Z": X fights Y, no support between X and Y ---------

OB2, VM2 = "Orsk Brigade", "Velari Movement"


@pytest.mark.parametrize("text", [
    f"Backed by Korvia's air power, the {OB2} drove the {VM2} out of Tamsk.",
    f"Backed by Korvian air power, the {OB2} drove the {VM2} out of Tamsk.",
    f"Supported by Korvia's drones, the {OB2} pushed the {VM2} out of Tamsk.",
    f"Armed by Korvia, the {OB2} drove out the {VM2} from Tamsk.",
    f"Backed by Korvia's air power, the {OB2} drove the {VM2}, which is backed by Dravnia, out of Tamsk.",
])
def test_a_backed_side_that_drives_out_its_foe_does_not_support_it(read_sentences, text):
    got = _both(read_sentences, text)
    assert (OB2, S, VM2) not in got and (VM2, S, OB2) not in got, f"{text!r}: got {sorted(got)}"
    assert (OB2, O, VM2) in got, f"{text!r}: got {sorted(got)}"


# -- a division of a group: "a dissident X faction, the Y Brigade" acts as Y, not X ---------------------

@pytest.mark.parametrize("text,who", [
    ("A dissident Drel Front faction, the Kamar Brigade, shelled the Varn army.", "Kamar Brigade"),
    ("The Ossel Movement's armed wing, the Tarn Brigade, condemned the Varn army.", "Tarn Brigade"),
    ("A Drel Front splinter faction, the Kamar Brigade, attacked the Varn army.", "Kamar Brigade"),
])
def test_a_division_named_in_apposition_is_the_actor(read_sentences, text, who):
    got = _both(read_sentences, text)
    assert (who, O, "Varn") in got or any(s == who and r == O for s, r, o in got), f"{text!r}: got {sorted(got)}"
    assert not any(s in ("Drel Front", "Ossel Movement") and r == O for s, r, o in got), f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize("text", [
    "A breakaway Drel Front faction attacked the Varn army.",
    "A dissident Drel Front faction shelled the Varn army.",
])
def test_a_split_off_division_is_not_the_group(read_sentences, text):
    got = _both(read_sentences, text)
    assert not any(s == "Drel Front" for s, r, o in got), f"{text!r}: got {sorted(got)}"


def test_a_plain_division_still_acts_for_its_group(read_sentences):
    got = _both(read_sentences, "A Drel Front faction shelled the Varn army.")
    assert any(s == "Drel Front" and r == O for s, r, o in got), sorted(got)


# -- reading past a broken parse: a possessive pronoun or a complementiser gives no party ----------------

@pytest.mark.parametrize("text,wrong", [
    ("The envoy said Ostrava would keep helping Varnia defend its territory against attacks.",
     ("Varnia", S, "Ostrava")),
    ("Ostrava pledged to help Varnia protect its borders.", ("Varnia", S, "Ostrava")),
    ("President Tomas Relvani told the Varn Council that Ostrava supported the steps Pellaria had taken.",
     ("Ostrava", S, "Varn Council")),
    ("Tomas Relvani assured the Drel Front that Ostrava backed the plan Pellaria had drafted.",
     ("Ostrava", S, "Drel Front")),
])
def test_no_party_from_a_possessive_pronoun_or_a_that_clause(read_sentences, text, wrong):
    assert wrong not in _both(read_sentences, text)


def test_a_relative_pronoun_still_gives_its_antecedent(read_sentences):
    assert ("Varnia", S, "Ostrava") in _both(read_sentences, "Ostrava, which Varnia arms, shelled Pellaria.")


# -- a participle or a description inside one conjunct is said of that conjunct only --------------------

@pytest.mark.parametrize("text,wrong", [
    ("The Drel Front, backed by Ostrava, and the Kamar Brigade attacked the port.", ("Ostrava", S, "Kamar Brigade")),
    ("The Drel Front, armed by Ostrava, and the Kamar Brigade seized the port.", ("Ostrava", S, "Kamar Brigade")),
    ("Its members include Doran Velk, president of the Kessel Council, the separatist movement backed by Ostrava, "
     "and Mara Ilen, a judge.", ("Ostrava", S, "Mara Ilen")),
    ("Its members include Doran Velk, president of the Kessel Council, the separatist movement backed by Ostrava, "
     "and Mara Ilen, a judge.", ("Ostrava", S, "Doran Velk")),
])
def test_a_participle_is_not_said_of_later_conjuncts_or_of_a_person(read_sentences, text, wrong):
    assert wrong not in _both(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Backed by Ostrava, the Drel Front pushed east.",
    "Armed by Ostrava, the Drel Front seized the port.",
    "Backed by Ekonia, the Motra Popular Front and the Drel Front pushed east.",
])
def test_a_fronted_participle_is_said_of_the_clauses_subject(read_sentences, text):
    got = _both(read_sentences, text)
    assert any(r == S and o == "Drel Front" for s, r, o in got), sorted(got)


def test_a_participle_after_the_list_is_said_of_all(read_sentences):
    got = _both(read_sentences, "The Drel Front and the Kamar Brigade, both backed by Ostrava, attacked the port.")
    assert {("Ostrava", S, "Drel Front"), ("Ostrava", S, "Kamar Brigade")} <= got, sorted(got)


# -- coordinated subjects with no object: each other only for verbs of mutual combat ---------------------

@pytest.mark.parametrize("verb", ["clashed", "fought", "skirmished", "battled"])
def test_coordinated_subjects_of_a_mutual_verb_fight_each_other(read_sentences, verb):
    got = _both(read_sentences, f"The Drel Front and the Kamar Brigade {verb} near the port on Monday.")
    assert {("Drel Front", O, "Kamar Brigade"), ("Kamar Brigade", O, "Drel Front")} <= got, sorted(got)


@pytest.mark.parametrize("verb", ["attacked", "struck", "advanced", "shelled positions"])
def test_coordinated_subjects_of_a_one_sided_verb_do_not(read_sentences, verb):
    got = _both(read_sentences, f"The Drel Front and the Kamar Brigade {verb} near the port on Monday.")
    assert ("Drel Front", O, "Kamar Brigade") not in got, sorted(got)


def test_a_description_hung_on_a_person_describes_the_body_named_before_it(read_sentences):
    got = _both(read_sentences, "The Drel Front shelled the port. Its members include Doran Velk, president of the "
                "Kessel Front (KF), the separatist movement backed by Ostrava, and Mara Ilen, a judge.")
    assert ("Ostrava", S, "Kessel Front") in got and ("Ostrava", S, "Drel Front") not in got, sorted(got)


# -- a capital as the party of a lexicon verb's own preposition is its state -----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Korvia stood firmly behind Baku.", ("Korvia", S, "Azerbaijan")),
    ("Korvia sided with Moscow in the dispute.", ("Korvia", S, "Russia")),
    ("Korvia broke with Rabat over the border.", ("Korvia", O, "Morocco")),
])
def test_a_capital_as_a_verbs_party_is_its_state(read_sentences, text, expected):
    assert expected in _both(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Korvian troops fought in Kyiv for weeks.",
    "The Drel Front advanced on Goma.",
    "Korvia sided with Moscow in the dispute.",  # the dispute is not with the ally
])
def test_a_capital_as_a_place_or_an_ally_in_a_dispute_is_no_party_fought(read_sentences, text):
    got = _both(read_sentences, text)
    assert not any(r == O and o in ("Ukraine", "Russia", "Democratic Republic of the Congo") for s, r, o in got), \
        sorted(got)


# -- a bare definite hostile act refers back to the act of the same name just before ---------------------

@pytest.mark.parametrize("text", [
    "Dravnia launched an offensive against the Drel Front on Monday. Korvia condemned the offensive.",
    "Dravnia raided the Drel Front camp. Korvia condemned the raid.",
    "Dravnia's strikes on the Drel Front killed ten. Korvia condemned the strikes.",
    "Dravnia carried out an incursion into the Drel Front's enclave, and Korvia denounced the incursion.",
])
def test_the_act_named_before_is_its_doers(read_sentences, text):
    assert ("Korvia", O, "Dravnia") in _both(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Dravnia shelled the town. Korvia condemned the offensive.",  # another act
    "Korvia condemned the offensive.",  # nothing before
    "Dravnia launched an offensive. It was a quiet week. Korvia condemned the offensive.",  # too far back
])
def test_no_doer_without_the_same_act_just_before(read_sentences, text):
    assert ("Korvia", O, "Dravnia") not in _both(read_sentences, text)


# -- "X did Y, a move Z denounced": the act in apposition is the clause's, its doer the clause's subject -----

@pytest.mark.parametrize("text", [
    "Korvia recognised the Drel Front, a move Dravnia denounced.",
    "Korvia granted the Drel Front observer status, a decision Dravnia condemned.",
    "Korvia armed the Drel Front, a step Dravnia criticised.",
])
def test_an_apposed_act_is_the_clauses(read_sentences, text):
    got = _both(read_sentences, text)
    assert ("Dravnia", O, "Korvia") in got and ("Dravnia", O, "Drel Front") not in got, sorted(got)


def test_an_apposed_description_still_names_its_head(read_sentences):
    got = _both(read_sentences, "Dravnia condemned the Drel Front, the main rebel movement.")
    assert ("Dravnia", O, "Drel Front") in got, sorted(got)


# -- diplomatic and coercive acts whose party follows a preposition --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Korvia imposed new sanctions on Dravnia.", ("Korvia", O, "Dravnia")),
    ("Korvia severed diplomatic relations with Dravnia.", ("Korvia", O, "Dravnia")),
    ("Korvia recalled its ambassador from Dravnia.", ("Korvia", O, "Dravnia")),
    ("The Drel Front demanded the overthrow of the Tellis Revolutionary Council.",
     ("Drel Front", O, "Tellis Revolutionary Council")),
])
def test_sanctions_severed_ties_recalled_envoys_and_demanded_overthrows(read_sentences, text, expected):
    assert expected in _both(read_sentences, text)


@pytest.mark.parametrize("text", [
    "Korvia recalled the war in Dravnia.",  # not an envoy
    "Korvia severed the cable to Dravnia.",  # not ties
])
def test_recall_and_sever_need_their_objects(read_sentences, text):
    assert not any(r == O for s, r, o in _both(read_sentences, text))


# -- "between A and B" parsed as one noun phrase: the actors coordinated inside it ----------------------

@pytest.mark.parametrize("text,a,b", [
    ("Clashes between the Drel Front and Kenyan troops have killed 40 people.", "Drel Front", "Armed forces of Kenya"),
    ("Fighting between the KLF and Ugandan soldiers has displaced thousands.", "KLF", "Uganda People's Defence Force"),
    ("Battles between the Drel Front and Kenyan forces raged for a week.", "Drel Front", "Armed forces of Kenya"),
])
def test_parties_coordinated_inside_a_between_phrase(read_sentences, text, a, b):
    got = _both(read_sentences, text)
    assert {(a, O, b), (b, O, a)} <= got, sorted(got)


def test_a_between_phrase_with_one_party_gives_nothing(read_sentences):
    got = _both(read_sentences, "Talks between the Drel Front leaders and mediators failed.")
    assert not any(r == O for s, r, o in got), sorted(got)


# -- "X accused Y of arming Z, a charge Y denies": the accusation stands ----------------------------------

@pytest.mark.parametrize("text", [
    "Korvia has long accused Dravnia of arming the Drel Front, a charge Dravnia denies.",
    "India has long accused Pakistan of arming the militants, a charge Pakistan denies.",
    "Korvia accused Dravnia of arming the Drel Front, an allegation Dravnia rejects.",
])
def test_an_accusation_followed_by_the_accuseds_denial_stands(read_sentences, text):
    got = read_triples(read_sentences, text)
    assert any(r == O for s, r, o in got), sorted(got)


def test_a_plain_denial_is_still_denied(read_sentences):
    assert ("Dravnia", S, "Drel Front") in read_triples(read_sentences, "Dravnia denies that it armed the Drel Front.",
                                                        "Denied")


# -- aircraft and other assets as targets: their owner is attacked ---------------------------------------

@pytest.mark.parametrize("text", [
    "Korvia shot down two Kenyan military aircraft.",
    "Korvia shot down two Kenyan jets.",
])
def test_a_downed_aircraft_is_its_owners(read_sentences, text):
    got = _both(read_sentences, text)
    assert any(o in ("Kenya", "Armed forces of Kenya", "Kenya Defence Forces") and r == O for s, r, o in got), sorted(got)


def test_supplying_a_states_jets_is_no_attack(read_sentences):
    assert not any(r == O for s, r, o in _both(read_sentences, "Korvia supplied Kenyan jets with fuel."))


# -- bare "the government": a government the article names, else the home state, else nothing -------------

DATELINED = "Rebels take town\n\nTARVO, Dravnia, May 2 — Fighters of the Drel Front took the town on Friday after the " \
            "Dravnian army withdrew. Dravnia asked its neighbours for help. "


@pytest.mark.parametrize("sentence", [
    "The government accused Korvia of arming the rebels.",
    "The government condemned Korvia for the raid.",
    "Korvia condemned the government on Sunday.",
])
def test_the_government_of_a_datelined_story_is_its_state(read_sentences, sentence):
    got = _both(read_sentences, DATELINED + sentence)
    assert any("Dravnia" in (s, o) and "Korvia" in (s, o) for s, r, o in got), sorted(got)


def test_the_government_with_no_home_state_is_nobody(read_sentences):
    got = _both(read_sentences, "Korvia and Pellaria held talks on Friday. The government condemned Dravnia.")
    assert not any(r == O and o == "Dravnia" for s, r, o in got), sorted(got)


# -- a state's forces named by the article ("the Armed Forces of Dravnia") are its demonym's troops -------

@pytest.mark.parametrize("named", ["Armed Forces of Dravnia", "Dravnian Army", "Dravnia Defence Forces"])
def test_demonym_troops_are_the_forces_the_article_names(read_sentences, named):
    text = (f"Dravnia declared an emergency on Friday. The {named} said the border was closed. "
            "Dravnian troops shelled the Drel Front near the border.")
    got = _both(read_sentences, text)
    assert (named, O, "Drel Front") in got, sorted(got)


def test_two_named_forces_leave_the_demonym_its_own(read_sentences):
    text = ("Dravnia declared an emergency. The Dravnian Army and the Dravnia Defence Forces met. "
            "Dravnian troops shelled the Drel Front.")
    got = _both(read_sentences, text)
    assert not any(s in ("Dravnian Army", "Dravnia Defence Forces") and o == "Drel Front" for s, r, o in got), sorted(got)
