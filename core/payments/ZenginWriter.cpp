#include "ZenginWriter.h"

#include "ZenginLayout.h"

#include <QCoreApplication>

#include <limits>

namespace kaishu::payments {

using money::Yen;
using zengin::Calendar;
using zengin::Field;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

// One 200-byte record being filled: numeric fields right-aligned and zero-filled, text fields
// left-aligned and space-filled, as the layouts prescribe. The first field that cannot be written
// sets the error; later ones are ignored.
class RecordBuilder
{
public:
    RecordBuilder(char kind, QString where, QString *error)
        : m_bytes(zengin::RecordLength, ' ')
        , m_where(std::move(where))
        , m_error(error)
    {
        m_bytes[0] = kind;
    }

    bool ok() const { return m_ok; }
    const QByteArray &bytes() const { return m_bytes; }

    void put(const Field &field, const QByteArray &value)
    {
        if (!m_ok)
            return;
        if (value.size() > field.length) {
            fail(field, Text::tr("\"%1\" is longer than the field's %2 bytes")
                            .arg(QString::fromLatin1(value))
                            .arg(field.length));
            return;
        }
        m_bytes.replace(field.start - 1, value.size(), value);
    }

    void number(const Field &field, qint64 value)
    {
        if (value < 0) {
            fail(field, Text::tr("%1 is negative").arg(value));
            return;
        }
        const QByteArray digits = QByteArray::number(value);
        if (digits.size() > field.length) {
            fail(field, Text::tr("%1 has more than %2 digits").arg(value).arg(field.length));
            return;
        }
        put(field, digits.rightJustified(field.length, '0'));
    }

    // A numeric code kept as text (照会番号, 振込依頼人コード): right-aligned and zero-filled, or
    // `emptyAs` filled when there is none.
    void code(const Field &field, const QString &value, char emptyAs)
    {
        if (value.isEmpty()) {
            put(field, QByteArray(field.length, emptyAs));
            return;
        }
        if (!std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
            fail(field, Text::tr("\"%1\" is not a number").arg(value));
            return;
        }
        put(field, value.toLatin1().rightJustified(field.length, '0'));
    }

    void text(const Field &field, const QString &value)
    {
        QByteArray bytes;
        bytes.reserve(value.size());
        for (const QChar character : value) {
            const auto byte = zengin::jisByte(character);
            if (!byte) {
                fail(field,
                     Text::tr("\"%1\" has %2, which JIS X 0201 cannot hold").arg(value, QString(character)));
                return;
            }
            bytes.append(static_cast<char>(*byte));
        }
        if (bytes.size() > field.length) {
            fail(field, Text::tr("\"%1\" is longer than the field's %2 bytes").arg(value).arg(field.length));
            return;
        }
        put(field, bytes.leftJustified(field.length, ' '));
    }

    void date(const Field &field, QDate value, Calendar calendar)
    {
        const auto digits = zengin::digitsFromDate(value, calendar);
        if (!digits) {
            fail(field, value.isValid()
                            ? Text::tr("%1 cannot be written as YYMMDD").arg(value.toString(Qt::ISODate))
                            : Text::tr("the date is missing"));
            return;
        }
        put(field, *digits);
    }

    void fail(const Field &field, const QString &problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error =
                m_where + QStringLiteral(", ") + field.name.toString() + QStringLiteral(": ") + problem;
    }

private:
    QByteArray m_bytes;
    QString m_where;
    QString *m_error = nullptr;
    bool m_ok = true;
};

class Writer
{
public:
    Writer(const ZenginWriteOptions &options, QString *error)
        : m_options(options)
        , m_error(error)
        , m_calendar(options.dateStyle == ZenginDateStyle::Western ? Calendar::Western
                                                                   : Calendar::JapaneseEra)
    {}

    std::optional<QByteArray> write(const QList<BankStatement> &statements);

private:
    bool append(const RecordBuilder &record);
    bool fail(const QString &problem);
    bool writeStatement(const BankStatement &statement, int index);
    void writeHeader(RecordBuilder &record, const BankStatement &statement, bool transfer);
    bool writeTransferLine(const StatementLine &line, const QString &where);
    bool writeAccountLine(const StatementLine &line, const QString &where);
    // The fields both data records carry, at the places the format gives them.
    void writeSharedFields(RecordBuilder &record, const zengin::LineFields &fields,
                           const StatementLine &line);

    const ZenginWriteOptions &m_options;
    QString *m_error;
    Calendar m_calendar;
    QByteArray m_bytes;
};

bool Writer::fail(const QString &problem)
{
    if (m_error)
        *m_error = problem;
    return false;
}

bool Writer::append(const RecordBuilder &record)
{
    if (!record.ok())
        return false;
    m_bytes += record.bytes();
    switch (m_options.lineBreaks) {
    case ZenginWriteOptions::LineBreaks::Crlf:
        m_bytes += "\r\n";
        break;
    case ZenginWriteOptions::LineBreaks::Lf:
        m_bytes += '\n';
        break;
    case ZenginWriteOptions::LineBreaks::None:
        break;
    }
    return true;
}

void Writer::writeHeader(RecordBuilder &record, const BankStatement &statement, bool transfer)
{
    const StatementAccount &account = statement.account;
    record.put(zengin::header::TypeCode, transfer ? "01" : "03");
    record.put(zengin::header::CodeSet, m_options.ebcdic ? "1" : "0");
    record.date(zengin::header::Created, statement.created, m_calendar);
    QDate from = statement.from;
    QDate to = statement.to;
    for (const StatementLine &line : statement.lines) {
        if (!statement.from.isValid() && (!from.isValid() || line.accountDate < from))
            from = line.accountDate;
        if (!statement.to.isValid() && (!to.isValid() || line.accountDate > to))
            to = line.accountDate;
    }
    record.date(zengin::header::From, from.isValid() ? from : statement.created, m_calendar);
    record.date(zengin::header::To, to.isValid() ? to : statement.created, m_calendar);
    record.code(zengin::header::BankCode, account.bankCode, '0');
    record.text(zengin::header::BankName, account.bankName);
    record.code(zengin::header::BranchCode, account.branchCode, '0');
    record.text(zengin::header::BranchName, account.branchName);
    if (transfer) {
        record.number(zengin::transfer::DepositKind, account.depositKind);
        record.code(zengin::transfer::AccountNumber, account.accountNumber, '0');
        record.text(zengin::transfer::AccountName, account.accountName);
        return;
    }
    record.put(zengin::account::HeaderFiller, "000");
    record.number(zengin::account::DepositKind, account.depositKind);
    record.code(zengin::account::AccountNumber, account.accountNumber, '0');
    record.text(zengin::account::AccountName, account.accountName);
    const Yen opening = statement.openingBalance.value_or(Yen(0));
    record.put(zengin::account::OpeningSign, opening.isNegative() ? "2" : "1");
    record.number(zengin::account::OpeningBalance, opening.isNegative() ? -opening.value() : opening.value());
}

void Writer::writeSharedFields(RecordBuilder &record, const zengin::LineFields &fields,
                               const StatementLine &line)
{
    record.code(fields.inquiryNumber, line.inquiryNumber, ' ');
    record.date(fields.accountDate, line.accountDate, m_calendar);
    record.date(fields.valueDate, line.valueDate.isValid() ? line.valueDate : line.accountDate, m_calendar);
    record.number(fields.amount, line.amount.value());
    record.number(fields.otherBankCheques, 0);
    record.code(fields.payerCode, line.payerCode, '0');
    record.text(fields.payerName, line.payerName);
    record.text(fields.sendingBank, line.sendingBank);
    record.text(fields.sendingBranch, line.sendingBranch);
    record.text(fields.ediInfo, line.ediInfo);
}

bool Writer::writeTransferLine(const StatementLine &line, const QString &where)
{
    namespace layout = zengin::transfer;
    RecordBuilder record(zengin::DataRecord, where, m_error);
    if (!line.incoming)
        record.fail(layout::Amount, Text::tr("a 振込入金通知 holds incoming money only"));
    if (!line.transactionKind.isEmpty())
        record.fail(Field{u"取引区分", 0, 0}, Text::tr("a 振込入金通知 has no 取引区分"));
    if (!line.memo.isEmpty())
        record.fail(Field{u"摘要", 0, 0}, Text::tr("a 振込入金通知 has no 摘要"));
    writeSharedFields(record, layout::Line, line);
    record.put(layout::Cancellation, line.cancelled ? "1" : "0");
    return append(record);
}

bool Writer::writeAccountLine(const StatementLine &line, const QString &where)
{
    namespace layout = zengin::account;
    RecordBuilder record(zengin::DataRecord, where, m_error);
    writeSharedFields(record, layout::Line, line);
    record.put(layout::Direction, QByteArray(1, line.incoming ? layout::Incoming : layout::Outgoing));
    if (line.transactionKind.size() != 2)
        record.fail(layout::TransactionKind, Text::tr("\"%1\" is not two digits").arg(line.transactionKind));
    record.code(layout::TransactionKind, line.transactionKind, '0');
    record.text(layout::Memo, line.memo);
    return append(record);
}

bool Writer::writeStatement(const BankStatement &statement, int index)
{
    const QString where = Text::tr("statement %1").arg(index + 1);
    bool transfer = true;
    if (statement.format == StatementFormat::ZenginTransferNotice)
        transfer = true;
    else if (statement.format == StatementFormat::ZenginAccountStatement)
        transfer = false;
    else
        return fail(where + QStringLiteral(": ") +
                    Text::tr("only Zengin 01 and 03 statements can be written"));

    RecordBuilder header(zengin::HeaderRecord, where + QStringLiteral(", ") + Text::tr("header"), m_error);
    writeHeader(header, statement, transfer);
    if (!append(header))
        return false;

    Yen total;
    Yen cancelledTotal;
    Yen inTotal;
    Yen outTotal;
    int cancelledCount = 0;
    int inCount = 0;
    int outCount = 0;
    bool overflow = false;
    const auto add = [&overflow](Yen &sum, Yen value) {
        const auto added = Yen::checkedAdd(sum, value);
        overflow = overflow || !added;
        sum = added.value_or(sum);
    };
    for (qsizetype i = 0; i < statement.lines.size(); ++i) {
        const StatementLine &line = statement.lines.at(i);
        const QString lineWhere = where + QStringLiteral(", ") + Text::tr("line %1").arg(i + 1);
        // The direction is `incoming`; a file's amounts are always positive.
        if (line.amount.isNegative() || line.amount.isZero())
            return fail(lineWhere + QStringLiteral(": ") + Text::tr("the amount must be positive"));
        if (!(transfer ? writeTransferLine(line, lineWhere) : writeAccountLine(line, lineWhere)))
            return false;
        add(total, line.amount);
        if (line.cancelled && transfer) {
            ++cancelledCount;
            add(cancelledTotal, line.amount);
        }
        if (line.incoming) {
            ++inCount;
            add(inTotal, line.amount);
        } else {
            ++outCount;
            add(outTotal, line.amount);
        }
    }
    if (overflow)
        return fail(where + QStringLiteral(": ") +
                    Text::tr("the amounts add up to more than can be counted"));

    RecordBuilder trailer(zengin::TrailerRecord, where + QStringLiteral(", ") + Text::tr("trailer"), m_error);
    if (transfer) {
        trailer.number(zengin::transfer::Count, statement.lines.size());
        trailer.number(zengin::transfer::Total, total.value());
        trailer.number(zengin::transfer::CancelledCount, cancelledCount);
        trailer.number(zengin::transfer::CancelledTotal, cancelledTotal.value());
        return append(trailer);
    }
    const Yen opening = statement.openingBalance.value_or(Yen(0));
    const auto afterIn = Yen::checkedAdd(opening, inTotal);
    const auto closing = afterIn ? Yen::checkedSub(*afterIn, outTotal) : std::nullopt;
    if (!closing)
        return fail(where + QStringLiteral(": ") + Text::tr("the balance leaves what can be counted"));
    if (statement.closingBalance && *statement.closingBalance != *closing) {
        return fail(
            where + QStringLiteral(": ") +
            Text::tr("the closing balance %1 does not follow from the opening balance and the lines (%2)")
                .arg(statement.closingBalance->toString(), closing->toString()));
    }
    trailer.number(zengin::account::InCount, inCount);
    trailer.number(zengin::account::InTotal, inTotal.value());
    trailer.number(zengin::account::OutCount, outCount);
    trailer.number(zengin::account::OutTotal, outTotal.value());
    trailer.put(zengin::account::ClosingSign, closing->isNegative() ? "2" : "1");
    if (closing->value() == std::numeric_limits<qint64>::min())
        return fail(where + QStringLiteral(": ") + Text::tr("the balance leaves what can be counted"));
    trailer.number(zengin::account::ClosingBalance,
                   closing->isNegative() ? -closing->value() : closing->value());
    return append(trailer);
}

std::optional<QByteArray> Writer::write(const QList<BankStatement> &statements)
{
    if (statements.isEmpty()) {
        fail(Text::tr("there is no statement to write"));
        return std::nullopt;
    }
    if (m_options.ebcdic && !zengin::jisToEbcdic()) {
        fail(Text::tr("this machine has no EBCDIC (ibm-290) table"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!writeStatement(statements.at(i), int(i)))
            return std::nullopt;
    }
    if (!append(RecordBuilder(zengin::EndRecord, Text::tr("end"), m_error)))
        return std::nullopt;
    if (m_options.ebcdic) {
        const zengin::ByteTable &table = *zengin::jisToEbcdic();
        for (qsizetype i = 0; i < m_bytes.size(); ++i) {
            const int ebcdic = table[static_cast<uchar>(m_bytes.at(i))];
            if (ebcdic < 0) {
                fail(Text::tr("byte %1 of the file has no EBCDIC counterpart").arg(i + 1));
                return std::nullopt;
            }
            m_bytes[i] = static_cast<char>(ebcdic);
        }
    }
    return m_bytes;
}

} // namespace

std::optional<QByteArray> ZenginWriter::write(const QList<BankStatement> &statements,
                                              const ZenginWriteOptions &options, QString *error)
{
    return Writer(options, error).write(statements);
}

std::optional<QByteArray> ZenginWriter::write(const BankStatement &statement,
                                              const ZenginWriteOptions &options, QString *error)
{
    return write(QList<BankStatement>{statement}, options, error);
}

} // namespace kaishu::payments
