"""how a learned rule reads the next form

A learned rule's corrections, when they all changed the value in one way that does not
depend on the family (a date of birth's day and month swapped, a surname moved last), say
how the next form of that layout is read; else 'mixed', and the rule holds such forms in
the queue. Rules learned before this read nothing (NULL): they hold, as they did.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('learned_rules') as batch:
        batch.add_column(sa.Column('reading', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('learned_rules') as batch:
        batch.drop_column('reading')
