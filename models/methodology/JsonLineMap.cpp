#include "JsonLineMap.h"

JsonLineMap::JsonLineMap(const QByteArray &json)
    : m_json(json)
{
    value(QString());
}

int JsonLineMap::line(QString path) const
{
    for (;;) {
        const auto it = m_lines.constFind(path);
        if (it != m_lines.constEnd())
            return *it;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (path.isEmpty())
            return 0;
        path = slash < 0 ? QString() : path.left(slash);
    }
}

std::pair<int, int> JsonLineMap::lineAndColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(json.at(i)) & 0xc0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

void JsonLineMap::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLineMap::string()
{
    // At the opening quote; returns the raw content (escapes other than \" and \\ kept as is,
    // which is enough for keys).
    QByteArray raw;
    ++m_pos;
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
        if (m_json.at(m_pos) == '\\' && m_pos + 1 < m_json.size()) {
            ++m_pos;
            raw.append(m_json.at(m_pos) == '"' || m_json.at(m_pos) == '\\' ? m_json.at(m_pos)
                                                                           : '?');
        } else {
            if (m_json.at(m_pos) == '\n')
                ++m_line;
            raw.append(m_json.at(m_pos));
        }
        ++m_pos;
    }
    ++m_pos; // closing quote
    return QString::fromUtf8(raw);
}

void JsonLineMap::value(const QString &path)
{
    skipSpace();
    if (m_pos >= m_json.size())
        return;
    m_lines.insert(path, m_line);
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    const char c = m_json.at(m_pos);
    if (c == '{') {
        ++m_pos;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            skipSpace();
            ++m_pos; // ':'
            value(prefix + key);
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            value(prefix + QString::number(index++));
        }
    } else if (c == '"') {
        string();
    } else {
        while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(m_pos)))
            ++m_pos;
    }
}
