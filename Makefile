# The two commands of the quick start: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000
AXE := node_modules/axe-core/axe.min.js

.PHONY: site test serve generate check export bench lock clean

site: $(STAMP)  ## set up, generate, build strict, link-check
	$(PY) -m generator build

test: $(STAMP) $(AXE)  ## lint the writer files, then run the whole test suite
	$(PY) -m generator lint
	$(PY) -m pytest -q

serve: $(STAMP)  ## live preview on http://127.0.0.1:$(PORT) (make serve PORT=8001)
	$(PY) -m generator serve --dev-addr 127.0.0.1:$(PORT)

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

bench: $(STAMP)  ## scale benchmark: prints numbers (BENCH_ARGS="--quick", "--sizes 100,1000 --profile")
	$(PY) tests/benchmarks/bench.py $(BENCH_ARGS)

# The project itself is installed (editable) too, so 'mkdocs build' and 'mkdocs serve' find the generator
# (setuptools' notice about folders named like the package is not for writers: silenced).
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet --no-deps --editable .
	touch $(STAMP)

# axe-core, the accessibility checker the browser tests inject into Chromium (package-lock.json pins it).
$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $(AXE)

lock: $(STAMP)  ## re-pin requirements.txt from requirements.in
	$(PY) -m pip install --quiet --upgrade -r requirements.in
	$(PY) -m pip freeze > requirements.txt

clean:
	rm -rf site .cache node_modules docs/articles docs/actors docs/venues docs/chronology docs/.generated.json
