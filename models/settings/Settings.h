#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

// The one place that knows Comptoir's QSettings keys and their defaults. Widgets ask for typed
// values; no key string appears anywhere else.
class Settings final
{
public:
    static constexpr int kMaxRecentWorkspaces = 8;

    Settings();

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);
    void clearRecentWorkspaces();

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

    // "fr", "en", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray projectsSplitterState() const;
    void setProjectsSplitterState(const QByteArray &state);
    QByteArray projectListHeaderState() const;
    void setProjectListHeaderState(const QByteArray &state);

    // The text size of the presentation mode, in percent of the normal size (100–400).
    static constexpr int kDefaultPresentationZoom = 175;
    int presentationZoom() const;
    void setPresentationZoom(int percent);

    // The name a mission officer signs reviews and comments with.
    QString reviewerName() const;
    void setReviewerName(const QString &name);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
