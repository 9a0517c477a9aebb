"""The worker core: the composition root (`app`), the flow of one message (`pipeline`),
the runner loop and daemon, mailbox leases, health and the postcode table."""
