"""The store's newest schema revision, named without SQLAlchemy or Alembic."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"


def newest_revision() -> str:
    """The head revision: migrations are named `NNNN_what.py` with revision "NNNN", each
    revising the one before (tests/unit/test_migrations_chain.py holds them to it)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
