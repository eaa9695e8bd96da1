"""Opposition spoken or held: a speaker's verdict on another's act, threats, accusations, stances and
attempts. Each class of English on sentences written for the test, with several predicates of the
lexicon, invented actors, and near misses that must not fire (or must not be asserted)."""
import pytest

from conftest import assert_never_reads as _never
from conftest import assert_reads as _check
from conftest import read_triples as _got

O = "opposes"
KLF, DF, CSU = "Karsa Liberation Front", "Drovan Front", "Coastal States Union"


def _not_asserted(read_sentences, text, wrong):
    got = _got(read_sentences, text)
    assert not (wrong & got), f"{text!r}: got {sorted(got)}"


# -- a speaker's verdict on an act: "X said Y's recognition has no legal effect" ------------------

@pytest.mark.parametrize("text", [
    "Tamaria said Karvonia's recognition of the enclave had no legal effect.",
    "Karvonia's recognition of the enclave has no legal effect, Tamaria said.",
    "Tamaria said Karvonia's decision contradicted the peace accord.",
    "Tamaria said Karvonia's proclamation contravened the truce.",
    "Tamaria said Karvonia's presence in the valley was illegal.",
    "Tamaria said Karvonia's decree was illegitimate.",
    "Tamaria said Karvonia's strikes were a violation of the truce.",
    "\"Karvonia's strikes are an act of aggression,\" Tamaria said.",
])
def test_verdict_on_an_act_condemns_its_doer(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, "Karvonia")})


@pytest.mark.parametrize("text", [
    f"\"What the {KLF} has done in the north are war crimes,\" Tamaria said.",
    f"Tamaria said the {KLF} had committed war crimes.",
    f"Tamaria said the {KLF} had perpetrated atrocities in the valley.",
    f"Tamaria said the bombing bore the hallmarks of the {KLF}.",
    f"Tamaria said the {KLF} was responsible for the bombing.",
    f"Tamaria said the {KLF} was illegitimate.",
])
def test_verdict_on_a_party(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, KLF)})


@pytest.mark.parametrize("text", [
    "Tamaria said Karvonia's decision did not contradict the peace accord.",
    "Tamaria said Karvonia's strikes were not a violation of the truce.",
    "Tamaria said Karvonia's presence in the valley was not illegal.",
])
def test_a_negated_verdict_is_no_condemnation(read_sentences, text):
    _not_asserted(read_sentences, text, {("Tamaria", O, "Karvonia")})


@pytest.mark.parametrize("text", [
    "Tamaria said the tax rise in Karvonia was illegal.",
    "Tamaria said Karvonia was a victim of aggression.",
    "Tamaria said the storm had no effect on Karvonia.",
    f"Tamaria said the {KLF} was responsible for security in the north.",
    "Karvonia's strikes were a violation of the truce.",
])
def test_verdicts_on_no_act_of_a_party(read_sentences, text):
    got = _got(read_sentences, text) | _got(read_sentences, text, "Hedged")
    assert not {g for g in got if g[1] == O and g[0] == "Tamaria"}, f"{text!r}: got {sorted(got)}"


# -- threats ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,target", [
    ("Tamaria warned that it could end Karvonia's mission in the country.", "Karvonia"),
    (f"Tamaria threatened to send troops if the {KLF} tried to seize the port.", KLF),
    (f"Tamaria warned that it would strike hard if the {KLF} broke the truce.", KLF),
    ("Tamaria warned Karvonia of serious consequences if it went ahead.", "Karvonia"),
    (f"Tamaria threatened to walk away from the {CSU}.", CSU),
    (f"Tamaria threatened to end the mission of the {CSU}.", CSU),
])
def test_a_threat_is_asserted_opposition(read_sentences, text, target):
    _check(read_sentences, text, {("Tamaria", O, target)})


@pytest.mark.parametrize("text,wrong", [
    (f"Tamaria warned that the famine would worsen if the {KLF} closed the roads.", ("Tamaria", O, KLF)),
    (f"Tamaria did not threaten to send troops if the {KLF} tried to seize the port.", ("Tamaria", O, KLF)),
    (f"Tamaria will act if Karvonia threatens the {KLF}.", ("Karvonia", O, KLF)),
    ("Tamaria said it could end Karvonia's mission in the country.", ("Tamaria", O, "Karvonia")),
    ("Tamaria said it would end its mission in Karvonia.", ("Tamaria", O, "Karvonia")),
])
def test_no_threat_asserted(read_sentences, text, wrong):
    _not_asserted(read_sentences, text, {wrong})


# -- stances: holding to account, seeing as a threat, naming -------------------------------------

@pytest.mark.parametrize("text", [
    f"Tamaria holds the {KLF} responsible for the bombing.",
    f"Tamaria held the {KLF} responsible for the killings.",
    f"Tamaria sees the {KLF} as a threat to its security.",
    f"Tamaria portrays the {KLF} as a menace to the region.",
    f"Tamaria regards the {KLF} as an enemy.",
    f"Tamaria dubbed the {KLF} a terrorist group.",
    f"Tamaria deplored the attacks by the {KLF}.",
    f"Tamaria condemned the killing of civilians by the {KLF}.",
])
def test_stance_against_a_party(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, KLF)})


@pytest.mark.parametrize("text", [
    "Tamaria holds Karvonia in high regard.",
    "Tamaria sees Karvonia as a model for the region.",
    f"Tamaria does not see the {KLF} as a threat to its security.",
])
def test_no_stance_against(read_sentences, text):
    _not_asserted(read_sentences, text, {("Tamaria", O, "Karvonia"), ("Tamaria", O, KLF)})


# -- leaving and turning away ----------------------------------------------------------------------

@pytest.mark.parametrize("text,subject,obj", [
    (f"Chad walked away from the {CSU}.", "Chad", CSU),
    (f"The {DF} broke away from the {KLF}.", DF, KLF),
    (f"Chad turned its back on the {CSU}.", "Chad", CSU),
    (f"Chad terminated the {CSU}'s mission.", "Chad", CSU),
])
def test_leaving_or_ending_a_body(read_sentences, text, subject, obj):
    _check(read_sentences, text, {(subject, O, obj)})


# -- attempts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"The {KLF} has tried for years to topple Valdoria.",
    f"The {KLF} is seeking to overthrow Valdoria.",
    f"The {KLF} attempted to oust Valdoria's president.",
    f"Tamaria accused the {KLF} of seeking to overthrow Valdoria.",
])
def test_an_attempt_against_a_party_is_opposition(read_sentences, text):
    _check(read_sentences, text, {(KLF, O, "Valdoria")})


@pytest.mark.parametrize("text", [
    f"The {KLF} plans to topple Valdoria.",
    f"The {KLF} is considering an attempt to topple Valdoria.",
    f"The {KLF} tried to arm Valdoria.",
])
def test_a_plan_or_an_attempt_at_support_is_not_asserted_opposition(read_sentences, text):
    _not_asserted(read_sentences, text, {(KLF, O, "Valdoria")})


# -- a verb coordinated with a denial ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tamaria denied the report and condemned Karvonia.",
    "Tamaria dismissed the claims and accused Karvonia of lying.",
    f"Amos Wekesa denied the report and called for an uprising against the {KLF}.",
])
def test_beside_a_denial_is_asserted(read_sentences, text):
    got = _got(read_sentences, text)
    assert any(g[1] == O and g[2] in ("Karvonia", KLF) for g in got), f"{text!r}: got {sorted(got)}"


def test_a_denied_act_stays_denied(read_sentences):
    _not_asserted(read_sentences, "Tamaria denied condemning Karvonia.", {("Tamaria", O, "Karvonia")})


# -- "X called Y's ..." is no alias ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tamaria called Karvonia's decision a violation of international law.",
    "Tamaria called Karvonia's deployment illegitimate.",
    "Tamaria branded Karvonia's strikes a provocation.",
])
def test_called_before_a_possessor_names_no_alias(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, "Karvonia")})


# -- complaints: "X complained that Y tolerated the rebels" ----------------------------------------

@pytest.mark.parametrize("text", [
    f"Tamaria complained that the {KLF} tolerated the militias.",
    f"Tamaria had long complained that the {KLF} ignored the truce.",
    f"Tamaria lamented that the {KLF} had ignored its appeals.",
    f"Tamaria grumbled that the {KLF} had broken its promises.",
])
def test_a_complaint_condemns_whoever_it_says_acted(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, KLF)})


@pytest.mark.parametrize("text", [
    f"Tamaria complained that the {KLF} had been excluded from the talks.",
    "Tamaria complained that it had received no aid.",
    f"Tamaria did not complain that the {KLF} had ignored the truce.",
])
def test_no_complaint_against(read_sentences, text):
    _not_asserted(read_sentences, text, {("Tamaria", O, KLF), ("Tamaria", O, "Tamaria")})


# -- "Z condemned the move": the act the sentence before names ------------------------------------

@pytest.mark.parametrize("text", [
    "Karvonia announced its recognition of the enclave on Friday. Tamaria condemned the move.",
    "Valdoria welcomed Karvonia's decision. Tamaria rejected the move.",
    "Valdoria hailed Karvonia's proclamation as historic.\n\nTamaria denounced the decision.",
])
def test_a_definite_act_refers_to_the_act_before(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, "Karvonia")})


@pytest.mark.parametrize("text", [
    "Tamaria condemned the move.",
    "Karvonia's troops entered the town. Tamaria condemned the move.",
    "Karvonia announced its recognition of the enclave. Tamaria condemned the move by Valdoria to close the border.",
])
def test_no_act_before_no_doer(read_sentences, text):
    _not_asserted(read_sentences, text, {("Tamaria", O, "Karvonia")})


# -- a list coordinated through an apposition ------------------------------------------------------

@pytest.mark.parametrize("verb", ["designated", "condemned", "sanctioned"])
def test_list_member_after_an_apposition(read_sentences, verb):
    text = (f"Tamaria {verb} the {DF}, the alliance of armed gangs that controls the capital, and the {KLF}, "
            "the dominant gang in the valley.")
    _check(read_sentences, text, {("Tamaria", O, DF), ("Tamaria", O, KLF)})


# -- the names a list singles out: "the rebel groups, including X" ----------------------------------

@pytest.mark.parametrize("text", [
    f"Tamaria condemned the rebel groups, including the {KLF}.",
    f"Tamaria condemned the {DF} and its allies, in particular the {KLF}.",
    f"Tamaria sanctioned several militias, notably the {KLF}.",
])
def test_a_list_member_singled_out(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, KLF)})


def test_a_subject_list_member_singled_out(read_sentences):
    _check(read_sentences, f"Several states, including Kenya, denounced the {KLF}.", {("Kenya", O, KLF)})


# -- a warning of a hazard is no threat -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tamaria warned Karvonia about the storm.",
    "Tamaria warned Karvonia of a looming famine.",
    "Tamaria warned Karvonia of the risk of floods.",
])
def test_a_forecast_is_no_threat(read_sentences, text):
    _never(read_sentences, text, {("Tamaria", O, "Karvonia")})


@pytest.mark.parametrize("text", [
    "Tamaria warned Karvonia of serious consequences.",
    "Tamaria warned Karvonia of swift retaliation.",
    "Tamaria warned Karvonia against attacking the port.",
])
def test_a_warning_of_reprisal_is_a_threat(read_sentences, text):
    _check(read_sentences, text, {("Tamaria", O, "Karvonia")})
