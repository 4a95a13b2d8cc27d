#include "Classification.h"

#include <QLocale>

namespace kaishu::parties {

const QStringList &prefectures()
{
    static const QStringList all =
        QString::fromUtf8(
            "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 "
            "東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 "
            "滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 "
            "香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県")
            .split(QLatin1Char(' '));
    return all;
}

bool isPrefecture(const QString &name)
{
    return prefectures().contains(name);
}

QString prefectureOfAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    for (const QString &prefecture : prefectures()) {
        if (trimmed.startsWith(prefecture))
            return prefecture;
    }
    return {};
}

bool nameShowsLegalEntity(const QString &name)
{
    static const QStringList markers{
        QStringLiteral("株式会社"), QStringLiteral("有限会社"), QStringLiteral("合同会社"),
        QStringLiteral("合資会社"), QStringLiteral("合名会社"), QStringLiteral("法人"),
        QStringLiteral("組合"),     QStringLiteral("(株)"),     QStringLiteral("（株）"),
        QStringLiteral("㈱"),       QStringLiteral("(有)"),     QStringLiteral("（有）"),
        QStringLiteral("㈲")};
    for (const QString &marker : markers) {
        if (name.contains(marker))
            return true;
    }
    return false;
}

const QList<IndustryGroup> &industryGroups()
{
    static const QList<IndustryGroup> all{
        {QStringLiteral("A"), QStringLiteral("農業，林業"), QStringLiteral("Agriculture and forestry")},
        {QStringLiteral("B"), QStringLiteral("漁業"), QStringLiteral("Fisheries")},
        {QStringLiteral("C"), QStringLiteral("鉱業，採石業，砂利採取業"),
         QStringLiteral("Mining and quarrying")},
        {QStringLiteral("D"), QStringLiteral("建設業"), QStringLiteral("Construction")},
        {QStringLiteral("E"), QStringLiteral("製造業"), QStringLiteral("Manufacturing")},
        {QStringLiteral("F"), QStringLiteral("電気・ガス・熱供給・水道業"),
         QStringLiteral("Electricity, gas, heat supply and water")},
        {QStringLiteral("G"), QStringLiteral("情報通信業"), QStringLiteral("Information and communications")},
        {QStringLiteral("H"), QStringLiteral("運輸業，郵便業"),
         QStringLiteral("Transport and postal activities")},
        {QStringLiteral("I"), QStringLiteral("卸売業，小売業"), QStringLiteral("Wholesale and retail trade")},
        {QStringLiteral("J"), QStringLiteral("金融業，保険業"), QStringLiteral("Finance and insurance")},
        {QStringLiteral("K"), QStringLiteral("不動産業，物品賃貸業"),
         QStringLiteral("Real estate and goods rental and leasing")},
        {QStringLiteral("L"), QStringLiteral("学術研究，専門・技術サービス業"),
         QStringLiteral("Scientific research, professional and technical services")},
        {QStringLiteral("M"), QStringLiteral("宿泊業，飲食サービス業"),
         QStringLiteral("Accommodations, eating and drinking services")},
        {QStringLiteral("N"), QStringLiteral("生活関連サービス業，娯楽業"),
         QStringLiteral("Living-related and personal services and amusement services")},
        {QStringLiteral("O"), QStringLiteral("教育，学習支援業"),
         QStringLiteral("Education, learning support")},
        {QStringLiteral("P"), QStringLiteral("医療，福祉"),
         QStringLiteral("Medical, health care and welfare")},
        {QStringLiteral("Q"), QStringLiteral("複合サービス事業"), QStringLiteral("Compound services")},
        {QStringLiteral("R"), QStringLiteral("サービス業（他に分類されないもの）"),
         QStringLiteral("Services, not elsewhere classified")},
        {QStringLiteral("S"), QStringLiteral("公務（他に分類されるものを除く）"),
         QStringLiteral("Government, except elsewhere classified")},
        {QStringLiteral("T"), QStringLiteral("分類不能の産業"),
         QStringLiteral("Industries unable to classify")},
    };
    return all;
}

bool isIndustryCode(const QString &code)
{
    for (const IndustryGroup &group : industryGroups()) {
        if (group.code == code)
            return true;
    }
    return false;
}

QString industryName(const QString &code)
{
    const bool english = QLocale().language() == QLocale::English;
    for (const IndustryGroup &group : industryGroups()) {
        if (group.code == code)
            return english ? group.englishName : group.japaneseName;
    }
    return code;
}

} // namespace kaishu::parties
