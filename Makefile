# The two commands of the README: `make demo` runs the hall, `make test` proves it.
# Each bootstraps a virtual environment in .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench install dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,build]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/queuedesk demo $(ARGS)

# Two processes, each taking a whole test file at a time (its module fixtures built once);
# ARGS="-n 0" runs everything in one.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile $(ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/scaling.py
	$(BIN)/python benchmarks/writer_turns.py
	$(BIN)/python benchmarks/call_throughput.py
	$(BIN)/python benchmarks/event_latency.py
	$(BIN)/python benchmarks/display_latency.py
	$(BIN)/python benchmarks/voice_loudness.py
	$(BIN)/python benchmarks/rating_read.py
	$(BIN)/python benchmarks/sign_in_timing.py
	$(BIN)/python benchmarks/branch_open_time.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/kiosk_touch.py
	$(BIN)/python benchmarks/web_pages.py
	$(BIN)/python benchmarks/report_speed.py
	$(BIN)/python benchmarks/queue_growth.py --sqlite-only
	$(BIN)/python benchmarks/estimate_accuracy.py
	$(BIN)/python benchmarks/policies.py
	$(BIN)/python benchmarks/head_office.py

# The one-folder frozen build of this machine's platform: dist/queuedesk/ (README, "Installing on a branch PC").
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/queuedesk.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
