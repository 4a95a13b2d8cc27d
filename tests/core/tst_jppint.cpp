// JP PINT 1.1.3 export: every document is checked twice, independently of the exporter — by xmllint
// against the UBL 2.1 schema (element order, types, required attributes) and by reading the XML
// back and applying the JP PINT rules (identifiers, JPY whole-yen amounts, one subtotal per tax
// category, the tax range of aligned-ibrp-051-jp, the totals). Both checks are shown to reject
// broken XML, so a pass means something.
#include "billing/BillingDocument.h"
#include "billing/InvoiceTax.h"
#include "billing/JpPint.h"
#include "money/Decimal.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace kaishu;
using namespace kaishu::billing;
using namespace Qt::StringLiterals;
using money::Decimal;
using money::RoundingMode;
using money::TaxCategory;
using money::Yen;

namespace {

__extension__ typedef __int128 Int128;

const QString CustomizationId = u"urn:peppol:pint:billing-1@jp-1"_s;
const QString ProfileId = u"urn:peppol:bis:billing"_s;

QString einvoiceDir()
{
    return QString::fromUtf8(KAISHU_SHARED_DATA_DIR) + u"/einvoice"_s;
}
QString invoiceSchema()
{
    return einvoiceDir() + u"/ubl-2.1/xsdrt/maindoc/UBL-Invoice-2.1.xsd"_s;
}
QString creditNoteSchema()
{
    return einvoiceDir() + u"/ubl-2.1/xsdrt/maindoc/UBL-CreditNote-2.1.xsd"_s;
}

// ---- xmllint ---------------------------------------------------------------------------------

struct SchemaCheck
{
    bool started = false; // false: xmllint is missing (CI installs libxml2-utils) — a failure, never a skip
    int exitCode = -1;
    QString output;
    bool valid() const { return started && exitCode == 0; }
};

SchemaCheck runXmllint(const QString &xmlPath, const QString &schemaPath)
{
    SchemaCheck check;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, schemaPath, xmlPath});
    check.started = process.waitForStarted(30'000);
    if (!check.started) {
        check.output = u"xmllint could not be started (install libxml2-utils): "_s + process.errorString();
        return check;
    }
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        check.output = u"xmllint did not finish"_s;
        return check;
    }
    check.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    check.output = QString::fromUtf8(process.readAll());
    return check;
}

SchemaCheck validateBytes(const QByteArray &xml, const QString &schemaPath)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {false, -1, u"no temporary directory"_s};
    const QString path = dir.filePath(u"document.xml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return {false, -1, u"cannot write "_s + path};
    file.close();
    return runXmllint(path, schemaPath);
}

// ---- a small element tree read with QXmlStreamReader -------------------------------------------

struct Element
{
    QString name; // local name
    QHash<QString, QString> attributes;
    QString text;
    QList<Element> children;

    const Element *child(const QString &childName) const
    {
        for (const Element &element : children) {
            if (element.name == childName)
                return &element;
        }
        return nullptr;
    }
    QList<const Element *> all(const QString &childName) const
    {
        QList<const Element *> result;
        for (const Element &element : children) {
            if (element.name == childName)
                result.append(&element);
        }
        return result;
    }
    // "A/B/C": the first match at each step.
    const Element *at(const QString &path) const
    {
        const Element *current = this;
        for (const QString &step : path.split(u'/')) {
            current = current->child(step);
            if (!current)
                return nullptr;
        }
        return current;
    }
    QString textAt(const QString &path) const
    {
        const Element *element = at(path);
        return element ? element->text : QString();
    }
};

Element readElement(QXmlStreamReader &reader)
{
    Element element;
    element.name = reader.name().toString();
    for (const QXmlStreamAttribute &attribute : reader.attributes())
        element.attributes.insert(attribute.name().toString(), attribute.value().toString());
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            element.children.append(readElement(reader));
        else if (reader.isCharacters())
            element.text += reader.text();
        else if (reader.isEndElement())
            break;
    }
    element.text = element.text.trimmed();
    return element;
}

std::optional<Element> parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.isStartElement())
        reader.readNext();
    if (!reader.isStartElement())
        return std::nullopt;
    Element root = readElement(reader);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return std::nullopt;
    return root;
}

void collect(const Element &element, QList<const Element *> &into)
{
    into.append(&element);
    for (const Element &child : element.children)
        collect(child, into);
}

// ---- the JP PINT rules, applied to the XML as read back ------------------------------------------

std::optional<qint64> wholeYen(const QString &text)
{
    static const QRegularExpression integer(u"^-?[0-9]+$"_s);
    if (!integer.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

std::optional<qint64> amountAt(const Element &element, const QString &path)
{
    const Element *amount = element.at(path);
    return amount ? wholeYen(amount->text) : std::nullopt;
}

qint64 floorDiv(Int128 numerator, Int128 denominator)
{
    Int128 quotient = numerator / denominator;
    if (numerator % denominator != 0 && ((numerator < 0) != (denominator < 0)))
        --quotient;
    return static_cast<qint64>(quotient);
}

// The rate a category code must carry: S 10, AA 8, E 0, O none (std::nullopt).
bool expectedPercent(const QString &code, std::optional<int> *percent)
{
    if (code == u"S"_s)
        *percent = 10;
    else if (code == u"AA"_s)
        *percent = 8;
    else if (code == u"E"_s)
        *percent = 0;
    else if (code == u"O"_s)
        *percent = std::nullopt;
    else
        return false;
    return true;
}

// A category element (TaxCategory or ClassifiedTaxCategory) whose code and rate agree; the code.
QString checkCategory(const Element &category, const QString &where, QStringList &violations)
{
    const QString code = category.textAt(u"ID"_s);
    std::optional<int> percent;
    if (!expectedPercent(code, &percent)) {
        violations.append(where + u": unknown tax category "_s + code);
        return code;
    }
    const Element *percentElement = category.child(u"Percent"_s);
    if (percent.has_value() != (percentElement != nullptr) ||
        (percentElement && percentElement->text != QString::number(*percent)))
        violations.append(where + u": category "_s + code + u" has the wrong rate"_s);
    if (category.textAt(u"TaxScheme/ID"_s) != u"VAT"_s)
        violations.append(where + u": tax scheme is not VAT"_s);
    return code;
}

QStringList jpPintViolations(const Element &root)
{
    QStringList violations;
    const bool invoice = root.name == u"Invoice"_s;
    if (!invoice && root.name != u"CreditNote"_s)
        return {u"root is "_s + root.name};
    if (root.textAt(u"CustomizationID"_s) != CustomizationId)
        violations.append(u"CustomizationID is "_s + root.textAt(u"CustomizationID"_s));
    if (root.textAt(u"ProfileID"_s) != ProfileId)
        violations.append(u"ProfileID is "_s + root.textAt(u"ProfileID"_s));
    if (root.textAt(u"DocumentCurrencyCode"_s) != u"JPY"_s)
        violations.append(u"DocumentCurrencyCode is not JPY"_s);
    const QString typeCode = root.textAt(invoice ? u"InvoiceTypeCode"_s : u"CreditNoteTypeCode"_s);
    if (typeCode != (invoice ? u"380"_s : u"381"_s))
        violations.append(u"type code is "_s + typeCode);

    static const QRegularExpression registrationNumber(u"^T[0-9]{13}$"_s);
    const QString sellerTaxId = root.textAt(u"AccountingSupplierParty/Party/PartyTaxScheme/CompanyID"_s);
    if (!registrationNumber.match(sellerTaxId).hasMatch())
        violations.append(u"seller tax identifier is "_s + sellerTaxId);
    if (root.textAt(u"AccountingSupplierParty/Party/PartyTaxScheme/TaxScheme/ID"_s) != u"VAT"_s)
        violations.append(u"seller tax scheme is not VAT"_s);
    if (root.textAt(u"AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName"_s).isEmpty())
        violations.append(u"no seller name"_s);
    if (root.textAt(u"AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName"_s).isEmpty())
        violations.append(u"no buyer name"_s);

    // Every amount in JPY, in whole yen.
    QList<const Element *> everything;
    collect(root, everything);
    for (const Element *element : everything) {
        if (!element->name.endsWith(u"Amount"_s)) // PriceAmount and TaxableAmount included
            continue;
        if (element->attributes.value(u"currencyID"_s) != u"JPY"_s)
            violations.append(element->name + u" is not in JPY"_s);
        if (!wholeYen(element->text))
            violations.append(element->name + u" is not whole yen: "_s + element->text);
    }

    // The tax breakdown: one TaxTotal, one subtotal per category, each tax in the rule's range.
    const QList<const Element *> taxTotals = root.all(u"TaxTotal"_s);
    if (taxTotals.size() != 1)
        return violations << u"not exactly one TaxTotal"_s;
    const Element &taxTotal = *taxTotals.first();
    QHash<QString, qint64> taxableByCategory;
    qint64 subtotalTax = 0;
    for (const Element *subtotal : taxTotal.all(u"TaxSubtotal"_s)) {
        const Element *category = subtotal->child(u"TaxCategory"_s);
        if (!category)
            return violations << u"subtotal without category"_s;
        const QString code = checkCategory(*category, u"subtotal"_s, violations);
        if (taxableByCategory.contains(code))
            violations.append(u"two subtotals of category "_s + code);
        const std::optional<qint64> taxable = amountAt(*subtotal, u"TaxableAmount"_s);
        const std::optional<qint64> tax = amountAt(*subtotal, u"TaxAmount"_s);
        if (!taxable || !tax)
            return violations << u"subtotal amounts missing"_s;
        taxableByCategory.insert(code, *taxable);
        subtotalTax += *tax;
        std::optional<int> percent;
        expectedPercent(code, &percent);
        if (!percent || *percent == 0) {
            if (*tax != 0)
                violations.append(u"category "_s + code + u" has tax"_s);
        } else {
            const Int128 product = static_cast<Int128>(*taxable) * *percent;
            const qint64 low = floorDiv(product, 100);
            const qint64 high = -floorDiv(-product, 100);
            if (*tax < low || *tax > high)
                violations.append(
                    u"tax %1 of category %2 outside [%3, %4]"_s.arg(*tax).arg(code).arg(low).arg(high));
        }
    }
    const std::optional<qint64> totalTax = amountAt(taxTotal, u"TaxAmount"_s);
    if (!totalTax || *totalTax != subtotalTax)
        violations.append(u"TaxTotal/TaxAmount is not the sum of the subtotals"_s);

    // Lines: category and rate agree, quantity × price / base quantity = amount, sums per category.
    QHash<QString, qint64> linesByCategory;
    qint64 lineSum = 0;
    const QList<const Element *> lines = root.all(invoice ? u"InvoiceLine"_s : u"CreditNoteLine"_s);
    if (lines.isEmpty())
        violations.append(u"no lines"_s);
    for (const Element *line : lines) {
        const QString where = u"line "_s + line->textAt(u"ID"_s);
        const Element *category = line->at(u"Item/ClassifiedTaxCategory"_s);
        if (!category)
            return violations << where + u" has no tax category"_s;
        const QString code = checkCategory(*category, where, violations);
        const std::optional<qint64> amount = amountAt(*line, u"LineExtensionAmount"_s);
        const std::optional<qint64> price = amountAt(*line, u"Price/PriceAmount"_s);
        const std::optional<Decimal> quantity =
            Decimal::parse(line->textAt(invoice ? u"InvoicedQuantity"_s : u"CreditedQuantity"_s));
        const std::optional<Decimal> base = line->at(u"Price/BaseQuantity"_s)
                                                ? Decimal::parse(line->textAt(u"Price/BaseQuantity"_s))
                                                : std::optional<Decimal>(Decimal::fromInt(1));
        if (!amount || !price || !quantity || !base || base->isZero())
            return violations << where + u" lacks amount, price or quantity"_s;
        if (*price < 0)
            violations.append(where + u" has a negative price"_s);
        if (static_cast<Int128>(quantity->scaled()) * *price != static_cast<Int128>(*amount) * base->scaled())
            violations.append(where + u": quantity × price / base quantity is not the line amount"_s);
        linesByCategory[code] += *amount;
        lineSum += *amount;
    }
    if (linesByCategory != taxableByCategory)
        violations.append(u"the subtotals' taxable amounts are not the sums of the lines per category"_s);

    const Element *totals = root.child(u"LegalMonetaryTotal"_s);
    if (!totals)
        return violations << u"no LegalMonetaryTotal"_s;
    const std::optional<qint64> lineExtension = amountAt(*totals, u"LineExtensionAmount"_s);
    const std::optional<qint64> exclusive = amountAt(*totals, u"TaxExclusiveAmount"_s);
    const std::optional<qint64> inclusive = amountAt(*totals, u"TaxInclusiveAmount"_s);
    const std::optional<qint64> payable = amountAt(*totals, u"PayableAmount"_s);
    if (!lineExtension || !exclusive || !inclusive || !payable || !totalTax)
        return violations << u"totals missing"_s;
    if (*lineExtension != lineSum)
        violations.append(u"LineExtensionAmount is not the sum of the lines"_s);
    if (*exclusive != *lineExtension)
        violations.append(u"TaxExclusiveAmount differs from LineExtensionAmount"_s);
    if (*inclusive != *exclusive + *totalTax)
        violations.append(u"TaxInclusiveAmount is not TaxExclusiveAmount + tax"_s);
    if (*payable != *inclusive)
        violations.append(u"PayableAmount differs from TaxInclusiveAmount"_s);
    return violations;
}

// ---- documents ---------------------------------------------------------------------------------

DocumentLine makeLine(const QString &date, const QString &description, const QString &quantity,
                      const QString &unit, const QString &unitPrice, TaxCategory category,
                      RoundingMode rounding = RoundingMode::Down)
{
    DocumentLine result;
    result.date = QDate::fromString(date, Qt::ISODate);
    result.orderNumber = u"O-"_s + date;
    result.itemCode = u"ITEM-"_s + description.left(2);
    result.description = description;
    result.quantity = Decimal::parse(quantity).value();
    result.unit = unit;
    result.unitPrice = Decimal::parse(unitPrice).value();
    result.category = category;
    result.amount = result.quantity.multiplyToYen(result.unitPrice, rounding);
    return result;
}

BillingDocument document(QList<DocumentLine> lines, PriceMode mode = PriceMode::TaxExcluded,
                         RoundingMode rounding = RoundingMode::Down,
                         DocumentKind kind = DocumentKind::Invoice)
{
    BillingDocument doc;
    doc.kind = kind;
    doc.number = u"C001-2026-000123"_s;
    doc.clientCode = u"C001"_s;
    doc.issueDate = QDate(2026, 5, 1);
    if (kind == DocumentKind::Invoice)
        doc.dueDate = QDate(2026, 5, 29);
    doc.issuer = {u"株式会社回収代行"_s,        u"T7000012050002"_s, u"100-0001"_s,
                  u"東京都千代田区千代田1-1"_s, u"03-1234-5678"_s,   u"billing@example.co.jp"_s,
                  u"有限会社山田製作所"_s};
    doc.recipient = {u"山田商事株式会社"_s,
                     Honorific::Onchu,
                     u"経理部 山田"_s,
                     u"060-0001"_s,
                     u"北海道札幌市中央区北一条西2-1"_s,
                     u"K-0042"_s,
                     u"4011001098993"_s};
    doc.priceMode = mode;
    doc.rounding = rounding;
    doc.lines = lines;
    QList<TaxableLine> taxable;
    for (const DocumentLine &documentLine : lines) {
        taxable.append({documentLine.amount, documentLine.category});
        if (!doc.periodFrom.isValid() || documentLine.date < doc.periodFrom)
            doc.periodFrom = documentLine.date;
        if (!doc.periodTo.isValid() || documentLine.date > doc.periodTo)
            doc.periodTo = documentLine.date;
    }
    doc.tax = computeInvoiceTax(taxable, mode, rounding);
    doc.notes = u"毎度ありがとうございます。"_s;
    return doc;
}

QList<DocumentLine> standardRateLines()
{
    return {makeLine(u"2026-04-03"_s, u"梱包作業"_s, u"1"_s, u"式"_s, u"105"_s, TaxCategory::Standard10),
            makeLine(u"2026-04-07"_s, u"梱包資材"_s, u"1"_s, u"箱"_s, u"105"_s, TaxCategory::Standard10),
            makeLine(u"2026-04-09"_s, u"配送手配"_s, u"1"_s, u"件"_s, u"105"_s, TaxCategory::Standard10),
            makeLine(u"2026-04-14"_s, u"技術支援"_s, u"1.5"_s, u"時間"_s, u"3000"_s, TaxCategory::Standard10),
            makeLine(u"2026-04-20"_s, u"ラベル"_s, u"100"_s, u"枚"_s, u"12.345"_s, TaxCategory::Standard10)};
}

// Every occurrence replaced; nothing when there is none (so a test cannot tamper with nothing).
QByteArray replaced(QByteArray xml, const QByteArray &from, const QByteArray &to)
{
    if (!xml.contains(from))
        return {};
    return xml.replace(from, to);
}

const Element *subtotalOf(const Element &root, const QString &code)
{
    const Element *taxTotal = root.child(u"TaxTotal"_s);
    if (!taxTotal)
        return nullptr;
    for (const Element *subtotal : taxTotal->all(u"TaxSubtotal"_s)) {
        if (subtotal->textAt(u"TaxCategory/ID"_s) == code)
            return subtotal;
    }
    return nullptr;
}

} // namespace

class TestJpPint : public QObject
{
    Q_OBJECT

    // Exports, validates against the schema and checks the JP PINT rules; the tree for more checks.
    Element exportAndCheck(const BillingDocument &doc)
    {
        const JpPintXml result = toJpPintXml(doc);
        [&] {
            QVERIFY2(result.isValid(), qPrintable(result.error));
            QVERIFY(!result.xml.isEmpty());
        }();
        if (QTest::currentTestFailed())
            return {};
        const SchemaCheck schema = validateBytes(
            result.xml, doc.kind == DocumentKind::CreditNote ? creditNoteSchema() : invoiceSchema());
        const std::optional<Element> root = parse(result.xml);
        [&] {
            QVERIFY2(schema.valid(), qPrintable(schema.output + u"\n"_s + QString::fromUtf8(result.xml)));
            QVERIFY2(root.has_value(), "the XML does not parse");
            const QStringList violations = jpPintViolations(*root);
            QVERIFY2(violations.isEmpty(),
                     qPrintable(violations.join(u'\n') + u"\n"_s + QString::fromUtf8(result.xml)));
        }();
        return root.value_or(Element{});
    }

private slots:
    void standardRateOnly()
    {
        const BillingDocument doc = document(standardRateLines());
        const Element root = exportAndCheck(doc);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(root.name, u"Invoice"_s);
        QCOMPARE(root.textAt(u"AccountingSupplierParty/Party/PartyTaxScheme/CompanyID"_s),
                 u"T7000012050002"_s);
        QCOMPARE(root.textAt(u"ID"_s), u"C001-2026-000123"_s);
        QCOMPARE(root.textAt(u"IssueDate"_s), u"2026-05-01"_s);
        QCOMPARE(root.textAt(u"DueDate"_s), u"2026-05-29"_s);
        // 105 × 3 + 4,500 + 1,234 (12.345 × 100 rounded down) = 6,049; tax once: 604.9 → 604.
        QCOMPARE(root.child(u"TaxTotal"_s)->all(u"TaxSubtotal"_s).size(), 1);
        const Element *standard = subtotalOf(root, u"S"_s);
        QVERIFY(standard);
        QCOMPARE(standard->textAt(u"TaxableAmount"_s), u"6049"_s);
        QCOMPARE(standard->textAt(u"TaxAmount"_s), u"604"_s);
        QCOMPARE(standard->textAt(u"TaxCategory/Percent"_s), u"10"_s);
        QCOMPARE(root.textAt(u"LegalMonetaryTotal/PayableAmount"_s), u"6653"_s);

        const QList<const Element *> lines = root.all(u"InvoiceLine"_s);
        QCOMPARE(lines.size(), 5);
        // 1.5 h at 3,000: the unit price survives; 100 labels at 12.345: whole-yen price per 100.
        QCOMPARE(lines.at(3)->textAt(u"InvoicedQuantity"_s), u"1.5"_s);
        QCOMPARE(lines.at(3)->at(u"InvoicedQuantity"_s)->attributes.value(u"unitCode"_s), u"HUR"_s);
        QCOMPARE(lines.at(3)->textAt(u"Price/PriceAmount"_s), u"3000"_s);
        QCOMPARE(lines.at(3)->textAt(u"Price/BaseQuantity"_s), u"1"_s);
        QCOMPARE(lines.at(4)->textAt(u"LineExtensionAmount"_s), u"1234"_s);
        QCOMPARE(lines.at(4)->textAt(u"Price/PriceAmount"_s), u"1234"_s);
        QCOMPARE(lines.at(4)->textAt(u"Price/BaseQuantity"_s), u"100"_s);
        QCOMPARE(lines.at(4)->textAt(u"Item/AdditionalItemProperty/Value"_s), u"枚"_s);
        QCOMPARE(lines.at(0)->textAt(u"InvoicePeriod/StartDate"_s), u"2026-04-03"_s);
        QCOMPARE(lines.at(0)->textAt(u"DocumentReference/ID"_s), u"O-2026-04-03"_s);
        // The buyer's 法人番号 as legal identifier; the agency's principal in the note.
        QCOMPARE(root.textAt(u"AccountingCustomerParty/Party/PartyLegalEntity/CompanyID"_s),
                 u"4011001098993"_s);
        QVERIFY(root.textAt(u"Note"_s).contains(u"有限会社山田製作所"_s));
    }

    void mixedRates()
    {
        const BillingDocument doc = document(
            {makeLine(u"2026-04-02"_s, u"事務用品"_s, u"3"_s, u"個"_s, u"1980"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-02"_s, u"緑茶 ※"_s, u"12"_s, u"本"_s, u"138"_s, TaxCategory::Reduced8),
             makeLine(u"2026-04-10"_s, u"弁当 ※"_s, u"7"_s, u"個"_s, u"555"_s, TaxCategory::Reduced8),
             makeLine(u"2026-04-11"_s, u"コピー用紙"_s, u"2"_s, u"箱"_s, u"2999"_s,
                      TaxCategory::Standard10)});
        const Element root = exportAndCheck(doc);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(root.child(u"TaxTotal"_s)->all(u"TaxSubtotal"_s).size(), 2);
        const Element *standard = subtotalOf(root, u"S"_s);
        const Element *reduced = subtotalOf(root, u"AA"_s);
        QVERIFY(standard && reduced);
        // 10%: 5,940 + 5,998 = 11,938 → 1,193; 8%: 1,656 + 3,885 = 5,541 → 443.28 → 443.
        QCOMPARE(standard->textAt(u"TaxableAmount"_s), u"11938"_s);
        QCOMPARE(standard->textAt(u"TaxAmount"_s), u"1193"_s);
        QCOMPARE(reduced->textAt(u"TaxableAmount"_s), u"5541"_s);
        QCOMPARE(reduced->textAt(u"TaxAmount"_s), u"443"_s);
        QCOMPARE(reduced->textAt(u"TaxCategory/Percent"_s), u"8"_s);
        QCOMPARE(root.textAt(u"TaxTotal/TaxAmount"_s), u"1636"_s);
        const QList<const Element *> lines = root.all(u"InvoiceLine"_s);
        for (int i : {1, 2}) {
            QCOMPARE(lines.at(i)->textAt(u"Item/ClassifiedTaxCategory/ID"_s), u"AA"_s);
            QCOMPARE(lines.at(i)->textAt(u"Item/ClassifiedTaxCategory/Percent"_s), u"8"_s);
        }
        QCOMPARE(lines.at(0)->textAt(u"Item/ClassifiedTaxCategory/ID"_s), u"S"_s);
    }

    void taxIncludedPrices()
    {
        // 10%: 3,000 with tax → tax 272 (272.7 rounded down), net 2,728, shared over three lines of
        // 1,000 by largest remainder: 909 + 909 + 910. 8%: 1,000 → tax 74, net 926.
        const BillingDocument doc = document(
            {makeLine(u"2026-04-01"_s, u"清掃作業A"_s, u"2"_s, u"回"_s, u"500"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-08"_s, u"清掃作業B"_s, u"1"_s, u"回"_s, u"1000"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-15"_s, u"清掃作業C"_s, u"4"_s, u"回"_s, u"250"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-15"_s, u"飲料 ※"_s, u"1"_s, u"箱"_s, u"1000"_s, TaxCategory::Reduced8)},
            PriceMode::TaxIncluded);
        const Element root = exportAndCheck(doc);
        if (QTest::currentTestFailed())
            return;
        const QList<const Element *> lines = root.all(u"InvoiceLine"_s);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0)->textAt(u"LineExtensionAmount"_s), u"909"_s);
        QCOMPARE(lines.at(1)->textAt(u"LineExtensionAmount"_s), u"909"_s);
        QCOMPARE(lines.at(2)->textAt(u"LineExtensionAmount"_s), u"910"_s);
        QCOMPARE(lines.at(3)->textAt(u"LineExtensionAmount"_s), u"926"_s);
        // 909 is no multiple of the quantity 2: the price covers both units.
        QCOMPARE(lines.at(0)->textAt(u"Price/PriceAmount"_s), u"909"_s);
        QCOMPARE(lines.at(0)->textAt(u"Price/BaseQuantity"_s), u"2"_s);
        QCOMPARE(subtotalOf(root, u"S"_s)->textAt(u"TaxableAmount"_s), u"2728"_s);
        QCOMPARE(subtotalOf(root, u"S"_s)->textAt(u"TaxAmount"_s), u"272"_s);
        QCOMPARE(subtotalOf(root, u"AA"_s)->textAt(u"TaxableAmount"_s), u"926"_s);
        QCOMPARE(subtotalOf(root, u"AA"_s)->textAt(u"TaxAmount"_s), u"74"_s);
        // The tax the document was issued with, and the gross the clerk typed.
        QCOMPARE(root.textAt(u"TaxTotal/TaxAmount"_s), QString::number(doc.tax.tax.value()));
        QCOMPARE(root.textAt(u"LegalMonetaryTotal/TaxInclusiveAmount"_s), u"4000"_s);
    }

    void exemptAndOutsideScope()
    {
        const BillingDocument doc = document(
            {makeLine(u"2026-04-01"_s, u"事務所賃料"_s, u"1"_s, u"月"_s, u"150000"_s,
                      TaxCategory::Standard10),
             makeLine(u"2026-04-01"_s, u"住宅家賃"_s, u"1"_s, u"月"_s, u"80000"_s, TaxCategory::Exempt),
             makeLine(u"2026-04-01"_s, u"組合費"_s, u"1"_s, u"件"_s, u"3000"_s, TaxCategory::OutsideScope)});
        const Element root = exportAndCheck(doc);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(root.child(u"TaxTotal"_s)->all(u"TaxSubtotal"_s).size(), 3);
        const Element *exempt = subtotalOf(root, u"E"_s);
        const Element *outside = subtotalOf(root, u"O"_s);
        QVERIFY(exempt && outside);
        QCOMPARE(exempt->textAt(u"TaxableAmount"_s), u"80000"_s);
        QCOMPARE(exempt->textAt(u"TaxAmount"_s), u"0"_s);
        QCOMPARE(exempt->textAt(u"TaxCategory/Percent"_s), u"0"_s);
        QCOMPARE(outside->textAt(u"TaxableAmount"_s), u"3000"_s);
        QVERIFY(!outside->at(u"TaxCategory/Percent"_s)); // JP PINT: O carries no rate
        QCOMPARE(root.textAt(u"LegalMonetaryTotal/TaxInclusiveAmount"_s), u"248000"_s);
        QCOMPARE(root.all(u"InvoiceLine"_s).at(2)->textAt(u"Item/ClassifiedTaxCategory/ID"_s), u"O"_s);
    }

    void summaryInvoiceWithPeriodAndPayee()
    {
        BillingDocument doc = document(
            {makeLine(u"2026-04-03"_s, u"商品A"_s, u"10"_s, u"個"_s, u"1200"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-17"_s, u"商品B ※"_s, u"5"_s, u"kg"_s, u"860"_s, TaxCategory::Reduced8),
             makeLine(u"2026-04-28"_s, u"商品A"_s, u"3"_s, u"個"_s, u"1200"_s, TaxCategory::Standard10)});
        doc.summaryInvoice = true;
        doc.periodFrom = QDate(2026, 4, 1);
        doc.periodTo = QDate(2026, 4, 30);
        doc.summary = SummaryBox{Yen(50'000), Yen(50'000), Yen(0), doc.tax.net, doc.tax.tax, doc.tax.gross};
        doc.payee = {u"0005"_s,    u"三菱UFJ銀行"_s, u"123"_s, u"本店"_s, parties::BankAccountType::Current,
                     u"1234567"_s, u"ｶ)ｶｲｼﾕｳﾀﾞｲｺｳ"_s};
        const Element root = exportAndCheck(doc);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(root.textAt(u"InvoicePeriod/StartDate"_s), u"2026-04-01"_s);
        QCOMPARE(root.textAt(u"InvoicePeriod/EndDate"_s), u"2026-04-30"_s);
        QCOMPARE(root.textAt(u"DueDate"_s), u"2026-05-29"_s);
        QCOMPARE(root.textAt(u"PaymentMeans/PaymentMeansCode"_s), u"30"_s);
        QCOMPARE(root.textAt(u"PaymentMeans/PayeeFinancialAccount/ID"_s), u"0005:123:2:1234567"_s);
        QCOMPARE(root.textAt(u"PaymentMeans/PayeeFinancialAccount/Name"_s), u"ｶ)ｶｲｼﾕｳﾀﾞｲｺｳ"_s);
        const QList<const Element *> lines = root.all(u"InvoiceLine"_s);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1)->textAt(u"InvoicePeriod/StartDate"_s), u"2026-04-17"_s);
        QCOMPARE(lines.at(1)->at(u"InvoicedQuantity"_s)->attributes.value(u"unitCode"_s), u"KGM"_s);
        QCOMPARE(root.textAt(u"LegalMonetaryTotal/PayableAmount"_s), QString::number(doc.tax.gross.value()));
    }

    void creditNoteRefersToOriginal()
    {
        BillingDocument doc = document(
            {makeLine(u"2026-04-20"_s, u"返品 事務用品"_s, u"2"_s, u"個"_s, u"1980"_s,
                      TaxCategory::Standard10),
             makeLine(u"2026-04-20"_s, u"返品 緑茶 ※"_s, u"6"_s, u"本"_s, u"138"_s, TaxCategory::Reduced8)},
            PriceMode::TaxExcluded, RoundingMode::Down, DocumentKind::CreditNote);
        doc.number = u"C001-2026-000130"_s;
        doc.originalNumber = u"C001-2026-000101"_s;
        doc.originalIssueDate = QDate(2026, 4, 1);
        doc.reason = u"破損による返品"_s;
        const Element root = exportAndCheck(doc);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(root.name, u"CreditNote"_s);
        QCOMPARE(root.textAt(u"BillingReference/InvoiceDocumentReference/ID"_s), u"C001-2026-000101"_s);
        QCOMPARE(root.textAt(u"BillingReference/InvoiceDocumentReference/IssueDate"_s), u"2026-04-01"_s);
        QVERIFY(root.textAt(u"Note"_s).contains(u"破損による返品"_s));
        QVERIFY(!root.child(u"DueDate"_s));
        QVERIFY(!root.child(u"PaymentMeans"_s));
        QVERIFY(root.all(u"InvoiceLine"_s).isEmpty());
        QCOMPARE(root.all(u"CreditNoteLine"_s).size(), 2);
        // Returned amounts are positive on a credit note: 3,960 at 10% (396), 828 at 8% (66).
        QCOMPARE(root.textAt(u"LegalMonetaryTotal/PayableAmount"_s), u"5250"_s);
        QCOMPARE(root.all(u"CreditNoteLine"_s).at(0)->textAt(u"CreditedQuantity"_s), u"2"_s);
    }

    void lineNetAmountsShareTheTaxByLargestRemainder()
    {
        // Tax-excluded: the line amounts themselves.
        const BillingDocument excluded = document(standardRateLines());
        const auto excludedNets = jpPintLineNetAmounts(excluded);
        QVERIFY(excludedNets);
        for (qsizetype i = 0; i < excluded.lines.size(); ++i)
            QCOMPARE(excludedNets->at(i), excluded.lines.at(i).amount);

        // 0 + 1,100 + 2,200 with tax at 10%: tax 300 → 0, 100, 200; a zero line never takes a yen.
        const BillingDocument included = document(
            {makeLine(u"2026-04-01"_s, u"無償交換"_s, u"1"_s, u"個"_s, u"0"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-01"_s, u"部品"_s, u"1"_s, u"個"_s, u"1100"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-01"_s, u"部品"_s, u"2"_s, u"個"_s, u"1100"_s, TaxCategory::Standard10),
             makeLine(u"2026-04-01"_s, u"値引"_s, u"1"_s, u"式"_s, u"-550"_s, TaxCategory::Standard10)},
            PriceMode::TaxIncluded, RoundingMode::HalfUp);
        // 2,750 with tax → 250 tax; shares of 0, 1,100, 2,200, −550: 0, 100, 200, −50.
        QCOMPARE(included.tax.perRate.at(0).tax, Yen(250));
        const auto nets = jpPintLineNetAmounts(included);
        QVERIFY(nets);
        QCOMPARE(*nets, (QList<Yen>{Yen(0), Yen(1000), Yen(2000), Yen(-500)}));

        // Remainders decide: 7 + 7 + 7 with tax → tax 1 (21 × 10 / 110 = 1.9, down): the first line.
        const BillingDocument tiny =
            document({makeLine(u"2026-04-01"_s, u"a"_s, u"1"_s, u"個"_s, u"7"_s, TaxCategory::Standard10),
                      makeLine(u"2026-04-01"_s, u"b"_s, u"1"_s, u"個"_s, u"7"_s, TaxCategory::Standard10),
                      makeLine(u"2026-04-01"_s, u"c"_s, u"1"_s, u"個"_s, u"7"_s, TaxCategory::Standard10)},
                     PriceMode::TaxIncluded, RoundingMode::Down);
        QCOMPARE(tiny.tax.tax, Yen(1));
        QCOMPARE(*jpPintLineNetAmounts(tiny), (QList<Yen>{Yen(6), Yen(7), Yen(7)}));

        // The discount line travels as a negative quantity at a positive price; still schema-valid.
        const Element root = exportAndCheck(included);
        if (QTest::currentTestFailed())
            return;
        const Element *discount = root.all(u"InvoiceLine"_s).at(3);
        QCOMPARE(discount->textAt(u"InvoicedQuantity"_s), u"-1"_s);
        QCOMPARE(discount->textAt(u"Price/PriceAmount"_s), u"500"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("receipt") << 0 << u"receipt"_s;
        QTest::newRow("no lines") << 1 << u"line"_s;
        QTest::newRow("registration number") << 2 << u"registration number"_s;
        QTest::newRow("credit note without original") << 3 << u"invoice it corrects"_s;
        QTest::newRow("tax not from the lines") << 4 << u"tax breakdown"_s;
        QTest::newRow("missing description") << 5 << u"Line 2"_s;
        // The NTA's own example (DOMAIN.md §2): 40,000 at 8% with tax, rounded down → tax 2,962 on
        // a net of 37,038, but 37,038 × 8% = 2,963.04: below the floor JP PINT demands.
        QTest::newRow("tax-included rounding outside the JP PINT range") << 6 << u"aligned-ibrp-051-jp"_s;
    }

    void refusals()
    {
        QFETCH(int, variant);
        QFETCH(QString, expected);
        BillingDocument doc = document(standardRateLines());
        switch (variant) {
        case 0:
            doc.kind = DocumentKind::Receipt;
            doc.receivedAmount = doc.tax.gross;
            break;
        case 1:
            doc.lines.clear();
            doc.tax = {};
            break;
        case 2:
            doc.issuer.registrationNumber = u"7000012050002"_s; // the T is missing
            break;
        case 3:
            doc.kind = DocumentKind::CreditNote;
            break;
        case 4:
            doc.tax.perRate[0].tax = doc.tax.perRate[0].tax + Yen(1);
            doc.tax.perRate[0].net = doc.tax.perRate[0].net - Yen(1);
            break;
        case 5:
            doc.lines[1].description = u"  "_s;
            break;
        case 6:
            doc = document(
                {makeLine(u"2026-04-01"_s, u"食品"_s, u"1"_s, u"式"_s, u"40000"_s, TaxCategory::Reduced8),
                 makeLine(u"2026-04-01"_s, u"雑貨"_s, u"2"_s, u"式"_s, u"30000"_s, TaxCategory::Standard10)},
                PriceMode::TaxIncluded, RoundingMode::Down);
            QCOMPARE(doc.tax.tax, Yen(8'416)); // the document itself is right
            break;
        }
        const JpPintXml result = toJpPintXml(doc);
        QVERIFY(!result.isValid());
        QVERIFY(result.xml.isEmpty());
        QVERIFY2(result.error.contains(expected, Qt::CaseInsensitive), qPrintable(result.error));
    }

    void officialExamplesPassTheSchemaCheck()
    {
        const QString dir = einvoiceDir() + u"/pint-jp-1.1.3/examples"_s;
        const QStringList examples = {
            u"Example.xml"_s,          u"Example1-minimum.xml"_s,          u"Example2-TaxAcctCur.xml"_s,
            u"Example3-SumInv1.xml"_s, u"Example4-SumInv2.xml"_s,          u"Example5-AllowanceCharge.xml"_s,
            u"Example6-CorrInv.xml"_s, u"Example7-Return.Quan.ItPr.xml"_s, u"Example9-SumInv1-and-O.xml"_s};
        for (const QString &example : examples) {
            const QString path = dir + u'/' + example;
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const SchemaCheck check = runXmllint(path, invoiceSchema());
            QVERIFY2(check.valid(), qPrintable(example + u": "_s + check.output));
        }
    }

    void brokenXmlFailsTheSchemaCheck_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("amount without currency")
            << QByteArray(R"(<cbc:PayableAmount currencyID="JPY">)") << QByteArray("<cbc:PayableAmount>");
        QTest::newRow("elements out of order")
            << QByteArray("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>") << QByteArray("");
        QTest::newRow("unknown element")
            << QByteArray("<cac:TaxTotal>") << QByteArray("<cac:TaxTotal><cbc:Rebate>1</cbc:Rebate>");
        QTest::newRow("not a date") << QByteArray("<cbc:IssueDate>2026-05-01</cbc:IssueDate>")
                                    << QByteArray("<cbc:IssueDate>2026/05/01</cbc:IssueDate>");
    }

    void brokenXmlFailsTheSchemaCheck()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const JpPintXml result = toJpPintXml(document(standardRateLines()));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QVERIFY(validateBytes(result.xml, invoiceSchema()).valid()); // intact, it passes
        QByteArray broken = replaced(result.xml, from, to);
        if (from.startsWith("<cbc:InvoiceTypeCode>")) // moved after DocumentCurrencyCode
            broken = replaced(broken, "</cbc:DocumentCurrencyCode>", "</cbc:DocumentCurrencyCode>" + from);
        QVERIFY2(!broken.isEmpty(), from.constData());
        const SchemaCheck check = validateBytes(broken, invoiceSchema());
        QVERIFY2(check.started, qPrintable(check.output)); // fails for the XML, not for a missing xmllint
        QVERIFY2(!check.valid(), qPrintable(QString::fromUtf8(broken)));
    }

    void ruleCheckerCatchesTamperedXml_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("violation");
        QTest::newRow("tax beyond the ceiling")
            << QByteArray(R"(<cbc:TaxAmount currencyID="JPY">604</cbc:TaxAmount>)")
            << QByteArray(R"(<cbc:TaxAmount currencyID="JPY">606</cbc:TaxAmount>)") << u"outside"_s;
        QTest::newRow("decimal amount")
            << QByteArray(R"(<cbc:PayableAmount currencyID="JPY">6653)")
            << QByteArray(R"(<cbc:PayableAmount currencyID="JPY">6653.0)") << u"whole yen"_s;
        QTest::newRow("other currency") << QByteArray(R"(<cbc:PayableAmount currencyID="JPY">)")
                                        << QByteArray(R"(<cbc:PayableAmount currencyID="EUR">)") << u"JPY"_s;
        QTest::newRow("customization")
            << QByteArray("billing-1@jp-1") << QByteArray("billing-1@sg-1") << u"CustomizationID"_s;
        QTest::newRow("seller tax id without T")
            << QByteArray("<cbc:CompanyID>T7000012050002") << QByteArray("<cbc:CompanyID>7000012050002")
            << u"seller tax identifier"_s;
        QTest::newRow("line amount") << QByteArray(R"(<cbc:LineExtensionAmount currencyID="JPY">1234<)")
                                     << QByteArray(R"(<cbc:LineExtensionAmount currencyID="JPY">1235<)")
                                     << u"quantity × price"_s;
        QTest::newRow("reduced rate percent")
            << QByteArray("<cbc:Percent>10</cbc:Percent>") << QByteArray("<cbc:Percent>8</cbc:Percent>")
            << u"wrong rate"_s;
    }

    void ruleCheckerCatchesTamperedXml()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, violation);
        const JpPintXml result = toJpPintXml(document(standardRateLines()));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const std::optional<Element> intact = parse(result.xml);
        QVERIFY(intact);
        QVERIFY(jpPintViolations(*intact).isEmpty());
        const QByteArray tampered = replaced(result.xml, from, to);
        QVERIFY2(!tampered.isEmpty(), from.constData());
        const std::optional<Element> root = parse(tampered);
        QVERIFY(root);
        const QStringList violations = jpPintViolations(*root);
        QVERIFY2(violations.join(u'\n').contains(violation), qPrintable(violations.join(u'\n')));
    }
};

QTEST_APPLESS_MAIN(TestJpPint)
#include "tst_jppint.moc"
