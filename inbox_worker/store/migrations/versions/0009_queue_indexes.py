"""the exception queue's indexes

With 10,000 open items the queue page read every row, each with its form, to count them
by area and reason and to sort them: one index now holds what the counts need, another
the order and the filters of a page (area, priority, the reference searched for), so
a page reads only its own rows. The first begins with (status, cluster), the index it
replaces.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_exceptions_open_counts', 'exceptions',
                    ['status', 'cluster', 'received_in',
                     sa.text('CAST(reason_codes AS VARCHAR)')])
    op.create_index('ix_exceptions_open_order', 'exceptions',
                    ['status', 'created_at', 'id', 'priority', 'cluster', 'received_in',
                     'reference'])
    op.drop_index('ix_exceptions_status_cluster', table_name='exceptions')


def downgrade() -> None:
    op.create_index('ix_exceptions_status_cluster', 'exceptions', ['status', 'cluster'])
    op.drop_index('ix_exceptions_open_order', table_name='exceptions')
    op.drop_index('ix_exceptions_open_counts', table_name='exceptions')
