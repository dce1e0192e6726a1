# The two commands a newcomer needs: `make run` and `make test`.
# Both install what is missing (scripts/bootstrap) and build first.
BUILD ?= build
DATA ?= var
LISTEN ?= 127.0.0.1:8080

.PHONY: all bootstrap build run test test-a11y bench fuzz clean

all: build

bootstrap:
	@scripts/bootstrap

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja

# The build's wall time is printed, as CI's log has no other clock.
build: bootstrap $(BUILD)/build.ninja
	@start=$$(date +%s); ninja -C $(BUILD) && echo "build: done in $$(( $$(date +%s) - start )) s"

run: build
	$(BUILD)/jamt --data $(DATA) serve --listen $(LISTEN) --demo

test: build
	scripts/test

# The longer accessibility run (docs/accessibility-tests.md): every page of
# tests/browser/pages.mjs for every role, in Swedish and English, and every
# URL of /sitemap.xml. `make test` checks one page per route.
test-a11y: build
	cd tests/browser && JAMT_A11Y_FULL=1 JAMT_BINARY=$(CURDIR)/$(BUILD)/jamt node --test a11y_pages.test.mjs

bench: build
	scripts/bench

fuzz: bootstrap
	scripts/fuzz

clean:
	rm -rf $(BUILD) build-fuzz
