#include "BankStatement.h"

#include <QCoreApplication>

namespace kaishu::payments {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::payments)
};

} // namespace

QString toCode(StatementFormat format)
{
    switch (format) {
    case StatementFormat::ZenginTransferNotice:
        return QStringLiteral("zengin01");
    case StatementFormat::ZenginAccountStatement:
        return QStringLiteral("zengin03");
    case StatementFormat::BankCsv:
        return QStringLiteral("csv");
    case StatementFormat::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<StatementFormat> statementFormatFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (StatementFormat format :
         {StatementFormat::ZenginTransferNotice, StatementFormat::ZenginAccountStatement,
          StatementFormat::BankCsv, StatementFormat::Manual}) {
        if (wanted == toCode(format))
            return format;
    }
    return std::nullopt;
}

QString StatementProblem::toString() const
{
    QString where;
    if (record > 0)
        where = unit == Unit::Line ? Text::tr("line %1").arg(record) : Text::tr("record %1").arg(record);
    if (!field.isEmpty())
        where = where.isEmpty() ? field : where + QStringLiteral(", ") + field;
    if (where.isEmpty())
        return problem;
    return where + QStringLiteral(": ") + problem;
}

} // namespace kaishu::payments
