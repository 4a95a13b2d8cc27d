// kaishu-cli's screening commands: measuring the scorecard on any credit table.
#include "CommandContext.h"

#include "audit/AuditTrail.h"
#include "io/Csv.h"
#include "screening/CreditReports.h"
#include "screening/PaymentHistory.h"
#include "screening/Scorecard.h"
#include "screening/ScreeningService.h"

#include <QFile>

namespace kaishu::cli {

QString screeningUsage()
{
    return QStringLiteral(R"(
Screening:
  scorecard cv --data FILE.csv --target COL --folds FOLDS.csv [--bad-value V] [--model woe|onehot]
               [--ignore COLS] [--categorical COLS]
                                    cross-validated AUC of the WoE scorecard (or one-hot logistic
                                    regression) on a credit table: FOLDS.csv has a row column and a
                                    fold id column per seed; one line per seed, then
                                    mean_auc=… gini=… ks=…
  screening reports import FILE.csv [--dry-run]
                                    add external credit reports (client_code,customer_code,source,
                                    report_date,score,capital,employees,years_in_business,revenue,
                                    net_assets,current_ratio,notes); all or nothing
  screening train [--as-of YYYY-MM-DD]
                                    trains the behavioural model on the database's own invoices and
                                    payments (outcome: paid 30 or more days late), measured on the
                                    last six months held out; prints auc=… ks=… and late rate by grade
  screening run [--as-of YYYY-MM-DD] [--debtor CODE] [--apply-limits] [--expert]
                                    screens every active account (or one customer code) as of the
                                    date: grade, score, limit, tier, decision; prints the run's counts
                                    and the score stability (PSI) against the previous run
  screening list [--format csv|text] [--client CODE] [--downgraded] [--over-limit] [--review-due]
                                    the latest result of each account; csv header
                                    customer_code,client_code,grade,score,pd,credit_limit,exposure,
                                    tier,decision,reasons
  screening cash [--as-of YYYY-MM-DD] [--weeks N] [--client CODE] [--format csv|text]
                                    the money the open invoices are expected to bring per week, by
                                    the trained payment-timing model; csv header
                                    week_from,week_to,expected_yen (the last line: after the weeks)
  screening override RESULT_ID --grade A-E --limit YEN --tier gentle|standard|strict
               --decision approve|approve_with_conditions|refer|decline --reason TEXT
                                    a supervisor's decision over a result (audited)
  screening supervisors [--set NAME,NAME]
                                    who may override results and approve invoices over a limit
  screening evaluate --history FILE.csv --split-date YYYY-MM-DD
                                    the behavioural models on an invoice history
                                    (customer_id,invoice_id,invoice_date,due_date,amount,settled_date
                                    [,disputed][,region][,industry][,channel]): trained on invoices
                                    issued before the date, tested on the rest; prints late_auc=…
                                    days_to_settle_mae=… mae_terms=… mae_customer_mean=…
                                    and timing_model_mae=… (the payment-timing model's median)
)");
}

namespace {

QString figure(double value)
{
    return QString::number(value, 'f', 4);
}

QStringList listOption(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

class ScreeningCommands : public CommandContext
{
public:
    using CommandContext::CommandContext;

    std::optional<int> dispatch()
    {
        if (m_line.words.value(0) == QLatin1String("scorecard") &&
            m_line.words.value(1) == QLatin1String("cv"))
            return crossValidation();
        if (m_line.words.value(0) == QLatin1String("screening") &&
            m_line.words.value(1) == QLatin1String("evaluate"))
            return evaluate();
        if (m_line.words.value(0) == QLatin1String("screening") &&
            m_line.words.value(1) == QLatin1String("reports") &&
            m_line.words.value(2) == QLatin1String("import"))
            return importReports();
        if (m_line.words.value(0) == QLatin1String("screening")) {
            const QString verb = m_line.words.value(1);
            if (verb == QLatin1String("train"))
                return train();
            if (verb == QLatin1String("run"))
                return run();
            if (verb == QLatin1String("list"))
                return list();
            if (verb == QLatin1String("override"))
                return overrideResult();
            if (verb == QLatin1String("supervisors"))
                return supervisors();
            if (verb == QLatin1String("cash"))
                return cash();
        }
        return std::nullopt;
    }

private:
    std::optional<QByteArray> readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        return file.readAll();
    }

    // The fold ids per seed: a `row` column (0-based rows of the data) and one column per seed.
    std::optional<QList<QPair<QString, std::vector<int>>>> readFolds(const QByteArray &bytes,
                                                                     std::size_t rows)
    {
        const std::optional<QString> text = io::decode(bytes, io::detectEncoding(bytes));
        QString error;
        const std::optional<QList<io::CsvRecord>> records =
            text ? io::CsvReader::readAll(*text, &error) : std::nullopt;
        if (!records || records->size() < 2) {
            fail(Text::tr("The folds file cannot be read: %1").arg(error), Invalid);
            return std::nullopt;
        }
        const QStringList header = records->first().fields;
        const qsizetype rowColumn = header.indexOf(QStringLiteral("row"));
        QList<QPair<QString, std::vector<int>>> seeds;
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (c != rowColumn)
                seeds.append({header.at(c).trimmed(), std::vector<int>(rows, -1)});
        }
        for (qsizetype r = 1; r < records->size(); ++r) {
            const io::CsvRecord &record = records->at(r);
            bool ok = true;
            const qsizetype row = rowColumn >= 0 ? record.fields.value(rowColumn).toLongLong(&ok) : r - 1;
            if (!ok || row < 0 || std::size_t(row) >= rows || record.fields.size() != header.size()) {
                fail(Text::tr("Folds file, line %1: not a row of the data").arg(record.lineNumber), Invalid);
                return std::nullopt;
            }
            qsizetype seed = 0;
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (c == rowColumn)
                    continue;
                const int fold = record.fields.at(c).trimmed().toInt(&ok);
                if (!ok || fold < 0) {
                    fail(Text::tr("Folds file, line %1, %2: not a fold number")
                             .arg(record.lineNumber)
                             .arg(header.at(c)),
                         Invalid);
                    return std::nullopt;
                }
                seeds[seed++].second[std::size_t(row)] = fold;
            }
        }
        for (const auto &[seed, folds] : std::as_const(seeds)) {
            if (std::find(folds.begin(), folds.end(), -1) != folds.end()) {
                fail(Text::tr("Folds file, %1: not every row of the data has a fold").arg(seed), Invalid);
                return std::nullopt;
            }
        }
        return seeds;
    }

    int importReports()
    {
        const QString path = m_line.words.value(3);
        if (path.isEmpty())
            return usage(Text::tr("screening reports import needs a file."));
        const std::optional<QByteArray> bytes = readFile(path);
        if (!bytes)
            return Failure;
        const auto database = openDatabase();
        if (!database)
            return Failure;
        screening::CreditReportBook book(*database, audit::AuditTrail::defaultActor());
        const bool dryRun = m_line.has(QStringLiteral("dry-run"));
        const screening::CreditReportImport result = book.importCsv(*bytes, dryRun);
        for (const QString &problem : result.problems)
            m_err << problem << Qt::endl;
        if (!result.problems.isEmpty())
            return fail(Text::tr("Nothing was imported from %1.").arg(path), Invalid);
        m_out << (dryRun ? Text::tr("%n credit report(s) checked; nothing written (dry run)", nullptr,
                                    result.added)
                         : Text::tr("%n credit report(s) added", nullptr, result.added))
              << Qt::endl;
        return Success;
    }

    // Runs a screening call; a refusal (thin history, not a supervisor) in the clerk's words.
    template<typename Call> int screeningCall(Call call)
    {
        try {
            return call();
        } catch (const screening::ScreeningError &error) {
            return fail(QString::fromStdString(error.what()), Invalid);
        }
    }

    int train()
    {
        QDate asOf = QDate::currentDate();
        if (!readDate(QStringLiteral("as-of"), asOf))
            return Invalid;
        const auto database = openDatabase();
        if (!database)
            return Failure;
        screening::ScreeningService service(*database, audit::AuditTrail::defaultActor());
        return screeningCall([&] {
            const screening::ModelReport report = service.train(asOf);
            m_out << Text::tr("Model %1 trained as of %2 on %3 invoices (%4 paid 30 or more days late), "
                              "tested on %5 "
                              "held out (%6 late).")
                         .arg(report.id)
                         .arg(asOf.toString(Qt::ISODate))
                         .arg(report.trainInvoices)
                         .arg(report.trainLate)
                         .arg(report.testInvoices)
                         .arg(report.testLate)
                  << Qt::endl;
            m_out << QStringLiteral("auc=%1 ks=%2").arg(figure(report.auc), figure(report.ks)) << Qt::endl;
            for (const screening::GradeQuality &quality : report.byGrade)
                m_out << QStringLiteral("grade %1: %2 invoices, late rate %3")
                             .arg(screening::toCode(quality.grade))
                             .arg(quality.invoices)
                             .arg(figure(quality.lateRate()))
                      << Qt::endl;
            if (!report.badRateMonotone)
                m_out << Text::tr("Warning: the late rate does not rise from grade to grade.") << Qt::endl;
            m_out << QStringLiteral("timing_mae=%1 timing_mae_due_date=%2 timing_test_settled=%3")
                         .arg(QString::number(report.timingMae, 'f', 2),
                              QString::number(report.timingMaeDueDate, 'f', 2))
                         .arg(report.timingTestSettled)
                  << Qt::endl;
            for (const screening::ModelReport::TimingPeriod &period : report.timing)
                m_out << QStringLiteral("days after due %1: %2 at risk, %3 paid, %4 expected")
                             .arg(period.label)
                             .arg(period.atRisk)
                             .arg(period.paid)
                             .arg(QString::number(period.predictedPaid, 'f', 1))
                      << Qt::endl;
            return Success;
        });
    }

    // --format csv or text (text when not given); empty when it is neither.
    QString outputFormat() const
    {
        const QString format = m_line.has(QStringLiteral("format")) ? m_line.option(QStringLiteral("format"))
                                                                    : QStringLiteral("text");
        return format == QLatin1String("csv") || format == QLatin1String("text") ? format : QString();
    }

    // The client of --client CODE: 0 without the option; empty, having said so, when no client has it.
    std::optional<qint64> clientOption(const storage::Database &database)
    {
        if (!m_line.has(QStringLiteral("client")))
            return 0;
        const QString code = m_line.option(QStringLiteral("client"));
        const qint64 id =
            database.scalar(QStringLiteral("SELECT id FROM clients WHERE code = ?"), {code}).toLongLong();
        if (id == 0) {
            fail(Text::tr("No client has the code %1.").arg(code), Invalid);
            return std::nullopt;
        }
        return id;
    }

    int cash()
    {
        QDate asOf = QDate::currentDate();
        if (!readDate(QStringLiteral("as-of"), asOf))
            return Invalid;
        bool weeksOk = true;
        const int weeks =
            m_line.has(QStringLiteral("weeks")) ? m_line.option(QStringLiteral("weeks")).toInt(&weeksOk) : 13;
        if (!weeksOk || weeks < 1 || weeks > 104)
            return usage(Text::tr("--weeks must be a whole number from 1 to 104."));
        const QString format = outputFormat();
        if (format.isEmpty())
            return usage(Text::tr("--format must be csv or text."));
        const auto database = openDatabase();
        if (!database)
            return Failure;
        const std::optional<qint64> clientId = clientOption(*database);
        if (!clientId)
            return Invalid;
        screening::ScreeningService service(*database, audit::AuditTrail::defaultActor());
        return screeningCall([&] {
            const screening::CashForecast forecast = service.expectedCash(asOf, weeks, *clientId);
            io::CsvWriter csv;
            if (format == QLatin1String("csv"))
                csv.writeRecord(
                    {QStringLiteral("week_from"), QStringLiteral("week_to"), QStringLiteral("expected_yen")});
            qint64 total = forecast.later;
            for (std::size_t w = 0; w < forecast.weekly.size(); ++w) {
                const QDate from = asOf.addDays(qint64(7 * w));
                total += forecast.weekly[w];
                if (format == QLatin1String("csv"))
                    csv.writeRecord({from.toString(Qt::ISODate), from.addDays(6).toString(Qt::ISODate),
                                     QString::number(forecast.weekly[w])});
                else
                    m_out << Text::tr("%1 – %2: %3 yen")
                                 .arg(from.toString(Qt::ISODate), from.addDays(6).toString(Qt::ISODate),
                                      money::Yen(forecast.weekly[w]).toString())
                          << Qt::endl;
            }
            const QDate after = asOf.addDays(qint64(7) * weeks);
            if (format == QLatin1String("csv")) {
                csv.writeRecord({after.toString(Qt::ISODate), QString(), QString::number(forecast.later)});
                m_out << QString(csv.text()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
            } else {
                m_out << Text::tr("from %1 or not at all: %2 yen")
                             .arg(after.toString(Qt::ISODate), money::Yen(forecast.later).toString())
                      << Qt::endl;
                m_out << Text::tr("open now: %1 yen").arg(money::Yen(total).toString()) << Qt::endl;
            }
            return Success;
        });
    }

    int run()
    {
        screening::ScreeningRunOptions options;
        options.asOf = QDate::currentDate();
        if (!readDate(QStringLiteral("as-of"), options.asOf))
            return Invalid;
        options.applyLimits = m_line.has(QStringLiteral("apply-limits"));
        options.forceExpert = m_line.has(QStringLiteral("expert"));
        const auto database = openDatabase();
        if (!database)
            return Failure;
        if (m_line.has(QStringLiteral("debtor"))) {
            const QString code = m_line.option(QStringLiteral("debtor"));
            const QVariant id = database->scalar(
                QStringLiteral("SELECT MIN(id) FROM accounts WHERE customer_code = ?"), {code});
            if (id.isNull())
                return fail(Text::tr("No customer has the code %1.").arg(code), Invalid);
            options.accountId = id.toLongLong();
        }
        screening::ScreeningService service(*database, audit::AuditTrail::defaultActor());
        return screeningCall([&] {
            const screening::ScreeningRunSummary run = service.run(options);
            m_out << Text::tr("Screened %1 account(s) as of %2 with the %3.")
                         .arg(run.accounts)
                         .arg(run.asOf.toString(Qt::ISODate))
                         .arg(run.method == screening::ScreeningMethod::Model ? Text::tr("trained model")
                                                                              : Text::tr("expert card"))
                  << Qt::endl;
            QStringList grades;
            for (qsizetype g = 0; g < run.gradeCounts.size(); ++g)
                grades << QStringLiteral("%1 %2")
                              .arg(screening::toCode(screening::Grade(g)))
                              .arg(run.gradeCounts.at(g));
            m_out << QStringLiteral("grades: ") << grades.join(QStringLiteral(", ")) << Qt::endl;
            m_out << QStringLiteral("downgrades=%1 upgrades=%2 over_limit=%3 limits_applied=%4")
                         .arg(run.downgrades)
                         .arg(run.upgrades)
                         .arg(run.overLimit)
                         .arg(run.limitsApplied)
                  << Qt::endl;
            if (run.psi)
                m_out << QStringLiteral("psi=%1 (%2)").arg(figure(*run.psi), stabilityCode(*run.psi))
                      << Qt::endl;
            return Success;
        });
    }

    static QString stabilityCode(double psi)
    {
        switch (screening::stabilityOf(psi)) {
        case screening::Stability::Stable:
            return QStringLiteral("stable");
        case screening::Stability::Investigate:
            return QStringLiteral("investigate");
        case screening::Stability::Shifted:
            return QStringLiteral("shifted");
        }
        return {};
    }

    int list()
    {
        const QString format = outputFormat();
        if (format.isEmpty())
            return usage(Text::tr("--format must be csv or text."));
        const auto database = openDatabase();
        if (!database)
            return Failure;
        screening::ResultFilter filter;
        const std::optional<qint64> clientId = clientOption(*database);
        if (!clientId)
            return Invalid;
        filter.clientId = *clientId;
        filter.downgradedOnly = m_line.has(QStringLiteral("downgraded"));
        filter.overLimitOnly = m_line.has(QStringLiteral("over-limit"));
        filter.reviewDueOnly = m_line.has(QStringLiteral("review-due"));
        screening::ScreeningService service(*database, audit::AuditTrail::defaultActor());
        io::CsvWriter csv;
        if (format == QLatin1String("csv"))
            csv.writeRecord({QStringLiteral("customer_code"), QStringLiteral("client_code"),
                             QStringLiteral("grade"), QStringLiteral("score"), QStringLiteral("pd"),
                             QStringLiteral("credit_limit"), QStringLiteral("exposure"),
                             QStringLiteral("tier"), QStringLiteral("decision"), QStringLiteral("reasons")});
        for (const screening::ScreeningResult &result : service.latestResults(filter)) {
            QStringList reasons;
            for (const screening::ScreeningReason &reason : result.reasons)
                reasons << QStringLiteral("%1 (%2)").arg(reason.text).arg(reason.points);
            const QStringList fields{result.customerCode,
                                     result.clientCode,
                                     screening::toCode(result.effectiveGrade()),
                                     QString::number(result.score),
                                     QString::number(result.pd, 'f', 4),
                                     QString::number(result.effectiveLimit().value()),
                                     QString::number(result.exposure.value()),
                                     screening::toCode(result.effectiveTier()),
                                     screening::toCode(result.effectiveDecision()),
                                     reasons.join(QStringLiteral("; "))};
            if (format == QLatin1String("csv"))
                csv.writeRecord(fields);
            else
                m_out << QStringLiteral("%1  %2  %3 %4  pd %5  limit %6  owes %7  %8  %9%10")
                             .arg(result.clientCode, result.customerCode,
                                  screening::toCode(result.effectiveGrade()))
                             .arg(result.score)
                             .arg(fields.at(4), result.effectiveLimit().toString(),
                                  result.exposure.toString(), screening::toCode(result.effectiveTier()),
                                  screening::toCode(result.effectiveDecision()),
                                  result.downgraded() ? QStringLiteral("  ↓") : QString())
                      << Qt::endl;
        }
        // Lines end with LF on standard output, as other tools there expect.
        if (format == QLatin1String("csv"))
            m_out << QString(csv.text()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        return Success;
    }

    int overrideResult()
    {
        bool ok = false;
        const qint64 id = m_line.words.value(2).toLongLong(&ok);
        if (!ok)
            return usage(Text::tr("screening override needs a result id."));
        screening::ScreeningOverride decision;
        const std::optional<screening::Grade> grade =
            screening::gradeFromCode(m_line.option(QStringLiteral("grade")));
        std::optional<money::Yen> limit;
        if (!readYen(QStringLiteral("limit"), limit))
            return Invalid;
        std::optional<screening::DunningTier> tier;
        for (const auto candidate : {screening::DunningTier::Gentle, screening::DunningTier::Standard,
                                     screening::DunningTier::Strict})
            if (screening::toCode(candidate) == m_line.option(QStringLiteral("tier")))
                tier = candidate;
        std::optional<screening::Decision> verdict;
        for (const auto candidate : {screening::Decision::Approve, screening::Decision::ApproveWithConditions,
                                     screening::Decision::Refer, screening::Decision::Decline})
            if (screening::toCode(candidate) == m_line.option(QStringLiteral("decision")))
                verdict = candidate;
        if (!grade || !limit || !tier || !verdict)
            return usage(
                Text::tr("screening override needs --grade A-E, --limit YEN, --tier and --decision."));
        decision.grade = *grade;
        decision.limit = *limit;
        decision.tier = *tier;
        decision.decision = *verdict;
        decision.reason = m_line.option(QStringLiteral("reason"));
        const auto database = openDatabase();
        if (!database)
            return Failure;
        screening::ScreeningService service(*database, audit::AuditTrail::defaultActor());
        return screeningCall([&] {
            const screening::ScreeningResult result = service.overrideResult(id, decision);
            m_out << Text::tr("Result %1 of %2: grade %3, limit %4 yen, by %5.")
                         .arg(result.id)
                         .arg(result.customerCode, screening::toCode(result.effectiveGrade()),
                              result.effectiveLimit().toString(), result.supervisorOverride->by)
                  << Qt::endl;
            return Success;
        });
    }

    int supervisors()
    {
        const auto database = openDatabase();
        if (!database)
            return Failure;
        screening::ScreeningService service(*database, audit::AuditTrail::defaultActor());
        return screeningCall([&] {
            if (m_line.has(QStringLiteral("set")))
                service.setSupervisors(listOption(m_line.option(QStringLiteral("set"))));
            m_out << Text::tr("Supervisors: %1")
                         .arg(service.supervisors().isEmpty()
                                  ? Text::tr("none")
                                  : service.supervisors().join(QStringLiteral(", ")))
                  << Qt::endl;
            return Success;
        });
    }

    int evaluate()
    {
        const QString path = m_line.option(QStringLiteral("history"));
        if (path.isEmpty() || !m_line.has(QStringLiteral("split-date")))
            return usage(Text::tr("screening evaluate needs --history and --split-date."));
        QDate split;
        if (!readDate(QStringLiteral("split-date"), split))
            return UsageError;
        const std::optional<QByteArray> bytes = readFile(path);
        if (!bytes)
            return Failure;
        QString error;
        const std::optional<QList<screening::HistoryInvoice>> history =
            screening::readHistoryCsv(*bytes, &error);
        if (!history)
            return fail(Text::tr("%1: %2").arg(path, error), Invalid);
        const std::optional<screening::HistoryEvaluation> result =
            screening::evaluateHistory(*history, split, &error);
        if (!result)
            return fail(Text::tr("%1: %2").arg(path, error), Invalid);
        m_out << QStringLiteral("train_invoices=%1 test_invoices=%2 test_late_known=%3 test_settled=%4")
                     .arg(result->trainInvoices)
                     .arg(result->testInvoices)
                     .arg(result->testLateKnown)
                     .arg(result->testSettled)
              << Qt::endl;
        m_out << QStringLiteral("late_auc=%1 days_to_settle_mae=%2 mae_terms=%3 mae_customer_mean=%4")
                     .arg(figure(result->lateAuc), QString::number(result->daysToSettleMae, 'f', 2),
                          QString::number(result->maeTerms, 'f', 2),
                          QString::number(result->maeCustomerMean, 'f', 2))
              << Qt::endl;
        m_out << QStringLiteral("timing_model_mae=%1").arg(QString::number(result->timingModelMae, 'f', 2))
              << Qt::endl;
        return Success;
    }

    int crossValidation()
    {
        for (const char *required : {"data", "target", "folds"}) {
            if (m_line.option(QLatin1String(required)).isEmpty())
                return usage(Text::tr("scorecard cv needs --%1.").arg(QLatin1String(required)));
        }
        const QString model = m_line.has(QStringLiteral("model")) ? m_line.option(QStringLiteral("model"))
                                                                  : QStringLiteral("woe");
        if (model != QLatin1String("woe") && model != QLatin1String("onehot"))
            return usage(Text::tr("--model is woe or onehot, not %1.").arg(model));
        const std::optional<QByteArray> data = readFile(m_line.option(QStringLiteral("data")));
        const std::optional<QByteArray> foldBytes =
            data ? readFile(m_line.option(QStringLiteral("folds"))) : std::nullopt;
        if (!data || !foldBytes)
            return Failure;
        screening::CreditTable::ReadOptions options;
        options.target = m_line.option(QStringLiteral("target"));
        if (m_line.has(QStringLiteral("bad-value")))
            options.badValue = m_line.option(QStringLiteral("bad-value"));
        options.ignore = listOption(m_line.option(QStringLiteral("ignore")));
        options.categorical = listOption(m_line.option(QStringLiteral("categorical")));
        QString error;
        const std::optional<screening::CreditTable> table =
            screening::CreditTable::fromCsv(*data, options, &error);
        if (!table)
            return fail(Text::tr("%1: %2").arg(m_line.option(QStringLiteral("data")), error), Invalid);
        const auto folds = readFolds(*foldBytes, table->rows());
        if (!folds)
            return Invalid;

        const QList<screening::SeedResult> results =
            screening::crossValidate(*table, *folds, [&model]() -> std::unique_ptr<screening::CreditModel> {
                if (model == QLatin1String("onehot"))
                    return std::make_unique<screening::OneHotLogistic>();
                return std::make_unique<screening::WoeScorecard>();
            });
        double auc = 0;
        double ks = 0;
        for (const screening::SeedResult &seed : results) {
            QStringList perFold;
            for (const screening::FoldResult &fold : seed.folds)
                perFold.append(figure(fold.auc));
            m_out << QStringLiteral("%1 auc=%2 ks=%3 folds=%4")
                         .arg(seed.seed, figure(seed.meanAuc()), figure(seed.meanKs()),
                              perFold.join(QLatin1Char(',')))
                  << Qt::endl;
            auc += seed.meanAuc();
            ks += seed.meanKs();
        }
        const double seeds = std::max<double>(1, double(results.size()));
        m_out << QStringLiteral("mean_auc=%1 gini=%2 ks=%3")
                     .arg(figure(auc / seeds), figure(2 * auc / seeds - 1), figure(ks / seeds))
              << Qt::endl;
        return Success;
    }
};

} // namespace

std::optional<int> runScreeningCommand(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    return ScreeningCommands(line, out, err).dispatch();
}

} // namespace kaishu::cli
