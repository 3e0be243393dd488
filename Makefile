# Two commands do the whole set-up on a fresh machine:
#   make run    install into .venv and start the workbench (template backend when no model loads)
#   make test   install into .venv (with test tools) and run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
# torch==2.13.0 is the CPU wheel on our dev/CI disks and the CUDA wheel from PyPI on a GPU box;
# an already installed torch in the requirements' range is kept.
TORCH := torch==2.13.0

.PHONY: run test lint install bench-guard bench-retrieval bench-chain

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -c "import torch" 2>/dev/null || $(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/streamlit run app.py

test: $(VENV)/.installed
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check crm_core tests bench app.py pages ui
	$(VENV)/bin/ruff format --check crm_core tests bench app.py pages ui
