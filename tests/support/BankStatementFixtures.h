#pragma once

// Bank statements for the payment suites: C001's account, a transfer line, a 振込入金通知 of lines,
// and its Zengin bytes.

#include "money/Yen.h"
#include "payments/BankStatement.h"
#include "payments/ZenginWriter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kaishu::tests {

// C001's account at みずほ銀行 東京営業部 (tests/data/billing/clients.csv), or one of its debtors'
// virtual accounts there.
inline payments::StatementAccount clientAccount(const QString &number = QStringLiteral("1234567"))
{
    return {QStringLiteral("0001"),
            QStringLiteral("ﾐｽﾞﾎ"),
            QStringLiteral("001"),
            QStringLiteral("ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ"),
            1,
            number,
            QStringLiteral("ｶ)ﾐﾗｲｼﾖｸﾋﾝ")};
}

// A transfer received on day `day` of November 2026 from ﾐﾂｲｽﾐﾄﾓ ｼﾝｼﾞﾕｸ.
inline payments::StatementLine transfer(const QString &inquiry, int day, qint64 amount, const QString &payer)
{
    payments::StatementLine line;
    line.inquiryNumber = inquiry;
    line.accountDate = QDate(2026, 11, day);
    line.valueDate = line.accountDate;
    line.amount = money::Yen(amount);
    line.payerName = payer;
    line.sendingBank = QStringLiteral("ﾐﾂｲｽﾐﾄﾓ");
    line.sendingBranch = QStringLiteral("ｼﾝｼﾞﾕｸ");
    return line;
}

// A 振込入金通知 of the account, made on 2026-11-30.
inline payments::BankStatement notice(const payments::StatementAccount &account,
                                      const QList<payments::StatementLine> &lines)
{
    payments::BankStatement statement;
    statement.format = payments::StatementFormat::ZenginTransferNotice;
    statement.created = QDate(2026, 11, 30);
    statement.from = lines.first().accountDate;
    statement.to = lines.last().accountDate;
    statement.account = account;
    statement.lines = lines;
    return statement;
}

// The statements as a Zengin file; a statement the writer refuses stops the test run.
inline QByteArray zenginBytes(const QList<payments::BankStatement> &statements)
{
    QString error;
    const std::optional<QByteArray> bytes = payments::ZenginWriter::write(statements, {}, &error);
    if (!bytes)
        qFatal("test statements not writable: %s", qPrintable(error));
    return *bytes;
}

} // namespace kaishu::tests
