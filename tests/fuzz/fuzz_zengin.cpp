// libFuzzer target: any bytes through ZenginReader. The reader must never crash, hang or read out of
// bounds; what it accepts must write (ZenginWriter) and read back to the same statements.
#include "payments/ZenginReader.h"
#include "payments/ZenginWriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kaishu::payments;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_zengin: %s\n", what);
        std::abort();
    }
}

bool sameStatement(const BankStatement &a, const BankStatement &b)
{
    return a.format == b.format && a.created == b.created && a.from == b.from && a.to == b.to &&
           a.account == b.account && a.openingBalance == b.openingBalance &&
           a.closingBalance == b.closingBalance && a.lines == b.lines;
}

void checkResult(const StatementReadResult &result)
{
    require(result.problems.size() <= ZenginReader::MaxProblems, "more problems than the cap");
    require(result.problems.isEmpty() != result.statements.isEmpty(),
            "a result must have statements or problems, never both");
}

void checkRoundTrip(const StatementReadResult &result, const ZenginWriteOptions &options)
{
    QString error;
    const auto written = ZenginWriter::write(result.statements, options, &error);
    require(written.has_value(), "the writer refused a statement the reader accepted");
    const StatementReadResult again = ZenginReader::read(*written);
    require(again.ok(), "the reader refused what the writer wrote");
    require(again.statements.size() == result.statements.size(),
            "round trip changed the number of statements");
    for (qsizetype i = 0; i < again.statements.size(); ++i)
        require(sameStatement(again.statements.at(i), result.statements.at(i)),
                "round trip changed a statement");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ZenginReader::looksLikeZengin(bytes);

    const StatementReadResult result = ZenginReader::read(bytes);
    checkResult(result);
    // The other date readings take other paths through the header.
    checkResult(ZenginReader::read(bytes, {ZenginDateStyle::Western, {}}));
    checkResult(ZenginReader::read(bytes, {ZenginDateStyle::Auto, QDate(2026, 11, 1)}));
    if (!result.ok())
        return 0;

    ZenginWriteOptions stream;
    stream.lineBreaks = ZenginWriteOptions::LineBreaks::None;
    checkRoundTrip(result, stream);
    ZenginWriteOptions ebcdic;
    ebcdic.ebcdic = true;
    checkRoundTrip(result, ebcdic);
    return 0;
}
