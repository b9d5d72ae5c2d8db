#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace Keys {
const QString recent = QStringLiteral("workspaces/recent");
const QString last = QStringLiteral("workspaces/last");
const QString language = QStringLiteral("interface/language");
const QString geometry = QStringLiteral("mainWindow/geometry");
const QString state = QStringLiteral("mainWindow/state");
const QString splitter = QStringLiteral("mainWindow/projectsSplitter");
const QString header = QStringLiteral("mainWindow/projectListHeader");
const QString presentationZoom = QStringLiteral("presentation/zoom");
const QString reviewer = QStringLiteral("review/reviewerName");
} // namespace Keys

Settings::Settings() = default;

QStringList Settings::recentWorkspaces() const
{
    return m_settings.value(Keys::recent).toStringList();
}

void Settings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentWorkspaces)
        recent.removeLast();
    m_settings.setValue(Keys::recent, recent);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(Keys::recent, recent);
}

void Settings::clearRecentWorkspaces()
{
    m_settings.remove(Keys::recent);
}

QString Settings::lastWorkspace() const
{
    return m_settings.value(Keys::last).toString();
}

void Settings::setLastWorkspace(const QString &path)
{
    if (path.isEmpty())
        m_settings.remove(Keys::last);
    else
        m_settings.setValue(Keys::last, QFileInfo(path).absoluteFilePath());
}

QString Settings::language() const
{
    return m_settings.value(Keys::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(Keys::language);
    else
        m_settings.setValue(Keys::language, language);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(Keys::geometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Keys::geometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(Keys::state).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(Keys::state, state);
}

QByteArray Settings::projectsSplitterState() const
{
    return m_settings.value(Keys::splitter).toByteArray();
}

void Settings::setProjectsSplitterState(const QByteArray &state)
{
    m_settings.setValue(Keys::splitter, state);
}

QByteArray Settings::projectListHeaderState() const
{
    return m_settings.value(Keys::header).toByteArray();
}

void Settings::setProjectListHeaderState(const QByteArray &state)
{
    m_settings.setValue(Keys::header, state);
}

int Settings::presentationZoom() const
{
    const int zoom = m_settings.value(Keys::presentationZoom, kDefaultPresentationZoom).toInt();
    return qBound(100, zoom, 400);
}

void Settings::setPresentationZoom(int percent)
{
    m_settings.setValue(Keys::presentationZoom, qBound(100, percent, 400));
}

QString Settings::reviewerName() const
{
    return m_settings.value(Keys::reviewer).toString();
}

void Settings::setReviewerName(const QString &name)
{
    m_settings.setValue(Keys::reviewer, name.simplified());
}
