#include "BankCsvImportDialog.h"

#include "ListViews.h"
#include "ServiceErrors.h"
#include "Workspace.h"
#include "io/Csv.h"
#include "parties/BankDirectory.h"
#include "payments/ReceivingAccounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace kaishu::ui {

using payments::CsvColumn;
using payments::CsvMapping;

namespace {

constexpr std::array<CsvColumn CsvMapping::*, BankCsvImportDialog::FieldCount> Members{
    &CsvMapping::accountDate, &CsvMapping::valueDate, &CsvMapping::amount,        &CsvMapping::deposit,
    &CsvMapping::withdrawal,  &CsvMapping::payerName, &CsvMapping::inquiryNumber, &CsvMapping::memo,
    &CsvMapping::ediInfo,     &CsvMapping::balance,
};

const QString LastMappingKey = QStringLiteral("payments/lastCsvMapping");
const QString LastAccountKey = QStringLiteral("payments/lastCsvAccount");
constexpr int NoColumn = -1;

QString accountKey(const payments::StatementAccount &account)
{
    return account.bankCode + QLatin1Char('-') + account.branchCode + QLatin1Char('-') +
           account.accountNumber;
}

} // namespace

BankCsvImportDialog::BankCsvImportDialog(Workspace *workspace, QByteArray bytes, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_bytes(std::move(bytes))
{
    setWindowTitle(tr("Read bank CSV %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say which column holds what. The file is read as you choose; Import is "
                                "possible once every line reads."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileBox = new QGroupBox(tr("File"), this);
    auto *fileForm = new QFormLayout(fileBox);
    m_saved = new QComboBox(fileBox);
    m_saved->addItem(tr("Guessed from the header"), QString());
    QStringList names;
    ServiceErrors::run(this, tr("Cannot read the saved mappings"),
                       [&] { names = m_workspace->payments().mappingNames(); });
    for (const QString &name : std::as_const(names))
        m_saved->addItem(name, name);
    fileForm->addRow(tr("Saved mapping"), m_saved);
    auto *format = new QWidget(fileBox);
    auto *formatRow = new QHBoxLayout(format);
    formatRow->setContentsMargins(0, 0, 0, 0);
    m_encoding = new QComboBox(format);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), io::toCode(io::TextEncoding::Utf8));
    m_encoding->addItem(tr("UTF-8 with BOM"), io::toCode(io::TextEncoding::Utf8Bom));
    m_encoding->addItem(QStringLiteral("Shift_JIS"), io::toCode(io::TextEncoding::ShiftJis));
    m_delimiter = new QComboBox(format);
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_headerRows = new QSpinBox(format);
    m_headerRows->setRange(0, 10);
    formatRow->addWidget(new QLabel(tr("Encoding"), format));
    formatRow->addWidget(m_encoding);
    formatRow->addSpacing(12);
    formatRow->addWidget(new QLabel(tr("Delimiter"), format));
    formatRow->addWidget(m_delimiter);
    formatRow->addSpacing(12);
    formatRow->addWidget(new QLabel(tr("Header rows"), format));
    formatRow->addWidget(m_headerRows);
    formatRow->addStretch();
    fileForm->addRow(tr("Format"), format);
    m_accounts = new QComboBox(fileBox);
    m_accounts->setToolTip(tr("The account this statement is of: its payments are matched to the invoices of "
                              "the account's client"));
    fileForm->addRow(tr("Statement of account"), m_accounts);
    layout->addWidget(fileBox);

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(columnsBox);
    const std::array<QString, FieldCount> labels{tr("Date (取引日) *"),   tr("Value date"),
                                                 tr("Amount, signed"),    tr("Deposit (入金)"),
                                                 tr("Withdrawal (出金)"), tr("Payer or description"),
                                                 tr("Inquiry number"),    tr("Memo"),
                                                 tr("EDI information"),   tr("Balance")};
    for (int field = 0; field < FieldCount; ++field) {
        auto *combo = new QComboBox(columnsBox);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        m_columns.append(combo);
        const int row = field % 5;
        const int pair = field / 5;
        grid->addWidget(new QLabel(labels[std::size_t(field)], columnsBox), row, pair * 2);
        grid->addWidget(combo, row, pair * 2 + 1);
    }
    auto *moneyHint = new QLabel(tr("* Money comes either as one signed amount or as deposit and withdrawal "
                                    "columns."),
                                 columnsBox);
    moneyHint->setWordWrap(true);
    grid->addWidget(moneyHint, 5, 0, 1, 4);
    layout->addWidget(columnsBox);

    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setMinimumHeight(160);
    layout->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *saveRow = new QHBoxLayout;
    m_save = new QCheckBox(tr("Save the mapping as"), this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. 三井住友 入出金明細"));
    m_name->setEnabled(false);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_name, 1);
    layout->addLayout(saveRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings settings = appSettings();
        settings.setValue(LastMappingKey, m_saved->currentData());
        settings.setValue(LastAccountKey, accountKey(statementAccount()));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadAccounts();
    const int last = m_saved->findData(appSettings().value(LastMappingKey).toString());
    m_saved->setCurrentIndex(std::max(0, last));
    chooseSaved();

    connect(m_saved, &QComboBox::currentIndexChanged, this, &BankCsvImportDialog::chooseSaved);
    for (QComboBox *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            reloadPreview();
            check();
        });
    connect(m_headerRows, &QSpinBox::valueChanged, this, [this] {
        reloadPreview();
        check();
    });
    for (QComboBox *combo : std::as_const(m_columns))
        connect(combo, &QComboBox::currentIndexChanged, this, &BankCsvImportDialog::check);
    connect(m_save, &QCheckBox::toggled, this, [this](bool on) {
        m_name->setEnabled(on);
        check();
    });
    connect(m_name, &QLineEdit::textChanged, this, &BankCsvImportDialog::check);
    resize(900, 720);
}

void BankCsvImportDialog::loadAccounts()
{
    m_accounts->addItem(tr("Not stated: any client's debtors may have paid"));
    m_accountChoices.append(payments::StatementAccount{});
    QList<parties::Client> clients;
    QList<payments::ReceivingAccount> receiving;
    ServiceErrors::run(this, tr("Cannot read the accounts"), [&] {
        clients = m_workspace->parties().repository().clients();
        receiving = payments::ReceivingAccountBook(m_workspace->database(), m_workspace->actor()).list();
    });
    const parties::BankDirectory &banks = parties::BankDirectory::instance();
    const auto offer = [&](const QString &owner, const parties::BankAccount &account) {
        payments::StatementAccount statementAccount;
        statementAccount.bankCode = account.bankCode;
        statementAccount.branchCode = account.branchCode;
        statementAccount.accountNumber = account.accountNumber;
        statementAccount.accountName = account.accountName;
        statementAccount.depositKind = parties::zenginDepositKind(account.type);
        const std::optional<parties::Bank> bank = banks.bank(account.bankCode);
        const std::optional<parties::Branch> branch = banks.branch(account.bankCode, account.branchCode);
        m_accounts->addItem(tr("%1 — %2 %3 %4 %5")
                                .arg(owner, bank ? bank->name : account.bankCode,
                                     branch ? branch->name : account.branchCode,
                                     parties::displayName(account.type), account.accountNumber));
        m_accountChoices.append(statementAccount);
    };
    for (const parties::Client &client : std::as_const(clients)) {
        if (!client.payeeAccount.isEmpty())
            offer(client.code + QLatin1Char(' ') + client.name, client.payeeAccount);
    }
    for (const payments::ReceivingAccount &account : std::as_const(receiving)) {
        const auto client = std::find_if(clients.cbegin(), clients.cend(),
                                         [&](const parties::Client &c) { return c.id == account.clientId; });
        offer(client == clients.cend() ? tr("Agency") : client->code + QLatin1Char(' ') + client->name,
              account.account);
    }
    const QString last = appSettings().value(LastAccountKey).toString();
    for (qsizetype i = 1; i < m_accountChoices.size(); ++i) {
        if (accountKey(m_accountChoices.at(i)) == last)
            m_accounts->setCurrentIndex(int(i));
    }
}

void BankCsvImportDialog::chooseSaved()
{
    const QString name = m_saved->currentData().toString();
    std::optional<CsvMapping> chosen;
    if (name.isEmpty())
        chosen = CsvMapping::guess(m_bytes);
    else
        ServiceErrors::run(this, tr("Cannot read the mapping"),
                           [&] { chosen = m_workspace->payments().mapping(name); });
    showMapping(chosen.value_or(CsvMapping{}));
    m_name->setText(name);
}

void BankCsvImportDialog::showMapping(const CsvMapping &shown)
{
    m_loading = true;
    m_encoding->setCurrentIndex(
        std::max(0, m_encoding->findData(shown.encoding ? io::toCode(*shown.encoding) : QString())));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(shown.delimiter))));
    m_headerRows->setValue(shown.headerRows);
    reloadPreview();
    for (int field = 0; field < FieldCount; ++field) {
        const int position = CsvMapping::positionIn(shown.*Members[std::size_t(field)], m_header);
        QComboBox *combo = m_columns.at(field);
        combo->setCurrentIndex(std::max(0, combo->findData(position)));
    }
    m_loading = false;
    check();
}

QList<QStringList> BankCsvImportDialog::records() const
{
    const QString code = m_encoding->currentData().toString();
    const io::TextEncoding encoding = code.isEmpty()
                                          ? io::detectEncoding(m_bytes)
                                          : io::textEncodingFromCode(code).value_or(io::TextEncoding::Utf8);
    const std::optional<QString> text = io::decode(m_bytes, encoding);
    QList<QStringList> rows;
    if (!text)
        return rows;
    io::CsvReader reader(*text, m_delimiter->currentData().toString().at(0));
    while (rows.size() < m_headerRows->value() + PreviewRows) {
        const std::optional<io::CsvRecord> record = reader.readRecord();
        if (!record)
            break;
        rows.append(record->fields);
    }
    return rows;
}

void BankCsvImportDialog::reloadPreview()
{
    const QList<QStringList> rows = records();
    const int headerRows = m_headerRows->value();
    m_header = headerRows > 0 && rows.size() >= headerRows ? rows.at(headerRows - 1) : QStringList();
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    const QList<QStringList> dataRows = rows.mid(std::min<qsizetype>(headerRows, rows.size()));

    m_preview->clear();
    m_preview->setColumnCount(int(width));
    m_preview->setRowCount(int(dataRows.size()));
    QStringList titles;
    for (qsizetype column = 0; column < width; ++column) {
        const QString header = column < m_header.size() ? m_header.at(column).trimmed() : QString();
        titles.append(header.isEmpty() ? tr("Column %1").arg(column + 1)
                                       : tr("%1: %2").arg(column + 1).arg(header));
    }
    m_preview->setHorizontalHeaderLabels(titles);
    for (qsizetype row = 0; row < dataRows.size(); ++row) {
        for (qsizetype column = 0; column < dataRows.at(row).size(); ++column)
            m_preview->setItem(int(row), int(column), new QTableWidgetItem(dataRows.at(row).at(column)));
    }
    m_preview->resizeColumnsToContents();

    // The column choices follow the file's columns, keeping what was chosen where it still exists.
    for (QComboBox *combo : std::as_const(m_columns)) {
        const int chosen = combo->currentData().isValid() ? combo->currentData().toInt() : NoColumn;
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— not in the file —"), NoColumn);
        for (qsizetype column = 0; column < width; ++column)
            combo->addItem(titles.at(column), int(column));
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
}

CsvMapping BankCsvImportDialog::mapping() const
{
    CsvMapping result;
    result.name = m_save->isChecked() ? m_name->text().trimmed() : m_saved->currentData().toString();
    const QString code = m_encoding->currentData().toString();
    if (!code.isEmpty())
        result.encoding = io::textEncodingFromCode(code);
    result.delimiter = m_delimiter->currentData().toString().at(0);
    result.headerRows = m_headerRows->value();
    for (int field = 0; field < FieldCount; ++field) {
        const int position = m_columns.at(field)->currentData().toInt();
        if (position < 0)
            continue;
        CsvColumn &column = result.*Members[std::size_t(field)];
        // By its header name where the file has a distinct one, so the mapping survives a bank adding
        // a column; else by position.
        const QString header = position < m_header.size() ? m_header.at(position).trimmed() : QString();
        if (!header.isEmpty() && m_header.count(m_header.at(position)) == 1)
            column.header = header;
        else
            column.index = position;
    }
    return result;
}

payments::StatementAccount BankCsvImportDialog::statementAccount() const
{
    return m_accountChoices.value(m_accounts->currentIndex());
}

bool BankCsvImportDialog::saveMapping() const
{
    return m_save->isChecked();
}

void BankCsvImportDialog::check()
{
    if (m_loading)
        return;
    const CsvMapping current = mapping();
    QString problem;
    if (!current.isComplete()) {
        problem = tr("Choose the date column and either the signed amount or the deposit column.");
    } else if (m_save->isChecked() && current.name.isEmpty()) {
        problem = tr("Give the mapping a name to save it under.");
    } else {
        const payments::StatementReadResult read = payments::BankCsvReader::read(m_bytes, current);
        if (!read.ok()) {
            QStringList lines;
            for (const payments::StatementProblem &item : read.problems.mid(0, 5))
                lines.append(item.toString());
            if (read.problems.size() > 5)
                lines.append(tr("… and %n more", nullptr, int(read.problems.size() - 5)));
            problem = lines.join(QLatin1Char('\n'));
        } else {
            const payments::BankStatement &statement = read.statements.first();
            int incoming = 0;
            for (const payments::StatementLine &line : statement.lines)
                incoming += line.incoming ? 1 : 0;
            m_status->setStyleSheet(QString());
            m_status->setText(
                tr("%n line(s) read, %1 incoming, from %2 to %3.", nullptr, int(statement.lines.size()))
                    .arg(incoming)
                    .arg(QLocale().toString(statement.from, QLocale::ShortFormat),
                         QLocale().toString(statement.to, QLocale::ShortFormat)));
            m_import->setEnabled(true);
            return;
        }
    }
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(problem);
    m_import->setEnabled(false);
}

} // namespace kaishu::ui
