#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kaishu::io {

// The encodings of the files clerks exchange: UTF-8 (with or without the BOM Excel writes) and
// Shift_JIS, which in practice is always Microsoft's CP932 (windows-31j: NEC and IBM extensions
// such as ① or 髙, 0x5C as backslash).
enum class TextEncoding {
    Utf8,
    Utf8Bom,
    ShiftJis,
};

// "utf-8", "utf-8-bom", "shift_jis": for settings and messages.
QString toCode(TextEncoding encoding);
std::optional<TextEncoding> textEncodingFromCode(const QString &text);

// A UTF-8 BOM gives Utf8Bom; otherwise well-formed UTF-8 (plain ASCII included) gives Utf8;
// anything else is taken for Shift_JIS (CP932).
TextEncoding detectEncoding(const QByteArray &bytes);

// The text in bytes, or nothing and *error naming the byte offset of the first invalid or unmapped
// sequence. Never substitutes a replacement character. A leading BOM is dropped in either UTF-8 mode.
std::optional<QString> decode(const QByteArray &bytes, TextEncoding encoding, QString *error = nullptr);

// The bytes of text, or nothing and *error naming the first character the encoding cannot hold
// (Shift_JIS: anything outside CP932, e.g. emoji or U+301C 〜 where CP932 has U+FF5E ～) with its
// position. Utf8Bom starts with EF BB BF. Unpaired surrogates are an error in every encoding.
std::optional<QByteArray> encode(const QString &text, TextEncoding encoding, QString *error = nullptr);

} // namespace kaishu::io
