"""replies to queue items

A message that answers a queue item's acknowledgement (bringing a missing page or a signed
form) names the item's reference, so the admin sees the two together and the worker reads
them together when it decides the item again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('messages') as batch:
        batch.add_column(sa.Column('replies_to', sa.String(length=32), nullable=True))
        batch.create_index('ix_messages_replies_to', ['replies_to'])


def downgrade() -> None:
    with op.batch_alter_table('messages') as batch:
        batch.drop_index('ix_messages_replies_to')
        batch.drop_column('replies_to')
