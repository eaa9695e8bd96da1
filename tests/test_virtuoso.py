"""The saved queries on a real Virtuoso (Debian's virtuoso-opensource-7-bin), started on loopback here.

One server for the module, filled twice: by `push` to /sparql-graph-crud-auth (Digest
authentication), then -- emptied -- by Virtuoso's bulk loader (ld_dir + rdf_loader_run) from
the N-Quads export. Both times it must answer every saved query with the local store's rows.
"""
import shutil
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conflictkg import KnowledgeGraph, RemoteGraph, export, push, resolve_query, run_query
from conftest import needs_shared
from test_remote import free_port

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
pytestmark = [needs_shared, pytest.mark.skipif(
    VIRTUOSO is None or ISQL is None,
    reason="Virtuoso is not installed (Debian: apt-get install virtuoso-opensource-7-bin; .ci/run installs it)")]

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {d}

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


def _start(folder):
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=sql, http=http))
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (folder / "virtuoso.log").read_text(errors="replace")[-800:]
            pytest.skip(f"Virtuoso did not start: {log}")
        try:
            urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=2).read()
            return process, sql, base
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    process.terminate()
    pytest.skip("Virtuoso did not answer within 90 s")


def _isql(port: int, statement: str) -> str:
    r = subprocess.run([ISQL, str(port), "dba", "dba", f"exec={statement}"], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0 and "Error" not in r.stdout, r.stdout + r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """One Virtuoso for the module: filled by push first, then emptied and bulk-loaded."""
    folder = tmp_path_factory.mktemp("virtuoso")
    process, sql, base = _start(folder)
    try:
        yield folder, sql, base
    finally:
        process.terminate()
        process.wait(30)


@pytest.fixture(scope="module")
def virtuoso_pushed(virtuoso, libya_store):
    _, _, base = virtuoso
    # SPARQL_UPDATE for dba over the Graph Store Protocol, which Virtuoso guards with Digest
    with KnowledgeGraph(libya_store, read_only=True) as kg:
        report = push(kg, base.replace("http://", "http://dba:dba@") + "/sparql-graph-crud-auth",
                      replace=True, batch_size=2000)
    return base, report


@pytest.fixture(scope="module")
def virtuoso_loaded(virtuoso, libya_store):
    folder, sql, base = virtuoso
    with KnowledgeGraph(libya_store, read_only=True) as kg:
        export(kg, folder / "kg.nq", "nquads", with_ontology=True)
    # whatever the push put there goes first: the bulk loader alone fills the store
    _isql(sql, "DELETE FROM DB.DBA.RDF_QUAD; "
               f"ld_dir('{folder}', 'kg.nq', 'https://w3id.org/conflictkg/id/graph/default'); "
               "rdf_loader_run(); checkpoint;")
    return base


SAVED = [
    ("backers-of", {"actor": "Hifter"}), ("opponents-of", {"actor": "Haftar"}), ("officials-of", {"actor": "Turkey"}),
    ("actor-profile", {"actor": "Ankara"}), ("evidence", {"subject": "Turkey", "relation": "supports", "object": "GNA"}),
    ("corroboration", {}), ("proxy-network", {"actor": "GNA"}), ("timeline", {}), ("contested", {}),
    ("timeline", {"actor": "Moscow"}), ("actors", {}), ("actors", {"type": "armed group"}), ("sources", {}),
    ("alliances", {}),
]


@pytest.mark.parametrize(("name", "params"), SAVED)
def test_virtuoso_after_push_answers_like_the_local_store(virtuoso_pushed, libya_kg, name, params):
    base, _ = virtuoso_pushed
    query = resolve_query(name)
    assert run_query(RemoteGraph(base + "/sparql"), query, params) == run_query(libya_kg, query, params)


@pytest.mark.parametrize(("name", "params"), SAVED)
def test_virtuoso_after_bulk_load_answers_like_the_local_store(virtuoso_loaded, libya_kg, name, params):
    query = resolve_query(name)
    assert run_query(RemoteGraph(virtuoso_loaded + "/sparql"), query, params) == run_query(libya_kg, query, params)


def test_virtuoso_push_used_digest_and_sent_every_quad(virtuoso_pushed, libya_kg):
    _, report = virtuoso_pushed
    assert report.triples == sum(1 for _ in libya_kg.quads())
    # without credentials the endpoint refuses: the push above got in through Digest
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(virtuoso_pushed[0] + "/sparql-graph-crud-auth?graph=urn:x",
                                                      data=b"<urn:a> <urn:b> <urn:c> .", method="POST"))
    assert refused.value.code == 401
    assert "digest" in refused.value.headers.get("WWW-Authenticate", "").lower()
