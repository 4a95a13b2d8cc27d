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

// Version 3: invoicing. Order lines wait in order_lines until a billing run puts them on a draft
// invoice (invoice_id); issuing freezes an invoice (number, document JSON) and takes the number from
// number_sequences in the same transaction, so numbers are gapless. The archive keeps every issued
// PDF and XML with its SHA-256 and refuses UPDATE and DELETE (電子帳簿保存法: no corrections in place).
Migration invoicing()
{
    const QString appendOnly =
        QStringLiteral("document_archive is append-only: issued documents are never changed or deleted");
    return {
        3,
        QStringLiteral("invoicing"),
        {
            QStringLiteral(R"(CREATE TABLE billing_settings (
    client_id %INT64% PRIMARY KEY REFERENCES clients(id),
    rounding TEXT NOT NULL DEFAULT 'down' CHECK (rounding IN ('down', 'up', 'half-up')),
    issuer TEXT NOT NULL DEFAULT 'client' CHECK (issuer IN ('client', 'agency')),
    number_format TEXT NOT NULL,
    invoice_form TEXT NOT NULL DEFAULT 'summary' CHECK (invoice_form IN ('summary', 'per_order')),
    email_subject TEXT NOT NULL DEFAULT '',
    email_body TEXT NOT NULL DEFAULT '',
    document_style TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE account_billing (
    account_id %INT64% PRIMARY KEY REFERENCES accounts(id),
    invoice_form TEXT NOT NULL CHECK (invoice_form IN ('summary', 'per_order')),
    email TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE agency_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE invoices (
    id %PK%,
    client_id %INT64% NOT NULL REFERENCES clients(id),
    account_id %INT64% NOT NULL REFERENCES accounts(id),
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'sent', 'partly_paid', 'paid', 'cancelled')),
    number TEXT UNIQUE,
    closing_date TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL DEFAULT '',
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    invoice_form TEXT NOT NULL CHECK (invoice_form IN ('summary', 'per_order')),
    price_mode TEXT NOT NULL CHECK (price_mode IN ('excl', 'incl')),
    rounding TEXT NOT NULL,
    net %INT64% NOT NULL DEFAULT 0,
    tax %INT64% NOT NULL DEFAULT 0,
    gross %INT64% NOT NULL DEFAULT 0,
    tax_10 %INT64% NOT NULL DEFAULT 0,
    tax_8 %INT64% NOT NULL DEFAULT 0,
    paid %INT64% NOT NULL DEFAULT 0,
    credited %INT64% NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    original_invoice_id %INT64% REFERENCES invoices(id),
    replaces_invoice_id %INT64% REFERENCES invoices(id),
    cancel_reason TEXT NOT NULL DEFAULT '',
    document TEXT,
    issued_at TEXT NOT NULL DEFAULT '',
    issued_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX invoices_account ON invoices(account_id, issue_date)"),
            QStringLiteral("CREATE INDEX invoices_client_status ON invoices(client_id, status)"),
            QStringLiteral("CREATE INDEX invoices_issue_date ON invoices(issue_date)"),
            QStringLiteral("CREATE INDEX invoices_original ON invoices(original_invoice_id)"),
            QStringLiteral(R"(CREATE TABLE invoice_lines (
    id %PK%,
    invoice_id %INT64% NOT NULL REFERENCES invoices(id),
    position INTEGER NOT NULL,
    delivery_date TEXT NOT NULL,
    order_no TEXT NOT NULL DEFAULT '',
    item_code TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    quantity %INT64% NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price %INT64% NOT NULL,
    tax_category TEXT NOT NULL CHECK (tax_category IN ('10', '8', 'exempt', 'outside')),
    amount %INT64% NOT NULL))"),
            QStringLiteral("CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id, position)"),
            QStringLiteral(R"(CREATE TABLE order_lines (
    id %PK%,
    client_id %INT64% NOT NULL REFERENCES clients(id),
    account_id %INT64% NOT NULL REFERENCES accounts(id),
    order_no TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    order_date TEXT NOT NULL,
    delivery_date TEXT NOT NULL,
    item_code TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    quantity %INT64% NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price %INT64% NOT NULL,
    tax_category TEXT NOT NULL CHECK (tax_category IN ('10', '8', 'exempt', 'outside')),
    price_mode TEXT NOT NULL CHECK (price_mode IN ('excl', 'incl')),
    invoice_id %INT64% REFERENCES invoices(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (client_id, order_no, line_no)))"),
            QStringLiteral(
                "CREATE INDEX order_lines_unbilled ON order_lines(client_id, invoice_id, delivery_date)"),
            QStringLiteral("CREATE INDEX order_lines_invoice ON order_lines(invoice_id)"),
            QStringLiteral(R"(CREATE TABLE number_sequences (
    client_id %INT64% NOT NULL REFERENCES clients(id),
    series TEXT NOT NULL,
    last_number %INT64% NOT NULL,
    PRIMARY KEY (client_id, series)))"),
            QStringLiteral(R"(CREATE TABLE receipts (
    id %PK%,
    invoice_id %INT64% NOT NULL REFERENCES invoices(id),
    number TEXT NOT NULL UNIQUE,
    issue_date TEXT NOT NULL,
    amount %INT64% NOT NULL,
    proviso TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE send_log (
    id %PK%,
    invoice_id %INT64% NOT NULL REFERENCES invoices(id),
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    server_reply TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX send_log_invoice ON send_log(invoice_id, attempted_at)"),
            QStringLiteral(R"(CREATE TABLE document_archive (
    id %PK%,
    document_kind TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'xml')),
    number TEXT NOT NULL,
    client_id %INT64% NOT NULL REFERENCES clients(id),
    debtor_id %INT64% NOT NULL REFERENCES debtors(id),
    debtor_name TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    amount %INT64% NOT NULL,
    sha256 TEXT NOT NULL,
    content %BLOB% NOT NULL,
    archived_at TEXT NOT NULL,
    archived_by TEXT NOT NULL,
    UNIQUE (number, document_kind, format)))"),
            QStringLiteral("CREATE INDEX document_archive_date ON document_archive(issue_date, amount)"),
            QStringLiteral("CREATE INDEX document_archive_debtor ON document_archive(debtor_id, issue_date)"),
        },
        {
            QStringLiteral("CREATE TRIGGER document_archive_no_update BEFORE UPDATE ON document_archive "
                           "BEGIN SELECT RAISE(ABORT, '%1'); END")
                .arg(appendOnly),
            QStringLiteral("CREATE TRIGGER document_archive_no_delete BEFORE DELETE ON document_archive "
                           "BEGIN SELECT RAISE(ABORT, '%1'); END")
                .arg(appendOnly),
        },
        {
            QStringLiteral(
                "CREATE FUNCTION document_archive_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION '%1'; END $$")
                .arg(appendOnly),
            QStringLiteral(
                "CREATE TRIGGER document_archive_append_only BEFORE UPDATE OR DELETE ON document_archive "
                "FOR EACH ROW EXECUTE FUNCTION document_archive_append_only()"),
        }};
}

// Version 4: payment confirmation. Bank statements are kept as imported (bank_statements, one row per
// file with its SHA-256, so a file is never read twice) and their lines as bank_transactions, each
// with a dedup_key unique over all files, so an overlapping statement adds only what is new.
// Allocations tie a transaction to the invoices it pays, one explicit row each, reversed by marking
// (never deleted). Payer aliases remember the names clerks confirmed; a learned fee sits with the
// debtor's account.
Migration payments()
{
    return {
        4,
        QStringLiteral("payments"),
        {
            QStringLiteral(R"(CREATE TABLE receiving_accounts (
    id %PK%,
    client_id %INT64% REFERENCES clients(id),
    bank_code TEXT NOT NULL,
    branch_code TEXT NOT NULL,
    account_type TEXT NOT NULL,
    account_number TEXT NOT NULL,
    account_name TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    UNIQUE (bank_code, branch_code, account_number)))"),
            QStringLiteral(R"(CREATE TABLE bank_statements (
    id %PK%,
    format TEXT NOT NULL CHECK (format IN ('zengin01', 'zengin03', 'csv', 'manual')),
    file_name TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL,
    bank_code TEXT NOT NULL DEFAULT '',
    branch_code TEXT NOT NULL DEFAULT '',
    account_number TEXT NOT NULL DEFAULT '',
    date_from TEXT,
    date_to TEXT,
    lines_read INTEGER NOT NULL,
    lines_new INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX bank_statements_file ON bank_statements(file_sha256)"),
            QStringLiteral(R"(CREATE TABLE bank_transactions (
    id %PK%,
    statement_id %INT64% NOT NULL REFERENCES bank_statements(id),
    dedup_key TEXT NOT NULL UNIQUE,
    client_id %INT64% REFERENCES clients(id),
    bank_code TEXT NOT NULL DEFAULT '',
    branch_code TEXT NOT NULL DEFAULT '',
    account_number TEXT NOT NULL DEFAULT '',
    inquiry_no TEXT NOT NULL DEFAULT '',
    account_date TEXT NOT NULL,
    value_date TEXT NOT NULL,
    amount %INT64% NOT NULL CHECK (amount > 0),
    incoming INTEGER NOT NULL,
    payer_code TEXT NOT NULL DEFAULT '',
    payer_name TEXT NOT NULL DEFAULT '',
    sending_bank TEXT NOT NULL DEFAULT '',
    sending_branch TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    edi TEXT NOT NULL DEFAULT '',
    cancelled INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'unmatched'
        CHECK (status IN ('unmatched', 'suggested', 'matched', 'fee', 'other_income', 'outgoing', 'cancelled')),
    allocated %INT64% NOT NULL DEFAULT 0,
    fee %INT64% NOT NULL DEFAULT 0,
    unapplied %INT64% NOT NULL DEFAULT 0,
    unapplied_account_id %INT64% REFERENCES accounts(id),
    suggestions TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX bank_transactions_status ON bank_transactions(status, value_date)"),
            QStringLiteral("CREATE INDEX bank_transactions_statement ON bank_transactions(statement_id)"),
            QStringLiteral(R"(CREATE TABLE payment_allocations (
    id %PK%,
    transaction_id %INT64% NOT NULL REFERENCES bank_transactions(id),
    invoice_id %INT64% NOT NULL REFERENCES invoices(id),
    amount %INT64% NOT NULL CHECK (amount > 0),
    method TEXT NOT NULL CHECK (method IN ('virtual_account', 'reference', 'alias', 'name', 'manual')),
    confidence INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    reversed_at TEXT,
    reversed_by TEXT,
    reversal_reason TEXT))"),
            QStringLiteral(
                "CREATE INDEX payment_allocations_transaction ON payment_allocations(transaction_id)"),
            QStringLiteral("CREATE INDEX payment_allocations_invoice ON payment_allocations(invoice_id)"),
            QStringLiteral(R"(CREATE TABLE payer_aliases (
    id %PK%,
    payer_key TEXT NOT NULL,
    sending_bank TEXT NOT NULL DEFAULT '',
    sending_branch TEXT NOT NULL DEFAULT '',
    debtor_id %INT64% NOT NULL REFERENCES debtors(id),
    payer_name TEXT NOT NULL DEFAULT '',
    confirmations INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (payer_key, sending_bank, sending_branch, debtor_id)))"),
            QStringLiteral(R"(CREATE TABLE payer_fees (
    account_id %INT64% PRIMARY KEY REFERENCES accounts(id),
    fee %INT64% NOT NULL CHECK (fee > 0),
    updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE bank_csv_mappings (
    name TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        },
    };
}

// Version 5: screening. External credit reports per debtor, kept over time (a new report is added,
// never overwritten), and every screening result as history: the score, the probability in parts
// per million, the grade, the proposed limit and the decision, with a supervisor's override.
Migration screening()
{
    return {
        5,
        QStringLiteral("screening"),
        {
            QStringLiteral(R"(CREATE TABLE credit_reports (
    id %PK%,
    debtor_id %INT64% NOT NULL REFERENCES debtors(id),
    source TEXT NOT NULL,
    report_date TEXT NOT NULL,
    score INTEGER CHECK (score BETWEEN 0 AND 100),
    capital %INT64%,
    employees INTEGER,
    years_in_business INTEGER,
    revenue %INT64%,
    net_assets %INT64%,
    current_ratio_pm INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX credit_reports_debtor ON credit_reports(debtor_id, report_date)"),
            QStringLiteral(R"(CREATE TABLE screening_results (
    id %PK%,
    account_id %INT64% NOT NULL REFERENCES accounts(id),
    as_of TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('model', 'expert')),
    score INTEGER NOT NULL,
    pd_ppm INTEGER NOT NULL,
    grade TEXT NOT NULL,
    credit_limit %INT64% NOT NULL,
    exposure %INT64% NOT NULL,
    tier TEXT NOT NULL,
    decision TEXT NOT NULL,
    reasons TEXT NOT NULL DEFAULT '[]',
    override_grade TEXT,
    override_reason TEXT,
    overridden_by TEXT,
    overridden_at TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX screening_results_account ON screening_results(account_id, as_of)"),
        },
    };
}

// Version 6: screening at work. Trained models (their coefficients and measured quality, one
// active), re-screening runs (as of a date, with the score stability against the previous run) and,
// on each result, the run it belongs to, the review date and the supervisor's full override; the
// day each paid invoice was settled.
Migration screeningRuns()
{
    return {
        6,
        QStringLiteral("screening runs"),
        {
            QStringLiteral(R"(CREATE TABLE screening_models (
    id %PK%,
    as_of TEXT NOT NULL,
    invoices INTEGER NOT NULL,
    late_invoices INTEGER NOT NULL,
    auc_ppm INTEGER NOT NULL,
    ks_ppm INTEGER NOT NULL,
    model TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE screening_runs (
    id %PK%,
    as_of TEXT NOT NULL,
    model_id %INT64% REFERENCES screening_models(id),
    accounts INTEGER NOT NULL DEFAULT 0,
    downgrades INTEGER NOT NULL DEFAULT 0,
    upgrades INTEGER NOT NULL DEFAULT 0,
    over_limit INTEGER NOT NULL DEFAULT 0,
    psi_ppm INTEGER,
    limits_applied INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('finished', 'cancelled')),
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    created_by TEXT NOT NULL))"),
            QStringLiteral(
                "ALTER TABLE screening_results ADD COLUMN run_id %INT64% REFERENCES screening_runs(id)"),
            QStringLiteral("ALTER TABLE screening_results ADD COLUMN previous_grade TEXT"),
            QStringLiteral("ALTER TABLE screening_results ADD COLUMN review_due TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE screening_results ADD COLUMN override_limit %INT64%"),
            QStringLiteral("ALTER TABLE screening_results ADD COLUMN override_tier TEXT"),
            QStringLiteral("ALTER TABLE screening_results ADD COLUMN override_decision TEXT"),
            QStringLiteral("CREATE INDEX screening_results_run ON screening_results(run_id)"),
            // When a paid invoice was settled: the value date of the money that completed it, kept
            // by the payments from now on and filled in once from the allocations.
            QStringLiteral("ALTER TABLE invoices ADD COLUMN settled_on TEXT"),
            QStringLiteral(
                "UPDATE invoices SET settled_on = (SELECT MAX(t.value_date) FROM payment_allocations pa "
                "JOIN bank_transactions t ON t.id = pa.transaction_id WHERE pa.invoice_id = invoices.id "
                "AND pa.reversed_at IS NULL) WHERE status = 'paid'"),
        },
    };
}

// Version 7: payment behaviour in detail. The day each invoice's first money came (kept by the
// payments, filled in once from the allocations): a later settlement means it was paid in parts;
// an index that holds the payment history; and on each screening result, the payment-timing
// model's median days after the due date.
Migration paymentTiming()
{
    return {
        7,
        QStringLiteral("payment timing"),
        {
            QStringLiteral("ALTER TABLE invoices ADD COLUMN first_paid_on TEXT"),
            QStringLiteral(
                "UPDATE invoices SET first_paid_on = (SELECT MIN(t.value_date) FROM payment_allocations pa "
                "JOIN bank_transactions t ON t.id = pa.transaction_id WHERE pa.invoice_id = invoices.id "
                "AND pa.reversed_at IS NULL) WHERE paid > 0"),
            // Every paid invoice has its day (before version 6, paid by hand or wholly credited).
            QStringLiteral("UPDATE invoices SET settled_on = SUBSTR(updated_at, 1, 10) "
                           "WHERE status = 'paid' AND settled_on IS NULL"),
            // Screening reads every invoice's payment history: from this index alone (a tenth of
            // the table's width), a million invoices in a fraction of a second.
            QStringLiteral("CREATE INDEX invoices_payment_history ON invoices(account_id, kind, status, "
                           "issue_date, due_date, gross, settled_on, first_paid_on, paid, credited)"),
            QStringLiteral("ALTER TABLE screening_results ADD COLUMN median_days_late INTEGER"),
        },
    };
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
    static const QList<Migration> all{partiesAndAudit(), registerIndexes(), invoicing(),    payments(),
                                      screening(),       screeningRuns(),   paymentTiming()};
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
        out.replace(QLatin1String("%BLOB%"), QLatin1String("BLOB"));
    } else {
        out.replace(QLatin1String("%PK%"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        out.replace(QLatin1String("%INT64%"), QLatin1String("BIGINT"));
        out.replace(QLatin1String("%BLOB%"), QLatin1String("BYTEA"));
    }
    return out;
}

} // namespace kaishu::storage
