"""Outbound mail: composition (pure), the outbox table, and transports."""
