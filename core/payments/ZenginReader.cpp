#include "ZenginReader.h"

#include "ZenginLayout.h"

#include <QCoreApplication>

namespace kaishu::payments {

using money::Yen;
using zengin::Calendar;
using zengin::Field;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

constexpr uchar EndOfFileMark = 0x1A;
constexpr uchar EbcdicDigitOne = 0xF1; // '1' in EBCDIC: the first byte of an EBCDIC header

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

bool allDigits(QByteArrayView bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.begin(), bytes.end(), isDigit);
}

bool allOf(QByteArrayView bytes, char c)
{
    return std::all_of(bytes.begin(), bytes.end(), [c](char b) { return b == c; });
}

QString fieldName(const Field &field)
{
    return field.name.toString();
}

// One record of the file: its 1-based number (the line, where the file has line breaks) and where
// its bytes lie.
struct RecordSpan
{
    int number = 0;
    qsizetype offset = 0;
    qsizetype length = 0;
};

// A header…trailer group being read: one account's statement and the sums its trailer must match.
struct Group
{
    BankStatement statement;
    int headerRecord = 0;
    bool known = false;    // 種別コード 01 or 03: its data records can be read
    bool transfer = true;  // 01 (otherwise 03)
    bool sound = true;     // every data record was read: counts and sums can be compared
    bool overflow = false; // a sum left qint64
    Calendar calendar = Calendar::JapaneseEra;
    QDate anchor; // 作成日, which decides between 令和 and 平成 for the other dates
    int dataRecords = 0;
    int cancelledCount = 0;
    int inCount = 0;
    int outCount = 0;
    Yen total;
    Yen cancelledTotal;
    Yen inTotal;
    Yen outTotal;
};

class Parser
{
public:
    Parser(const QByteArray &bytes, const ZenginReadOptions &options)
        : m_original(bytes)
        , m_options(options)
    {}

    StatementReadResult run();

private:
    enum class State { BeforeHeader, InGroup, AfterEnd };

    bool full() const { return m_problems.size() >= ZenginReader::MaxProblems; }
    void report(int record, const QString &field, const QString &problem);
    void report(int record, const Field &field, const QString &problem)
    {
        report(record, fieldName(field), problem);
    }

    bool translate();
    QList<RecordSpan> split() const;
    void readRecord(const RecordSpan &record);

    QByteArrayView raw(const RecordSpan &record, const Field &field) const;
    QString shown(const RecordSpan &record, const Field &field) const;
    std::optional<QString> text(const RecordSpan &record, const Field &field);
    std::optional<QString> digits(const RecordSpan &record, const Field &field, bool blankAllowed);
    std::optional<Yen> amount(const RecordSpan &record, const Field &field, bool blankAllowed);
    std::optional<int> count(const RecordSpan &record, const Field &field);
    std::optional<QDate> date(const RecordSpan &record, const Field &field, Calendar calendar, QDate anchor,
                              bool blankAllowed);
    std::optional<Yen> signedBalance(const RecordSpan &record, const Field &sign, const Field &balance);
    void add(Yen &sum, Yen value);

    void beginGroup(const RecordSpan &record);
    void readTransferData(const RecordSpan &record);
    void readAccountData(const RecordSpan &record);
    // The fields both data records carry, into line (problems reported as they are found).
    void readSharedFields(const RecordSpan &record, const Group &group, const zengin::LineFields &fields,
                          StatementLine &line);
    void checkDateRange(const RecordSpan &record, const Field &field, QDate date);
    void endGroup(const RecordSpan &record);
    void checkTransferTrailer(const RecordSpan &record);
    void checkAccountTrailer(const RecordSpan &record);
    void compareCount(const RecordSpan &record, const Field &field, int counted);
    void compareSum(const RecordSpan &record, const Field &field, Yen added);
    static void pairCorrections(BankStatement &statement);

    const QByteArray &m_original;
    const ZenginReadOptions &m_options;
    QByteArray m_data; // the file in JIS X 0201 (an EBCDIC file translated byte for byte)
    bool m_ebcdic = false;
    State m_state = State::BeforeHeader;
    std::optional<Group> m_group;
    QList<BankStatement> m_statements;
    QList<StatementProblem> m_problems;
};

void Parser::report(int record, const QString &field, const QString &problem)
{
    if (full())
        return;
    if (m_problems.size() == ZenginReader::MaxProblems - 1) {
        m_problems.append({record,
                           {},
                           Text::tr("more than %1 problems; the file is not read further")
                               .arg(ZenginReader::MaxProblems - 1)});
        return;
    }
    m_problems.append({record, field, problem});
}

// An EBCDIC file is translated to JIS X 0201 byte for byte, so that every position (and every
// message) stays the same and one parser serves both code sets.
bool Parser::translate()
{
    m_ebcdic = static_cast<uchar>(m_original.at(0)) == EbcdicDigitOne;
    if (!m_ebcdic) {
        m_data = m_original;
        return true;
    }
    const zengin::ByteTable *table = zengin::ebcdicToJis();
    if (!table) {
        report(0, QString(),
               Text::tr("the file is in EBCDIC, and this machine has no EBCDIC (ibm-290) table"));
        return false;
    }
    m_data.resize(m_original.size());
    for (qsizetype i = 0; i < m_original.size(); ++i) {
        const int jis = (*table)[static_cast<uchar>(m_original.at(i))];
        // 0x00 is no JIS X 0201 character either: the field that holds it reports the original byte.
        m_data[i] = jis < 0 ? '\0' : static_cast<char>(jis);
    }
    return true;
}

QList<RecordSpan> Parser::split() const
{
    // A trailing end-of-file mark (0x1A) and trailing line breaks are what old transfer software
    // appends; they are not records.
    qsizetype end = m_data.size();
    while (end > 0 &&
           (isLineBreak(m_data.at(end - 1)) || static_cast<uchar>(m_data.at(end - 1)) == EndOfFileMark))
        --end;
    const QByteArrayView content(m_data.constData(), end);
    QList<RecordSpan> records;
    if (content.contains('\n') || content.contains('\r')) {
        qsizetype start = 0;
        int number = 1;
        while (start < end) {
            qsizetype stop = start;
            while (stop < end && !isLineBreak(m_data.at(stop)))
                ++stop;
            records.append({number++, start, stop - start});
            if (stop + 1 < end && m_data.at(stop) == '\r' && m_data.at(stop + 1) == '\n')
                ++stop;
            start = stop + 1;
        }
    } else {
        int number = 1;
        for (qsizetype start = 0; start < end; start += zengin::RecordLength)
            records.append({number++, start, qMin<qsizetype>(zengin::RecordLength, end - start)});
    }
    // Trailing blank lines or blank padding after the end record are an editor's or a transfer
    // program's leftover, not records.
    while (!records.isEmpty() && allOf(content.sliced(records.last().offset, records.last().length), ' '))
        records.removeLast();
    return records;
}

StatementReadResult Parser::run()
{
    StatementReadResult result;
    if (m_original.isEmpty()) {
        report(0, QString(), Text::tr("the file is empty"));
        result.problems = m_problems;
        return result;
    }
    if (!translate()) {
        result.problems = m_problems;
        return result;
    }
    const QList<RecordSpan> records = split();
    if (records.isEmpty()) {
        report(0, QString(), Text::tr("the file holds no records"));
    } else if (m_data.at(records.first().offset) != zengin::HeaderRecord) {
        // Not a Zengin file at all: one problem says so instead of one per 200 bytes of something else.
        report(
            1, zengin::header::Kind,
            Text::tr("the file does not start with a Zengin header record (1): not a Zengin 01 or 03 file"));
    } else {
        for (const RecordSpan &record : records) {
            if (full())
                break;
            if (m_state == State::AfterEnd) {
                report(record.number, zengin::header::Kind, Text::tr("a record after the end record (9)"));
                break;
            }
            readRecord(record);
        }
        if (m_group) {
            report(0, zengin::header::Kind,
                   Text::tr("the group that starts at record %1 has no trailer record (8)")
                       .arg(m_group->headerRecord));
            m_group.reset();
        }
        if (m_state != State::AfterEnd)
            report(0, zengin::header::Kind, Text::tr("the file has no end record (9)"));
    }
    if (m_problems.isEmpty() && m_statements.isEmpty())
        report(0, QString(), Text::tr("the file holds no statement"));
    if (m_problems.isEmpty())
        result.statements = m_statements;
    result.problems = m_problems;
    return result;
}

void Parser::readRecord(const RecordSpan &record)
{
    const char kind = record.length > 0 ? m_data.at(record.offset) : ' ';
    const bool wellSized = record.length == zengin::RecordLength;
    if (!wellSized) {
        report(record.number, QString(),
               Text::tr("the record has %1 bytes; a Zengin record has %2")
                   .arg(record.length)
                   .arg(zengin::RecordLength));
        if (m_group)
            m_group->sound = false;
    }
    switch (kind) {
    case zengin::HeaderRecord:
        if (m_group) {
            report(
                record.number, zengin::header::Kind,
                Text::tr("a header record, but the group that starts at record %1 has no trailer record (8)")
                    .arg(m_group->headerRecord));
        }
        m_group.reset();
        m_state = State::InGroup;
        if (wellSized) {
            beginGroup(record);
        } else {
            // Its data records still count, but nothing of it can be trusted.
            m_group = Group();
            m_group->headerRecord = record.number;
            m_group->sound = false;
        }
        return;
    case zengin::DataRecord:
        if (!m_group) {
            report(record.number, zengin::header::Kind,
                   Text::tr("a data record outside a header…trailer group"));
            return;
        }
        ++m_group->dataRecords;
        if (!wellSized || !m_group->known)
            return;
        if (m_group->transfer)
            readTransferData(record);
        else
            readAccountData(record);
        return;
    case zengin::TrailerRecord:
        if (!m_group) {
            report(record.number, zengin::header::Kind, Text::tr("a trailer record without a header record"));
            return;
        }
        if (wellSized)
            endGroup(record);
        m_group.reset();
        m_state = State::BeforeHeader;
        return;
    case zengin::EndRecord:
        if (m_group) {
            report(record.number, zengin::header::Kind,
                   Text::tr("the end record comes before the trailer record (8) of the group that starts at "
                            "record %1")
                       .arg(m_group->headerRecord));
            m_group.reset();
        }
        m_state = State::AfterEnd;
        return;
    default:
        report(record.number, zengin::header::Kind,
               Text::tr("\"%1\" is no record type (1 header, 2 data, 8 trailer, 9 end)")
                   .arg(shown(record, zengin::header::Kind)));
        if (m_group)
            m_group->sound = false;
        return;
    }
}

QByteArrayView Parser::raw(const RecordSpan &record, const Field &field) const
{
    const qsizetype start = field.start - 1;
    if (start < 0 || start + field.length > record.length)
        return {};
    return QByteArrayView(m_data.constData() + record.offset + start, field.length);
}

// The field as a clerk should see it in a message: the JIS X 0201 text, other bytes as <XX> (the
// original byte, for an EBCDIC file).
QString Parser::shown(const RecordSpan &record, const Field &field) const
{
    QString result;
    const qsizetype start = field.start - 1;
    if (start < 0 || start + field.length > record.length)
        return result;
    for (qsizetype i = 0; i < field.length; ++i) {
        const qsizetype at = record.offset + start + i;
        if (const auto character = zengin::jisCharacter(static_cast<uchar>(m_data.at(at))))
            result += *character;
        else
            result += QStringLiteral("<%1>")
                          .arg(static_cast<uchar>(m_original.at(at)), 2, 16, QLatin1Char('0'))
                          .toUpper();
    }
    return result;
}

std::optional<QString> Parser::text(const RecordSpan &record, const Field &field)
{
    const QByteArrayView bytes = raw(record, field);
    QString result;
    result.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto character = zengin::jisCharacter(static_cast<uchar>(bytes.at(i)));
        if (!character) {
            const uchar original = static_cast<uchar>(m_original.at(record.offset + field.start - 1 + i));
            report(record.number, field,
                   (m_ebcdic ? Text::tr("byte %1 at position %2 is no EBCDIC katakana (CCSID 290) character")
                             : Text::tr("byte %1 at position %2 is no JIS X 0201 character"))
                       .arg(QStringLiteral("0x") +
                            QStringLiteral("%1").arg(original, 2, 16, QLatin1Char('0')).toUpper())
                       .arg(field.start + i));
            return std::nullopt;
        }
        result += *character;
    }
    // Text fields are left-aligned and space-filled.
    qsizetype length = result.size();
    while (length > 0 && result.at(length - 1) == u' ')
        --length;
    result.truncate(length);
    return result;
}

std::optional<QString> Parser::digits(const RecordSpan &record, const Field &field, bool blankAllowed)
{
    const QByteArrayView bytes = raw(record, field);
    if (blankAllowed && allOf(bytes, ' '))
        return QString();
    if (!allDigits(bytes)) {
        report(record.number, field, Text::tr("not a number: \"%1\"").arg(shown(record, field)));
        return std::nullopt;
    }
    return QString::fromLatin1(bytes);
}

std::optional<Yen> Parser::amount(const RecordSpan &record, const Field &field, bool blankAllowed)
{
    const auto text = digits(record, field, blankAllowed);
    if (!text)
        return std::nullopt;
    // At most 14 digits (N14): always within qint64.
    return Yen(text->isEmpty() ? 0 : text->toLongLong());
}

std::optional<int> Parser::count(const RecordSpan &record, const Field &field)
{
    const auto text = digits(record, field, false);
    if (!text)
        return std::nullopt;
    return text->toInt();
}

std::optional<QDate> Parser::date(const RecordSpan &record, const Field &field, Calendar calendar,
                                  QDate anchor, bool blankAllowed)
{
    const QByteArrayView bytes = raw(record, field);
    if (blankAllowed && (allOf(bytes, ' ') || allOf(bytes, '0')))
        return QDate();
    if (!allDigits(bytes)) {
        report(record.number, field, Text::tr("not a date (YYMMDD): \"%1\"").arg(shown(record, field)));
        return std::nullopt;
    }
    const auto pair = [&bytes](int at) { return (bytes.at(at) - '0') * 10 + (bytes.at(at + 1) - '0'); };
    const auto result = zengin::dateFromDigits(pair(0), pair(2), pair(4), calendar, anchor);
    if (!result) {
        report(record.number, field,
               (calendar == Calendar::JapaneseEra ? Text::tr("not a date of 令和 or 平成 (YYMMDD): \"%1\"")
                                                  : Text::tr("not a date (YYMMDD): \"%1\""))
                   .arg(shown(record, field)));
    }
    return result;
}

std::optional<Yen> Parser::signedBalance(const RecordSpan &record, const Field &sign, const Field &balance)
{
    const char flag = raw(record, sign).at(0);
    const bool minus = flag == '2';
    bool ok = true;
    if (!minus && flag != '1' && flag != '0' && flag != ' ') {
        report(record.number, sign,
               Text::tr("\"%1\" is neither 1 (plus) nor 2 (minus)").arg(shown(record, sign)));
        ok = false;
    }
    const auto value = amount(record, balance, false);
    if (!value || !ok)
        return std::nullopt;
    return minus ? -*value : *value;
}

void Parser::add(Yen &sum, Yen value)
{
    if (const auto added = Yen::checkedAdd(sum, value))
        sum = *added;
    else
        m_group->overflow = true;
}

void Parser::beginGroup(const RecordSpan &record)
{
    m_group = Group();
    Group &group = *m_group;
    group.headerRecord = record.number;
    const qsizetype problemsBefore = m_problems.size();

    const QByteArrayView typeCode = raw(record, zengin::header::TypeCode);
    if (typeCode == "01") {
        group.known = true;
        group.transfer = true;
        group.statement.format = StatementFormat::ZenginTransferNotice;
    } else if (typeCode == "03") {
        group.known = true;
        group.transfer = false;
        group.statement.format = StatementFormat::ZenginAccountStatement;
    } else {
        report(record.number, zengin::header::TypeCode,
               Text::tr("\"%1\" is neither 01 (振込入金通知) nor 03 (入出金取引明細)")
                   .arg(shown(record, zengin::header::TypeCode)));
    }

    const char codeSet = raw(record, zengin::header::CodeSet).at(0);
    if (codeSet != '0' && codeSet != '1') {
        report(
            record.number, zengin::header::CodeSet,
            Text::tr("\"%1\" is neither 0 (JIS) nor 1 (EBCDIC)").arg(shown(record, zengin::header::CodeSet)));
    } else if ((codeSet == '1') != m_ebcdic) {
        report(record.number, zengin::header::CodeSet,
               m_ebcdic ? Text::tr("the header says JIS (0), but the file is written in EBCDIC")
                        : Text::tr("the header says EBCDIC (1), but the file is written in JIS X 0201"));
    }

    // The 作成日 decides the calendar of the whole group (see ZenginDateStyle).
    const QDate reference = m_options.referenceDate;
    std::optional<QDate> created;
    if (m_options.dateStyle == ZenginDateStyle::Western) {
        group.calendar = Calendar::Western;
        created = date(record, zengin::header::Created, Calendar::Western, reference, false);
    } else if (m_options.dateStyle == ZenginDateStyle::Auto && reference.isValid() &&
               allDigits(raw(record, zengin::header::Created))) {
        const QByteArrayView bytes = raw(record, zengin::header::Created);
        const auto pair = [&bytes](int at) { return (bytes.at(at) - '0') * 10 + (bytes.at(at + 1) - '0'); };
        const auto era = zengin::dateFromDigits(pair(0), pair(2), pair(4), Calendar::JapaneseEra, reference);
        const auto western = zengin::dateFromDigits(pair(0), pair(2), pair(4), Calendar::Western, reference);
        if (western && (!era || qAbs(reference.daysTo(*western)) < qAbs(reference.daysTo(*era))))
            group.calendar = Calendar::Western;
        created = date(record, zengin::header::Created, group.calendar, reference, false);
    } else {
        created = date(record, zengin::header::Created, Calendar::JapaneseEra, reference, false);
    }
    if (created) {
        group.statement.created = *created;
        group.anchor = *created;
    }
    const auto from = date(record, zengin::header::From, group.calendar, group.anchor, false);
    const auto to = date(record, zengin::header::To, group.calendar, group.anchor, false);
    if (from && to) {
        group.statement.from = *from;
        group.statement.to = *to;
        if (*to < *from) {
            report(record.number, zengin::header::To,
                   Text::tr("%1 is before 勘定日(自) %2")
                       .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
        }
    }

    StatementAccount &account = group.statement.account;
    if (const auto code = digits(record, zengin::header::BankCode, false))
        account.bankCode = *code;
    if (const auto name = text(record, zengin::header::BankName))
        account.bankName = *name;
    if (const auto code = digits(record, zengin::header::BranchCode, false))
        account.branchCode = *code;
    if (const auto name = text(record, zengin::header::BranchName))
        account.branchName = *name;

    if (group.known) {
        const Field &kindField =
            group.transfer ? zengin::transfer::DepositKind : zengin::account::DepositKind;
        const char kind = raw(record, kindField).at(0);
        if (kind == '1' || kind == '2' || kind == '4' || kind == '9') {
            account.depositKind = kind - '0';
        } else {
            report(record.number, kindField,
                   Text::tr("\"%1\" is no deposit kind (1 普通, 2 当座, 4 貯蓄, 9 other)")
                       .arg(shown(record, kindField)));
        }
        const Field &numberField =
            group.transfer ? zengin::transfer::AccountNumber : zengin::account::AccountNumber;
        if (auto number = digits(record, numberField, false)) {
            // A 03 file writes the account number in 10 digits; banks' numbers have 7.
            if (number->size() > 7 && number->startsWith(QStringLiteral("000")))
                *number = number->right(7);
            account.accountNumber = *number;
        }
        const Field &nameField =
            group.transfer ? zengin::transfer::AccountName : zengin::account::AccountName;
        if (const auto name = text(record, nameField))
            account.accountName = *name;
        if (!group.transfer) {
            group.statement.openingBalance =
                signedBalance(record, zengin::account::OpeningSign, zengin::account::OpeningBalance);
        }
    }
    if (m_problems.size() != problemsBefore)
        group.sound = false;
}

void Parser::checkDateRange(const RecordSpan &record, const Field &field, QDate date)
{
    const BankStatement &statement = m_group->statement;
    if (!statement.from.isValid() || !statement.to.isValid() || !date.isValid())
        return;
    if (date < statement.from || date > statement.to) {
        report(record.number, field,
               Text::tr("%1 lies outside the header's 勘定日 %2 – %3")
                   .arg(date.toString(Qt::ISODate), statement.from.toString(Qt::ISODate),
                        statement.to.toString(Qt::ISODate)));
    }
}

void Parser::readSharedFields(const RecordSpan &record, const Group &group, const zengin::LineFields &fields,
                              StatementLine &line)
{
    if (const auto number = digits(record, fields.inquiryNumber, true))
        line.inquiryNumber = *number;
    if (const auto accountDate = date(record, fields.accountDate, group.calendar, group.anchor, false)) {
        line.accountDate = *accountDate;
        checkDateRange(record, fields.accountDate, *accountDate);
    }
    if (const auto valueDate = date(record, fields.valueDate, group.calendar, group.anchor, true))
        line.valueDate = valueDate->isValid() ? *valueDate : line.accountDate;
    const auto value = amount(record, fields.amount, false);
    if (value) {
        line.amount = *value;
        if (value->isZero())
            report(record.number, fields.amount, Text::tr("the amount is zero"));
    }
    if (const auto cheques = amount(record, fields.otherBankCheques, true);
        cheques && value && *cheques > *value) {
        report(record.number, fields.otherBankCheques,
               Text::tr("%1 is more than the %2 %3")
                   .arg(cheques->toString(), fields.amount.name.toString(), value->toString()));
    }
    if (const auto code = digits(record, fields.payerCode, true))
        line.payerCode = allOf(code->toLatin1(), '0') ? QString() : *code;
    if (const auto name = text(record, fields.payerName))
        line.payerName = *name;
    if (const auto bank = text(record, fields.sendingBank))
        line.sendingBank = *bank;
    if (const auto branch = text(record, fields.sendingBranch))
        line.sendingBranch = *branch;
    if (const auto edi = text(record, fields.ediInfo))
        line.ediInfo = *edi;
}

void Parser::readTransferData(const RecordSpan &record)
{
    namespace layout = zengin::transfer;
    Group &group = *m_group;
    const qsizetype problemsBefore = m_problems.size();
    StatementLine line;
    line.recordNumber = record.number;
    line.incoming = true;
    readSharedFields(record, group, zengin::transfer::Line, line);
    const char cancellation = raw(record, layout::Cancellation).at(0);
    if (cancellation == '1') {
        line.cancelled = true;
    } else if (cancellation != '0' && cancellation != ' ') {
        report(
            record.number, layout::Cancellation,
            Text::tr("\"%1\" is neither 1 (cancelled) nor blank").arg(shown(record, layout::Cancellation)));
    }

    if (m_problems.size() != problemsBefore) {
        group.sound = false;
        return;
    }
    add(group.total, line.amount);
    if (line.cancelled) {
        ++group.cancelledCount;
        add(group.cancelledTotal, line.amount);
    }
    group.statement.lines.append(line);
}

void Parser::readAccountData(const RecordSpan &record)
{
    namespace layout = zengin::account;
    Group &group = *m_group;
    const qsizetype problemsBefore = m_problems.size();
    StatementLine line;
    line.recordNumber = record.number;
    readSharedFields(record, group, zengin::account::Line, line);
    const char direction = raw(record, layout::Direction).at(0);
    if (direction == layout::Incoming || direction == layout::Outgoing) {
        line.incoming = direction == layout::Incoming;
    } else {
        report(record.number, layout::Direction,
               Text::tr("\"%1\" is neither 1 (入金) nor 2 (出金)").arg(shown(record, layout::Direction)));
    }
    if (const auto kind = digits(record, layout::TransactionKind, false))
        line.transactionKind = *kind;
    if (const auto memo = text(record, layout::Memo))
        line.memo = *memo;

    if (m_problems.size() != problemsBefore) {
        group.sound = false;
        return;
    }
    if (line.incoming) {
        ++group.inCount;
        add(group.inTotal, line.amount);
    } else {
        ++group.outCount;
        add(group.outTotal, line.amount);
    }
    group.statement.lines.append(line);
}

void Parser::compareCount(const RecordSpan &record, const Field &field, int counted)
{
    const auto stated = count(record, field);
    if (stated && *stated != counted)
        report(record.number, field,
               Text::tr("the file has %1, the trailer says %2").arg(counted).arg(*stated));
}

void Parser::compareSum(const RecordSpan &record, const Field &field, Yen added)
{
    const auto stated = amount(record, field, false);
    if (!stated)
        return;
    if (m_group->overflow) {
        report(record.number, field, Text::tr("the amounts add up to more than can be counted"));
        return;
    }
    if (*stated != added) {
        report(record.number, field,
               Text::tr("the amounts add up to %1, the trailer says %2")
                   .arg(added.toString(), stated->toString()));
    }
}

void Parser::checkTransferTrailer(const RecordSpan &record)
{
    namespace layout = zengin::transfer;
    const Group &group = *m_group;
    // 件数 counts records, so it can be checked even where a record could not be read.
    compareCount(record, layout::Count, group.dataRecords);
    if (!group.sound)
        return;
    compareSum(record, layout::Total, group.total);
    compareCount(record, layout::CancelledCount, group.cancelledCount);
    compareSum(record, layout::CancelledTotal, group.cancelledTotal);
}

void Parser::checkAccountTrailer(const RecordSpan &record)
{
    namespace layout = zengin::account;
    Group &group = *m_group;
    const auto closing = signedBalance(record, layout::ClosingSign, layout::ClosingBalance);
    if (!group.sound)
        return;
    compareCount(record, layout::InCount, group.inCount);
    compareSum(record, layout::InTotal, group.inTotal);
    compareCount(record, layout::OutCount, group.outCount);
    compareSum(record, layout::OutTotal, group.outTotal);
    if (!closing || !group.statement.openingBalance || group.overflow)
        return;
    group.statement.closingBalance = closing;
    const auto afterIn = Yen::checkedAdd(*group.statement.openingBalance, group.inTotal);
    const auto expected = afterIn ? Yen::checkedSub(*afterIn, group.outTotal) : std::nullopt;
    if (!expected) {
        report(record.number, layout::ClosingBalance, Text::tr("the balance leaves what can be counted"));
    } else if (*expected != *closing) {
        report(record.number, layout::ClosingBalance,
               Text::tr("取引前残高 %1 + 入金 %2 − 出金 %3 = %4, the trailer says %5")
                   .arg(group.statement.openingBalance->toString(), group.inTotal.toString(),
                        group.outTotal.toString(), expected->toString(), closing->toString()));
    }
}

void Parser::endGroup(const RecordSpan &record)
{
    Group &group = *m_group;
    if (!group.known)
        return;
    if (group.transfer)
        checkTransferTrailer(record);
    else
        checkAccountTrailer(record);
    if (!group.transfer)
        pairCorrections(group.statement);
    m_statements.append(group.statement);
}

// See ZenginReader: a correction (取引区分 19) and the earlier movement it reverses cancel out.
void Parser::pairCorrections(BankStatement &statement)
{
    QList<StatementLine> &lines = statement.lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).transactionKind != zengin::account::CorrectionKind)
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const StatementLine &original = lines.at(j);
            if (!original.cancelled && original.transactionKind != zengin::account::CorrectionKind &&
                original.amount == lines.at(i).amount && original.incoming != lines.at(i).incoming) {
                lines[j].cancelled = true;
                lines[i].cancelled = true;
                break;
            }
        }
    }
}

} // namespace

bool ZenginReader::looksLikeZengin(const QByteArray &bytes)
{
    // A whole header at least: shorter text that happens to start with "101" is not a bank file.
    if (bytes.size() < zengin::RecordLength)
        return false;
    // The first 201 bytes in JIS X 0201: the header and the byte after it.
    QByteArray head = bytes.left(zengin::RecordLength + 1);
    if (static_cast<uchar>(head.at(0)) == EbcdicDigitOne) {
        const zengin::ByteTable *table = zengin::ebcdicToJis();
        if (!table)
            return false;
        for (qsizetype i = 0; i < head.size(); ++i) {
            const int jis = (*table)[static_cast<uchar>(head.at(i))];
            head[i] = jis < 0 ? '\0' : static_cast<char>(jis);
        }
    }
    const QByteArrayView view(head);
    if (view.at(0) != zengin::HeaderRecord)
        return false;
    if (view.sliced(1, 2) != "01" && view.sliced(1, 2) != "03")
        return false;
    if (view.at(3) != '0' && view.at(3) != '1')
        return false;
    if (!allDigits(view.sliced(4, 6)))
        return false;
    // What follows the header: a line break, the next record, or the end of a truncated file.
    if (view.size() > zengin::RecordLength) {
        const char next = view.at(zengin::RecordLength);
        return isLineBreak(next) || static_cast<uchar>(next) == EndOfFileMark || next == zengin::DataRecord ||
               next == zengin::TrailerRecord;
    }
    return true;
}

StatementReadResult ZenginReader::read(const QByteArray &bytes, const ZenginReadOptions &options)
{
    return Parser(bytes, options).run();
}

} // namespace kaishu::payments
