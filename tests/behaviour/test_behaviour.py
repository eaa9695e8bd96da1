"""The behavioural suite as a ratchet: each construction's MFT / INV / DIR pass rate must stay
at or above its floor in floors.json (today's measurement; raised as the extractor improves).

The model runs once per session (the ``extractor`` fixture of tests/conftest.py) and every
distinct text is read once. ``scripts/behaviour_report.py`` prints the same figures as a table
and ``--show NAME`` lists a construction's failures.
"""
from __future__ import annotations

import json
import warnings
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from .constructions import SUITE
from .fillers import BY_LABEL, NEW_GROUPS, NEW_PEOPLE, NEW_STATES
from .harness import (ASSERTED, CLAIMED, DENIED, HEDGED, KINDS, NOT, SLOT, C, Case, E, Pair, T, abstract,
                      check_case, check_pair, evaluate, fill, fold, plan, run, summarise, t)

FLOORS_FILE = Path(__file__).with_name("floors.json")
FLOORS: dict[str, dict[str, float]] = json.loads(FLOORS_FILE.read_text())
PLAN = plan(SUITE)
MEASURED = sorted({(c.construction.name, "MFT") for c in PLAN.cases}
                  | {(p.a.construction.name, p.kind) for p in PLAN.pairs},
                  key=lambda nk: ([c.name for c in SUITE].index(nk[0]), KINDS.index(nk[1])))
HEADROOM = 0.10  # a rate this far above its floor earns a reminder to raise the floor


@pytest.fixture(scope="session")
def behaviour(extractor):
    results, _ = run(PLAN, extractor.extract_text)
    outcomes = evaluate(PLAN, results)
    return outcomes, summarise(outcomes)


@pytest.mark.behaviour
@pytest.mark.parametrize("name,kind", MEASURED, ids=[f"{n}-{k}" for n, k in MEASURED])
def test_pass_rate_holds_its_floor(behaviour, name, kind):
    outcomes, stats = behaviour
    assert name in FLOORS and kind in FLOORS[name], (
        f"no floor for {name} {kind}: run scripts/behaviour_report.py --write-floors")
    s, floor = stats[(name, kind)], FLOORS[name][kind]
    failures = [o for o in outcomes if o.construction == name and o.kind == kind and not o.passed]
    shown = "\n".join(f"  {' => '.join(map(repr, o.texts))}\n    {o.detail}" for o in failures[:6])
    assert s.rate >= floor - 1e-9, f"{name} {kind}: {s.passed}/{s.cases} = {s.rate:.3f} < floor {floor}\n{shown}"
    if s.rate > floor + HEADROOM:
        warnings.warn(f"{name} {kind} passes {s.rate:.3f}, floor {floor}: raise it "
                      "(scripts/behaviour_report.py --write-floors)", stacklevel=1)


# ------------------------------------------------------------------ the suite's shape (no model)
def test_floors_cover_exactly_the_suite():
    assert set(FLOORS) == {c.name for c in SUITE}
    for name, kind in MEASURED:
        assert kind in FLOORS[name], (name, kind)
    assert all(0.0 <= v <= 1.0 for kinds in FLOORS.values() for v in kinds.values())


def test_about_fifty_constructions_with_unique_names():
    names = [c.name for c in SUITE]
    assert len(names) == len(set(names))
    assert len([c for c in SUITE if c.group != "precision"]) >= 50


@pytest.mark.parametrize("c", SUITE, ids=lambda c: c.name)
def test_each_construction_has_eight_cases_three_predicates_and_mixed_names(c):
    cases = [k for k in PLAN.cases if k.construction is c]
    assert len(cases) >= 8
    assert len({k.pred for k in cases}) >= 3, "a construction is exercised with at least three predicates"
    assert len({k.text for k in cases}) == len(cases), "cases repeat a text"
    reals = [a.real for k in cases for a in k.fillers.values()]
    if c.name != "official_bare_title":  # a bare title needs a person the knowledge base knows
        assert any(reals) and not all(reals), "real and invented actors both appear"
    for tpl in c.templates:
        declared = {**c.slots, **(tpl.slots or {})}
        for text in (tpl.text, *tpl.variants.values(), *([tpl.base] if tpl.base else [])):
            assert {m.group(1) for m in SLOT.finditer(text)} <= set(declared), text
        for e in tpl.expects:
            assert {e.s, e.o} <= set(declared)
        assert bool(tpl.expects) == (c.group != "precision"), tpl.text


@pytest.mark.parametrize("c", [c for c in SUITE if c.group in ("relation", "status")], ids=lambda c: c.name)
def test_relation_and_status_constructions_have_dir_twins(c):
    assert sum(1 for tpl in c.templates if tpl.variants or tpl.base) >= 1
    assert any(p.kind == "DIR" and p.a.construction is c for p in PLAN.pairs)


def test_inv_pairs_flip_every_name_and_keep_the_kinds():
    for p in PLAN.pairs:
        if p.kind != "INV" or p.how != "names":
            continue
        for slot, a in p.a.fillers.items():
            b = p.b.fillers[slot]
            anchored = "@" in {**p.a.construction.slots, **(p.a.template.slots or {})}[slot]
            assert anchored or a.key != b.key, (p.a.text, p.b.text)


def test_invented_names_are_not_real_ones():
    known = {fold(label) for label in BY_LABEL}
    for a in NEW_STATES + NEW_GROUPS + NEW_PEOPLE:
        assert fold(a.labels[0]) not in known


def test_plan_is_deterministic():
    again = plan(SUITE)
    assert [c.text for c in again.cases] == [c.text for c in PLAN.cases]
    assert [(p.a.text, p.b.text) for p in again.pairs] == [(p.a.text, p.b.text) for p in PLAN.pairs]


def test_text_count_stays_fast():
    assert len(PLAN.texts()) < 2600  # one spaCy pass over them all; about 30 s on these machines (the suite's one session fixture)
    assert Counter(p.kind for p in PLAN.pairs)["DIR"] >= 150


# ------------------------------------------------------------------ the checks themselves (fake results)
def rel(s, r, o, status=ASSERTED, speaker=None):
    return SimpleNamespace(subject_label=s, relation=r, object_label=o, status=status, speaker=speaker)


def result(*relations):
    return SimpleNamespace(relations=list(relations))


def one_case(tpl: T, group="relation", **fillers) -> Case:
    c = C("probe", group, "", {k: "state|group" for k in fillers}, (tpl,))
    return Case(c, 0, tpl, fillers, fill(tpl.text, fillers))


IRAN, KARSA, AMOS = BY_LABEL["Iran"], NEW_GROUPS[0], NEW_PEOPLE[0]


def test_fold_ignores_case_accents_punctuation_and_the():
    assert fold("The Karsa Liberation Front") == fold("karsa liberation front")
    assert fold("Félix Tshisekedi") == fold("Felix Tshisekedi")
    assert fold("al-Shabaab") == fold("Al Shabaab")


def test_mft_needs_the_triple_with_its_status_and_no_contrary_one():
    case = one_case(t("{X} backs {Y}.", ("X", "supports", "Y"), pred="back"), X=IRAN, Y=KARSA)
    assert check_case(case, result(rel("Iran", "supports", "Karsa Liberation Front"))).passed
    assert not check_case(case, result(rel("Iran", "supports", "Karsa Liberation Front", HEDGED))).passed
    assert not check_case(case, result(rel("Iran", "supports", "Karsa Liberation Front"),
                                       rel("Iran", "opposes", "Karsa Liberation Front"))).passed
    assert not check_case(case, result(rel("Iran", "supports", "Karsa"))).passed


def test_status_expectations():
    def passes(status, *relations):
        case = one_case(t("{X} x {Y}.", E("X", "supports", "Y", status), pred="x"), X=IRAN, Y=KARSA)
        return check_case(case, result(*relations)).passed
    r = lambda st: rel("Iran", "supports", "the Karsa Liberation Front", st)  # noqa: E731
    assert passes(NOT) and passes(NOT, r(DENIED)) and passes(NOT, r(HEDGED)) and not passes(NOT, r(ASSERTED))
    assert passes(DENIED, r(DENIED)) and not passes(DENIED)
    assert passes(CLAIMED, r(HEDGED)) and passes(CLAIMED, r(ASSERTED)) and not passes(CLAIMED, r(DENIED))


def test_speaker_must_be_the_quoted_actor():
    case = one_case(t("{P} said {X} arms {Y}.", E("X", "supports", "Y", speaker="P"), pred="say"),
                    P=AMOS, X=IRAN, Y=KARSA)
    good = rel("Iran", "supports", "Karsa Liberation Front", speaker="Amos Wekesa")
    assert check_case(case, result(good)).passed
    assert not check_case(case, result(rel("Iran", "supports", "Karsa Liberation Front"))).passed


def test_precision_cases_fail_on_any_support_or_opposition():
    case = one_case(t("{X} met {Y}.", pred="meet"), "precision", X=IRAN, Y=KARSA)
    assert check_case(case, result()).passed
    assert check_case(case, result(rel("Amos Wekesa", "official_of", "Iran"))).passed
    assert not check_case(case, result(rel("Iran", "opposes", "Karsa Liberation Front", HEDGED))).passed


def test_inv_compares_results_by_slot():
    tpl = t("{X} backs {Y}.", ("X", "supports", "Y"), pred="back")
    a, b = one_case(tpl, X=IRAN, Y=KARSA), one_case(tpl, X=BY_LABEL["Turkey"], Y=NEW_GROUPS[1])
    results = {(a.text, a.date): result(rel("Iran", "supports", "Karsa Liberation Front")),
               (b.text, b.date): result(rel("Turkey", "supports", "Drovan Front"))}
    assert check_pair(Pair("INV", "names", a, b), results).passed
    results[(b.text, b.date)] = result()
    assert not check_pair(Pair("INV", "names", a, b), results).passed
    assert abstract(result(rel("Iran", "supports", "Somebody")), a.fillers) == {("X", "supports", "?", ASSERTED, None)}


def test_dir_needs_the_assertion_first_and_its_absence_after():
    tpl = t("{X} backs {Y}.", ("X", "supports", "Y"), pred="back", neg="{X} does not back {Y}.")
    a = one_case(tpl, X=IRAN, Y=KARSA)
    b = Case(a.construction, 0, tpl, a.fillers, "Iran does not back the Karsa Liberation Front.")
    yes = result(rel("Iran", "supports", "Karsa Liberation Front"))
    denied = result(rel("Iran", "supports", "Karsa Liberation Front", DENIED))
    for ra, rb, ok, leak in ((yes, denied, True, False), (yes, yes, False, True), (result(), denied, False, False)):
        o = check_pair(Pair("DIR", "neg", a, b), {(a.text, a.date): ra, (b.text, b.date): rb})
        assert (o.passed, o.leak) == (ok, leak)
