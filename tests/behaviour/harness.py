"""Machinery of the behavioural suite (CheckList-style: templates x fillers, three test kinds).

- ``C`` a construction (a class of English), ``T`` one of its templates, ``E`` one expected triple.
- ``plan(suite)`` fills every template: MFT cases, INV pairs (real <-> invented names, names
  swapped between slots of one kind) and DIR pairs (the same case negated, hedged or denied).
- ``run(plan, extract)`` reads every distinct text once; ``evaluate`` checks the three kinds;
  ``summarise`` gives pass rates per construction and kind; ``markdown`` renders them.

Nothing here knows how the extractor works: it sees ``extract(text, date)`` and the
``Extraction`` it returns (``relations`` with labels, relation, status and speaker).
"""
from __future__ import annotations

import re
import time
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .fillers import BY_LABEL, POOLS, Actor

DATE = "2024-06-01"  # picks governments and officials in office; every case uses it unless it says otherwise

# Statuses an expectation can ask for.
ASSERTED, DENIED, HEDGED = "Asserted", "Denied", "Hedged"
NOT = "not asserted"  # absent from triples(): no relation, or a denied or hedged one
CLAIMED = "asserted or hedged"  # an accusation's content: present, asserted or hedged, not denied
RELATIONS = ("supports", "opposes", "official_of")
OPPOSITE = {"supports": "opposes", "opposes": "supports"}
KINDS = ("MFT", "INV", "DIR")
GROUPS = ("relation", "official", "status", "precision")


# ------------------------------------------------------------------ the data layer
@dataclass(frozen=True)
class E:
    """An expected triple between two template slots ("X", "supports", "Y")."""
    s: str
    rel: str
    o: str
    status: str = ASSERTED
    speaker: str | None = None  # slot whose actor the relation must be attributed to

    def __post_init__(self):
        assert self.rel in RELATIONS, self.rel
        assert self.status in (ASSERTED, DENIED, HEDGED, NOT, CLAIMED), self.status


@dataclass(frozen=True)
class T:
    """One template: its text, what it must yield, and the predicate it exercises.

    ``neg`` / ``hedge`` / ``deny``: the same sentence negated, hedged or denied (DIR: the
    asserted expectations must leave ``triples()``). ``base``: for a status construction,
    the plain asserting sentence the template is a variant of (DIR runs base -> template).
    ``forbid``: triples that must not be asserted. ``slots``: slot kinds overriding the
    construction's for this template. ``moves``: the expectations a twin takes out of
    ``triples()`` where a presupposition survives the negation ("X did not help Y fight Z"
    still says Y fights Z).
    """
    text: str
    expects: tuple[E, ...] = ()
    pred: str = ""
    neg: str | None = None
    hedge: str | None = None
    deny: str | None = None
    base: str | None = None
    forbid: tuple[tuple[str, str, str], ...] = ()
    slots: dict[str, str] | None = None
    moves: tuple[int, ...] | None = None  # DIR: which expectations the twin takes out (default: the asserted ones)

    @property
    def variants(self) -> dict[str, str]:
        return {k: v for k, v in (("neg", self.neg), ("hedge", self.hedge), ("deny", self.deny)) if v}


def t(text: str, *expects: E | tuple, pred: str, **kw) -> T:
    """Shorthand: expectations as E or as (s, rel, o[, status[, speaker]]) tuples."""
    return T(text, tuple(e if isinstance(e, E) else E(*e) for e in expects), pred, **kw)


@dataclass(frozen=True)
class C:
    """A construction: a class of English with its templates and the kinds of its slots.

    Slot kinds: ``state``, ``group``, ``org``, ``person`` (an official), ``leader`` (a commander),
    joined with ``|``; a trailing ``*`` admits plural names ("the Houthis", object slots only);
    ``state@P`` / ``group@P``: P's own state or group when P is a real person;
    ``new:`` / ``real:`` restrict to invented or to real names.
    """
    name: str
    group: str  # relation | official | status | precision
    doc: str
    slots: dict[str, str]
    templates: tuple[T, ...]
    n: int = 8  # MFT cases
    swaps: int = 4  # INV pairs that swap two slots of the same kind

    def __post_init__(self):
        assert self.group in GROUPS, self.group


# ------------------------------------------------------------------ filling templates
SLOT = re.compile(r"\{([A-Z]\w*)(?:\.(\w+))?(?::([^}]*))?\}")
SENTENCE_START = re.compile(r"(^|[.?!][\"\u201d]?\s+|\n)([\"\u201c]?)([a-z])")


def slot_forms(text: str) -> dict[str, set[tuple[str | None, str | None]]]:
    forms: dict[str, set] = defaultdict(set)
    for m in SLOT.finditer(text):
        forms[m.group(1)].add((m.group(2), m.group(3)))
    return forms


def fill(text: str, fillers: dict[str, Actor]) -> str:
    out = SLOT.sub(lambda m: fillers[m.group(1)].form(m.group(2), m.group(3)), text)
    return SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), out)


def _parse(spec: str) -> tuple[list[str], bool, str | None, bool | None]:
    only = None
    if spec.startswith(("new:", "real:")):
        only = spec.startswith("real:")
        spec = spec.split(":", 1)[1]
    anchor = None
    if "@" in spec:
        spec, anchor = spec.split("@")
    kinds = spec.split("|")
    return [k.rstrip("*") for k in kinds], any(k.endswith("*") for k in kinds), anchor, only


def _anchored(kinds: list[str], anchor: Actor) -> Actor | None:
    if not anchor.real:
        return None
    label = anchor.nation if "state" in kinds else anchor.heads if "group" in kinds else None
    return BY_LABEL.get(label) if label else None


def choose(slots: dict[str, str], texts: Iterable[str], want_real: Callable[[int], bool],
           turns: dict, avoid: Iterable[str] = (), needed: Iterable[str] = (),
           like: dict[str, Actor] | None = None) -> dict[str, Actor]:
    """Fillers for the slots the texts use: slot j real when want_real(j); each pool is walked
    in turn (``turns`` counts the picks per pool, so a construction's cases spread over it).
    ``like``: fillers to vary (INV): keep each slot's kind, avoid their names."""
    forms: dict[str, set] = defaultdict(set)
    for text in texts:
        for name, fs in slot_forms(text).items():
            forms[name] |= fs
    for name in needed:  # slots an expectation names though no text writes them ("President X" -> X's state)
        forms.setdefault(name, set())
    chosen: dict[str, Actor] = {}
    avoid = set(avoid)
    used: set[str] = set()
    for j, (name, spec) in enumerate((n, s) for n, s in slots.items() if n in forms):
        kinds, plural, anchor, only = _parse(spec)
        if like and name in like and like[name].kind in kinds:
            kinds = [like[name].kind]

        def fits(a: Actor) -> bool:
            return (a.key not in used and (plural or not a.plural)
                    and all(a.has(f, d) for f, d in forms[name]))

        pick = _anchored(kinds, chosen[anchor]) if anchor and anchor in chosen else None
        if pick is None or not fits(pick):
            pick = None
            wanted = want_real(j) if only is None else only
            for real in (wanted, not wanted) if only is None else (wanted,):
                pool = [a for k in kinds for a in POOLS[(k, real)] if fits(a) and a.key not in avoid]
                if pool:
                    key = (tuple(kinds), real)
                    turn = turns.setdefault(key, turns["start"])
                    pick = pool[turn % len(pool)]
                    turns[key] = turn + 1
                    break
        if pick is None:
            raise ValueError(f"no filler for slot {name} ({spec}) in {list(texts)}")
        chosen[name] = pick
        used.add(pick.key)
    return chosen


# ------------------------------------------------------------------ the plan: cases and pairs
@dataclass(frozen=True)
class Want:
    s: str  # slot names, for reports
    rel: str
    o: str
    status: str
    subj: tuple[str, ...]  # acceptable labels
    obj: tuple[str, ...]
    speaker: tuple[str, ...] | None


@dataclass
class Case:
    construction: C
    index: int
    template: T
    fillers: dict[str, Actor]
    text: str
    date: str = DATE

    @property
    def wants(self) -> list[Want]:
        f = self.fillers
        return [Want(e.s, e.rel, e.o, e.status, f[e.s].labels, f[e.o].labels,
                     f[e.speaker].labels if e.speaker else None) for e in self.template.expects]

    @property
    def forbids(self) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
        f = self.fillers
        out = [(f[s].labels, rel, f[o].labels) for s, rel, o in self.template.forbid]
        out += [(w.subj, OPPOSITE[w.rel], w.obj) for w in self.wants if w.status == ASSERTED and w.rel in OPPOSITE]
        return out

    @property
    def pred(self) -> str:
        return fill(self.template.pred, self.fillers) if "{" in self.template.pred else self.template.pred

    @property
    def real_mix(self) -> tuple[bool, ...]:
        return tuple(a.real for a in self.fillers.values())


@dataclass
class Pair:
    """INV: two cases that must read alike; DIR: an asserting text and its non-asserting twin."""
    kind: str  # INV | DIR
    how: str  # INV: names / swap; DIR: neg / hedge / deny / status
    a: Case
    b: Case


@dataclass
class Plan:
    cases: list[Case] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)

    def texts(self) -> list[tuple[str, str]]:
        seen = dict.fromkeys((c.text, c.date) for c in self.cases)
        for p in self.pairs:
            seen.update(dict.fromkeys([(p.a.text, p.a.date), (p.b.text, p.b.date)]))
        return list(seen)


def _rot(name: str) -> int:
    return zlib.crc32(name.encode()) % 101


def _swappable(slots: dict[str, str], fillers: dict[str, Actor]) -> tuple[str, str] | None:
    names = [s for s in fillers if s in slots]
    for x, a in enumerate(names):
        for b in names[x + 1:]:
            pa, pb = _parse(slots[a]), _parse(slots[b])
            if pa[0] == pb[0] and not pa[2] and not pb[2] and pa[3] == pb[3]:
                return a, b
    return None


def plan(suite: Iterable[C]) -> Plan:
    out = Plan()
    for c in suite:
        turns, flip_turns = {"start": _rot(c.name)}, {"start": _rot(c.name) + 3}
        for i in range(max(c.n, len(c.templates))):
            tpl = c.templates[i % len(c.templates)]
            slots = {**c.slots, **(tpl.slots or {})}
            texts = [tpl.text, *tpl.variants.values(), *([tpl.base] if tpl.base else [])]
            needed = [x for e in tpl.expects for x in (e.s, e.o, e.speaker) if x]
            fillers = choose(slots, texts, lambda j, i=i: (i + j) % 2 == 0, turns, needed=needed)
            case = Case(c, i, tpl, fillers, fill(tpl.text, fillers))
            out.cases.append(case)
            # INV: every name flipped between real and invented (another name where a kind has one side only)
            flipped = choose(slots, texts, lambda j, i=i: (i + j) % 2 == 1, flip_turns,
                             avoid=[a.key for a in fillers.values()], needed=needed, like=fillers)
            out.pairs.append(Pair("INV", "names", case, Case(c, i, tpl, flipped, fill(tpl.text, flipped))))
            # INV: the names of two slots of the same kind swapped
            pair = _swappable(slots, fillers) if i < c.swaps else None
            if pair:
                a, b = pair
                swapped = {**fillers, a: fillers[b], b: fillers[a]}
                if all(swapped[s].has(f, d) and (not swapped[s].plural or _parse(slots[s])[1])
                       for s in (a, b) for text in texts for f, d in slot_forms(text).get(s, ())):
                    out.pairs.append(Pair("INV", "swap", case, Case(c, i, tpl, swapped, fill(tpl.text, swapped))))
            # DIR: asserting sentence -> negated / hedged / denied twin
            for how, variant in tpl.variants.items():
                out.pairs.append(Pair("DIR", how, case, Case(c, i, tpl, fillers, fill(variant, fillers))))
            if tpl.base:
                out.pairs.append(Pair("DIR", "status", Case(c, i, tpl, fillers, fill(tpl.base, fillers)), case))
    return out


# ------------------------------------------------------------------ running
def run(p: Plan, extract: Callable[[str, str], object], progress: Callable[[int, int], None] | None = None):
    """Read every distinct (text, date) once; returns {(text, date): Extraction} and seconds spent."""
    texts = p.texts()
    t0 = time.perf_counter()
    results = {}
    for k, (text, date) in enumerate(texts):
        results[(text, date)] = extract(text, date)
        if progress:
            progress(k + 1, len(texts))
    return results, time.perf_counter() - t0


# ------------------------------------------------------------------ checking
def fold(name: str | None) -> str:
    """Case, accents, punctuation and a leading 'the' folded away."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"[\u2019']s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def _is(label: str | None, labels: Iterable[str]) -> bool:
    return fold(label) in {fold(x) for x in labels}


def statuses(result, subj, rel, obj, speaker=None) -> set[str]:
    return {r.status for r in result.relations
            if r.relation == rel and _is(r.subject_label, subj) and _is(r.object_label, obj)
            and (speaker is None or r.status != ASSERTED or _is(r.speaker, speaker))}


def satisfied(result, w: Want) -> bool:
    found = statuses(result, w.subj, w.rel, w.obj, w.speaker)
    if w.status == NOT:
        return ASSERTED not in statuses(result, w.subj, w.rel, w.obj)
    if w.status == CLAIMED:
        return bool(found & {ASSERTED, HEDGED})
    return w.status in found


def asserted(result, w: Want) -> bool:
    return ASSERTED in statuses(result, w.subj, w.rel, w.obj)


def shown(result) -> str:
    rels = sorted({(r.subject_label, r.relation, r.object_label, r.status, r.speaker) for r in result.relations})
    return "; ".join(f"{s} {rel} {o} [{st}{', ' + sp if sp else ''}]" for s, rel, o, st, sp in rels) or "nothing"


def abstract(result, fillers: dict[str, Actor]) -> frozenset:
    """The result with actors replaced by their slots (``?`` for an actor no slot holds)."""
    def slot(label):
        if label is None:
            return None
        return next((name for name, a in fillers.items() if _is(label, a.labels)), "?")
    return frozenset((slot(r.subject_label), r.relation, slot(r.object_label), r.status, slot(r.speaker))
                     for r in result.relations)


@dataclass
class Outcome:
    construction: str
    group: str
    kind: str
    how: str
    texts: tuple[str, ...]
    passed: bool
    found: int = 0  # expected positive triples found (MFT)
    total: int = 0
    extras: int = 0  # asserted triples no expectation asked for (MFT)
    leak: bool = False  # DIR: the non-asserting twin still asserts
    detail: str = ""


def check_case(case: Case, result) -> Outcome:
    c = case.construction
    wants = case.wants
    problems = []
    positive = [w for w in wants if w.status != NOT]
    found = 0
    for w in wants:
        if satisfied(result, w):
            found += w.status != NOT
        else:
            problems.append(f"missing {w.s} {w.rel} {w.o} [{w.status}]")
    for subj, rel, obj in case.forbids:
        if ASSERTED in statuses(result, subj, rel, obj):
            problems.append(f"wrongly asserted {subj[0]} {rel} {obj[0]}")
    if c.group == "precision":
        bad = [r for r in result.relations if r.relation != "official_of"]
        if bad:
            problems.append(f"{len(bad)} relation(s) where none is stated")
    extras = sum(1 for r in result.relations if r.status == ASSERTED and not any(
        r.relation == w.rel and _is(r.subject_label, w.subj) and _is(r.object_label, w.obj) for w in wants))
    return Outcome(c.name, c.group, "MFT", "", (case.text,), not problems, found, len(positive), extras,
                   detail="; ".join(problems) + f" -- got: {shown(result)}" if problems else "")


def check_pair(pair: Pair, results) -> Outcome:
    c = pair.a.construction
    ra, rb = results[(pair.a.text, pair.a.date)], results[(pair.b.text, pair.b.date)]
    texts = (pair.a.text, pair.b.text)
    if pair.kind == "INV":
        xa, xb = abstract(ra, pair.a.fillers), abstract(rb, pair.b.fillers)
        ok = xa == xb
        detail = "" if ok else f"first: {shown(ra)} | second: {shown(rb)}"
        return Outcome(c.name, c.group, "INV", pair.how, texts, ok, detail=detail)
    # DIR: the template's expectations, read as asserted, must hold in a and not in b
    chosen = pair.a.template.moves
    moves = [Want(w.s, w.rel, w.o, ASSERTED, w.subj, w.obj, None) for k, w in enumerate(pair.a.wants)
             if (k in chosen if chosen is not None else pair.how == "status" or w.status == ASSERTED)]
    before = all(asserted(ra, w) for w in moves)
    leak = any(asserted(rb, w) for w in moves)
    ok = bool(moves) and before and not leak
    detail = "" if ok else ("asserting text misses it" if not before else "") + \
        (("; " if not before else "") + "still asserted after " + pair.how if leak else "") + \
        f" -- got: {shown(ra)} | {shown(rb)}"
    return Outcome(c.name, c.group, "DIR", pair.how, texts, ok, leak=leak, detail=detail)


def evaluate(p: Plan, results) -> list[Outcome]:
    return [check_case(c, results[(c.text, c.date)]) for c in p.cases] + [check_pair(x, results) for x in p.pairs]


# ------------------------------------------------------------------ summaries
@dataclass
class Stats:
    construction: str
    group: str
    kind: str
    cases: int = 0
    passed: int = 0
    found: int = 0
    total: int = 0
    leaks: int = 0
    extras: int = 0

    @property
    def rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0

    @property
    def recall(self) -> float | None:
        return self.found / self.total if self.total else None


def summarise(outcomes: Iterable[Outcome]) -> dict[tuple[str, str], Stats]:
    out: dict[tuple[str, str], Stats] = {}
    for o in outcomes:
        s = out.setdefault((o.construction, o.kind), Stats(o.construction, o.group, o.kind))
        s.cases += 1
        s.passed += o.passed
        s.found += o.found
        s.total += o.total
        s.leaks += o.leak
        s.extras += o.extras
    return out


def overall(stats: dict[tuple[str, str], Stats]) -> dict[str, float | int]:
    def tot(kind, groups=GROUPS):
        ss = [s for s in stats.values() if s.kind == kind and s.group in groups]
        return ss, sum(s.cases for s in ss), sum(s.passed for s in ss)
    mft, n, k = tot("MFT", ("relation", "official", "status"))
    found, total = sum(s.found for s in mft), sum(s.total for s in mft)
    inv, ni, ki = tot("INV")
    dirs, nd, kd = tot("DIR")
    prec, np_, kp = tot("MFT", ("precision",))
    positive = [s for s in mft if s.total]
    return {
        "constructions": len({s.construction for s in stats.values()}),
        "mft_cases": n, "mft_pass": k / n if n else 0.0,
        "recall": found / total if total else 0.0, "expected_triples": total,
        "constructions_at_zero": sum(1 for s in positive if s.found == 0),
        "extra_asserted": sum(s.extras for s in mft),
        "inv_pairs": ni, "inv_pass": ki / ni if ni else 0.0,
        "dir_pairs": nd, "dir_pass": kd / nd if nd else 0.0, "leaks": sum(s.leaks for s in dirs),
        "precision_cases": np_, "precision_pass": kp / np_ if np_ else 0.0,
    }


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def markdown(stats: dict[tuple[str, str], Stats], order: list[str], wide: bool = False) -> str:
    lines = []
    if wide:
        lines += ["| construction | group | MFT pass | recall | INV pass | DIR pass | leaks |",
                  "|---|---|---|---|---|---|---|"]
        for name in order:
            m, i, d = (stats.get((name, k)) for k in KINDS)
            cell = lambda s: f"{s.passed}/{s.cases} {_pct(s.rate)}" if s else "—"  # noqa: E731
            lines.append(f"| {name} | {m.group} | {cell(m)} | {_pct(m.recall)} | {cell(i)} | {cell(d)} | "
                         f"{d.leaks if d else '—'} |")
    else:
        lines += ["| construction | group | kind | cases | passed | pass rate | recall |",
                  "|---|---|---|---|---|---|---|"]
        for name in order:
            for k in KINDS:
                s = stats.get((name, k))
                if s:
                    lines.append(f"| {name} | {s.group} | {k} | {s.cases} | {s.passed} | {_pct(s.rate)} | "
                                 f"{_pct(s.recall) if k == 'MFT' else '—'} |")
    return "\n".join(lines)
