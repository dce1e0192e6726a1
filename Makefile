# The two commands a newcomer needs: `make run` and `make test`.
# Both install what is missing (scripts/bootstrap) and build first.
BUILD ?= build
DATA ?= var
LISTEN ?= 127.0.0.1:8080

.PHONY: all bootstrap build run test bench fuzz clean

all: build

bootstrap:
	@scripts/bootstrap

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja

build: bootstrap $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	$(BUILD)/jamt --data $(DATA) serve --listen $(LISTEN) --demo

test: build
	scripts/test

bench: build
	scripts/bench

fuzz: bootstrap
	scripts/fuzz

clean:
	rm -rf $(BUILD) build-fuzz
