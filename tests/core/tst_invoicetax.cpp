// Invoice tax by the インボイス rule: once per invoice per rate, in both price modes, every rounding
// mode, with the National Tax Agency's examples (DOMAIN.md §2).
#include "billing/InvoiceTax.h"

#include <QTest>

using namespace kaishu;
using namespace kaishu::billing;
using money::RoundingMode;
using money::TaxCategory;
using money::Yen;

Q_DECLARE_METATYPE(kaishu::money::RoundingMode)

namespace {

QList<TaxableLine> lines(std::initializer_list<std::pair<qint64, TaxCategory>> items)
{
    QList<TaxableLine> result;
    for (const auto &[amount, category] : items)
        result.append({Yen(amount), category});
    return result;
}

} // namespace

class TestInvoiceTax : public QObject
{
    Q_OBJECT

private slots:
    void ntaExampleTaxIncludedRoundedDown()
    {
        // 10% items 60,000 → 5,454; 8% items 40,000 → 2,962; total tax 8,416.
        const InvoiceTax tax = computeInvoiceTax(lines({{30'000, TaxCategory::Standard10},
                                                        {40'000, TaxCategory::Reduced8},
                                                        {30'000, TaxCategory::Standard10}}),
                                                 PriceMode::TaxIncluded, RoundingMode::Down);
        QCOMPARE(tax.perRate.size(), 2);
        QCOMPARE(tax.perRate.at(0),
                 (RateTotal{TaxCategory::Standard10, Yen(54'546), Yen(5'454), Yen(60'000)}));
        QCOMPARE(tax.perRate.at(1), (RateTotal{TaxCategory::Reduced8, Yen(37'038), Yen(2'962), Yen(40'000)}));
        QCOMPARE(tax.tax, Yen(8'416));
        QCOMPARE(tax.gross, Yen(100'000));
        QCOMPARE(tax.net + tax.tax, tax.gross);
    }

    void taxIsRoundedOncePerRateNotPerLine()
    {
        // Three lines of 105 yen at 10%: per line 10 + 10 + 10 = 30, once per rate 31.
        const InvoiceTax tax = computeInvoiceTax(lines({{105, TaxCategory::Standard10},
                                                        {105, TaxCategory::Standard10},
                                                        {105, TaxCategory::Standard10}}),
                                                 PriceMode::TaxExcluded, RoundingMode::Down);
        QCOMPARE(tax.tax, Yen(31));
        QCOMPARE(tax.gross, Yen(346));
    }

    void roundingModes_data()
    {
        QTest::addColumn<RoundingMode>("mode");
        QTest::addColumn<qint64>("tax");
        // 1,234 × 8% = 98.72
        QTest::newRow("down") << RoundingMode::Down << qint64(98);
        QTest::newRow("up") << RoundingMode::Up << qint64(99);
        QTest::newRow("half-up") << RoundingMode::HalfUp << qint64(99);
    }

    void roundingModes()
    {
        QFETCH(RoundingMode, mode);
        QFETCH(qint64, tax);
        const InvoiceTax result =
            computeInvoiceTax(lines({{1'234, TaxCategory::Reduced8}}), PriceMode::TaxExcluded, mode);
        QCOMPARE(result.tax, Yen(tax));
        // A credit note of the same lines is its exact negative.
        const InvoiceTax credit =
            computeInvoiceTax(lines({{-1'234, TaxCategory::Reduced8}}), PriceMode::TaxExcluded, mode);
        QCOMPARE(credit.tax, Yen(-tax));
        QCOMPARE(credit.gross, -result.gross);
    }

    void untaxedCategoriesCarryNoTax()
    {
        const InvoiceTax tax = computeInvoiceTax(lines({{5'000, TaxCategory::OutsideScope},
                                                        {10'000, TaxCategory::Standard10},
                                                        {2'000, TaxCategory::Exempt}}),
                                                 PriceMode::TaxExcluded, RoundingMode::Down);
        QCOMPARE(tax.perRate.size(), 3);
        QCOMPARE(tax.perRate.at(0).category, TaxCategory::Standard10);
        QCOMPARE(tax.perRate.at(1), (RateTotal{TaxCategory::Exempt, Yen(2'000), Yen(0), Yen(2'000)}));
        QCOMPARE(tax.perRate.at(2), (RateTotal{TaxCategory::OutsideScope, Yen(5'000), Yen(0), Yen(5'000)}));
        QCOMPARE(tax.tax, Yen(1'000));
        QCOMPARE(tax.gross, Yen(18'000));
    }

    void emptyInvoiceHasNoRates()
    {
        const InvoiceTax tax = computeInvoiceTax({}, PriceMode::TaxIncluded, RoundingMode::HalfUp);
        QVERIFY(tax.perRate.isEmpty());
        QCOMPARE(tax.gross, Yen(0));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceTax)
#include "tst_invoicetax.moc"
