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


@pytest.mark.parametrize("name,close", [("actor", "'actors'"), ("backer-of", "'backers-of'"), ("Timeline", "'timeline'")])
def test_query_unknown_name_suggests_the_closest(name, close):
    with pytest.raises(QueryError, match=f"unknown query '{name}'; did you mean {close}\\? \\(saved queries: actor-profile, "):
        resolve_query(name)


def test_query_unknown_name_without_a_close_one_suggests_nothing():
    with pytest.raises(QueryError) as err:
        resolve_query("no-such-query")
    assert "did you mean" not in str(err.value)


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


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_query_json_writes_typed_literals_as_numbers_and_booleans(example_store, fmt):
    from conflictkg import KnowledgeGraph
    sparql = ('SELECT (COUNT(*) AS ?n) (0.92 AS ?confidence) ("2.5e0"^^xsd:double AS ?d) (true AS ?flag) '
              '("7" AS ?text) ("x"^^xsd:integer AS ?bad) ("NaN"^^xsd:double AS ?nan) (<https://example.org/a> AS ?iri) '
              'WHERE { VALUES ?v { 1 2 3 } }')
    with KnowledgeGraph(example_store, read_only=True) as kg:
        columns, found = run_query(kg, resolve_query(sparql))
        asked = run_query(kg, resolve_query("ASK { ?s ?p ?o }"))
    out = format_rows(columns, found, fmt)
    row = json.loads(out.splitlines()[0]) if fmt == "jsonl" else json.loads(out)[0]
    assert row == {"n": 3, "confidence": 0.92, "d": 2.5, "flag": True, "text": "7", "bad": "x", "nan": "NaN",
                   "iri": "https://example.org/a"}
    assert json.loads(format_rows(*asked, "json")) == [{"result": True}]
    # the other formats show the values as the query gave them
    assert format_rows(columns, found, "csv").splitlines()[1] == "3,0.92,2.5,true,7,x,NaN,https://example.org/a"
    assert format_rows(*asked, "tsv").splitlines() == ["result", "true"]


def test_query_endpoint_results_keep_their_datatypes():
    from conflictkg._remote import _solutions
    xsd = "http://www.w3.org/2001/XMLSchema#"
    columns, found = _solutions({"head": {"vars": ["n", "s"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "12", "datatype": xsd + "integer"}, "s": {"type": "literal", "value": "12"}}]}})
    assert json.loads(format_rows(columns, found, "json")) == [{"n": 12, "s": "12"}]
    assert json.loads(format_rows(*_solutions({"head": {}, "boolean": False}), "json")) == [{"result": False}]


def test_query_table_keeps_the_tail_of_a_long_iri():
    iri = "https://w3id.org/conflictkg/id/actor/Government_of_National_Accord_of_Libya"
    long_word = "Supercalifragilisticexpialidocious_and_then_some_more_text_here"
    prose = "The quick brown fox jumps over the lazy dog and keeps running far away"
    out = format_rows(["a"], [{"a": iri}, {"a": long_word}, {"a": prose}], "table", width=48)
    cells = [line.rstrip() for line in out.splitlines()[2:5]]
    assert cells[0] == "…/actor/Government_of_National_Accord_of_Libya"
    assert cells[1] == long_word[:47] + "…"
    assert cells[2] == "The quick brown fox jumps over the lazy dog and…"
    assert all(len(c) <= 48 for c in cells)
    assert format_rows(["a"], [{"a": iri}], "csv").splitlines()[1] == iri  # only the table shortens


# -- the first rows of a query in article order (``# first-rows: VALUES ?document``) --------------------

_ARTICLE_ORDER_QUERY = """# title: claims in article order
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX ex: <https://example.org/>
SELECT ?date ?document ?claim
WHERE {
  {
    # first-rows: VALUES ?document
    GRAPH ?g { ?doc dcterms:identifier ?document ; ex:claim ?claim }
    OPTIONAL { GRAPH ?dated { ?doc dcterms:date ?date } }
  }
}
ORDER BY ?date ?document ?claim
"""


def _articles_store(path, dates_and_claims):
    """A store of article graphs: an identifier, a date (None: undated; a tuple: several) and that many claims each."""
    import pyoxigraph as ox

    dc, ex = "http://purl.org/dc/terms/", "https://example.org/"
    store = ox.Store(str(path))
    for i, (date, claims) in enumerate(dates_and_claims):
        doc, g = ox.NamedNode(f"{ex}doc/{i}"), ox.NamedNode(f"{ex}graph/{i}")
        store.add(ox.Quad(doc, ox.NamedNode(dc + "identifier"), ox.Literal(f"article-{i:03d}"), g))
        for day in (date if isinstance(date, tuple) else () if date is None else (date,)):
            store.add(ox.Quad(doc, ox.NamedNode(dc + "date"),
                              ox.Literal(day, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")), g))
        for c in range(claims):
            store.add(ox.Quad(doc, ox.NamedNode(ex + "claim"), ox.Literal(f"claim {c} of {i}"), g))
    store.flush()
    del store


def test_first_rows_of_a_query_in_article_order_are_those_of_the_whole_answer(tmp_path):
    from conflictkg import KnowledgeGraph
    from conflictkg._query import SavedQuery

    # 60 articles: shared dates, undated ones (first in SPARQL's order), some that make no claim, one that
    # makes many (more rows than the first guess of articles gives), one dated twice (its rows come twice:
    # early and last of all, after articles that are not among the earliest)
    plan = [(None if i % 17 == 0 else f"2021-{1 + i % 5:02d}-{1 + i % 3:02d}", 0 if i % 7 == 3 else 1 + i % 4)
            for i in range(60)]
    plan[10] = ("2021-01-01", 40)
    plan[11] = (("2020-06-01", "2030-01-01"), 30)
    _articles_store(tmp_path / "kg", plan)
    query = SavedQuery.from_text("ordered", _ARTICLE_ORDER_QUERY)
    with KnowledgeGraph(tmp_path / "kg", read_only=True) as kg:
        texts = []
        real = kg.query
        kg.query = lambda text, bindings=None: texts.append(text) or real(text, bindings)
        _, every = run_query(kg, query)
        assert len(every) == sum(n * (len(d) if isinstance(d, tuple) else 1) for d, n in plan)
        for limit in [*range(1, 130), len(every) - 1, len(every), len(every) + 3]:
            texts.clear()
            assert run_query(kg, query, limit=limit)[1] == every[:limit], limit
            # the small pages are read from the earliest articles only
            assert limit > 30 or any("VALUES ?document {" in t for t in texts), limit


def test_first_rows_need_the_mark_and_no_parameters(tmp_path):
    from conflictkg import KnowledgeGraph
    from conflictkg._query import SavedQuery

    _articles_store(tmp_path / "kg", [(f"2022-03-{1 + i % 9:02d}", 2) for i in range(40)])
    unmarked = SavedQuery.from_text("plain", _ARTICLE_ORDER_QUERY.replace("# first-rows: VALUES ?document", ""))
    with_param = SavedQuery.from_text("param", _ARTICLE_ORDER_QUERY.replace(
        "# title: claims in article order", "# param: who = x -- someone (optional)").replace(
        "SELECT ?date", "SELECT ?who ?date"))
    with KnowledgeGraph(tmp_path / "kg", read_only=True) as kg:
        texts = []
        real = kg.query
        kg.query = lambda text, bindings=None: texts.append(text) or real(text, bindings)
        every = run_query(kg, unmarked)[1]
        assert run_query(kg, unmarked, limit=3)[1] == every[:3]
        assert run_query(kg, with_param, {"who": "y"}, limit=3)[1] == every[:3]
        assert not any("VALUES ?document {" in t for t in texts)
        run_query(kg, with_param, limit=3)  # an optional parameter left out: the first rows are read first
        assert any("VALUES ?document {" in t for t in texts)
