#include "TextFolding.h"

#include <array>

namespace {

constexpr char16_t kTableSize = 0x250; // Basic Latin up to the end of Latin Extended-B

struct Folded
{
    char16_t first = u' ';
    char16_t second = 0;
};

std::array<Folded, kTableSize> buildTable()
{
    std::array<Folded, kTableSize> table{};
    for (char16_t c = 0; c < kTableSize; ++c) {
        const QChar ch(c);
        Folded f;
        if (ch.isLetterOrNumber()) {
            const QString decomposed = QString(ch).normalized(QString::NormalizationForm_KD);
            QString base;
            for (QChar d : decomposed) {
                if (d.isLetterOrNumber())
                    base.append(d.toLower());
            }
            if (base.isEmpty())
                base = QString(ch.toLower());
            f.first = base.at(0).unicode();
            f.second = base.size() > 1 ? base.at(1).unicode() : 0;
        }
        table[c] = f;
    }
    // Letters that have no canonical decomposition but a well-known base form.
    const auto set = [&table](char16_t c, char16_t a, char16_t b = 0) {
        table[c] = {a, b};
    };
    set(u'œ', u'o', u'e');
    set(u'Œ', u'o', u'e');
    set(u'æ', u'a', u'e');
    set(u'Æ', u'a', u'e');
    set(u'ß', u's', u's');
    set(u'ø', u'o');
    set(u'Ø', u'o');
    set(u'đ', u'd');
    set(u'Đ', u'd');
    set(u'ł', u'l');
    set(u'Ł', u'l');
    set(u'ı', u'i');
    return table;
}

const std::array<Folded, kTableSize> &table()
{
    static const std::array<Folded, kTableSize> t = buildTable();
    return t;
}

} // namespace

namespace TextFolding {

void appendFolded(QStringView text, QString &out)
{
    const auto &t = table();
    // Written through a pointer into room made first (a ligature is two letters), then cut to
    // what was written: QString::append(QChar) costs a call and a check per letter.
    const qsizetype start = out.size();
    out.resize(start + 2 * text.size());
    char16_t *to = reinterpret_cast<char16_t *>(out.data()) + start;
    char16_t *const begin = to;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < kTableSize) {
            const Folded &f = t[c];
            *to++ = f.first;
            if (f.second)
                *to++ = f.second;
        } else if (ch.isLetterOrNumber()) {
            *to++ = ch.toLower().unicode();
        } else if (ch.isSurrogate()) {
            *to++ = c; // keep pairs intact; they are rare in names and titles
        } else {
            *to++ = u' ';
        }
    }
    out.truncate(start + (to - begin));
}

bool startsWithFolded(QStringView text, QStringView prefix, bool whole)
{
    const auto &t = table();
    qsizetype at = 0;
    const auto next = [&](char16_t folded) {
        if (at >= prefix.size() || prefix[at].unicode() != folded)
            return false;
        ++at;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (at == prefix.size())
            return !whole;
        const QChar ch = text[i];
        const char16_t c = ch.unicode();
        bool same = true;
        if (c < kTableSize) {
            const Folded &f = t[c];
            same = next(f.first) && (!f.second || next(f.second));
            // A ligature's first half can end the prefix ("c" + "œ…" against "co").
            if (!same && at == prefix.size() && !whole)
                return true;
        } else if (ch.isLetterOrNumber()) {
            same = next(ch.toLower().unicode());
        } else if (ch.isSurrogate()) {
            same = next(c);
        } else {
            same = next(u' ');
        }
        if (!same)
            return false;
    }
    return at == prefix.size();
}

namespace {

void appendUtf8(char32_t c, std::string &out)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xc0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.push_back(char(0xe0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out.push_back(char(0x80 | (c & 0x3f)));
    } else {
        out.push_back(char(0xf0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out.push_back(char(0x80 | (c & 0x3f)));
    }
}

} // namespace

void appendFoldedUtf8(QStringView text, std::string &out)
{
    const auto &t = table();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const char16_t c = ch.unicode();
        if (c < kTableSize) {
            const Folded &f = t[c];
            appendUtf8(f.first, out);
            if (f.second)
                appendUtf8(f.second, out);
        } else if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            appendUtf8(QChar::surrogateToUcs4(ch, text[i + 1]), out); // kept as it is
            ++i;
        } else if (ch.isSurrogate()) {
            appendUtf8(0xfffd, out); // a lone half, as QString::toUtf8() replaces it
        } else if (ch.isLetterOrNumber()) {
            appendUtf8(ch.toLower().unicode(), out);
        } else {
            out.push_back(' ');
        }
    }
}

QString fold(QStringView text)
{
    QString out;
    appendFolded(text, out);
    return out;
}

} // namespace TextFolding
