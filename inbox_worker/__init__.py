"""The worker: settings, store, mailboxes, pipeline, outbox and command line."""
