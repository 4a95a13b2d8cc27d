#include "PartyExport.h"

#include "DebtorRegister.h"
#include "PartyImport.h"
#include "PartyRepository.h"
#include "calendar/PaymentTerms.h"
#include "io/Csv.h"
#include "storage/Database.h"

namespace kaishu::parties {

namespace {

constexpr int PageSize = 5000;

std::optional<QByteArray> finish(const io::CsvWriter &writer, io::TextEncoding encoding, QString *error)
{
    return writer.toBytes(encoding, error);
}

} // namespace

std::optional<QByteArray> exportClientsCsv(storage::Database &database, io::TextEncoding encoding,
                                           QString *error)
{
    io::CsvWriter writer;
    writer.writeRecord(PartyImporter::canonicalFields(ImportKind::Clients));
    PartyRepository repository(database);
    for (const Client &client : repository.clients()) {
        const BankAccount &bank = client.payeeAccount;
        writer.writeRecord({client.code, client.name, client.nameKana, client.registrationNumber,
                            client.postalCode, client.address, bank.bankCode, bank.branchCode,
                            bank.isEmpty() ? QString() : toCode(bank.type), bank.accountNumber,
                            bank.accountName, client.terms.toStructured()});
    }
    return finish(writer, encoding, error);
}

std::optional<QByteArray> exportDebtorsCsv(storage::Database &database, io::TextEncoding encoding,
                                           QString *error)
{
    io::CsvWriter writer;
    writer.writeRecord(PartyImporter::canonicalFields(ImportKind::Debtors));
    const DebtorRegister debtorRegister(database);
    for (int offset = 0;; offset += PageSize) {
        const QList<RegisterRow> rows =
            debtorRegister.fetch({}, RegisterColumn::CustomerCode, true, offset, PageSize);
        for (const RegisterRow &row : rows)
            writer.writeRecord({row.clientCode, row.customerCode, row.name, row.nameKana, row.payerName,
                                row.corporateNumber, row.postalCode, row.prefecture, row.address,
                                row.industry, row.email, row.phone, row.terms,
                                QString::number(row.creditLimit), row.virtualAccount});
        if (rows.size() < PageSize)
            break;
    }
    return finish(writer, encoding, error);
}

} // namespace kaishu::parties
