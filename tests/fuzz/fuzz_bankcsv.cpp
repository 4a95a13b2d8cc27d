// libFuzzer target: any bytes through the bank CSV importer (guessed and fixed mappings, the date
// and amount parsers, the mapping's JSON). Nothing may crash, hang or read out of bounds; a guessed
// mapping must survive its JSON; a statement that a Zengin 03 file can hold must write and read back.
#include "payments/BankCsvReader.h"
#include "payments/ZenginReader.h"
#include "payments/ZenginWriter.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kaishu::payments;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_bankcsv: %s\n", what);
        std::abort();
    }
}

void checkResult(const StatementReadResult &result)
{
    require(result.problems.size() <= BankCsvReader::MaxProblems, "more problems than the cap");
    require(result.problems.isEmpty() != result.statements.isEmpty(),
            "a result must have statements or problems, never both");
}

// The CSV statement as a 03 file: refused where Zengin cannot hold it (kanji, long texts, dates
// outside 平成/令和), otherwise the money, dates and names must come back unchanged. Only a span of
// under a year, so that every YYMMDD reads back in its own era.
void checkZenginRoundTrip(const BankStatement &csv)
{
    if (csv.lines.isEmpty() || csv.from.daysTo(csv.to) > 300)
        return;
    BankStatement statement;
    statement.format = StatementFormat::ZenginAccountStatement;
    statement.created = csv.to;
    statement.from = csv.from;
    statement.to = csv.to;
    statement.openingBalance = csv.openingBalance;
    for (StatementLine line : csv.lines) {
        line.valueDate = line.accountDate;
        line.transactionKind = QStringLiteral("11");
        line.inquiryNumber.clear();
        line.sendingBank.clear();
        line.sendingBranch.clear();
        line.payerCode.clear();
        statement.lines.append(line);
    }
    const auto written = ZenginWriter::write(statement);
    if (!written)
        return;
    // The import day anchors 平成 against 令和 (平成24 and 令和24 are both "24"): the file's own last day.
    const StatementReadResult read =
        ZenginReader::read(*written, {ZenginDateStyle::JapaneseEra, statement.created});
    require(read.ok(), "the Zengin reader refused what the writer wrote");
    const QList<StatementLine> &lines = read.statements.first().lines;
    require(lines.size() == statement.lines.size(), "round trip changed the number of lines");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const StatementLine &a = lines.at(i);
        const StatementLine &b = statement.lines.at(i);
        require(a.amount == b.amount && a.incoming == b.incoming && a.accountDate == b.accountDate &&
                    a.payerName == b.payerName && a.memo == b.memo && a.ediInfo == b.ediInfo,
                "round trip changed a line");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto guessed = CsvMapping::guess(bytes)) {
        const auto back = CsvMapping::fromJson(guessed->toJson());
        require(back && *back == *guessed, "a guessed mapping does not survive its JSON");
        const StatementReadResult result = BankCsvReader::read(bytes, *guessed);
        checkResult(result);
        if (result.ok())
            checkZenginRoundTrip(result.statements.first());
    }

    // A fixed mapping by position, the way a clerk sets one up for a file without headers.
    CsvMapping positional;
    positional.headerRows = 1;
    positional.accountDate.index = 0;
    positional.valueDate.index = 1;
    positional.deposit.index = 2;
    positional.withdrawal.index = 3;
    positional.payerName.index = 4;
    positional.balance.index = 5;
    checkResult(BankCsvReader::read(bytes, positional));
    positional.headerRows = 0;
    positional.deposit = {};
    positional.withdrawal = {};
    positional.amount.index = 2;
    checkResult(BankCsvReader::read(bytes, positional));

    // The value parsers on the first line as text.
    const QString firstLine = QString::fromUtf8(bytes.left(64)).section(u'\n', 0, 0);
    (void)BankCsvReader::parseDate(firstLine);
    (void)BankCsvReader::parseAmount(firstLine);

    // A saved mapping comes back from the database as JSON: any object must be refused or survive.
    if (bytes.startsWith('{')) {
        if (const auto mapping = CsvMapping::fromJson(QJsonDocument::fromJson(bytes).object())) {
            const auto again = CsvMapping::fromJson(mapping->toJson());
            require(again && *again == *mapping, "a mapping does not survive its JSON");
        }
    }
    return 0;
}
