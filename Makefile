# Two commands do everything: `make demo` (set up, build the example graph, ask it a
# question) and `make test` (set up, run the test suite). Both create .venv if needed.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= example-kg

.PHONY: demo test install clean

$(BIN)/conflictkg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/conflictkg

demo: install
	rm -rf $(STORE)
	$(BIN)/conflictkg build examples/corpus --store $(STORE)
	$(BIN)/conflictkg query backers-of --param actor="Wagner" --store $(STORE)

# two workers, each test file whole on one (its module fixtures built once); `pytest` alone runs serially
test: install
	$(BIN)/python -m pytest -n 2 --dist loadfile

clean:
	rm -rf $(VENV) $(STORE) kg
