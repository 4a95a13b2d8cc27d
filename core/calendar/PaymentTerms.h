#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace kaishu::calendar {

// What happens to a due date that falls on a bank holiday.
enum class HolidayShift { Previous, Next, None };

// 締め支払 terms: a closing day (1-28 or month end), the payment month as an offset from the
// closing month (0 当月 .. 3 翌々々月) and a payment day (1-28 or month end), plus the contract's
// bank-holiday rule. Days 29 and 30 are not allowed: they do not exist in every month.
class PaymentTerms
{
public:
    static constexpr int EndOfMonth = 31;
    static constexpr int MaxMonthOffset = 3;

    PaymentTerms() = default; // 月末締め翌月末払い, shift Next
    PaymentTerms(int closingDay, int monthOffset, int paymentDay, HolidayShift shift);

    int closingDay() const { return m_closingDay; }
    int monthOffset() const { return m_monthOffset; }
    int paymentDay() const { return m_paymentDay; }
    HolidayShift shift() const { return m_shift; }

    // False when a value is out of range, or when the payment falls before the closing day in the
    // closing month itself (当月 with a payment day before the closing day). Terms built by parse()
    // are always valid; invalid terms give invalid dates.
    bool isValid() const;

    // Reads the usual Japanese phrases (月末締め翌月末払い, 20日締め翌月10日払い, 25日締め翌々月5日払い,
    // full-width digits, an optional holiday rule such as （休日は前営業日）) and the structured form
    // "closing=eom;month=1;day=eom;shift=previous" (shift optional, default next). On failure returns
    // std::nullopt and sets *error, if given, to a reason naming the bad part.
    static std::optional<PaymentTerms> parse(const QString &text, QString *error = nullptr);

    QString toStructured() const; // e.g. closing=20;month=1;day=10;shift=next
    QString toJapanese() const;   // e.g. 月末締め翌月末払い（休日は翌営業日）

    QDate closingDateFor(QDate transactionDate) const; // closing date of the period containing the date
    QDate dueDateFor(QDate transactionDate) const;     // payment date after the bank-holiday shift

    friend bool operator==(const PaymentTerms &, const PaymentTerms &) = default;

private:
    int m_closingDay = EndOfMonth;
    int m_monthOffset = 1;
    int m_paymentDay = EndOfMonth;
    HolidayShift m_shift = HolidayShift::Next;
};

} // namespace kaishu::calendar
