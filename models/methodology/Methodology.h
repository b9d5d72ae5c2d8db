#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A methodology definition ("fiche méthodologique"): the sections a facilitator walks with a
// holder, their fields, help texts and limits. It is data (JSON, documented in
// resources/methodology/README.md), versioned, shipped in resources and loadable from a file;
// the project editor is generated from it. Answers are stored under qualified keys
// ("section.field") with the code and version of the definition they were written under.
class Methodology final
{
    Q_DECLARE_TR_FUNCTIONS(Methodology)

public:
    enum class FieldType
    {
        ShortText,
        LongText,
        SingleChoice,
        MultipleChoice,
        Number,
        Money,
        Date,
        Commune,
        Rows,                // repeatable rows of columns (objectives, actions, partners…)
        Qqoqcp,              // qui, quoi, où, quand, comment, pourquoi, pour qui
        ProblemTree,         // causes → problem → effects
        BusinessModelCanvas, // the social business model canvas boxes
        Budget,              // the project's expense and resource lines
    };

    struct Column
    {
        QString key;
        QString label;
        FieldType type = FieldType::ShortText;
        int maxLength = 0; // 0: no limit
        QStringList options;
        QStringList optionLabels; // as each option is shown: the options unless localized
        std::optional<double> minimum;
        std::optional<double> maximum;
    };

    struct Field
    {
        QString key;          // "titre"
        QString qualifiedKey; // "idee.titre": the key of its answers
        FieldType type = FieldType::ShortText;
        QString label;
        QString help;
        QString example;
        bool required = false;
        int maxLength = 0; // 0: no limit
        std::optional<double> minimum;
        std::optional<double> maximum;
        QStringList options;
        QStringList optionLabels; // as each option is shown: the options unless localized
        bool allowOther = false;
        bool multiple = false;
        QList<Column> columns;
        int minRows = 0;
        int maxRows = 0; // 0: no limit
    };

    struct Section
    {
        QString key;
        QString title;
        QString intro;
        QList<Field> fields;
        int requiredCount() const;
    };

    // A part of a composite field (a QQOQCP question, a canvas box, a level of the tree).
    struct Part
    {
        QString key;
        QString label;
        QString help;
    };

    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxFileSize = 2 * 1024 * 1024;

    // What a definition says in another language than its own (its "translations"): names,
    // titles, labels, help and examples, and the words shown for its options. The definition's
    // own language stays the reference: answers keep its option values whatever is shown.
    struct Translation
    {
        QString name;
        QHash<QString, QString> texts;          // "idee/title", "idee.titre/help", "x.y.col/label"
        QHash<QString, QStringList> optionTexts; // "idee.theme", "x.y.col": parallel to options
    };

    QString code;
    int version = 0;
    QString name;
    QString language;
    QList<Section> sections;
    QHash<QString, Translation> translations; // by language code ("en")
    QByteArray source; // the JSON it was read from, stored with the workspace

    // Reads a definition. On error returns nothing and fills errors with French messages that
    // say where ("ligne 12, section « besoin », champ « qui » : …"), the first 20 at most.
    static std::optional<Methodology> parse(const QByteArray &json, QStringList *errors);
    // The definition shipped with Comptoir.
    static const Methodology &builtIn();

    const Field *field(const QString &qualifiedKey) const;
    // The definition as shown in language: what its translation gives, the reference for the
    // rest. Option values are untouched; optionLabels say how each is shown.
    Methodology localized(const QString &language) const;
    // What Comptoir ships beside a definition of its own for language, if anything.
    std::optional<Translation> shippedTranslation(const QString &language) const;
    int fieldCount() const;

    static QString typeName(FieldType type);
    static std::optional<FieldType> typeFromName(const QString &name);
    static QList<Part> qqoqcpParts();
    static QList<Part> problemTreeParts();
    static QList<Part> canvasBoxes();
};
