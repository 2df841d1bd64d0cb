.PHONY: help run test lint bench
help: ## Show this help
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'
run: ## Set up and serve the site with demo content on http://127.0.0.1:8000/
	bin/run
test: ## Set up and run the whole test suite
	bin/test
lint: ## ruff check, format check and the import contracts
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/lint-imports
bench: ## Print the benchmarks' figures
	DJANGO_SETTINGS_MODULE=cms_site.settings.dev .venv/bin/python bench/photo_processing.py
	.venv/bin/python bench/submissions.py
	.venv/bin/python bench/pii.py
	.venv/bin/python bench/moderation.py
	.venv/bin/python bench/pages.py
