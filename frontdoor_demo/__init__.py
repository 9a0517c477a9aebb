"""The demo (`frontdoor demo`) and the generators of sample referrals it, the tests and
the benchmarks use. Not part of the worker: it needs the `demo` extra (reportlab)."""
