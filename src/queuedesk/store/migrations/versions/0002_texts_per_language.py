"""texts per language; versioned events

Names of services and counters, and the hall's own texts, move to tables keyed by
language (zh_CN, zh_TW, en). Today's data is kept: name_zh becomes the zh_CN name and
name_en the en name; a counter's name is kept unless it is the old default ("3号窗口"),
which the clients now word in each language themselves. Events get the schema version
of their payload (every event so far is version 1).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    services = sa.table('services', sa.column('code'), sa.column('name_zh'), sa.column('name_en'))
    names = []
    for code, zh, en in conn.execute(sa.select(services.c.code, services.c.name_zh, services.c.name_en)):
        names += [{'service': code, 'lang': lang, 'name': text.strip()}
                  for lang, text in (('zh_CN', zh), ('en', en)) if text and text.strip()]
    counters = sa.table('counters', sa.column('number'), sa.column('name'))
    kept = [{'counter': number, 'lang': 'zh_CN', 'name': name.strip()}
            for number, name in conn.execute(sa.select(counters.c.number, counters.c.name))
            if name and name.strip() and name.strip() != f'{number}号窗口']

    # Columns go before the tables that refer to these ones exist: SQLite's batch mode
    # copies a table and drops the old one, which must not cascade into the new rows.
    with op.batch_alter_table('services') as batch:
        batch.drop_column('name_zh')
        batch.drop_column('name_en')
    with op.batch_alter_table('counters') as batch:
        batch.drop_column('name')
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('version', sa.SmallInteger(), server_default='1', nullable=False))

    service_names = op.create_table(
        'service_names',
        sa.Column('service', sa.String(length=16), nullable=False),
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['service'], ['services.code'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('service', 'lang'))
    counter_names = op.create_table(
        'counter_names',
        sa.Column('counter', sa.Integer(), nullable=False),
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['counter'], ['counters.number'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('counter', 'lang'))
    op.create_table(
        'hall_texts',
        sa.Column('key', sa.String(length=32), nullable=False),
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('text', sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint('key', 'lang'))
    if names:
        op.bulk_insert(service_names, names)
    if kept:
        op.bulk_insert(counter_names, kept)


def downgrade() -> None:
    conn = op.get_bind()
    service_names = {(code, lang): name for code, lang, name in
                     conn.execute(sa.text("SELECT service, lang, name FROM service_names"))}
    counter_names = dict(conn.execute(sa.text("SELECT counter, name FROM counter_names WHERE lang = 'zh_CN'")).all())
    op.drop_table('hall_texts')
    op.drop_table('counter_names')
    op.drop_table('service_names')
    with op.batch_alter_table('events') as batch:
        batch.drop_column('version')
    with op.batch_alter_table('counters') as batch:
        batch.add_column(sa.Column('name', sa.String(length=100), nullable=False, server_default=''))
    with op.batch_alter_table('services') as batch:
        batch.add_column(sa.Column('name_zh', sa.String(length=100), nullable=False, server_default=''))
        batch.add_column(sa.Column('name_en', sa.String(length=100), nullable=False, server_default=''))
    for (code,) in conn.execute(sa.text("SELECT code FROM services")).all():
        zh = service_names.get((code, 'zh_CN')) or service_names.get((code, 'en')) or code
        conn.execute(sa.text("UPDATE services SET name_zh = :zh, name_en = :en WHERE code = :code"),
                     {'zh': zh, 'en': service_names.get((code, 'en'), ''), 'code': code})
    for (number,) in conn.execute(sa.text("SELECT number FROM counters")).all():
        conn.execute(sa.text("UPDATE counters SET name = :name WHERE number = :number"),
                     {'name': counter_names.get(number, f'{number}号窗口'), 'number': number})
