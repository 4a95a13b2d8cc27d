#pragma once

// The wording and number formats printed on documents, apart from the painting so the GUI's preview and
// the tests use exactly what the paper shows. Everything is Japanese: the documents go to Japanese
// debtors whatever language the clerk's screen is in.

#include "billing/BillingDocument.h"
#include "billing/DocumentStyle.h"

#include <QDate>
#include <QString>

namespace kaishu::documents {

// "2026年4月30日"; empty for an invalid date.
QString japaneseDate(const QDate &date);
// "¥1,234,567", "-¥500": the digits from Yen::toString(), never from floating point.
QString yenText(money::Yen amount);
// "1,234.5", "-0.25": a quantity or unit price with its integer part grouped by three.
QString groupedDecimal(const money::Decimal &value);
// "10%対象", "8%対象※", "非課税", "不課税" (※ marks the reduced rate, as the lines do).
QString taxCategoryLabel(money::TaxCategory category);
// 普通, 当座, 貯蓄: what a Japanese bank statement calls the account type.
QString accountTypeText(parties::BankAccountType type);
// "ページ 1 / 2".
QString pageNumberText(int page, int pageCount);
// The document's title as its style names it (請求書, 返還請求書, 領収書 by default).
QString documentTitle(const billing::BillingDocument &document, const billing::DocumentStyle &style);
// A file name for the document's number: characters that no file system accepts become "_".
QString pdfFileName(const QString &documentNumber);

} // namespace kaishu::documents
