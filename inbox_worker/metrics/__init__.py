"""Prometheus metrics of the worker, read from the store at each scrape (as `frontdoor
health` reads it) and from the reader pool's counts; never personal data."""
