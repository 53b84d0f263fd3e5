# compiler_lab — set-up, main job, tests. Every target installs what it needs into .venv.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# pip finds the CPU wheel of torch on this disk; keep torch pinned in every install.
PINS   := torch==2.13.0 torch-mlir==20261001 iree-base-compiler==3.13.0 iree-base-runtime==3.13.0 \
          iree-turbine==3.9.0 jax==0.10.2 jaxlib==0.10.2

.PHONY: setup run test lint bench examples clean

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check $(PINS)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]' $(PINS)
	touch $(STAMP)

# The main job: the examples through every backend, then a 3-minute fuzz campaign on the
# default backends, its report and triage list, and the shipped cost model's prediction for
# one IREE dispatch of a graph the campaign tested. Findings (exit 1) are results, not
# failures of the job.
run: setup
	$(VENV)/bin/clab run corpora/examples --backends aot_eager,inductor,torch-mlir,iree -o out/run; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc
	$(VENV)/bin/clab fuzz --budget 3m --workers 2 --backends inductor,torch-mlir,iree \
	  --store out/campaign.db --seed $$(date +%Y%m%d)
	$(VENV)/bin/clab report out/campaign.db -o out/report.html
	$(VENV)/bin/clab triage list out/campaign.db
	$(VENV)/bin/clab cost sample out/campaign.db
	$(VENV)/bin/clab cost tune corpora/examples/matmul_chain.json -k 2 --candidates 8 -o out/tune

test: setup
	$(PY) -m pytest -q -x --durations=15

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: setup
	$(PY) tools/bench/lab.py
	$(PY) tools/bench/gen.py
	$(PY) tools/bench/rules.py
	$(PY) tools/bench/measure.py
	$(PY) tools/bench/campaign.py
	$(PY) tools/bench/triage.py
	$(PY) tools/bench/cost_models.py
	$(PY) tools/bench/serve.py

examples: setup
	$(PY) tools/make_examples.py corpora/examples

clean:
	rm -rf $(VENV) out .pytest_cache
