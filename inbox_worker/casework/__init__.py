"""Casework on the store: screening, meeting decisions, reviews, agendas, the exception
queue, the board's figures and the audit log."""
