"""The CLI end to end, as a user runs it: real subprocesses, real store on disk."""
import json
import re
import subprocess
import sys

import pytest

from conflictkg.cli import app
from conftest import EXAMPLES, ROOT

CLI = [sys.executable, "-m", "conflictkg"]


def run(*args, cwd=None):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "kg"
    r = run("build", EXAMPLES, "--store", path)
    assert r.returncode == 0, r.stderr
    assert "2 documents" in r.stderr
    return path


def test_cli_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"conflictkg {name}" in readme, name


def test_cli_query_prints_a_table(store):
    r = run("query", "backers-of", "--param", "actor=Wagner", "--store", store)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].split()[0] == "backer" and "Russia" in r.stdout


def test_cli_query_json(store):
    r = run("query", "officials-of", "-p", "actor=Russia", "-f", "json", "--store", store)
    assert json.loads(r.stdout)[0]["official"] == "Sergei Lavrov"


def test_cli_query_limit_gives_the_first_rows_and_says_there_are_more(store):
    every = json.loads(run("query", "timeline", "-f", "json", "--store", store).stdout)  # no default limit
    assert len(every) > 3
    first = run("query", "timeline", "-f", "json", "--limit", "3", "--store", store)
    assert first.returncode == 0 and json.loads(first.stdout) == every[:3]  # the first in the query's order
    assert "note: the first 3 rows; there are more" in first.stderr
    table = run("query", "timeline", "--limit", "2", "--store", store)
    assert len(table.stdout.splitlines()) == 2 + 3 and "--limit 0 for every row" in table.stderr  # header, rule, count
    exact = run("query", "timeline", "-f", "json", "--limit", str(len(every)), "--store", store)
    assert json.loads(exact.stdout) == every and "note:" not in exact.stderr
    assert json.loads(run("query", "timeline", "-f", "json", "-n", "0", "--store", store).stdout) == every


def test_cli_queries_lists_saved_queries():
    r = run("queries")
    assert r.returncode == 0 and re.search(r"^backers-of: ", r.stdout, re.M)


def test_cli_export_and_claims(store, tmp_path):
    r = run("export", "--format", "turtle", "--output", tmp_path / "kg.ttl", "--store", store)
    assert r.returncode == 0, r.stderr
    import rdflib
    assert len(rdflib.Graph().parse(tmp_path / "kg.ttl")) > 100
    r = run("claims", "--store", store, "--output", tmp_path / "c.jsonl")
    claims = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text().splitlines()]
    assert any(c["subject"] == "Russia" and c["object"] == "Wagner Group" for c in claims)


def test_cli_validate_ok(store):
    r = run("validate", "--store", store)
    assert r.returncode == 0 and "conforms" in r.stdout


@pytest.mark.parametrize("args,code,pattern", [
    (["query", "no-such-query"], 5, r"unknown query 'no-such-query'"),
    (["query", "actor"], 5, r"unknown query 'actor'; did you mean 'actors'\?"),
    (["query", "backers-of"], 5, r"needs parameter actor"),
    (["query", "SELECT ?s WHERE { ?s ?p }"], 5, r"SPARQL syntax error"),
    (["query", "backers-of", "-p", "actor=x", "-f", "xml"], 5, r"unknown output format"),
    (["export", "--format", "csv"], 6, r"unknown format 'csv'"),
])
def test_cli_bad_requests_give_one_error_line(store, args, code, pattern):
    r = run(*args, "--store", store)
    assert r.returncode == code
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and re.search(pattern, lines[0]), r.stderr


@pytest.mark.parametrize("content,pattern", [
    (b"", "is empty"),
    (b"\x00\x01\x02binary", "binary file"),
    ("na\u00efve".encode("latin-1"), "not UTF-8"),
])
def test_cli_build_bad_input_leaves_store_untouched(store, tmp_path, content, pattern):
    before = run("export", "-f", "nquads", "--store", store).stdout
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    r = run("build", bad, "--store", store)
    assert r.returncode == 3
    assert len(r.stderr.strip().splitlines()) == 1 and pattern in r.stderr
    assert run("export", "-f", "nquads", "--store", store).stdout == before


def test_cli_missing_store_is_one_line(tmp_path):
    r = run("query", "backers-of", "-p", "actor=x", "--store", tmp_path / "none")
    assert r.returncode == 4 and "no store at" in r.stderr


def test_cli_user_actors_file_changes_resolution(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Brief\n\nThe Zarvani Brigade backs Vostania.", encoding="utf-8")
    actors = tmp_path / "mine.ttl"
    actors.write_text(
        "@prefix ckg: <https://w3id.org/conflictkg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/conflictkg/id/actor/Vostania> a ckg:State ; skos:prefLabel \"Vostania\"@en .\n"
        "<https://w3id.org/conflictkg/id/actor/Zarvani_Brigade> a ckg:ArmedGroup ; skos:prefLabel \"Zarvani Brigade\"@en .\n",
        encoding="utf-8")
    r = run("build", article, "--store", tmp_path / "kg", "--actors", actors)
    assert r.returncode == 0, r.stderr
    claims = run("claims", "--store", tmp_path / "kg").stdout
    c = json.loads(claims.splitlines()[0])
    assert (c["subject"], c["relation"], c["object"], c["object_type"]) == ("Zarvani Brigade", "supports", "Vostania", "State")


def test_cli_config_file_sets_store_and_queries(store, tmp_path):
    mine = tmp_path / "team-queries"
    mine.mkdir()
    (mine / "all-backers.rq").write_text(
        "# title: All backers\n# description: Every support statement.\n"
        "SELECT DISTINCT ?s ?o WHERE { ?s ckg:supports ?o } ORDER BY ?s ?o\n", encoding="utf-8")
    (tmp_path / "conflictkg.toml").write_text(f'store = "{store}"\nqueries = "team-queries"\n', encoding="utf-8")
    listed = run("queries", cwd=tmp_path)
    assert "all-backers: Every support statement." in listed.stdout
    r = run("query", "all-backers", "-f", "csv", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "s,o" and "Russia" in r.stdout


@pytest.mark.parametrize("content,pattern", [
    ("store = [1, 2]\n", "must be a path string"),
    ("stor = \"kg\"\n", "unknown setting stor"),
    ("store = \n", "not valid TOML"),
])
def test_cli_bad_config_is_one_line(tmp_path, content, pattern):
    (tmp_path / "conflictkg.toml").write_text(content, encoding="utf-8")
    r = run("query", "backers-of", "-p", "actor=x", cwd=tmp_path)
    assert r.returncode == 3
    assert len(r.stderr.strip().splitlines()) == 1 and pattern in r.stderr


def test_cli_query_for_a_misspelt_actor_suggests_names(store):
    r = run("query", "backers-of", "-p", "actor=Wagnr Group", "--store", store)
    assert r.returncode == 0 and "(0 rows)" in r.stdout
    assert "no actor in the store is named 'Wagnr Group'; did you mean 'Wagner Group'" in r.stderr


@pytest.mark.parametrize("args", [["--help"], ["query", "sources"], ["export", "-f", "nquads"]])
def test_cli_commands_that_parse_no_text_start_without_spacy(store, args):
    # spaCy takes most of a second to import: only `build` (and the extraction API) may load it
    code = ("import sys\nfrom conflictkg.cli import app\n"
            "try:\n    app(sys.argv[1:], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules and 'dask' not in sys.modules, 'spacy or dask imported'\n"
            # nor rdflib (validate's), numpy (a build's), pydantic (typer's coercion of numbers: cli.py)
            "from conflictkg.cli import PLAIN_VALUES_WITHOUT_PYDANTIC as plain\n"
            "heavy = ('rdflib', 'numpy', 'pydantic') if plain else ('rdflib', 'numpy')\n"
            "loaded = [m for m in heavy if m in sys.modules]\n"
            "assert not loaded, loaded\n")
    extra = [] if args == ["--help"] else ["--store", str(store)]
    r = subprocess.run([sys.executable, "-c", code, *args, *extra], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("args", [["--version"], ["version"]])
def test_cli_version_names_the_package_and_the_model(args):
    from importlib import metadata

    import conflictkg
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"conflictkg {conflictkg.__version__} (spaCy {metadata.version('spacy')}, model en_core_web_sm")
    assert len(r.stdout.splitlines()) == 1


@pytest.mark.parametrize("args,message", [
    (["--versio"], "error: No such option: --versio; did you mean --version? (try 'conflictkg --help')"),
    (["query"], "error: Missing argument 'name' (try 'conflictkg query --help')"),
    (["query", "sources", "--bogus"], "error: No such option: --bogus (try 'conflictkg query --help')"),
    (["graph", "--hops", "-1"], "error: Invalid value for '--hops': "),
    (["frobnicate"], "error: No such command 'frobnicate' (try 'conflictkg --help')"),
])
def test_cli_usage_errors_are_one_line_and_exit_2(args, message):
    r = run(*args)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith(message), r.stderr
    assert "╭" not in r.stderr and not r.stdout


def test_cli_query_json_gives_counts_as_numbers(store):
    r = run("query", "sources", "-f", "json", "--store", store)
    found = json.loads(r.stdout)
    assert found and all(isinstance(row["statements"], int) and isinstance(row["denied_or_hedged"], int) for row in found)
    assert all(isinstance(row["document"], str) for row in found)


def test_cli_build_export_and_push_report_the_same_figures(tmp_path):
    from conflictkg import KnowledgeGraph
    from conflictkg._serve import oxigraph_binary
    from test_remote import free_port, wait_for

    built = run("build", EXAMPLES, "--store", tmp_path / "kg")
    assert built.returncode == 0, built.stderr
    with KnowledgeGraph(tmp_path / "kg", read_only=True) as kg:
        size = kg.size()
    assert size.quads and size.graphs and size.ontology
    data = f"{size.quads:,} quads of data in {size.graphs} graphs (+ {size.ontology:,} of the ontology)"
    assert f"the store holds {data} in " in built.stderr.splitlines()[-1]

    exported = run("export", "-f", "nquads", "-o", tmp_path / "kg.nq", "--store", tmp_path / "kg")
    assert exported.returncode == 0 and not exported.stdout
    assert exported.stderr == f"wrote {tmp_path / 'kg.nq'} (nquads): {size.quads:,} quads in {size.graphs} graphs\n"
    assert len((tmp_path / "kg.nq").read_text(encoding="utf-8").splitlines()) == size.quads
    exported = run("export", "--store", tmp_path / "kg")
    assert exported.stdout.startswith("@prefix") and \
        re.fullmatch(r"wrote stdout \(turtle\): [\d,]+ triples, the union of \d+ graphs\n", exported.stderr)

    port = free_port()
    server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
                               "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(f"http://127.0.0.1:{port}/query", server)
        pushed = run("push", f"http://127.0.0.1:{port}/store", "--store", tmp_path / "kg")
    finally:
        server.terminate()
        server.wait(10)
    assert pushed.returncode == 0, pushed.stderr
    assert f"pushed {size.quads + size.ontology:,} triples in {size.graphs + 1} graph(s) (the store's {data}) with " \
        in pushed.stderr
