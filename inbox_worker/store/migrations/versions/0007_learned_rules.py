"""what admins' corrections taught

One row per (form fingerprint, field, where it was read) that admins have corrected, with
how many times; active until removed in the admin pages.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('learned_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('read_from', sa.Text(), nullable=False),
    sa.Column('corrections', sa.Integer(), nullable=False),
    sa.Column('first_at', sa.DateTime(), nullable=False),
    sa.Column('last_at', sa.DateTime(), nullable=False),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('removed_by', sa.String(length=128), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('fingerprint', 'field', 'read_from', name='uq_learned_rule')
    )
    op.create_index('ix_learned_rules_fingerprint', 'learned_rules', ['fingerprint'])


def downgrade() -> None:
    op.drop_index('ix_learned_rules_fingerprint', table_name='learned_rules')
    op.drop_table('learned_rules')
