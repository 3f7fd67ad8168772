"""facts.family: the statements that may be one fact (type, modality and members), indexed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 19:00:00
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family', sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f('ix_facts_family'), ['family'], unique=False)
    from dealgraph.resolve.identity import family  # the same digest new statements get

    bind = op.get_bind()
    facts = sa.table('facts', sa.column('id', sa.String), sa.column('type', sa.String),
                     sa.column('modality', sa.String), sa.column('roles', sa.JSON), sa.column('family', sa.String))
    rows = bind.execute(sa.select(facts.c.id, facts.c.type, facts.c.modality, facts.c.roles)).all()
    for r in rows:
        roles = r.roles if isinstance(r.roles, dict) else json.loads(r.roles)
        key = family({"type": r.type, "modality": r.modality, "roles": roles})
        bind.execute(sa.update(facts).where(facts.c.id == r.id).values(family=key))


def downgrade() -> None:
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_family'))
        batch_op.drop_column('family')
