"""casework pathway: stages and outcomes

A case keeps the pathway stage it is at (`cases.stage`; none for cases made before: the
first stage); each screening and allocation row keeps the stage and the outcome chosen,
and an allocation its type and how to reach who delivers it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('cases') as batch:
        batch.add_column(sa.Column('stage', sa.String(length=64), nullable=True))
    with op.batch_alter_table('screenings') as batch:
        batch.add_column(sa.Column('stage', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('outcome', sa.String(length=64), nullable=True))
    with op.batch_alter_table('allocation_decisions') as batch:
        batch.add_column(sa.Column('stage', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('outcome', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('allocation_type', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('contact', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('allocation_decisions') as batch:
        for name in ('contact', 'allocation_type', 'outcome', 'stage'):
            batch.drop_column(name)
    with op.batch_alter_table('screenings') as batch:
        batch.drop_column('outcome')
        batch.drop_column('stage')
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('stage')
