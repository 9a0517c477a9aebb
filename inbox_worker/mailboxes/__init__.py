"""Mailbox backends behind one small interface (see `base.MailboxBackend`)."""
