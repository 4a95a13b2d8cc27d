#pragma once

#include <QRandomGenerator64>
#include <QString>

#include <array>
#include <cstddef>

namespace kaishu::demo {

// The demo's deterministic randomness: the same seed gives the same agency, byte for byte.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_generator(std::array<quint32, 2>{quint32(seed & 0xffffffffu), quint32(seed >> 32)}.data(), 2)
    {}
    int below(int bound) { return m_generator.bounded(bound); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[below(int(N))]; }
    template<typename T, std::size_t N> const T &pickWeighted(const T (&items)[N])
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int roll = below(total);
        for (const T &item : items) {
            roll -= item.weight;
            if (roll < 0)
                return item;
        }
        return items[N - 1];
    }
    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QLatin1Char(char('0' + below(10)));
        return text;
    }

private:
    QRandomGenerator64 m_generator;
};

} // namespace kaishu::demo
