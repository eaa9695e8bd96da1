"""Near-identical sentences across articles form one syndication group, across separate builds too."""
import pytest

import conflictkg
from conflictkg import Article, KnowledgeGraph, resolve_query, run_query
from conflictkg._syndication import SentenceRecord, syndication_groups

WIRE = "Ruritania has sent armoured vehicles to the Freedom Brigade, officials in the capital said on Monday."


@pytest.mark.parametrize(("copy", "same_group"), [
    (WIRE, True),
    ("Ruritania has sent armoured vehicles to the Freedom Brigade, officials in the capital said Monday.", True),
    ("Ruritania has sent armoured vehicles to the Freedom Brigade, officials said on Monday.", True),
    ("The Freedom Brigade received Ruritanian armour last week, according to a monitoring group.", False),
])
def test_syndication_groups_near_copies_only(copy, same_group):
    groups = syndication_groups([SentenceRecord("urn:a", "a", "2024-01-01", WIRE),
                                 SentenceRecord("urn:b", "b", "2024-01-02", copy)])
    assert groups["urn:a"] == "urn:a"
    assert (groups["urn:b"] == "urn:a") is same_group


def test_syndication_group_is_the_earliest_report():
    groups = syndication_groups([SentenceRecord("urn:late", "z", "2024-03-01", WIRE),
                                 SentenceRecord("urn:early", "y", "2024-02-01", WIRE),
                                 SentenceRecord("urn:undated", "a", "", WIRE)])
    assert set(groups.values()) == {"urn:early"}


def _article(doc_id, publisher, date, text):
    return Article(id=doc_id, text=text, title="", publisher=publisher, date=date, source=doc_id + ".jsonl")


def test_syndication_reprint_built_later_counts_once(tmp_path, extractor):
    store = tmp_path / "kg"
    body = "Wire headline\n\n" + "Egypt backs the Libyan National Army, a spokesman said on Tuesday."
    conflictkg.build_articles([_article("wire", "Wire Agency", "2024-05-01", body)], store, extractor=extractor)
    conflictkg.build_articles([_article("reprint", "Daily Paper", "2024-05-02", body.replace("said on", "said"))],
                              store, extractor=extractor)
    with KnowledgeGraph(store, read_only=True) as kg:
        table = run_query(kg, resolve_query("corroboration"), {})[1]
    row = next(r for r in table if r["subject"] == "Egypt" and r["object"] == "Libyan National Army")
    assert (row["independent"], row["mentions"], row["documents"]) == ("1", "2", "2")
    assert set(row["publishers"].split(", ")) == {"Daily Paper", "Wire Agency"}
