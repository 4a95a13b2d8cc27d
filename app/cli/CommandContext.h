#pragma once

// What every kaishu-cli command shares: the parsed command line, the output streams, the database
// named by --db / KAISHU_DB, and the way problems are reported (exit codes of CliCommands.h).

#include "CliCommands.h"
#include "money/Yen.h"
#include "parties/FieldError.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace kaishu::cli {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::cli)
};

// Positional words and --name value options of a command line.
struct CommandLine
{
    QStringList words;
    QHash<QString, QString> options;
    QString error;

    static CommandLine parse(const QStringList &arguments)
    {
        CommandLine line;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            static const QStringList Flags{
                QStringLiteral("--dry-run"),      QStringLiteral("--sole-proprietor"),
                QStringLiteral("--all-drafts"),   QStringLiteral("--approve-over-limit"),
                QStringLiteral("--apply-limits"), QStringLiteral("--expert"),
                QStringLiteral("--downgraded"),   QStringLiteral("--over-limit"),
                QStringLiteral("--review-due")};
            if (Flags.contains(argument)) {
                line.options.insert(argument.mid(2), QStringLiteral("yes"));
            } else if (argument.startsWith(QLatin1String("--")) && argument != QLatin1String("--version") &&
                       argument != QLatin1String("--help")) {
                QString name = argument.mid(2);
                QString value;
                const qsizetype equals = name.indexOf(QLatin1Char('='));
                if (equals >= 0) {
                    value = name.mid(equals + 1);
                    name.truncate(equals);
                } else if (i + 1 < arguments.size()) {
                    value = arguments.at(++i);
                } else {
                    line.error = Text::tr("The option --%1 needs a value.").arg(name);
                    return line;
                }
                line.options.insert(name, value);
            } else {
                line.words << argument;
            }
        }
        return line;
    }
    QString option(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
};

// The whole usage text (general and billing commands).
QString usageText();
QString billingUsage();
QString paymentUsage();
QString screeningUsage();

class CommandContext
{
public:
    CommandContext(const CommandLine &line, QTextStream &out, QTextStream &err)
        : m_line(line)
        , m_out(out)
        , m_err(err)
    {}

protected:
    int usage(const QString &message);
    int fail(const QString &message, int code = Failure);
    std::unique_ptr<storage::Database> openDatabase(const QString &override = {});
    // An optional whole-number option within bounds; false (and a message) when malformed.
    bool readInt(const QString &name, qint64 minimum, qint64 maximum, qint64 &value);
    bool writeFile(const QString &path, const QByteArray &bytes);
    // An optional --name YYYY-MM-DD option; false (and a message) when malformed.
    bool readDate(const QString &name, QDate &date);
    // An optional --name amount in yen; false (and a message) when malformed.
    bool readYen(const QString &name, std::optional<money::Yen> &amount);

    // Runs a service call; the clerk's words for a rule broken or a stale record.
    template<typename Call> int guarded(Call call)
    {
        try {
            return call();
        } catch (const parties::ValidationError &error) {
            return fail(error.message(), Invalid);
        } catch (const parties::ConcurrentChangeError &error) {
            return fail(error.message(), Failure);
        }
    }

    const CommandLine &m_line;
    QTextStream &m_out;
    QTextStream &m_err;
};

// The invoicing commands (orders, billing, invoice, receipt, archive, settings); nothing when the
// command line is not one of them.
std::optional<int> runBillingCommand(const CommandLine &line, QTextStream &out, QTextStream &err);
// The payment commands (payments import, match, export-matches, unmatched); likewise.
std::optional<int> runPaymentCommand(const CommandLine &line, QTextStream &out, QTextStream &err);
// The screening commands (scorecard cv); likewise.
std::optional<int> runScreeningCommand(const CommandLine &line, QTextStream &out, QTextStream &err);

} // namespace kaishu::cli
