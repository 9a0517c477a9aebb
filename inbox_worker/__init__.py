"""The worker: rooms for the command line, casework, the worker core, reading, Microsoft 365,
settings, the store, mailboxes and outbound mail (see ARCHITECTURE.md)."""
