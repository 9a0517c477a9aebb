"""free text in Text columns; whom each message was answered

Text derived from a message (names, relationships, the lead professional's address, the
Message-ID) moves from VARCHARs that a long value overflows on PostgreSQL to Text. Each
message records the address it was answered at and what became of the answer (queued,
over the answer budget, or why there was none).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TO_TEXT = {
    'people': (('name', 255), ('relationship_to_child', 64)),
    'cases': (('lead_professional_email', 320),),
    'messages': (('header_message_id', 998),),
}


def upgrade() -> None:
    for table, columns in _TO_TEXT.items():
        with op.batch_alter_table(table) as batch:
            for name, length in columns:
                batch.alter_column(name, existing_type=sa.String(length=length),
                                   type_=sa.Text(), existing_nullable=False)
    with op.batch_alter_table('messages') as batch:
        batch.add_column(sa.Column('answer_to', sa.Text(), nullable=True))
        batch.add_column(sa.Column('answer', sa.String(length=32), nullable=True))
        batch.create_index('ix_messages_answer_to', ['answer_to'])


def downgrade() -> None:
    with op.batch_alter_table('messages') as batch:
        batch.drop_index('ix_messages_answer_to')
        batch.drop_column('answer')
        batch.drop_column('answer_to')
    for table, columns in _TO_TEXT.items():
        with op.batch_alter_table(table) as batch:
            for name, length in columns:
                batch.alter_column(name, existing_type=sa.Text(),
                                   type_=sa.String(length=length), existing_nullable=False)
