#include "PartyImport.h"

#include "Classification.h"
#include "Identifiers.h"
#include "Kana.h"
#include "PartyService.h"
#include "RowReader.h"
#include "io/Csv.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QSet>

namespace kaishu::parties {

namespace {

// Messages for clerks, translated under one context per area (lupdate reads the declaration).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kaishu::parties)
};

const QHash<QString, QStringList> &headerAliases()
{
    static const QHash<QString, QStringList> aliases{
        {QStringLiteral("client_code"),
         {QStringLiteral("依頼者コード"), QStringLiteral("クライアントコード")}},
        {QStringLiteral("customer_code"),
         {QStringLiteral("顧客コード"), QStringLiteral("得意先コード"), QStringLiteral("取引先コード")}},
        {QStringLiteral("name"),
         {QStringLiteral("名称"), QStringLiteral("会社名"), QStringLiteral("依頼者名"),
          QStringLiteral("顧客名"), QStringLiteral("得意先名"), QStringLiteral("取引先名")}},
        {QStringLiteral("name_kana"),
         {QStringLiteral("カナ"), QStringLiteral("フリガナ"), QStringLiteral("名称カナ"),
          QStringLiteral("ふりがな")}},
        {QStringLiteral("registration_number"),
         {QStringLiteral("登録番号"), QStringLiteral("適格請求書発行事業者登録番号"),
          QStringLiteral("インボイス登録番号")}},
        {QStringLiteral("payer_name"),
         {QStringLiteral("振込名義"), QStringLiteral("振込依頼人名"), QStringLiteral("振込人名義")}},
        {QStringLiteral("corporate_number"), {QStringLiteral("法人番号")}},
        {QStringLiteral("postal_code"), {QStringLiteral("郵便番号"), QStringLiteral("〒")}},
        {QStringLiteral("prefecture"), {QStringLiteral("都道府県")}},
        {QStringLiteral("address"), {QStringLiteral("住所"), QStringLiteral("所在地")}},
        {QStringLiteral("industry"), {QStringLiteral("業種"), QStringLiteral("産業分類")}},
        {QStringLiteral("email"),
         {QStringLiteral("メール"), QStringLiteral("メールアドレス"), QStringLiteral("e-mail")}},
        {QStringLiteral("phone"),
         {QStringLiteral("電話"), QStringLiteral("電話番号"), QStringLiteral("tel")}},
        {QStringLiteral("terms"),
         {QStringLiteral("支払条件"), QStringLiteral("取引条件"), QStringLiteral("支払サイト")}},
        {QStringLiteral("credit_limit"), {QStringLiteral("与信限度額"), QStringLiteral("与信枠")}},
        {QStringLiteral("virtual_account"),
         {QStringLiteral("振込専用口座"), QStringLiteral("バーチャル口座")}},
        {QStringLiteral("bank_code"), {QStringLiteral("銀行コード"), QStringLiteral("金融機関コード")}},
        {QStringLiteral("branch_code"), {QStringLiteral("支店コード")}},
        {QStringLiteral("account_type"), {QStringLiteral("預金種目"), QStringLiteral("口座種別")}},
        {QStringLiteral("account_number"), {QStringLiteral("口座番号")}},
        {QStringLiteral("account_name"), {QStringLiteral("口座名義")}},
    };
    return aliases;
}

} // namespace

QString ImportProblem::toString() const
{
    QString where;
    if (line > 0)
        where = Text::tr("line %1").arg(line);
    if (!column.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + column;
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

PartyImporter::PartyImporter(storage::Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

bool PartyImporter::readTable(const QByteArray &bytes, CsvTable &table, QList<ImportProblem> &problems)
{
    table = {};
    table.encoding = io::detectEncoding(bytes);
    QString error;
    const std::optional<QString> text = io::decode(bytes, table.encoding, &error);
    if (!text) {
        problems.append({0, {}, error});
        return false;
    }
    io::CsvReader reader(*text);
    bool first = true;
    while (const std::optional<io::CsvRecord> record = reader.readRecord()) {
        if (first) {
            table.header = record->fields;
            for (QString &name : table.header)
                name = name.trimmed();
            first = false;
            continue;
        }
        table.rows.append(record->fields);
        table.lines.append(record->lineNumber);
    }
    if (reader.hasError()) {
        problems.append({reader.errorLine(), {}, reader.errorString()});
        return false;
    }
    if (first) {
        problems.append({0, {}, Text::tr("the file is empty")});
        return false;
    }
    return true;
}

QStringList PartyImporter::canonicalFields(ImportKind kind)
{
    if (kind == ImportKind::Clients)
        return {QStringLiteral("client_code"),  QStringLiteral("name"),
                QStringLiteral("name_kana"),    QStringLiteral("registration_number"),
                QStringLiteral("postal_code"),  QStringLiteral("address"),
                QStringLiteral("bank_code"),    QStringLiteral("branch_code"),
                QStringLiteral("account_type"), QStringLiteral("account_number"),
                QStringLiteral("account_name"), QStringLiteral("terms")};
    return {
        QStringLiteral("client_code"), QStringLiteral("customer_code"), QStringLiteral("name"),
        QStringLiteral("name_kana"),   QStringLiteral("payer_name"),    QStringLiteral("corporate_number"),
        QStringLiteral("postal_code"), QStringLiteral("prefecture"),    QStringLiteral("address"),
        QStringLiteral("industry"),    QStringLiteral("email"),         QStringLiteral("phone"),
        QStringLiteral("terms"),       QStringLiteral("credit_limit"),  QStringLiteral("virtual_account")};
}

QStringList PartyImporter::requiredFields(ImportKind kind)
{
    if (kind == ImportKind::Clients)
        return {QStringLiteral("client_code"), QStringLiteral("name")};
    return {QStringLiteral("client_code"), QStringLiteral("customer_code"), QStringLiteral("name")};
}

ColumnMapping matchColumns(const QStringList &fields, const QHash<QString, QStringList> &aliases,
                           const QStringList &header)
{
    ColumnMapping mapping;
    for (const QString &field : fields) {
        const QStringList names = aliases.value(field);
        for (int column = 0; column < header.size(); ++column) {
            const QString name = header.at(column).trimmed();
            if (name.compare(field, Qt::CaseInsensitive) == 0 ||
                names.contains(name.normalized(QString::NormalizationForm_KC), Qt::CaseInsensitive)) {
                mapping.insert(field, column);
                break;
            }
        }
    }
    return mapping;
}

ColumnMapping PartyImporter::guessMapping(ImportKind kind, const QStringList &header)
{
    return matchColumns(canonicalFields(kind), headerAliases(), header);
}

ImportResult PartyImporter::importFile(ImportKind kind, const QByteArray &bytes, bool dryRun)
{
    CsvTable table;
    ImportResult result;
    if (!readTable(bytes, table, result.problems))
        return result;
    return run(kind, table, guessMapping(kind, table.header), dryRun);
}

ImportResult PartyImporter::run(ImportKind kind, const CsvTable &table, const ColumnMapping &mapping,
                                bool dryRun)
{
    ImportResult result;
    result.rowsRead = int(table.rows.size());
    for (const QString &field : requiredFields(kind)) {
        if (mapping.value(field, -1) < 0)
            result.problems.append({1, field, Text::tr("the file has no column for this required field")});
    }
    if (!result.problems.isEmpty())
        return result;

    PartyService service(m_database, m_actor);
    PartyRepository &repository = service.repository();
    QHash<QString, std::optional<Client>> clientsByCode;
    auto clientByCode = [&](const QString &code) {
        auto it = clientsByCode.find(code);
        if (it == clientsByCode.end())
            it = clientsByCode.insert(code, repository.clientByCode(code));
        return *it;
    };
    QHash<QString, int> firstLineOfKey;  // duplicate keys inside the file
    QHash<QString, int> virtualAccounts; // duplicate virtual accounts inside the file

    storage::Transaction transaction(m_database);
    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const int line = table.lines.at(index);
        const RowReader row(table.rows.at(index), mapping);
        const qsizetype problemsBefore = result.problems.size();
        auto problem = [&](const QString &column, const QString &reason) {
            result.problems.append({line, column, reason});
        };
        try {
            const QString clientCode = row.text(QStringLiteral("client_code"));
            if (kind == ImportKind::Clients) {
                if (firstLineOfKey.contains(clientCode)) {
                    problem(QStringLiteral("client_code"), Text::tr("client %1 appears already on line %2")
                                                               .arg(clientCode)
                                                               .arg(firstLineOfKey.value(clientCode)));
                    continue;
                }
                firstLineOfKey.insert(clientCode, line);
                const std::optional<Client> existing = clientByCode(clientCode);
                Client client = existing.value_or(Client());
                client.code = clientCode;
                row.assign(QStringLiteral("name"), client.name);
                if (row.has(QStringLiteral("name_kana")))
                    client.nameKana = toFullWidthKatakana(row.text(QStringLiteral("name_kana")));
                if (row.has(QStringLiteral("registration_number")))
                    client.registrationNumber =
                        normalizeRegistrationNumber(row.text(QStringLiteral("registration_number")));
                if (row.has(QStringLiteral("postal_code")))
                    client.postalCode = normalizePostalCode(row.text(QStringLiteral("postal_code")));
                row.assign(QStringLiteral("address"), client.address);
                row.assign(QStringLiteral("bank_code"), client.payeeAccount.bankCode);
                row.assign(QStringLiteral("branch_code"), client.payeeAccount.branchCode);
                if (row.has(QStringLiteral("account_type")) &&
                    !row.text(QStringLiteral("account_type")).isEmpty()) {
                    const auto type = bankAccountTypeFromText(row.text(QStringLiteral("account_type")));
                    if (!type)
                        problem(QStringLiteral("account_type"),
                                Text::tr("\"%1\" is not an account type (普通, 当座, 貯蓄)")
                                    .arg(row.text(QStringLiteral("account_type"))));
                    else
                        client.payeeAccount.type = *type;
                }
                if (row.has(QStringLiteral("account_number")))
                    client.payeeAccount.accountNumber =
                        normalizeAccountNumber(row.text(QStringLiteral("account_number")));
                row.assign(QStringLiteral("account_name"), client.payeeAccount.accountName);
                if (!row.text(QStringLiteral("terms")).isEmpty()) {
                    QString reason;
                    const auto terms =
                        calendar::PaymentTerms::parse(row.text(QStringLiteral("terms")), &reason);
                    if (!terms)
                        problem(QStringLiteral("terms"), reason);
                    else
                        client.terms = *terms;
                }
                for (const FieldError &error : validate(client))
                    problem(error.field, error.reason);
                if (result.problems.size() != problemsBefore)
                    continue;
                if (!existing) {
                    clientsByCode.insert(clientCode, service.createClient(client));
                    ++result.created;
                } else if (client == *existing) {
                    ++result.unchanged;
                } else {
                    clientsByCode.insert(clientCode, service.updateClient(client));
                    ++result.updated;
                }
                continue;
            }

            // Debtors: a row creates or updates the debtor and its account with the client.
            const QString customerCode = row.text(QStringLiteral("customer_code"));
            const QString key = clientCode + QLatin1Char('\x1f') + customerCode;
            if (firstLineOfKey.contains(key)) {
                problem(QStringLiteral("customer_code"),
                        Text::tr("customer %1 of client %2 appears already on line %3")
                            .arg(customerCode, clientCode)
                            .arg(firstLineOfKey.value(key)));
                continue;
            }
            firstLineOfKey.insert(key, line);
            const std::optional<Client> client = clientByCode(clientCode);
            if (!client) {
                problem(QStringLiteral("client_code"), Text::tr("there is no client %1").arg(clientCode));
                continue;
            }
            const std::optional<Account> existingAccount =
                customerCode.isEmpty() ? std::nullopt
                                       : repository.accountByCustomerCode(client->id, customerCode);
            const QString corporateNumber = normalizeDigits(row.text(QStringLiteral("corporate_number")));
            std::optional<Debtor> existingDebtor;
            if (existingAccount)
                existingDebtor = repository.debtorById(existingAccount->debtorId);
            if (!corporateNumber.isEmpty()) {
                const std::optional<Debtor> byNumber = repository.debtorByCorporateNumber(corporateNumber);
                if (byNumber && existingDebtor && byNumber->id != existingDebtor->id) {
                    problem(QStringLiteral("corporate_number"),
                            Text::tr("corporate number %1 belongs to %2, but customer %3 is %4")
                                .arg(corporateNumber, byNumber->name, customerCode, existingDebtor->name));
                    continue;
                }
                if (byNumber)
                    existingDebtor = byNumber;
            }
            Debtor debtor = existingDebtor.value_or(Debtor());
            row.assign(QStringLiteral("name"), debtor.name);
            if (row.has(QStringLiteral("name_kana")))
                debtor.nameKana = toFullWidthKatakana(row.text(QStringLiteral("name_kana")));
            row.assign(QStringLiteral("payer_name"), debtor.payerName);
            if (row.has(QStringLiteral("corporate_number")))
                debtor.corporateNumber = corporateNumber;
            if (row.has(QStringLiteral("postal_code")))
                debtor.postalCode = normalizePostalCode(row.text(QStringLiteral("postal_code")));
            row.assign(QStringLiteral("prefecture"), debtor.prefecture);
            row.assign(QStringLiteral("address"), debtor.address);
            if (row.has(QStringLiteral("industry")))
                debtor.industry = row.text(QStringLiteral("industry")).toUpper();
            row.assign(QStringLiteral("email"), debtor.email);
            row.assign(QStringLiteral("phone"), debtor.phone);
            if (!existingDebtor)
                debtor.kind = !debtor.corporateNumber.isEmpty() || nameShowsLegalEntity(debtor.name)
                                  ? DebtorKind::Corporation
                                  : DebtorKind::Person;

            Account account = existingAccount.value_or(Account());
            account.clientId = client->id;
            account.customerCode = customerCode;
            if (!existingAccount)
                account.terms = client->terms;
            if (!row.text(QStringLiteral("terms")).isEmpty()) {
                QString reason;
                const auto terms = calendar::PaymentTerms::parse(row.text(QStringLiteral("terms")), &reason);
                if (!terms)
                    problem(QStringLiteral("terms"), reason);
                else
                    account.terms = *terms;
            }
            if (row.has(QStringLiteral("credit_limit"))) {
                const QString text = row.text(QStringLiteral("credit_limit"));
                const auto limit =
                    text.isEmpty() ? std::optional<money::Yen>(money::Yen(0)) : money::Yen::parse(text);
                if (!limit)
                    problem(QStringLiteral("credit_limit"),
                            Text::tr("\"%1\" is not an amount in yen").arg(text));
                else
                    account.creditLimit = *limit;
            }
            if (row.has(QStringLiteral("virtual_account"))) {
                account.virtualAccount = normalizeDigits(row.text(QStringLiteral("virtual_account")));
                if (!account.virtualAccount.isEmpty()) {
                    if (virtualAccounts.contains(account.virtualAccount))
                        problem(QStringLiteral("virtual_account"),
                                Text::tr("virtual account %1 appears already on line %2")
                                    .arg(account.virtualAccount)
                                    .arg(virtualAccounts.value(account.virtualAccount)));
                    virtualAccounts.insert(account.virtualAccount, line);
                }
            }
            for (const FieldError &error : validate(debtor))
                problem(error.field, error.reason);
            for (const FieldError &error : validate(account))
                problem(error.field, error.reason);
            if (result.problems.size() != problemsBefore)
                continue;

            bool changed = false;
            if (!existingDebtor) {
                debtor = service.createDebtor(debtor);
            } else if (!(debtor == *existingDebtor)) {
                debtor = service.updateDebtor(debtor);
                changed = true;
            }
            account.debtorId = debtor.id;
            if (!existingAccount) {
                service.createAccount(account);
                ++result.created;
                continue;
            }
            if (!(account == *existingAccount)) {
                service.updateAccount(account);
                changed = true;
            }
            ++(changed ? result.updated : result.unchanged);
        } catch (const ValidationError &error) {
            for (const FieldError &fieldError : error.errors())
                problem(fieldError.field, fieldError.reason);
        } catch (const ConcurrentChangeError &error) {
            problem({}, error.message());
        } catch (const storage::StorageError &error) {
            // The engine may have aborted the transaction: stop here, nothing is kept.
            problem({}, error.message());
            break;
        }
    }
    if (result.problems.isEmpty() && !dryRun) {
        transaction.commit();
        result.committed = true;
    }
    return result;
}

} // namespace kaishu::parties
