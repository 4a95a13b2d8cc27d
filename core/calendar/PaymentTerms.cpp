#include "PaymentTerms.h"

#include "BankCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace kaishu::calendar {

namespace {

// Reasons are shown to clerks, so they go through the translation system (context "PaymentTerms";
// lupdate reads the declaration). The struct is not called PaymentTerms: that would clash with the class.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTerms)
};

// Which day a reason is about; each gets whole sentences of its own.
enum class DayField { Closing, Payment };

// Which input form a day was written in: 月末 in Japanese phrases, eom in the structured form.
// Input words quoted in reasons (月末, eom, 当月, closing=..., ...) stay as they are in every language.
enum class DayForm { Japanese, Structured };

constexpr int LastFixedDay = 28;

bool isValidDay(int day)
{
    return (day >= 1 && day <= LastFixedDay) || day == PaymentTerms::EndOfMonth;
}

bool isValidOffset(int offset)
{
    return offset >= 0 && offset <= PaymentTerms::MaxMonthOffset;
}

// Reads a Japanese phrase left to right.
class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_rest(text)
    {}

    QStringView rest() const { return m_rest; }

    bool consume(QStringView token)
    {
        if (!m_rest.startsWith(token))
            return false;
        m_rest = m_rest.mid(token.size());
        return true;
    }

    // Tries the tokens in order; list longer tokens before their prefixes.
    bool consumeAny(std::initializer_list<QStringView> tokens)
    {
        for (QStringView token : tokens) {
            if (consume(token))
                return true;
        }
        return false;
    }

    void skip(qsizetype count) { m_rest = m_rest.mid(count); }

    qsizetype digitCount() const
    {
        qsizetype count = 0;
        while (count < m_rest.size() && m_rest.at(count) >= u'0' && m_rest.at(count) <= u'9')
            ++count;
        return count;
    }

private:
    QStringView m_rest;
};

// A day of 29-31 that is not allowed (they do not exist in every month).
QString dayNotAllowed(DayField field, DayForm form, const QString &day)
{
    if (field == DayField::Closing && form == DayForm::Japanese)
        return Text::tr("closing day %1 is not allowed: use 1-28 or 月末 (month end)").arg(day);
    if (field == DayField::Closing)
        return Text::tr("closing day %1 is not allowed: use 1-28 or eom (month end)").arg(day);
    if (form == DayForm::Japanese)
        return Text::tr("payment day %1 is not allowed: use 1-28 or 月末 (month end)").arg(day);
    return Text::tr("payment day %1 is not allowed: use 1-28 or eom (month end)").arg(day);
}

// A number that is no day of a month at all (0, 32, ...).
QString dayNotValid(DayField field, DayForm form, const QString &day)
{
    if (field == DayField::Closing && form == DayForm::Japanese)
        return Text::tr("closing day %1 is not a valid day: use 1-28 or 月末 (month end)").arg(day);
    if (field == DayField::Closing)
        return Text::tr("closing day %1 is not a valid day: use 1-28 or eom (month end)").arg(day);
    if (form == DayForm::Japanese)
        return Text::tr("payment day %1 is not a valid day: use 1-28 or 月末 (month end)").arg(day);
    return Text::tr("payment day %1 is not a valid day: use 1-28 or eom (month end)").arg(day);
}

// Checks a numeric day; 31 means month end only in Japanese phrases (31日締め).
std::optional<int> checkDay(int day, DayField field, DayForm form, QString &reason)
{
    if (day >= 1 && day <= LastFixedDay)
        return day;
    if (day == PaymentTerms::EndOfMonth && form == DayForm::Japanese)
        return PaymentTerms::EndOfMonth;
    if (day >= 29 && day <= 31)
        reason = dayNotAllowed(field, form, QString::number(day));
    else
        reason = dayNotValid(field, form, QString::number(day));
    return std::nullopt;
}

// Reads 月末 / 末 / 末日 or N日.
std::optional<int> readJapaneseDay(Cursor &cursor, DayField field, QString &reason)
{
    if (cursor.consumeAny({u"月末日", u"月末", u"末日", u"末"}))
        return PaymentTerms::EndOfMonth;
    const qsizetype digits = cursor.digitCount();
    if (digits == 0) {
        const QString rest = cursor.rest().toString();
        reason = field == DayField::Closing
                     ? Text::tr("cannot read the closing day at '%1': expected N日 or 月末").arg(rest)
                     : Text::tr("cannot read the payment day at '%1': expected N日 or 月末").arg(rest);
        return std::nullopt;
    }
    const QString number = cursor.rest().left(digits).toString();
    cursor.skip(digits);
    if (!cursor.consume(u"日")) {
        reason = field == DayField::Closing ? Text::tr("expected 日 after the closing day %1").arg(number)
                                            : Text::tr("expected 日 after the payment day %1").arg(number);
        return std::nullopt;
    }
    bool ok = false;
    const int day = number.toInt(&ok);
    if (!ok) {
        reason = dayNotValid(field, DayForm::Japanese, number);
        return std::nullopt;
    }
    return checkDay(day, field, DayForm::Japanese, reason);
}

// Reads 当月 / 翌月 / 翌々月 / 翌々々月 (also 翌翌月, 来月, 再来月, Nヶ月後).
std::optional<int> readJapaneseMonth(Cursor &cursor, QString &reason)
{
    const auto checkOffset = [&reason](int offset, QStringView word) -> std::optional<int> {
        if (isValidOffset(offset))
            return offset;
        reason = Text::tr("payment month %1 (offset %2) is out of range: use 当月, 翌月, 翌々月 or 翌々々月 "
                          "(offset 0-3)")
                     .arg(word)
                     .arg(offset);
        return std::nullopt;
    };

    if (cursor.consumeAny({u"当月", u"同月"}))
        return 0;
    if (cursor.consume(u"再来月"))
        return 2;
    if (cursor.consume(u"来月"))
        return 1;

    const QStringView rest = cursor.rest();
    if (rest.startsWith(u'翌')) {
        qsizetype count = 0;
        while (count < rest.size() && (rest.at(count) == u'翌' || rest.at(count) == u'々'))
            ++count;
        if (count >= rest.size() || rest.at(count) != u'月') {
            reason = Text::tr("expected 月 after %1 in the payment month").arg(rest.left(count));
            return std::nullopt;
        }
        cursor.skip(count + 1);
        return checkOffset(int(count), rest.left(count + 1));
    }

    static const QRegularExpression monthsLater(u"^([0-9]+)(?:ヶ|ヵ|か|カ|ケ|箇)月後"_s);
    const QRegularExpressionMatch match = monthsLater.match(rest);
    if (match.hasMatch()) {
        cursor.skip(match.capturedLength());
        bool ok = false;
        const int offset = match.capturedView(1).toInt(&ok);
        return checkOffset(ok ? offset : PaymentTerms::MaxMonthOffset + 1, match.capturedView());
    }

    reason = Text::tr("missing the payment month (当月, 翌月, 翌々月 or 翌々々月) at '%1'").arg(rest);
    return std::nullopt;
}

// Reads the holiday rule after the payment day: （休日は前営業日）, 翌営業日, (休日調整なし), ...
std::optional<HolidayShift> readJapaneseShift(QStringView rest, QString &reason)
{
    if (rest.isEmpty())
        return HolidayShift::Next;
    QStringView rule = rest;
    if (rule.size() >= 2 &&
        ((rule.front() == u'(' && rule.back() == u')') || (rule.front() == u'[' && rule.back() == u']'))) {
        rule = rule.mid(1, rule.size() - 2);
    }
    static const QRegularExpression pattern(
        u"^(?:(?:土日祝祭日|土日祝日|土日祝|土日・祝日|祝休日|休日|祝日|銀行休業日|金融機関休業日|休業日|"
        u"非営業日)"
        u"(?:の場合)?は?)?(前営業日|翌営業日|調整なし|移動なし|そのまま)(?:支払い|支払|払い|払)?$"_s);
    const QRegularExpressionMatch match = pattern.match(rule);
    if (!match.hasMatch()) {
        reason =
            Text::tr("unrecognised holiday rule '%1': expected （休日は前営業日）, （休日は翌営業日） or "
                     "（休日調整なし）")
                .arg(rest);
        return std::nullopt;
    }
    const QStringView kind = match.capturedView(1);
    if (kind == u"前営業日")
        return HolidayShift::Previous;
    if (kind == u"翌営業日")
        return HolidayShift::Next;
    return HolidayShift::None;
}

std::optional<PaymentTerms> makeTerms(int closingDay, int monthOffset, int paymentDay, HolidayShift shift,
                                      QString &reason)
{
    const PaymentTerms terms(closingDay, monthOffset, paymentDay, shift);
    if (!terms.isValid()) {
        reason = Text::tr("payment day falls before the closing day in the closing month itself (当月): "
                          "closing day %1, payment day %2")
                     .arg(closingDay)
                     .arg(paymentDay);
        return std::nullopt;
    }
    return terms;
}

std::optional<PaymentTerms> parseJapanese(QStringView text, QString &reason)
{
    if (!text.contains(u'締') && !text.contains(u'〆')) {
        reason =
            Text::tr("unrecognised payment terms '%1': expected a phrase such as 月末締め翌月末払い or the "
                     "form closing=eom;month=1;day=eom;shift=next")
                .arg(text);
        return std::nullopt;
    }
    Cursor cursor(text);
    cursor.consume(u"毎月");
    const std::optional<int> closingDay = readJapaneseDay(cursor, DayField::Closing, reason);
    if (!closingDay)
        return std::nullopt;
    if (!cursor.consumeAny({u"締め", u"締", u"〆"})) {
        reason = Text::tr("expected 締め after the closing day at '%1'").arg(cursor.rest());
        return std::nullopt;
    }
    cursor.consumeAny({u"、", u",", u"・", u"/"});
    const std::optional<int> monthOffset = readJapaneseMonth(cursor, reason);
    if (!monthOffset)
        return std::nullopt;
    const std::optional<int> paymentDay = readJapaneseDay(cursor, DayField::Payment, reason);
    if (!paymentDay)
        return std::nullopt;
    cursor.consumeAny({u"支払い", u"支払", u"払い", u"払"});
    const std::optional<HolidayShift> shift = readJapaneseShift(cursor.rest(), reason);
    if (!shift)
        return std::nullopt;
    return makeTerms(*closingDay, *monthOffset, *paymentDay, *shift, reason);
}

std::optional<int> readStructuredDay(const QString &value, DayField field, QString &reason)
{
    if (value == u"eom")
        return PaymentTerms::EndOfMonth;
    bool ok = false;
    const int day = value.toInt(&ok);
    if (!ok) {
        reason = field == DayField::Closing
                     ? Text::tr("closing day '%1' is neither a number nor eom").arg(value)
                     : Text::tr("payment day '%1' is neither a number nor eom").arg(value);
        return std::nullopt;
    }
    return checkDay(day, field, DayForm::Structured, reason);
}

// closing=eom;month=1;day=eom;shift=previous (keys and values case-insensitive, shift optional).
std::optional<PaymentTerms> parseStructured(QStringView text, QString &reason)
{
    std::array<std::optional<QString>, 4> values; // closing, month, day, shift
    static constexpr std::array<QStringView, 4> keys{u"closing", u"month", u"day", u"shift"};

    for (QStringView item : text.split(u';')) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) {
            reason =
                Text::tr("malformed item '%1' in structured payment terms: expected key=value").arg(item);
            return std::nullopt;
        }
        const QString key = item.left(equals).trimmed().toString().toLower();
        const QString value = item.mid(equals + 1).trimmed().toString().toLower();
        const auto it = std::find(keys.cbegin(), keys.cend(), QStringView(key));
        if (it == keys.cend()) {
            reason =
                Text::tr("unknown key '%1' in structured payment terms: expected closing, month, day and "
                         "shift")
                    .arg(key);
            return std::nullopt;
        }
        std::optional<QString> &slot = values[std::size_t(it - keys.cbegin())];
        if (slot) {
            reason = Text::tr("duplicate key '%1' in structured payment terms").arg(key);
            return std::nullopt;
        }
        if (value.isEmpty()) {
            reason = Text::tr("empty value for '%1' in structured payment terms").arg(key);
            return std::nullopt;
        }
        slot = value;
    }
    for (std::size_t i = 0; i < 3; ++i) {
        if (!values[i]) {
            reason = Text::tr("missing '%1' in structured payment terms").arg(keys[i]);
            return std::nullopt;
        }
    }

    const std::optional<int> closingDay = readStructuredDay(*values[0], DayField::Closing, reason);
    if (!closingDay)
        return std::nullopt;

    bool ok = false;
    const int monthOffset = values[1]->toInt(&ok);
    if (!ok) {
        reason = Text::tr("payment month offset '%1' is not a number: use 0-3").arg(*values[1]);
        return std::nullopt;
    }
    if (!isValidOffset(monthOffset)) {
        reason = Text::tr("payment month offset %1 is out of range: use 0-3").arg(monthOffset);
        return std::nullopt;
    }

    const std::optional<int> paymentDay = readStructuredDay(*values[2], DayField::Payment, reason);
    if (!paymentDay)
        return std::nullopt;

    HolidayShift shift = HolidayShift::Next;
    if (values[3]) {
        if (*values[3] == u"previous") {
            shift = HolidayShift::Previous;
        } else if (*values[3] == u"next") {
            shift = HolidayShift::Next;
        } else if (*values[3] == u"none") {
            shift = HolidayShift::None;
        } else {
            reason = Text::tr("unknown shift '%1': use previous, next or none").arg(*values[3]);
            return std::nullopt;
        }
    }
    return makeTerms(*closingDay, monthOffset, *paymentDay, shift, reason);
}

QDate dayInMonth(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return first.addDays(qMin(day, first.daysInMonth()) - 1);
}

} // namespace

PaymentTerms::PaymentTerms(int closingDay, int monthOffset, int paymentDay, HolidayShift shift)
    : m_closingDay(closingDay)
    , m_monthOffset(monthOffset)
    , m_paymentDay(paymentDay)
    , m_shift(shift)
{}

bool PaymentTerms::isValid() const
{
    if (!isValidDay(m_closingDay) || !isValidDay(m_paymentDay) || !isValidOffset(m_monthOffset))
        return false;
    if (m_shift != HolidayShift::Previous && m_shift != HolidayShift::Next && m_shift != HolidayShift::None)
        return false;
    return m_monthOffset > 0 || m_paymentDay >= m_closingDay;
}

std::optional<PaymentTerms> PaymentTerms::parse(const QString &text, QString *error)
{
    QString reason;
    // NFKC turns full-width digits, letters and brackets into ASCII; spaces carry no meaning.
    QString normalized = text.normalized(QString::NormalizationForm_KC);
    normalized.removeIf([](QChar c) { return c.isSpace(); });

    std::optional<PaymentTerms> terms;
    if (normalized.isEmpty())
        reason = Text::tr("payment terms are empty");
    else if (normalized.contains(u'='))
        terms = parseStructured(normalized, reason);
    else
        terms = parseJapanese(normalized, reason);

    if (error)
        *error = terms ? QString() : reason;
    return terms;
}

QString PaymentTerms::toStructured() const
{
    if (!isValid())
        return {};
    const auto day = [](int value) { return value == EndOfMonth ? u"eom"_s : QString::number(value); };
    static constexpr std::array<QStringView, 3> shifts{u"previous", u"next", u"none"};
    return u"closing=%1;month=%2;day=%3;shift=%4"_s.arg(day(m_closingDay))
        .arg(m_monthOffset)
        .arg(day(m_paymentDay))
        .arg(shifts[std::size_t(m_shift)]);
}

QString PaymentTerms::toJapanese() const
{
    if (!isValid())
        return {};
    static constexpr std::array<QStringView, 4> months{u"当月", u"翌月", u"翌々月", u"翌々々月"};
    static constexpr std::array<QStringView, 3> shifts{u"（休日は前営業日）", u"（休日は翌営業日）",
                                                       u"（休日調整なし）"};
    const QString closing = m_closingDay == EndOfMonth ? u"月末"_s : u"%1日"_s.arg(m_closingDay);
    const QString payment = m_paymentDay == EndOfMonth ? u"末"_s : u"%1日"_s.arg(m_paymentDay);
    QString text = closing + u"締め"_s;
    text += months[std::size_t(m_monthOffset)];
    text += payment + u"払い"_s;
    text += shifts[std::size_t(m_shift)];
    return text;
}

QDate PaymentTerms::closingDateFor(QDate transactionDate) const
{
    if (!transactionDate.isValid() || !isValid())
        return {};
    if (m_closingDay == EndOfMonth || transactionDate.day() <= m_closingDay)
        return dayInMonth(transactionDate.year(), transactionDate.month(), m_closingDay);
    const QDate nextMonth = QDate(transactionDate.year(), transactionDate.month(), 1).addMonths(1);
    return dayInMonth(nextMonth.year(), nextMonth.month(), m_closingDay);
}

QDate PaymentTerms::dueDateFor(QDate transactionDate) const
{
    const QDate closing = closingDateFor(transactionDate);
    if (!closing.isValid())
        return {};
    const QDate paymentMonth = QDate(closing.year(), closing.month(), 1).addMonths(m_monthOffset);
    const QDate due = dayInMonth(paymentMonth.year(), paymentMonth.month(), m_paymentDay);
    switch (m_shift) {
    case HolidayShift::Previous:
        return BankCalendar::previousBusinessDay(due);
    case HolidayShift::Next:
        return BankCalendar::nextBusinessDay(due);
    case HolidayShift::None:
        break;
    }
    return due;
}

} // namespace kaishu::calendar
