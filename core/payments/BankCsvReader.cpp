#include "BankCsvReader.h"

#include "io/Csv.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>

namespace kaishu::payments {

using money::Yen;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

constexpr int MaxHeaderRows = 100;
constexpr int GuessRecords = 20; // a header row is looked for among the first records

// The mapping's columns with their JSON keys, in one place for toJson, fromJson and the reader.
struct ColumnRole
{
    const char *key;
    CsvColumn CsvMapping::*column;
};

constexpr std::array<ColumnRole, 10> ColumnRoles{{
    {"accountDate", &CsvMapping::accountDate},
    {"valueDate", &CsvMapping::valueDate},
    {"amount", &CsvMapping::amount},
    {"deposit", &CsvMapping::deposit},
    {"withdrawal", &CsvMapping::withdrawal},
    {"payerName", &CsvMapping::payerName},
    {"inquiryNumber", &CsvMapping::inquiryNumber},
    {"memo", &CsvMapping::memo},
    {"ediInfo", &CsvMapping::ediInfo},
    {"balance", &CsvMapping::balance},
}};

// A header cell as compared: full-width letters and digits folded (NFKC), spaces, a unit in brackets
// ("(円)", "（円）", "[円]") and marks such as ※ dropped.
QString normalizedHeader(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression unit(QStringLiteral("[(\\[]円[)\\]]"));
    folded.remove(unit);
    QString result;
    for (const QChar c : folded) {
        if (!c.isSpace() && c != u'※' && c != u'*' && c != u'"')
            result += c;
    }
    return result;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Japanese eras a bank CSV may write: letter or name, first day, last day.
struct Era
{
    QStringView letter;
    QStringView name;
    int offset; // Western year = era year + offset
    QDate first;
    QDate last;
};

const std::array<Era, 3> &eras()
{
    static const std::array<Era, 3> list{{
        {u"R", u"令和", 2018, QDate(2019, 5, 1), QDate(9999, 12, 31)},
        {u"H", u"平成", 1988, QDate(1989, 1, 8), QDate(2019, 4, 30)},
        {u"S", u"昭和", 1925, QDate(1926, 12, 25), QDate(1989, 1, 7)},
    }};
    return list;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Mapping

bool CsvMapping::isComplete() const
{
    return accountDate.isSet() && (amount.isSet() || deposit.isSet());
}

QJsonObject CsvMapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), name);
    if (encoding)
        json.insert(QStringLiteral("encoding"), io::toCode(*encoding));
    json.insert(QStringLiteral("delimiter"), QString(delimiter));
    json.insert(QStringLiteral("headerRows"), headerRows);
    QJsonObject columns;
    for (const ColumnRole &role : ColumnRoles) {
        const CsvColumn &column = this->*role.column;
        if (!column.header.isEmpty())
            columns.insert(QLatin1String(role.key), column.header);
        else if (column.index >= 0)
            columns.insert(QLatin1String(role.key), column.index);
    }
    json.insert(QStringLiteral("columns"), columns);
    return json;
}

std::optional<CsvMapping> CsvMapping::fromJson(const QJsonObject &json)
{
    CsvMapping mapping;
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString())
        return std::nullopt;
    mapping.name = name.toString();

    const QJsonValue encoding = json.value(QStringLiteral("encoding"));
    if (!encoding.isUndefined() && !encoding.isNull()) {
        if (!encoding.isString())
            return std::nullopt;
        mapping.encoding = io::textEncodingFromCode(encoding.toString());
        if (!mapping.encoding)
            return std::nullopt;
    }

    const QJsonValue delimiter = json.value(QStringLiteral("delimiter"));
    if (!delimiter.isUndefined()) {
        if (!delimiter.isString() || delimiter.toString().size() != 1)
            return std::nullopt;
        mapping.delimiter = delimiter.toString().at(0);
        if (mapping.delimiter == u'"' || mapping.delimiter == u'\n' || mapping.delimiter == u'\r')
            return std::nullopt;
    }

    const QJsonValue headerRows = json.value(QStringLiteral("headerRows"));
    if (!headerRows.isUndefined()) {
        if (!headerRows.isDouble() || headerRows.toDouble() != double(headerRows.toInt()))
            return std::nullopt;
        mapping.headerRows = headerRows.toInt();
        if (mapping.headerRows < 0 || mapping.headerRows > MaxHeaderRows)
            return std::nullopt;
    }

    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (const ColumnRole &role : ColumnRoles) {
        const QJsonValue value = columns.value(QLatin1String(role.key));
        if (value.isUndefined() || value.isNull())
            continue;
        CsvColumn &column = mapping.*role.column;
        if (value.isString() && !value.toString().isEmpty()) {
            column.header = value.toString();
        } else if (value.isDouble() && value.toDouble() == double(value.toInt()) && value.toInt() >= 0) {
            column.index = value.toInt();
        } else {
            return std::nullopt;
        }
    }
    if (!mapping.isComplete())
        return std::nullopt;
    return mapping;
}

int CsvMapping::positionIn(const CsvColumn &column, const QStringList &headerRow)
{
    if (column.header.isEmpty())
        return column.index;
    const QString wanted = normalizedHeader(column.header);
    for (qsizetype i = 0; i < headerRow.size(); ++i) {
        if (normalizedHeader(headerRow.at(i)) == wanted)
            return int(i);
    }
    return -1;
}

std::optional<CsvMapping> CsvMapping::guess(const QByteArray &bytes)
{
    const io::TextEncoding encoding = io::detectEncoding(bytes);
    const auto text = io::decode(bytes, encoding);
    if (!text)
        return std::nullopt;

    // Known header names per role, the most telling first.
    struct Known
    {
        CsvColumn CsvMapping::*column;
        QList<QStringView> names;
    };
    static const QList<QStringView> payerNames{u"振込依頼人名", u"依頼人名",   u"振込依頼人",
                                               u"振込人名",     u"お振込人名", u"依頼人"};
    static const QList<QStringView> descriptionNames{u"摘要",     u"内容", u"取引内容", u"お取引内容",
                                                     u"摘要内容", u"明細", u"取引名",   u"お取引"};
    static const QList<QStringView> memoNames{u"メモ", u"備考"};
    static const QList<Known> known{
        {&CsvMapping::accountDate,
         {u"勘定日", u"取引日", u"日付", u"年月日", u"お取引日", u"取扱日", u"取引年月日", u"入出金日",
          u"お取引日付", u"取引日付"}},
        {&CsvMapping::valueDate, {u"起算日", u"お預入日", u"預入日"}},
        {&CsvMapping::deposit,
         {u"お預り金額", u"お預かり金額", u"お預入金額", u"お預入れ金額", u"預入金額", u"入金額", u"入金金額",
          u"入金", u"お預り", u"お預入れ"}},
        {&CsvMapping::withdrawal,
         {u"お引出し金額", u"お引出金額", u"お引き出し金額", u"引出金額", u"出金額", u"出金金額", u"出金",
          u"お支払金額", u"支払金額", u"お引出し", u"お支払"}},
        {&CsvMapping::amount, {u"金額", u"取引金額", u"入出金額", u"入出金金額"}},
        {&CsvMapping::inquiryNumber, {u"照会番号", u"取引番号", u"明細番号"}},
        {&CsvMapping::ediInfo, {u"EDI情報", u"EDI"}},
        {&CsvMapping::balance, {u"残高", u"差引残高", u"現在残高", u"お預り残高", u"取引後残高"}},
    };

    for (const QChar delimiter : {QChar(u','), QChar(u'\t')}) {
        io::CsvReader reader(*text, delimiter);
        int bestRow = -1;
        int bestScore = 0;
        CsvMapping best;
        for (int row = 0; row < GuessRecords; ++row) {
            const auto record = reader.readRecord();
            if (!record)
                break;
            QStringList cells;
            for (const QString &field : record->fields)
                cells << normalizedHeader(field);
            CsvMapping candidate;
            int score = 0;
            const auto find = [&cells, &record](const QList<QStringView> &names) -> std::optional<QString> {
                for (const QStringView wanted : names) {
                    for (qsizetype i = 0; i < cells.size(); ++i) {
                        if (cells.at(i) == wanted)
                            return record->fields.at(i).trimmed();
                    }
                }
                return std::nullopt;
            };
            for (const Known &entry : known) {
                if (const auto header = find(entry.names)) {
                    (candidate.*entry.column).header = *header;
                    ++score;
                }
            }
            // 摘要 is the payer's name where the export has no column of its own for it.
            const auto payer = find(payerNames);
            const auto description = find(descriptionNames);
            const auto memo = find(memoNames);
            if (payer) {
                candidate.payerName.header = *payer;
                if (description)
                    candidate.memo.header = *description;
                else if (memo)
                    candidate.memo.header = *memo;
            } else if (description) {
                candidate.payerName.header = *description;
                if (memo)
                    candidate.memo.header = *memo;
            }
            score += int(payer.has_value()) + int(description.has_value());
            // Separate deposit and withdrawal columns make a lone 金額 column something else.
            if (candidate.deposit.isSet())
                candidate.amount = {};
            if (candidate.isComplete() && score > bestScore) {
                bestScore = score;
                bestRow = row;
                best = candidate;
            }
        }
        if (bestRow >= 0) {
            best.encoding = encoding;
            best.delimiter = delimiter;
            best.headerRows = bestRow + 1;
            return best;
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Values

std::optional<QDate> BankCsvReader::parseDate(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    // "2024/04/01 10:23:45": the time of day is not the bank's date.
    if (const qsizetype space = text.indexOf(u' '); space > 0)
        text.truncate(space);
    if (text.isEmpty() || text.size() > 32)
        return std::nullopt;

    static const QRegularExpression western(
        QStringLiteral("^(\\d{4})(?:([/.\\-])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression era(
        QStringLiteral("^(令和|平成|昭和|[RrHhSs])\\.?(元|\\d{1,2})(?:([/"
                       ".\\-])(\\d{1,2})\\3(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)$"));

    if (const auto match = compact.match(text); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    if (const auto match = western.match(text); match.hasMatch()) {
        const bool slashed = match.capturedLength(2) > 0;
        const QDate date(match.captured(1).toInt(), match.captured(slashed ? 3 : 5).toInt(),
                         match.captured(slashed ? 4 : 6).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    if (const auto match = era.match(text); match.hasMatch()) {
        const QString marker = match.captured(1).toUpper();
        const int year = match.captured(2) == u"元" ? 1 : match.captured(2).toInt();
        const bool slashed = match.capturedLength(3) > 0;
        const int month = match.captured(slashed ? 4 : 6).toInt();
        const int day = match.captured(slashed ? 5 : 7).toInt();
        for (const Era &candidate : eras()) {
            if (marker != candidate.letter && marker != candidate.name)
                continue;
            if (year < 1)
                return std::nullopt;
            const QDate date(year + candidate.offset, month, day);
            if (!date.isValid() || date < candidate.first || date > candidate.last)
                return std::nullopt;
            return date;
        }
    }
    return std::nullopt;
}

std::optional<Yen> BankCsvReader::parseAmount(const QString &input)
{
    QString text = input.trimmed();
    // CP932 decodes the yen sign a Japanese spreadsheet writes as 0x5C to a backslash.
    if (text.startsWith(u'\\'))
        text[0] = u'¥';
    if (text.startsWith(u'+') || text.startsWith(u'＋'))
        text.remove(0, 1);
    return Yen::parse(text);
}

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

class CsvStatementReader
{
public:
    explicit CsvStatementReader(const CsvMapping &mapping)
        : m_mapping(mapping)
    {}

    StatementReadResult read(const QByteArray &bytes);

private:
    struct Resolved
    {
        int index = -1;
        QString name; // for messages: the header, or "column 3"
    };

    bool full() const { return m_problems.size() >= BankCsvReader::MaxProblems; }
    void report(int line, const QString &column, const QString &problem);
    bool resolveColumns(const QList<io::CsvRecord> &headers, int headerLine);
    std::optional<QString> cell(const io::CsvRecord &record, const Resolved &column, bool required);
    std::optional<QDate> dateCell(const io::CsvRecord &record, const Resolved &column, bool required);
    std::optional<Yen> amountCell(const io::CsvRecord &record, const Resolved &column);
    void readLine(const io::CsvRecord &record);
    void checkBalances();

    const CsvMapping &m_mapping;
    Resolved m_accountDate, m_valueDate, m_amount, m_deposit, m_withdrawal, m_payerName, m_inquiryNumber,
        m_memo, m_ediInfo, m_balance;
    BankStatement m_statement;
    QList<std::optional<Yen>> m_balances; // per line, where the file has a balance column
    QList<StatementProblem> m_problems;
};

void CsvStatementReader::report(int line, const QString &column, const QString &problem)
{
    if (full())
        return;
    StatementProblem entry{line, column, problem};
    if (m_problems.size() == BankCsvReader::MaxProblems - 1) {
        entry = {line,
                 {},
                 Text::tr("more than %1 problems; the file is not read further")
                     .arg(BankCsvReader::MaxProblems - 1)};
    }
    entry.unit = StatementProblem::Unit::Line;
    m_problems.append(entry);
}

bool CsvStatementReader::resolveColumns(const QList<io::CsvRecord> &headers, int headerLine)
{
    const auto resolve = [&](const CsvColumn &column, Resolved &resolved) {
        if (!column.header.isEmpty()) {
            const QString wanted = normalizedHeader(column.header);
            for (qsizetype row = headers.size() - 1; row >= 0 && resolved.index < 0; --row) {
                const QStringList &cells = headers.at(row).fields;
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    if (normalizedHeader(cells.at(i)) == wanted) {
                        resolved.index = int(i);
                        resolved.name = cells.at(i).trimmed();
                        break;
                    }
                }
            }
            if (resolved.index < 0) {
                report(headerLine, column.header,
                       Text::tr("the header has no column named \"%1\"").arg(column.header));
                return false;
            }
            return true;
        }
        if (column.index >= 0) {
            resolved.index = column.index;
            const QStringList cells = headers.isEmpty() ? QStringList() : headers.last().fields;
            resolved.name = column.index < cells.size() && !isBlank(cells.at(column.index))
                                ? cells.at(column.index).trimmed()
                                : Text::tr("column %1").arg(column.index + 1);
        }
        return true;
    };
    bool ok = true;
    ok &= resolve(m_mapping.accountDate, m_accountDate);
    ok &= resolve(m_mapping.valueDate, m_valueDate);
    ok &= resolve(m_mapping.amount, m_amount);
    ok &= resolve(m_mapping.deposit, m_deposit);
    ok &= resolve(m_mapping.withdrawal, m_withdrawal);
    ok &= resolve(m_mapping.payerName, m_payerName);
    ok &= resolve(m_mapping.inquiryNumber, m_inquiryNumber);
    ok &= resolve(m_mapping.memo, m_memo);
    ok &= resolve(m_mapping.ediInfo, m_ediInfo);
    ok &= resolve(m_mapping.balance, m_balance);
    return ok;
}

std::optional<QString> CsvStatementReader::cell(const io::CsvRecord &record, const Resolved &column,
                                                bool required)
{
    if (column.index < 0)
        return QString();
    if (column.index >= record.fields.size()) {
        if (required) {
            report(record.lineNumber, column.name,
                   Text::tr("the line has only %1 columns").arg(record.fields.size()));
            return std::nullopt;
        }
        return QString();
    }
    return record.fields.at(column.index).trimmed();
}

std::optional<QDate> CsvStatementReader::dateCell(const io::CsvRecord &record, const Resolved &column,
                                                  bool required)
{
    const auto text = cell(record, column, required);
    if (!text)
        return std::nullopt;
    if (text->isEmpty()) {
        if (required) {
            report(record.lineNumber, column.name, Text::tr("the date is missing"));
            return std::nullopt;
        }
        return QDate();
    }
    const auto date = BankCsvReader::parseDate(*text);
    if (!date)
        report(record.lineNumber, column.name, Text::tr("not a date: \"%1\"").arg(text->left(40)));
    return date;
}

// An amount cell: nothing on a problem, zero for an empty cell.
std::optional<Yen> CsvStatementReader::amountCell(const io::CsvRecord &record, const Resolved &column)
{
    const auto text = cell(record, column, false);
    if (!text)
        return std::nullopt;
    if (text->isEmpty() || *text == u"-" || *text == u"－")
        return Yen(0);
    const auto value = BankCsvReader::parseAmount(*text);
    if (!value)
        report(record.lineNumber, column.name, Text::tr("not an amount: \"%1\"").arg(text->left(40)));
    return value;
}

void CsvStatementReader::readLine(const io::CsvRecord &record)
{
    const qsizetype problemsBefore = m_problems.size();
    StatementLine line;
    line.recordNumber = record.lineNumber;
    if (const auto date = dateCell(record, m_accountDate, true))
        line.accountDate = *date;
    if (const auto date = dateCell(record, m_valueDate, false))
        line.valueDate = date->isValid() ? *date : line.accountDate;

    if (m_amount.index >= 0) {
        if (const auto value = amountCell(record, m_amount)) {
            if (value->isZero()) {
                report(record.lineNumber, m_amount.name, Text::tr("the amount is missing or zero"));
            } else {
                const auto magnitude = value->isNegative() ? Yen::checkedSub(Yen(0), *value) : value;
                if (magnitude) {
                    line.incoming = !value->isNegative();
                    line.amount = *magnitude;
                } else {
                    report(record.lineNumber, m_amount.name, Text::tr("the amount is out of range"));
                }
            }
        }
    } else {
        const auto in = amountCell(record, m_deposit);
        const auto out = amountCell(record, m_withdrawal);
        if (in && in->isNegative())
            report(record.lineNumber, m_deposit.name, Text::tr("the amount is negative"));
        if (out && out->isNegative())
            report(record.lineNumber, m_withdrawal.name, Text::tr("the amount is negative"));
        if (in && out && !in->isNegative() && !out->isNegative()) {
            if (!in->isZero() && !out->isZero()) {
                report(record.lineNumber, m_deposit.name,
                       Text::tr("both %1 and %2 are filled").arg(m_deposit.name, m_withdrawal.name));
            } else if (in->isZero() && out->isZero()) {
                report(record.lineNumber, m_deposit.name,
                       m_withdrawal.index >= 0
                           ? Text::tr("neither %1 nor %2 is filled").arg(m_deposit.name, m_withdrawal.name)
                           : Text::tr("the amount is missing or zero"));
            } else {
                line.incoming = !in->isZero();
                line.amount = line.incoming ? *in : *out;
            }
        }
    }
    if (const auto text = cell(record, m_payerName, false))
        line.payerName = *text;
    if (const auto text = cell(record, m_inquiryNumber, false))
        line.inquiryNumber = *text;
    if (const auto text = cell(record, m_memo, false))
        line.memo = *text;
    if (const auto text = cell(record, m_ediInfo, false))
        line.ediInfo = *text;
    std::optional<Yen> balance;
    if (m_balance.index >= 0) {
        if (const auto text = cell(record, m_balance, false); text && !text->isEmpty()) {
            balance = BankCsvReader::parseAmount(*text);
            if (!balance)
                report(record.lineNumber, m_balance.name,
                       Text::tr("not an amount: \"%1\"").arg(text->left(40)));
        }
    }
    if (m_problems.size() != problemsBefore)
        return;
    m_statement.lines.append(line);
    m_balances.append(balance);
}

// Each balance must be the previous one plus the line's money, in the order the lines happened: the
// file's order when its dates ascend, the reverse when they descend (newest first), and, where all
// dates are the same day, whichever order the balances agree with.
void CsvStatementReader::checkBalances()
{
    const QList<StatementLine> &lines = m_statement.lines;
    if (m_balance.index < 0 || lines.isEmpty())
        return;
    const auto signedAmount = [&lines](qsizetype i) {
        return lines.at(i).incoming ? lines.at(i).amount : Yen(-lines.at(i).amount.value());
    };
    // The first line (in time) where the balance does not follow, or -1.
    const auto firstBreak = [&](bool newestFirst) -> qsizetype {
        for (qsizetype step = 1; step < lines.size(); ++step) {
            const qsizetype current = newestFirst ? lines.size() - 1 - step : step;
            const qsizetype previous = newestFirst ? current + 1 : current - 1;
            if (!m_balances.at(current) || !m_balances.at(previous))
                continue;
            const auto expected = Yen::checkedAdd(*m_balances.at(previous), signedAmount(current));
            if (!expected || *expected != *m_balances.at(current))
                return current;
        }
        return -1;
    };
    const QDate first = lines.first().accountDate;
    const QDate last = lines.last().accountDate;
    bool newestFirst = first > last;
    qsizetype broken = firstBreak(newestFirst);
    if (broken >= 0 && first == last && firstBreak(!newestFirst) < 0) {
        newestFirst = !newestFirst;
        broken = -1;
    }
    if (broken >= 0) {
        report(lines.at(broken).recordNumber, m_balance.name,
               Text::tr("%1 does not follow from the previous balance and this line's amount (are the money "
                        "columns mapped right?)")
                   .arg(m_balances.at(broken)->toString()));
        return;
    }
    const qsizetype oldest = newestFirst ? lines.size() - 1 : 0;
    const qsizetype newest = newestFirst ? 0 : lines.size() - 1;
    if (m_balances.at(oldest)) {
        if (const auto opening = Yen::checkedSub(*m_balances.at(oldest), signedAmount(oldest)))
            m_statement.openingBalance = *opening;
    }
    m_statement.closingBalance = m_balances.at(newest);
}

StatementReadResult CsvStatementReader::read(const QByteArray &bytes)
{
    StatementReadResult result;
    m_statement.format = StatementFormat::BankCsv;
    if (!m_mapping.isComplete()) {
        report(0, {}, Text::tr("the column mapping needs a date column and an amount or deposit column"));
        result.problems = m_problems;
        return result;
    }
    if (bytes.isEmpty()) {
        report(0, {}, Text::tr("the file is empty"));
        result.problems = m_problems;
        return result;
    }
    const io::TextEncoding encoding = m_mapping.encoding.value_or(io::detectEncoding(bytes));
    QString error;
    const auto text = io::decode(bytes, encoding, &error);
    if (!text) {
        report(0, {}, error);
        result.problems = m_problems;
        return result;
    }

    io::CsvReader reader(*text, m_mapping.delimiter);
    QList<io::CsvRecord> headers;
    int headerLine = 0;
    bool columnsResolved = m_mapping.headerRows == 0 && resolveColumns(headers, 0);
    int dataRows = 0;
    while (!full()) {
        const auto record = reader.readRecord();
        if (!record)
            break;
        if (headers.size() < m_mapping.headerRows) {
            headers.append(*record);
            headerLine = record->lineNumber;
            if (headers.size() == m_mapping.headerRows && !resolveColumns(headers, headerLine))
                break;
            columnsResolved = headers.size() == m_mapping.headerRows;
            continue;
        }
        if (!columnsResolved)
            break;
        if (std::all_of(record->fields.begin(), record->fields.end(), isBlank))
            continue;
        ++dataRows;
        readLine(*record);
    }
    if (reader.hasError()) {
        // The CSV reader names the line itself; the problem carries it as its line number instead.
        QString message = reader.errorString();
        const QString prefix = QStringLiteral("line %1: ").arg(reader.errorLine());
        if (message.startsWith(prefix))
            message.remove(0, prefix.size());
        report(reader.errorLine(), {}, message);
    }
    if (m_problems.isEmpty() && headers.size() < m_mapping.headerRows)
        report(0, {},
               Text::tr("the file has fewer than the mapping's %1 header rows").arg(m_mapping.headerRows));
    if (m_problems.isEmpty() && dataRows == 0)
        report(headerLine, {}, Text::tr("the file has no lines after its header"));
    if (m_problems.isEmpty())
        checkBalances();
    if (!m_problems.isEmpty()) {
        result.problems = m_problems;
        return result;
    }
    for (const StatementLine &line : std::as_const(m_statement.lines)) {
        if (!m_statement.from.isValid() || line.accountDate < m_statement.from)
            m_statement.from = line.accountDate;
        if (!m_statement.to.isValid() || line.accountDate > m_statement.to)
            m_statement.to = line.accountDate;
    }
    result.statements.append(m_statement);
    return result;
}

} // namespace

StatementReadResult BankCsvReader::read(const QByteArray &bytes, const CsvMapping &mapping)
{
    return CsvStatementReader(mapping).read(bytes);
}

} // namespace kaishu::payments
