# Masseflyt: the two commands are `make run` and `make test` (see README.md).
# Parallelism comes from CMakePresets.json (jobs: 2); these machines have 2 cores, so never more.

SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run
MAKEFLAGS += --no-print-directory

BIN_DEV := build/dev/src/app/masseflyt
NPM_STAMP := node_modules/.package-lock.json

# `make run` settings; each can be overridden from the environment or the command line.
MASSEFLYT_PORT ?= 8080
MASSEFLYT_DATABASE_URL ?= sqlite:var/masseflyt.db
MASSEFLYT_STATIC_DIR ?= web/dist
# Uploaded files (permit documents); seed-demo writes the demo PDFs here and serve reads them.
MASSEFLYT_FILES_DIR ?= var/filer
RUN_ENV := MASSEFLYT_PORT='$(MASSEFLYT_PORT)' MASSEFLYT_DATABASE_URL='$(MASSEFLYT_DATABASE_URL)' \
           MASSEFLYT_STATIC_DIR='$(MASSEFLYT_STATIC_DIR)' MASSEFLYT_FILES_DIR='$(MASSEFLYT_FILES_DIR)'

.PHONY: deps web build run test release asan bench clean

## deps: install missing Debian packages and node_modules (idempotent)
deps:
	bash scripts/install-deps.sh

# npm ci only when node_modules is missing or older than the lock file (npm writes its copy of the
# lock into node_modules on every install); after `make deps` this rule is already satisfied.
$(NPM_STAMP): package-lock.json | deps
	npm ci --no-audit --no-fund
	touch $@

## web: bundle front-end assets with esbuild into web/dist
web: deps $(NPM_STAMP)
	npm run build

## build: everything `make run` needs, debug build
build: deps web
	cmake --preset dev
	cmake --build --preset dev

## run: migrate an embedded SQLite database under var/, load demo data, serve on MASSEFLYT_PORT
run: build
	mkdir -p var
	$(RUN_ENV) $(BIN_DEV) migrate
	$(RUN_ENV) $(BIN_DEV) seed-demo
	@echo "Masseflyt kjører på http://localhost:$(MASSEFLYT_PORT) (Ctrl+C stopper)"
	$(RUN_ENV) exec $(BIN_DEV) serve

## test: build (dev and asan) and run every test suite with a summary
test: deps web
	bash tests/run-all.sh

## release: optimised build in build/release
release: deps web
	cmake --preset release
	cmake --build --preset release

## asan: address and undefined-behaviour sanitizer build in build/asan
asan: deps web
	cmake --preset asan
	cmake --build --preset asan

## bench: our server against nginx on loopback, the site list over 10 000 sites and the listing
## search over 100 000 listings on both
## engines, each with ratios measured in the same run (builds the release preset itself)
bench: deps web
	bash bench/http_vs_nginx.sh
	build/release/bench/registry_sites_list_bench
	build/release/bench/masses_listings_search_bench

## clean: remove build output (keeps var/ with the local database, and node_modules)
clean:
	rm -rf build web/dist
