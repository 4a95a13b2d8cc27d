#include "Migrations.h"

namespace kaishu::storage {

namespace {

// Version 1: parties (clients, debtors, their accounts) and the audit trail.
Migration partiesAndAudit()
{
    return {1,
            QStringLiteral("parties and audit"),
            {
                QStringLiteral(R"(CREATE TABLE clients (
    id %PK%,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_kana TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    bank_code TEXT NOT NULL DEFAULT '',
    branch_code TEXT NOT NULL DEFAULT '',
    account_type TEXT NOT NULL DEFAULT '',
    account_number TEXT NOT NULL DEFAULT '',
    account_name TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE debtors (
    id %PK%,
    kind TEXT NOT NULL CHECK (kind IN ('corporation', 'person')),
    name TEXT NOT NULL,
    name_kana TEXT NOT NULL DEFAULT '',
    payer_name TEXT NOT NULL DEFAULT '',
    corporate_number TEXT UNIQUE,
    postal_code TEXT NOT NULL DEFAULT '',
    prefecture TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE accounts (
    id %PK%,
    client_id %INT64% NOT NULL REFERENCES clients(id),
    debtor_id %INT64% NOT NULL REFERENCES debtors(id),
    customer_code TEXT NOT NULL,
    terms TEXT NOT NULL,
    credit_limit %INT64% NOT NULL DEFAULT 0,
    virtual_account TEXT UNIQUE,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (client_id, customer_code),
    UNIQUE (client_id, debtor_id)))"),
                QStringLiteral("CREATE INDEX accounts_debtor ON accounts(debtor_id)"),
                QStringLiteral("CREATE INDEX accounts_customer_code ON accounts(customer_code)"),
                QStringLiteral("CREATE INDEX debtors_name_kana ON debtors(name_kana)"),
                QStringLiteral("CREATE INDEX debtors_prefecture ON debtors(prefecture)"),
                QStringLiteral("CREATE INDEX debtors_industry ON debtors(industry)"),
                QStringLiteral(R"(CREATE TABLE audit_log (
    id %PK%,
    recorded_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id %INT64% NOT NULL,
    action TEXT NOT NULL,
    before_data TEXT NOT NULL DEFAULT '',
    after_data TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
            }};
}

// Version 2: what keeps the debtor register quick at 100,000 debtors. Indexes for the account
// columns it sorts by (debtor-side sorts use the kana, prefecture and industry indexes of version 1),
// and on SQLite a covering index of the debtors' search keys (a scan of short keys reads only them)
// and a trigram full-text index over the same keys, kept in step by triggers, so that a search of
// three or more characters is an index look-up instead of a scan.
Migration registerIndexes()
{
    QStringList sqlite{
        QStringLiteral("CREATE INDEX debtors_search_text ON debtors(search_text)"),
        QStringLiteral("CREATE VIRTUAL TABLE debtor_search USING fts5(search_text, content='debtors', "
                       "content_rowid='id', tokenize='trigram')"),
    };
    sqlite += debtorSearchTriggers();
    sqlite << QStringLiteral("INSERT INTO debtor_search(debtor_search) VALUES ('rebuild')");
    return {2,
            QStringLiteral("register indexes"),
            {
                QStringLiteral("CREATE INDEX accounts_credit_limit ON accounts(credit_limit)"),
                QStringLiteral("CREATE INDEX accounts_status ON accounts(status)"),
            },
            sqlite};
}

} // namespace

QStringList debtorSearchTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER debtor_search_insert AFTER INSERT ON debtors BEGIN "
                       "INSERT INTO debtor_search(rowid, search_text) VALUES (new.id, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER debtor_search_delete AFTER DELETE ON debtors BEGIN "
                       "INSERT INTO debtor_search(debtor_search, rowid, search_text) "
                       "VALUES ('delete', old.id, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER debtor_search_update AFTER UPDATE OF search_text ON debtors BEGIN "
                       "INSERT INTO debtor_search(debtor_search, rowid, search_text) "
                       "VALUES ('delete', old.id, old.search_text); "
                       "INSERT INTO debtor_search(rowid, search_text) VALUES (new.id, new.search_text); END"),
    };
}

const QList<Migration> &migrations()
{
    static const QList<Migration> all{partiesAndAudit(), registerIndexes()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString expandDialect(const QString &sql, SqlDialect dialect)
{
    QString out = sql;
    if (dialect == SqlDialect::Sqlite) {
        out.replace(QLatin1String("%PK%"), QLatin1String("INTEGER PRIMARY KEY"));
        out.replace(QLatin1String("%INT64%"), QLatin1String("INTEGER"));
    } else {
        out.replace(QLatin1String("%PK%"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        out.replace(QLatin1String("%INT64%"), QLatin1String("BIGINT"));
    }
    return out;
}

} // namespace kaishu::storage
