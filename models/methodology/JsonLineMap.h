#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each value of a JSON text starts: path ("sections/2/fields/0/type") → line (from 1).
// QJsonDocument keeps no positions, and an error in a definition file is only useful to a
// person if it says which line to look at. Meant for text QJsonDocument already accepted.
class JsonLineMap final
{
public:
    explicit JsonLineMap(const QByteArray &json);

    // The line of path, or of its nearest parent that has one; 0 when unknown.
    int line(QString path) const;

    // Line and column (from 1) of a byte offset, for QJsonParseError.
    static std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset);

private:
    void value(const QString &path);
    void skipSpace();
    QString string();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};
