# Shortcuts for the README's commands (scripts/dev does the work).
.PHONY: demo test bench
demo:
	scripts/dev demo
test:
	scripts/dev test
bench:
	scripts/dev bench
