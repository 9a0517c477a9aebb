"""Seventeenth held-out council-layout set, written from published forms and pages by a session
that never read the reader."""
