#pragma once

#include <QCompleter>

// Completes a commune of the Pas-de-Calais on the start of any word of its name, accents, case
// and hyphens ignored ("pol", "saint pol", "Saint-Pôl"), or on its postal code ("62170"); a
// former name offers the commune it belongs to. Choosing puts the commune's current name in the
// line edit. The list is shared: one model for every completer.
class CommuneCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommuneCompleter)

public:
    explicit CommuneCompleter(QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};
