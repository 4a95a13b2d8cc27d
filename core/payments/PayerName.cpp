#include "PayerName.h"

#include "parties/Kana.h"

#include <QVarLengthArray>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace kaishu::payments {

namespace {

// What a character is to the parser once folded to the key's form.
enum class Kind : quint8 {
    Ignored,     // control characters and marks that carry no letter
    Space,       // ends a word
    Kana,        // full-width katakana letter
    OtherLetter, // kanji and letters of other scripts: kept as they are
    LongVowel,   // ー, once a dash is known to lengthen the kana before it
    Latin,       // A–Z
    Digit,       // 0–9
    Dash,        // - ‐ − ー …: a long vowel after kana, a joiner inside a code, else a separator
    Joiner,      // . / , between letters or digits of a code (C001/123), else a separator
    Open,        // (
    Close,       // )
    Voicing,     // combining ゙ or ゚ (what ﾞ, ゛ and ﾟ become), composed with the kana before it
    Punctuation, // anything else: a separator
};

bool isAsciiAlnum(Kind kind)
{
    return kind == Kind::Latin || kind == Kind::Digit;
}

bool isKanaSide(Kind kind)
{
    return kind == Kind::Kana || kind == Kind::LongVowel;
}

constexpr char16_t ProlongedSoundMark = u'ー';
constexpr char16_t CombiningVoicedMark = 0x3099;
constexpr char16_t CombiningSemiVoicedMark = 0x309a;

Kind classify(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return Kind::Latin;
    if (c >= U'0' && c <= U'9')
        return Kind::Digit;
    if (c == U'(')
        return Kind::Open;
    if (c == U')')
        return Kind::Close;
    if (c == U'.' || c == U'/' || c == U',')
        return Kind::Joiner;
    if (c == CombiningVoicedMark || c == CombiningSemiVoicedMark)
        return Kind::Voicing;
    if (c == ProlongedSoundMark || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DASH))
        return Kind::Dash;
    if (u_isUWhiteSpace(static_cast<UChar32>(c)))
        return Kind::Space;
    if ((c >= U'ァ' && c <= U'ヺ') || c == U'ヽ' || c == U'ヾ')
        return Kind::Kana;
    if (u_isalpha(static_cast<UChar32>(c)) || u_isdigit(static_cast<UChar32>(c)))
        return Kind::OtherLetter;
    const auto category = u_charType(static_cast<UChar32>(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
        category == U_COMBINING_SPACING_MARK || u_iscntrl(static_cast<UChar32>(c)) ||
        category == U_FORMAT_CHAR)
        return Kind::Ignored;
    return Kind::Punctuation;
}

// One input character in the key's form, with the kind of each character it became: ｶ → カ,
// ａ → A, ㈱ → (株). Rarely more than one character; a longer expansion is cut, being no name.
struct FoldedChar
{
    static constexpr int Capacity = 8;
    std::array<char16_t, Capacity> text{};
    std::array<Kind, Capacity> kinds{};
    quint8 length = 0;
};

const icu::Normalizer2 &nfkc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status) || !normalizer)
            throw std::runtime_error("ICU NFKC normalizer unavailable");
        return normalizer;
    }();
    return *instance;
}

const icu::Normalizer2 &nfc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status) || !normalizer)
            throw std::runtime_error("ICU NFC normalizer unavailable");
        return normalizer;
    }();
    return *instance;
}

QString normalizedNfkc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source(reinterpret_cast<const UChar *>(text.utf16()),
                                    static_cast<int32_t>(text.size()));
    const icu::UnicodeString result = nfkc().normalize(source, status);
    if (U_FAILURE(status))
        return text;
    return QString(reinterpret_cast<const QChar *>(result.getBuffer()), result.length());
}

// The one definition of the key's form of a character: the way a bank would print it
// (parties::toBankPayerName: katakana, small kana written large, latin upper-case), brought back to
// full width by NFKC (which also composes ﾞ with its kana and opens ㈱ to (株)). The inner NFKC turns
// compatibility characters into the letters the bank conversion knows (ゟ → より).
FoldedChar foldWithIcu(char32_t c)
{
    FoldedChar folded;
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
        folded.text[0] = u' ';
        folded.kinds[0] = Kind::Space;
        folded.length = 1;
        return folded;
    }
    const QString text = normalizedNfkc(parties::toBankPayerName(normalizedNfkc(QString::fromUcs4(&c, 1))));
    for (qsizetype i = 0; i < text.size() && folded.length < FoldedChar::Capacity; ++i) {
        char32_t codePoint = text.at(i).unicode();
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair)
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        if (pair && folded.length + 2 > FoldedChar::Capacity)
            break;
        const Kind kind = classify(codePoint);
        folded.text[folded.length] = text.at(i).unicode();
        folded.kinds[folded.length++] = kind;
        if (pair) {
            folded.text[folded.length] = text.at(++i).unicode();
            folded.kinds[folded.length++] = kind;
        }
    }
    return folded;
}

// The characters names are written in, folded once with ICU at start-up so a parse costs a lookup
// per character. Anything else is folded with ICU when met (and remembered per thread).
class FoldTable
{
public:
    FoldTable()
    {
        for (Block &block : m_blocks) {
            block.chars.reserve(block.last - block.first + 1);
            for (char32_t c = block.first; c <= block.last; ++c)
                block.chars.push_back(foldWithIcu(c));
        }
    }

    const FoldedChar &fold(char32_t c) const
    {
        for (const Block &block : m_blocks) {
            if (c >= block.first && c <= block.last)
                return block.chars[c - block.first];
        }
        if (isUnifiedIdeograph(c)) {
            thread_local FoldedChar ideograph;
            ideograph.text[0] = static_cast<char16_t>(c);
            ideograph.kinds[0] = Kind::OtherLetter;
            ideograph.length = 1;
            return ideograph;
        }
        thread_local std::unordered_map<char32_t, FoldedChar> others;
        auto found = others.find(c);
        if (found == others.end())
            found = others.emplace(c, foldWithIcu(c)).first;
        return found->second;
    }

private:
    // CJK unified ideographs (not the compatibility ones) have no compatibility decomposition and no
    // kana form: kanji names pass through unchanged without asking ICU.
    static bool isUnifiedIdeograph(char32_t c)
    {
        return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
    }

    struct Block
    {
        char32_t first;
        char32_t last;
        std::vector<FoldedChar> chars;
    };
    // Latin, general punctuation (dashes), the minus sign, kana and CJK symbols with the enclosed
    // forms (㈱, ㍿), and the half- and full-width forms.
    std::array<Block, 5> m_blocks{{{0x0000, 0x017f, {}},
                                   {0x2000, 0x206f, {}},
                                   {0x2200, 0x22ff, {}},
                                   {0x3000, 0x33ff, {}},
                                   {0xff00, 0xffef, {}}}};
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// A name as folded characters, each with its kind; sized for a 48-character bank name without
// reaching the heap.
struct Folded
{
    QVarLengthArray<char16_t, 96> chars;
    QVarLengthArray<Kind, 96> kinds;
    bool hasOtherLetter = false;

    QStringView view(qsizetype from, qsizetype to) const
    {
        return QStringView(chars.data() + from, to - from);
    }
    qsizetype size() const { return chars.size(); }
    void blank(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i) {
            chars[i] = u' ';
            kinds[i] = Kind::Space;
        }
    }
};

Folded foldName(QStringView text)
{
    const FoldTable &table = foldTable();
    Folded folded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const FoldedChar &part = table.fold(c);
        for (int k = 0; k < part.length; ++k) {
            const Kind kind = part.kinds[k];
            if (kind == Kind::Voicing) {
                // ｶﾞ arrives as カ + ゙ when the mark is its own character (as banks write it, or a
                // stray ゛ after a kana); a mark after anything that cannot take it is dropped.
                if (!folded.kinds.isEmpty() && folded.kinds.back() == Kind::Kana) {
                    const UChar32 composed = nfc().composePair(folded.chars.back(), part.text[k]);
                    if (composed > 0 && composed <= 0xffff)
                        folded.chars.back() = static_cast<char16_t>(composed);
                }
                continue;
            }
            if (kind == Kind::Ignored)
                continue;
            if (kind == Kind::OtherLetter)
                folded.hasOtherLetter = true;
            folded.chars.append(part.text[k]);
            folded.kinds.append(kind);
        }
    }
    return folded;
}

// The legal-entity words of parties::legalEntityForms() as they appear once folded: the kanji
// spellings (株式会社, (株) — what （株） and ㈱ fold to) and the bank abbreviations (ｶ → カ, ﾄﾞ → ド).
// Branch words are not legal entities but are written the same way in brackets.
struct EntityWords
{
    struct Spelling
    {
        QString folded;
        QString abbreviation;
    };
    struct Abbreviation
    {
        QString folded;
        QString abbreviation;
        bool branch = false;
    };
    std::vector<Spelling> spellings; // longest first, so 一般社団法人 is taken before 社団法人
    std::vector<Abbreviation> abbreviations;

    EntityWords()
    {
        const auto foldedText = [](const QString &text) {
            const Folded folded = foldName(text);
            return folded.view(0, folded.size()).toString();
        };
        for (const parties::LegalEntityForm &form : parties::legalEntityForms()) {
            for (const QString &spelling : form.spellings)
                spellings.push_back({foldedText(spelling), form.abbreviation});
            abbreviations.push_back({foldedText(form.abbreviation), form.abbreviation, false});
        }
        for (const QString &branch : {QStringLiteral("ｴｲ"), QStringLiteral("ｼﾕﾂ")}) // 営業所, 出張所
            abbreviations.push_back({foldedText(branch), branch, true});
        std::sort(spellings.begin(), spellings.end(), [](const Spelling &a, const Spelling &b) {
            return a.folded.size() != b.folded.size() ? a.folded.size() > b.folded.size()
                                                      : a.folded < b.folded;
        });
        // Two spellings folding alike would both be found; the first suffices.
        spellings.erase(
            std::unique(spellings.begin(), spellings.end(),
                        [](const Spelling &a, const Spelling &b) { return a.folded == b.folded; }),
            spellings.end());
    }

    const Abbreviation *abbreviation(QStringView folded) const
    {
        for (const Abbreviation &word : abbreviations) {
            if (word.folded == folded)
                return &word;
        }
        return nullptr;
    }
};

const EntityWords &entityWords()
{
    static const EntityWords words;
    return words;
}

// What was found where, so the first legal entity in the name is the one reported.
struct EntityFinds
{
    qsizetype legalEntityAt = -1;
    QString legalEntity;
    qsizetype branchAt = -1;
    QString branchWord;

    void note(qsizetype at, const QString &abbreviation, bool branch)
    {
        qsizetype &where = branch ? branchAt : legalEntityAt;
        QString &what = branch ? branchWord : legalEntity;
        if (where < 0 || at < where) {
            where = at;
            what = abbreviation;
        }
    }
};

void removeKanjiSpellings(Folded &name, EntityFinds &finds)
{
    if (!name.hasOtherLetter)
        return;
    for (const EntityWords::Spelling &spelling : entityWords().spellings) {
        qsizetype at = 0;
        while ((at = name.view(0, name.size()).indexOf(spelling.folded, at)) >= 0) {
            finds.note(at, spelling.abbreviation, false);
            name.blank(at, at + spelling.folded.size());
            at += spelling.folded.size();
        }
    }
}

// What may stand next to a bracketed abbreviation on its open side: the start, a space, another
// bracket, a number — but not a letter, or ﾔﾏﾀﾞｶ) would lose its last kana, nor a dash that may be
// a long vowel (ｶ- is カー).
bool boundsAbbreviation(const Folded &name, qsizetype at)
{
    if (at < 0 || at >= name.size())
        return true;
    switch (name.kinds[at]) {
    case Kind::Kana:
    case Kind::OtherLetter:
    case Kind::LongVowel:
        return false;
    case Kind::Dash:
        return at == 0 || !isKanaSide(name.kinds[at - 1]);
    default:
        return true;
    }
}

// Bank abbreviations in every bracket form (DOMAIN.md §5): ｶ)ﾔﾏﾀﾞ, ﾔﾏﾀﾞ(ｶ, (ｶ)ﾔﾏﾀﾞ, ﾄｳｷﾖｳ(ｴｲ)ﾔﾏﾀﾞ,
// (ｶ ﾔﾏﾀﾞ, 1234567 ｶ)ﾔﾏﾀﾞ. The bracketed word must be exactly a known abbreviation.
void removeBracketedAbbreviations(Folded &name, EntityFinds &finds)
{
    const EntityWords &words = entityWords();
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.kinds[i] == Kind::Open) {
            qsizetype end = i + 1;
            while (end < name.size() && name.kinds[end] == Kind::Kana)
                ++end;
            if (end == i + 1)
                continue;
            const bool closed = end < name.size() && name.kinds[end] == Kind::Close;
            if (!closed && !boundsAbbreviation(name, end))
                continue;
            if (const auto *word = words.abbreviation(name.view(i + 1, end))) {
                finds.note(i, word->abbreviation, word->branch);
                name.blank(i, closed ? end + 1 : end);
                i = closed ? end : end - 1;
            }
        } else if (name.kinds[i] == Kind::Close) {
            qsizetype begin = i;
            while (begin > 0 && name.kinds[begin - 1] == Kind::Kana)
                --begin;
            if (begin == i || !boundsAbbreviation(name, begin - 1))
                continue;
            if (const auto *word = words.abbreviation(name.view(begin, i))) {
                finds.note(begin, word->abbreviation, word->branch);
                name.blank(begin, i + 1);
            }
        }
    }
}

// A dash lengthens the kana before it (ｺ-ﾋ- is コーヒー) unless it joins the parts of a code
// (C001-000123); elsewhere it only separates. . / , join codes too.
void resolveDashesAndJoiners(Folded &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const Kind kind = name.kinds[i];
        if (kind != Kind::Dash && kind != Kind::Joiner)
            continue;
        const Kind before = i > 0 ? name.kinds[i - 1] : Kind::Space;
        const Kind after = i + 1 < name.size() ? name.kinds[i + 1] : Kind::Space;
        if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
            name.kinds[i] = Kind::Joiner;
            if (kind == Kind::Dash)
                name.chars[i] = u'-';
        } else if (kind == Kind::Dash &&
                   (name.chars[i] == ProlongedSoundMark || (isKanaSide(before) && !isAsciiAlnum(after)))) {
            name.kinds[i] = Kind::LongVowel;
            name.chars[i] = ProlongedSoundMark;
        } else {
            name.kinds[i] = Kind::Space;
        }
    }
}

// A word of the name: a run of kana/kanji, or a run of latin letters and digits with the joiners
// between them. A change of script ends a word, so 1234567ﾔﾏﾀﾞ has two.
struct Word
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool ascii = false;
    int digits = 0;
    int letters = 0;

    // A number or code the payer added: digits only (1234567, 2026/10), or latin with at least
    // three digits (C001-000123, NO.123). 3M or 7-ELEVEN keep their place in the name.
    bool isNumber() const { return ascii && digits > 0 && (letters == 0 || digits >= 3); }
};

QVarLengthArray<Word, 16> wordsOf(const Folded &name)
{
    QVarLengthArray<Word, 16> words;
    enum class Side { None, Ascii, Name };
    Side current = Side::None;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const Kind kind = name.kinds[i];
        Side side = Side::None;
        if (isAsciiAlnum(kind) || kind == Kind::Joiner)
            side = Side::Ascii;
        else if (kind == Kind::Kana || kind == Kind::OtherLetter || kind == Kind::LongVowel)
            side = Side::Name;
        if (side != current && side != Side::None)
            words.append({i, i, side == Side::Ascii, 0, 0});
        current = side;
        if (side == Side::None)
            continue;
        Word &word = words.back();
        word.end = i + 1;
        word.digits += kind == Kind::Digit ? 1 : 0;
        word.letters += kind == Kind::Latin ? 1 : 0;
    }
    return words;
}

// Per-edit costs in half units: a kana that differs only by its voicing mark (ハ/バ/パ, カ/ガ — the
// mark banks print as a separate byte and payers forget) or a long vowel written or left out
// (ｻｰﾋﾞｽ/ｻﾋﾞｽ) costs half an edit.
constexpr int EditCost = 2;
constexpr int HalfEditCost = 1;

// The unvoiced kana of each katakana (ガ → カ, パ → ハ), from ICU's canonical decompositions.
class KanaBases
{
public:
    KanaBases()
    {
        for (char16_t c = First; c <= Last; ++c) {
            icu::UnicodeString decomposition;
            const bool decomposes = nfc().getDecomposition(c, decomposition);
            const bool voiced = decomposes && decomposition.length() == 2 &&
                                (decomposition.charAt(1) == CombiningVoicedMark ||
                                 decomposition.charAt(1) == CombiningSemiVoicedMark);
            m_bases[c - First] = voiced ? decomposition.charAt(0) : c;
        }
    }

    bool differOnlyInVoicing(char16_t a, char16_t b) const
    {
        return a >= First && a <= Last && b >= First && b <= Last && m_bases[a - First] == m_bases[b - First];
    }

private:
    static constexpr char16_t First = u'ァ';
    static constexpr char16_t Last = u'ヺ';
    std::array<char16_t, Last - First + 1> m_bases{};
};

const KanaBases &kanaBases()
{
    static const KanaBases bases;
    return bases;
}

int insertionCost(char16_t c)
{
    return c == ProlongedSoundMark ? HalfEditCost : EditCost;
}

int substitutionCost(char16_t a, char16_t b, const KanaBases &bases)
{
    if (a == b)
        return 0;
    return bases.differOnlyInVoicing(a, b) ? HalfEditCost : EditCost;
}

// Bank payer names are cut at 48 characters; a key this long that is the start of a longer key is
// taken for a cut name. (48 half-width characters hold at least 16 kana after an abbreviation, a
// code and voicing marks; shorter keys that are a prefix are rather a shorter name, ヤマダ/ヤマダシヨウジ.)
constexpr qsizetype MinCutKeyLength = 16;
// A cut name never counts as the same as the whole one.
constexpr int CutNameCeiling = 980;

int perMille(int cost, qsizetype length)
{
    // Normalised by length + 1, as if each key ended in an end-of-name mark that two spellings of
    // one name always share: one changed kana in a 6-kana name keeps 857, not 833, and a name with
    // nothing in common still falls to 1000 / (length + 1).
    const qint64 denominator = EditCost * (static_cast<qint64>(length) + 1);
    const qint64 lost = (1000 * static_cast<qint64>(cost) + denominator / 2) / denominator;
    return static_cast<int>(std::clamp<qint64>(1000 - lost, 0, 1000));
}

} // namespace

PayerName parsePayerName(const QString &text)
{
    PayerName result;
    result.raw = text;
    Folded name = foldName(text);

    EntityFinds finds;
    removeKanjiSpellings(name, finds);
    removeBracketedAbbreviations(name, finds);
    result.legalEntity = finds.legalEntity;
    result.branchWord = finds.branchWord;

    resolveDashesAndJoiners(name);
    const QVarLengthArray<Word, 16> words = wordsOf(name);

    qsizetype first = 0;
    qsizetype last = words.size();
    while (first < last && words[first].isNumber())
        ++first;
    while (last > first && words[last - 1].isNumber())
        --last;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (w == first)
            w = last; // the name itself, between the numbers
        if (w < words.size())
            result.numbers.append(name.view(words[w].begin, words[w].end).toString());
    }

    result.key.reserve(name.size());
    for (qsizetype w = first; w < last; ++w) {
        for (qsizetype i = words[w].begin; i < words[w].end; ++i) {
            if (name.kinds[i] != Kind::Joiner)
                result.key.append(QChar(name.chars[i]));
        }
    }
    return result;
}

int payerNameSimilarity(const QString &leftKey, const QString &rightKey)
{
    QStringView longer = leftKey;
    QStringView shorter = rightKey;
    if (longer.isEmpty() || shorter.isEmpty())
        return 0;
    if (longer == shorter)
        return 1000;
    // One order for both argument orders, so the result is symmetric by construction.
    if (longer.size() < shorter.size() || (longer.size() == shorter.size() && longer.compare(shorter) > 0))
        std::swap(longer, shorter);
    const qsizetype n = longer.size();
    const qsizetype m = shorter.size();
    const KanaBases &bases = kanaBases();

    // Optimal string alignment (Damerau–Levenshtein without re-editing a transposed pair): unlike
    // Jaro–Winkler it counts edits, so one dropped, added, changed or swapped kana costs the same
    // wherever it is, and unrelated names score low instead of scoring on shared common kana
    // (ウ, シ, ヨ). Three rows of the matrix: the transposition looks two rows back.
    constexpr qsizetype StackColumns = 96;
    std::array<int, 3 * StackColumns> stackRows;
    std::vector<int> heapRows;
    int *rows = stackRows.data();
    if (m + 1 > StackColumns) {
        heapRows.resize(static_cast<size_t>(3 * (m + 1)));
        rows = heapRows.data();
    }
    int *twoBack = rows;
    int *previous = rows + (m + 1);
    int *current = rows + 2 * (m + 1);

    previous[0] = 0;
    for (qsizetype j = 1; j <= m; ++j)
        previous[j] = previous[j - 1] + insertionCost(shorter[j - 1].unicode());
    int bestPrefixCost = previous[m];
    for (qsizetype i = 1; i <= n; ++i) {
        const char16_t a = longer[i - 1].unicode();
        current[0] = previous[0] + insertionCost(a);
        for (qsizetype j = 1; j <= m; ++j) {
            const char16_t b = shorter[j - 1].unicode();
            int cost = std::min({previous[j] + insertionCost(a), current[j - 1] + insertionCost(b),
                                 previous[j - 1] + substitutionCost(a, b, bases)});
            if (i > 1 && j > 1 && a == shorter[j - 2].unicode() && longer[i - 2].unicode() == b && a != b)
                cost = std::min(cost, twoBack[j - 2] + EditCost);
            current[j] = cost;
        }
        bestPrefixCost = std::min(bestPrefixCost, current[m]);
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    const int wholeCost = previous[m];

    int similarity = perMille(wholeCost, n);
    if (m >= MinCutKeyLength && m < n)
        similarity = std::max(similarity, std::min(perMille(bestPrefixCost, m), CutNameCeiling));
    return similarity;
}

} // namespace kaishu::payments
