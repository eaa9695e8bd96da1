"""The ontology and gazetteer files: they load, every term is documented, the gazetteer is sane."""
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from conflictkg import ActorBase
from conflictkg._resources import actor_files, ontology_file, shapes_file

CKG = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")


@pytest.mark.parametrize("path", [ontology_file(), shapes_file(), *actor_files()], ids=lambda p: p.name)
def test_ontology_files_load_in_rdflib_and_pyoxigraph(path):
    assert len(rdflib.Graph().parse(path, format="turtle")) == len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) > 0


def test_ontology_every_term_has_label_and_definition():
    g = rdflib.Graph().parse(ontology_file(), format="turtle")
    terms = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, t)
             if str(s).startswith(str(CKG))}
    assert len(terms) > 25
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, SKOS.definition) is not None, term
    assert g.value(rdflib.URIRef("https://w3id.org/conflictkg/ontology"), OWL.versionInfo) is not None


def test_ontology_support_and_opposition_have_subproperties():
    g = rdflib.Graph().parse(ontology_file(), format="turtle")
    assert {CKG.supportsMilitarily, CKG.supportsPolitically, CKG.supportsFinancially, CKG.alliedWith} <= set(g.subjects(RDFS.subPropertyOf, CKG.supports))
    assert {CKG.fights, CKG.condemns, CKG.threatens, CKG.rivalOf} <= set(g.subjects(RDFS.subPropertyOf, CKG.opposes))


@pytest.mark.parametrize("name,label", [
    ("Ankara", None), ("Turkey", "Turkey"), ("UAE", "United Arab Emirates"), ("Britain", "United Kingdom"),
    ("Hifter", "Khalifa Haftar"), ("al-Shabab", "al-Shabaab"), ("U.N.", "United Nations"), ("Burma", "Myanmar"),
])
def test_ontology_gazetteer_names(name, label):
    from conflictkg._vocab import norm_name
    kb = ActorBase.load()
    iri = kb.by_name.get(norm_name(name))
    assert (kb.actors[iri].label if iri else None) == label


def test_ontology_gazetteer_states_have_demonym_seat_and_wikidata():
    kb = ActorBase.load()
    states = [a for a in kb.actors.values() if a.type == "State"]
    assert len(states) >= 193
    turkey = kb.actors[kb.by_name["turkey"]]
    assert ("Turkish" in turkey.demonyms, "Ankara" in turkey.seats, turkey.wikidata) == (True, True, ["http://www.wikidata.org/entity/Q43"])
    assert sum(1 for s in states if s.wikidata) >= 190
