"""Eighteenth held-out council-layout set, written from published forms by a session that never
read the reader."""
