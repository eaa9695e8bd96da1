#!/usr/bin/env python3
"""Turn a Wikidata-derived file into an actors Turtle file (same as `conflictkg import-wikidata`).

    python scripts/import_wikidata.py result.json -o ontology/actors-wikidata.ttl

Fetch the file where you have a network: run ontology/sources/wikidata-actors.rq on the
Wikidata query service and download the result as JSON (or save Special:EntityData/Q….json
pages, or write a CSV with the columns id,label,aliases,P31,P27,P39,P488). A file named
ontology/actors-*.ttl is part of the shipped gazetteer; any other is passed with `build --actors`.
"""
from conflictkg.cli import app

if __name__ == "__main__":
    import sys
    app(["import-wikidata", *sys.argv[1:]])
