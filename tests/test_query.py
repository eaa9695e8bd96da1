import json

import pytest

from conflictkg import QueryError, format_rows, resolve_query, run_query, saved_queries
from conftest import needs_shared


def rows(kg, name, **params):
    return run_query(kg, resolve_query(name), params)[1]


@needs_shared
@pytest.mark.parametrize("name", ["Khalifa Haftar", "Hifter", "haftar"])
def test_query_backers_of_haftar_by_any_name(libya_kg, name):
    backers = {r["backer"] for r in rows(libya_kg, "backers-of", actor=name)}
    assert "Russia" in backers


@needs_shared
def test_query_backers_of_gna_include_turkey(libya_kg):
    backers = {r["backer"] for r in rows(libya_kg, "backers-of", actor="GNA")}
    assert "Turkey" in backers


@needs_shared
def test_query_officials_of_turkey(libya_kg):
    officials = {r["official"]: r["roles"] for r in rows(libya_kg, "officials-of", actor="Turkey")}
    assert "president" in officials["Recep Tayyip Erdogan"]


@needs_shared
@pytest.mark.parametrize("hostile", ['"} ; DROP ALL ; {', "') } UNION { ?s ?p ?o } #", "Haftar\" . ?x ?y ?z", "{}"])
def test_query_hostile_parameter_is_only_data(libya_kg, hostile):
    # Pasted into the query text, each value would be a syntax error or change the pattern;
    # bound as a literal it is just a name nobody has.
    assert rows(libya_kg, "backers-of", actor=hostile) == []


def test_query_unknown_name_lists_saved_queries():
    with pytest.raises(QueryError, match="backers-of") as err:
        resolve_query("no-such-query")
    assert err.value.code == "E302"


@needs_shared
def test_query_unknown_and_missing_parameters(libya_kg):
    q = resolve_query("backers-of")
    with pytest.raises(QueryError, match="expected: actor"):
        run_query(libya_kg, q, {"actr": "x"})
    with pytest.raises(QueryError, match="needs parameter actor"):
        run_query(libya_kg, q, {})


@needs_shared
def test_query_syntax_error_points_at_line(libya_kg):
    with pytest.raises(QueryError, match=r"error at 2:"):
        run_query(libya_kg, resolve_query("SELECT ?s WHERE {\n ?s ?p }"), {})


def test_query_every_saved_query_documents_its_parameters():
    for q in saved_queries().values():
        assert q.title and q.description, q.name
        assert all(p.example for p in q.params), q.name


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "jsonl"])
def test_query_formats(fmt):
    out = format_rows(["a", "b"], [{"a": "x", "b": "y, z"}], fmt)
    if fmt == "json":
        assert json.loads(out) == [{"a": "x", "b": "y, z"}]
    elif fmt == "jsonl":
        assert json.loads(out.splitlines()[0]) == {"a": "x", "b": "y, z"}
    elif fmt == "csv":
        assert out.splitlines() == ["a,b", 'x,"y, z"']
    elif fmt == "tsv":
        assert out.splitlines() == ["a\tb", "x\ty, z"]
    else:
        assert out.splitlines()[0].split() == ["a", "b"] and "(1 row)" in out


def test_query_contested_shows_a_claim_and_its_denial(tmp_path, extractor):
    from conflictkg import Article, KnowledgeGraph, build_articles
    text = ("Jets over the desert\n\nThe United States says Russia has sent fighter jets to support the Wagner Group "
            "in the east. Russia denies supporting the Wagner Group.")
    build_articles([Article(id="jets", text=text, publisher="Example Wire", date="2024-02-02")], tmp_path / "kg",
                   extractor=extractor)
    with KnowledgeGraph(tmp_path / "kg", read_only=True) as kg:
        found = rows(kg, "contested")
    claims = {(r["conflict"], r["claim"], r["said_by"]) for r in found}
    assert claims == {
        ("asserted and disputed", "Russia supports Wagner Group", "United States"),
        ("asserted and disputed", "Russia supports Wagner Group (denied)", "Example Wire"),
    }
