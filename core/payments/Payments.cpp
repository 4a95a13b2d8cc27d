#include "Payments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kaishu::payments {

namespace {

struct StatusName
{
    TransactionStatus status;
    const char *code;
};

constexpr StatusName StatusNames[] = {
    {TransactionStatus::Unmatched, "unmatched"},      {TransactionStatus::Suggested, "suggested"},
    {TransactionStatus::Matched, "matched"},          {TransactionStatus::Fee, "fee"},
    {TransactionStatus::OtherIncome, "other_income"}, {TransactionStatus::Outgoing, "outgoing"},
    {TransactionStatus::Cancelled, "cancelled"},
};

} // namespace

QString toCode(TransactionStatus status)
{
    for (const StatusName &name : StatusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.code);
    }
    return {};
}

std::optional<TransactionStatus> transactionStatusFromCode(const QString &code)
{
    for (const StatusName &name : StatusNames) {
        if (code == QLatin1String(name.code))
            return name.status;
    }
    return std::nullopt;
}

QString candidatesToJson(const QList<MatchCandidate> &candidates)
{
    QJsonArray array;
    for (const MatchCandidate &candidate : candidates) {
        QJsonArray allocations;
        for (const Allocation &allocation : candidate.allocations)
            allocations.append(QJsonArray{QString::number(allocation.invoiceId),
                                          QString::number(allocation.amount.value())});
        array.append(QJsonObject{
            {QStringLiteral("account"), QString::number(candidate.accountId)},
            {QStringLiteral("allocations"), allocations},
            {QStringLiteral("fee"), QString::number(candidate.fee.value())},
            {QStringLiteral("unapplied"), QString::number(candidate.unapplied.value())},
            {QStringLiteral("partial"), candidate.partial},
            {QStringLiteral("method"), toCode(candidate.method)},
            {QStringLiteral("confidence"), candidate.confidence},
            {QStringLiteral("reason"), candidate.reason},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MatchCandidate> candidatesFromJson(const QString &json)
{
    // Amounts and ids are kept as text: JSON numbers are doubles.
    QList<MatchCandidate> candidates;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        MatchCandidate candidate;
        candidate.accountId = object.value(QStringLiteral("account")).toString().toLongLong();
        for (const QJsonValue &pair : object.value(QStringLiteral("allocations")).toArray()) {
            const QJsonArray parts = pair.toArray();
            candidate.allocations.append(
                {parts.at(0).toString().toLongLong(), money::Yen(parts.at(1).toString().toLongLong())});
        }
        candidate.fee = money::Yen(object.value(QStringLiteral("fee")).toString().toLongLong());
        candidate.unapplied = money::Yen(object.value(QStringLiteral("unapplied")).toString().toLongLong());
        candidate.partial = object.value(QStringLiteral("partial")).toBool();
        candidate.method = matchMethodFromCode(object.value(QStringLiteral("method")).toString())
                               .value_or(MatchMethod::Manual);
        candidate.confidence = object.value(QStringLiteral("confidence")).toInt();
        candidate.reason = object.value(QStringLiteral("reason")).toString();
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace kaishu::payments
