"""Generators of sample referrals (forms and emails) for the demo, tests and benchmarks."""
