"""Wikidata-derived files -> the actors Turtle the knowledge base reads (``--actors``).

Wikidata is not reachable from every machine that builds a graph, so the importer reads a
file that a user fetched where they had a network (the query in
``ontology/sources/wikidata-actors.rq``, or entity JSON from Special:EntityData). Three shapes:

- JSON: a list of items, an object with an ``items`` list, or JSON Lines, each item either in
  the simple form ``{"id": "Q..", "label": "..", "aliases": [..], "P31": ["Q5"], "P27": ["Q..."],
  "P39": [{"value": "Q..", "start": "2021-04-20", "end": null}], "P488": [...]}`` or as Wikidata's
  own entity JSON (``labels`` / ``aliases`` / ``claims`` with P580 / P582 qualifiers);
- CSV with the columns ``id,label,aliases,P31,P27,P39,P488``: several values separated by ``|``,
  a dated value as ``Q123@2020-01-01/2021-03-15`` (either date may be empty).

What it writes, per item: the actor's type (P31, through ``ontology/sources/wikidata-classes.csv``;
a human with a position held (P39) or chairing a group (P488) is an Official), its labels, its
Wikidata item, its nationality (P27, matched to the states of the gazetteer by their items),
and, for an armed group, who commands it now (P488 without an end date). IRIs are those of the
gazetteer where it knows the item already, so an import adds names to known actors.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import InputError
from .._resources import ontology_dir
from .._vocab import actor_iri

TYPES = ("State", "Government", "ArmedGroup", "Organization", "Official", "Person")


@dataclass
class Dated:
    value: str
    start: str | None = None
    end: str | None = None


@dataclass
class Item:
    qid: str
    label: str
    aliases: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)  # P31
    citizenship: list[str] = field(default_factory=list)  # P27
    positions: list[Dated] = field(default_factory=list)  # P39
    chairs: list[Dated] = field(default_factory=list)  # P488


def class_table(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Wikidata class (P31 value) -> actor type, from ontology/sources/wikidata-classes.csv."""
    table = {}
    with (ontology_dir() / "sources" / "wikidata-classes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table[row["qid"]] = row["type"]
    table.update(extra or {})
    return table


def _qid(value) -> str:
    if isinstance(value, dict):
        value = value.get("id") or value.get("value") or ""
    value = str(value).strip()
    return value.rsplit("/", 1)[-1]


def _date(value) -> str | None:
    if not value:
        return None
    if isinstance(value, dict):  # Wikidata time value: {"time": "+2021-04-20T00:00:00Z", ...}
        value = value.get("time", "")
    value = str(value).lstrip("+")
    return value[:10] or None


def _dated(values) -> list[Dated]:
    out = []
    for v in values or []:
        if isinstance(v, dict):
            out.append(Dated(_qid(v.get("value") or v.get("id")), _date(v.get("start")), _date(v.get("end"))))
        else:
            out.append(Dated(_qid(v)))
    return out


def _from_entity_json(e: dict) -> Item:
    """Wikidata's own entity JSON."""
    label = (e.get("labels", {}).get("en") or {}).get("value") or e.get("id", "")
    aliases = [a["value"] for a in e.get("aliases", {}).get("en", [])]
    claims = e.get("claims", {})

    def values(prop: str) -> list[Dated]:
        out = []
        for c in claims.get(prop, []):
            snak = c.get("mainsnak", {})
            v = (snak.get("datavalue") or {}).get("value")
            if v is None:
                continue
            q = c.get("qualifiers", {})
            start = next((_date((s.get("datavalue") or {}).get("value")) for s in q.get("P580", [])), None)
            end = next((_date((s.get("datavalue") or {}).get("value")) for s in q.get("P582", [])), None)
            out.append(Dated(_qid(v), start, end))
        return out

    return Item(e["id"], label, aliases, [d.value for d in values("P31")], [d.value for d in values("P27")],
                values("P39"), values("P488"))


def _from_simple(d: dict) -> Item:
    if "claims" in d or "labels" in d:
        return _from_entity_json(d)
    qid = _qid(d.get("id") or d.get("item") or "")
    label = d.get("label") or qid
    aliases = d.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split("|") if a]
    return Item(qid, label, list(aliases), [_qid(v) for v in d.get("P31") or []], [_qid(v) for v in d.get("P27") or []],
                _dated(d.get("P39")), _dated(d.get("P488")))


def _from_sparql(bindings: list[dict]) -> list[Item]:
    """SPARQL JSON results of ontology/sources/wikidata-actors.rq: one row per item and value."""
    items: dict[str, Item] = {}

    def v(row: dict, key: str) -> str | None:
        return row[key]["value"] if key in row else None

    for row in bindings:
        qid = _qid(v(row, "item") or "")
        if not qid:
            continue
        it = items.setdefault(qid, Item(qid, v(row, "itemLabel") or qid))
        for key, target in (("alias", it.aliases), ("class", it.classes), ("citizenship", it.citizenship)):
            value = v(row, key)
            value = value if key == "alias" else (_qid(value) if value else None)
            if value and value not in target:
                target.append(value)
        for key, target in (("position", it.positions), ("chair", it.chairs)):
            value = v(row, key)
            if value:
                d = Dated(_qid(value), _date(v(row, key + "Start")), _date(v(row, key + "End")))
                if d not in target:
                    target.append(d)
    return list(items.values())


def _split_dated(cell: str) -> list[Dated]:
    out = []
    for part in (p.strip() for p in (cell or "").split("|")):
        if not part:
            continue
        value, _, dates = part.partition("@")
        start, _, end = dates.partition("/")
        out.append(Dated(_qid(value), start or None, end or None))
    return out


def read_items(path: str | Path) -> list[Item]:
    """Items from a JSON, JSON Lines or CSV file (see the module's docstring)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Wikidata file {path} does not exist", code="E140") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read Wikidata file {path}: {exc}", code="E141") from exc
    if path.suffix.lower() == ".csv":
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as exc:
            raise InputError(f"{path} is not valid CSV: {exc}", code="E143") from exc
        if not rows or "id" not in rows[0] or "label" not in rows[0]:
            raise InputError(f"{path}: a CSV of items needs the columns id and label (and P31, P27, P39, P488)",
                             code="E143")
        return [Item(_qid(r["id"]), r["label"], [a for a in (r.get("aliases") or "").split("|") if a],
                     [d.value for d in _split_dated(r.get("P31", ""))], [d.value for d in _split_dated(r.get("P27", ""))],
                     _split_dated(r.get("P39", "")), _split_dated(r.get("P488", ""))) for r in rows]
    try:
        data = json.loads(text)
        if isinstance(data, dict) and "results" in data:
            return _from_sparql(data["results"].get("bindings", []))
        records = data.get("items") or list(data.get("entities", {}).values()) if isinstance(data, dict) else data
    except json.JSONDecodeError:
        try:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} is neither JSON nor JSON Lines: {exc.msg} (line {exc.lineno})", code="E142") from exc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(f"{path}: expected a list of items (objects)", code="E142")
    try:
        return [_from_simple(r) for r in records]
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: an item lacks its id or has a malformed value ({exc})", code="E142") from exc


def _lit(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"@en'


def _current(values: Iterable[Dated], on: str | None) -> list[Dated]:
    return [d for d in values if (d.start or "") <= (on or "9999") and (d.end is None or (on is not None and on < d.end))]


@dataclass
class ImportReport:
    turtle: str
    actors: int
    skipped: list[str]  # items whose class maps to no actor type


def import_items(items: list[Item], kb=None, classes: dict[str, str] | None = None, on: str | None = None) -> ImportReport:
    """The actors Turtle for ``items``. ``kb`` (an ``ActorBase``) aligns IRIs and nationalities with
    the gazetteer; ``on`` (ISO date, default: today's holders) picks who commands a group."""
    table = classes or class_table()
    by_item: dict[str, str] = {}
    if kb is not None:
        for a in kb.actors.values():
            for wd in a.wikidata:
                by_item.setdefault(wd.rsplit("/", 1)[-1], a.iri)
    iri_of: dict[str, str] = {}
    types: dict[str, str] = {}
    skipped = []
    for it in items:
        typ = next((table[c] for c in it.classes if c in table), None)
        if typ is None:
            skipped.append(it.qid)
            continue
        if typ == "Person" and (it.positions or any(it.qid in [d.value for d in o.chairs] for o in items)):
            typ = "Official"
        types[it.qid] = typ
        iri_of[it.qid] = by_item.get(it.qid) or actor_iri(it.label)
    lines = ["# GENERATED by `conflictkg import-wikidata` from a Wikidata-derived file -- regenerate, do not edit.",
             "@prefix ckg: <https://w3id.org/conflictkg/ontology#> .",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix schema: <https://schema.org/> .",
             "@prefix wd: <http://www.wikidata.org/entity/> .", ""]
    for it in items:
        if it.qid not in types:
            continue
        iri = iri_of[it.qid]
        props = [f"a ckg:{types[it.qid]}", f"skos:prefLabel {_lit(it.label)}"]
        aliases = [a for a in dict.fromkeys(it.aliases) if a and a != it.label]
        if aliases:
            props.append("skos:altLabel " + ", ".join(_lit(a) for a in aliases))
        props.append(f"skos:exactMatch wd:{it.qid}")
        if types[it.qid] in ("Official", "Person"):
            states = [by_item[c] for c in it.citizenship if c in by_item]
            if states:
                props.append(f"schema:nationality <{states[0]}>")
        if types[it.qid] == "ArmedGroup":
            chair = next((iri_of.get(d.value) or by_item.get(d.value) for d in _current(it.chairs, on)
                          if iri_of.get(d.value) or by_item.get(d.value)), None)
            if chair:
                props.append(f"ckg:commandedBy <{chair}>")
        lines.append(f"<{iri}> " + " ;\n    ".join(props) + " .")
    return ImportReport("\n".join(lines) + "\n", len(types), skipped)


def import_file(path: str | Path, output: str | Path | None = None, *, kb=None, classes: dict[str, str] | None = None,
                on: str | None = None) -> ImportReport:
    """Read a Wikidata-derived file and write (or return) the actors Turtle."""
    report = import_items(read_items(path), kb, classes, on)
    if output is not None:
        try:
            Path(output).write_text(report.turtle, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {output}: {exc.strerror}", code="E144") from exc
    return report


__all__ = ["ImportReport", "Item", "class_table", "import_file", "import_items", "read_items"]
