"""interaction.update_status: the proposed deal update's status, indexed

Revision ID: 0007_update_status
Revises: 0006_risk_flags
Create Date: 2026-11-26 00:20:00

Filled from ``extracted["proposed_update"]["status"]`` for the rows that hold one, so listing the updates
that wait for someone no longer reads every interaction's JSON.
"""

import json

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_update_status"
down_revision = "0006_risk_flags"
branch_labels = None
depends_on = None
BATCH = 1000


def upgrade() -> None:
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("update_status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True))
        batch_op.create_index("ix_interaction_update_status", ["update_status", "occurred_at"], unique=False)
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, CAST(extracted AS TEXT) FROM interaction WHERE CAST(extracted AS TEXT) LIKE :key"),
        {"key": '%"proposed_update"%'},
    ).all()
    statuses = []
    for row_id, raw in rows:
        update = (json.loads(raw) if raw else {}).get("proposed_update")
        if isinstance(update, dict):
            statuses.append({"id": row_id, "status": str(update.get("status") or "proposed")[:10]})
    for start in range(0, len(statuses), BATCH):
        bind.execute(
            sa.text("UPDATE interaction SET update_status = :status WHERE id = :id"), statuses[start : start + BATCH]
        )


def downgrade() -> None:
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_update_status")
        batch_op.drop_column("update_status")
