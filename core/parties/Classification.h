#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kaishu::parties {

// The 47 prefectures in JIS X 0401 order (北海道 … 沖縄県).
const QStringList &prefectures();
bool isPrefecture(const QString &name);
// The prefecture an address starts with, or an empty string.
QString prefectureOfAddress(const QString &address);

// Whether a name carries a legal-entity word (株式会社, 有限会社, 合同会社, …法人, 組合, (株) …): such a
// party is a corporation, whose registration number is T + its 法人番号.
bool nameShowsLegalEntity(const QString &name);

// 日本標準産業分類 (JSIC, rev. 14) major groups A–T.
struct IndustryGroup
{
    QString code;
    QString japaneseName;
    QString englishName;
};
const QList<IndustryGroup> &industryGroups();
bool isIndustryCode(const QString &code);
// The name in the UI language (Japanese unless the application runs in English).
QString industryName(const QString &code);

} // namespace kaishu::parties
