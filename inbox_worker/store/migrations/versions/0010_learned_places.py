"""where a learned rule reads a value written elsewhere on the form

A rule whose corrections each gave a value written at another place on the form (the
home postcode in the family's block where the reader took the referrer's; a consent in a
field the reader did not read) reads the next such form from there: `places`, one a
line. Rules learned before have none.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('learned_rules') as batch:
        batch.add_column(sa.Column('places', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('learned_rules') as batch:
        batch.drop_column('places')
