#pragma once

#include "Stage.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Workspace;

// Every project of a workspace as one flat table, held in memory: at 100,000 projects a full
// read takes about half a second (ProjectListLoader does it off the UI thread) and then
// scrolling, sorting and filtering never wait on the disk. Each row carries folded keys (see
// TextFolding) prepared once at load time for the filter and the sort of ProjectFilterModel.
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Column
    {
        TitleColumn,
        HolderColumn,
        VenueColumn,
        StageColumn,
        CategoryColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StageRole, // the Stage as an int
    };

    // One project as the list shows it: 80 bytes, and its title's and holder's texts. What
    // repeats (comptoirs, categories, communes) is a small number into the read's tables; the
    // folded sort keys of the title and holder are the first two parts of the search key.
    struct Row
    {
        qint64 id = 0;
        qint64 updatedAt = 0; // milliseconds since 1970, UTC
        QString title;
        QString holder;
        quint32 commune = 0;  // in Rows::communes
        quint16 venue = 0;    // in Rows::venues and Rows::venueNames (0: none)
        quint16 category = 0; // in Rows::categories (0: none)
        Stage stage = Stage::Idea;
    };

    // The result of a read: the rows, most recently updated first, and what the filter scans
    // kept apart from them in compact arrays: the search keys (folded title, holder, venue,
    // commune, organisation and category, in UTF-8, separated by '|') side by side in one
    // buffer, and the stages. Scanning 100,000 keys then stays within a few milliseconds
    // instead of missing the cache on every row.
    struct Rows
    {
        std::vector<Row> rows;
        std::string searchKeys;
        std::vector<quint32> keyOffsets; // rows.size() + 1 entries
        std::vector<quint8> stages;
        // The names rows point to; entry 0 of each is empty.
        QStringList venues;     // shown: the venue's commune ("Liévin")
        QStringList venueNames; // "Comptoir de Liévin"
        QStringList categories;
        QStringList communes;
    };

    // Reads every project through db (or only the project onlyId when it is not -1); safe to
    // call from any thread that owns db.
    // A whole list of 20,000 projects or more is read in two halves at once, on two threads.
    static std::shared_ptr<Rows> read(const QSqlDatabase &db, QString *error,
                                      qint64 onlyId = -1);
    // For tests: from how many projects the list is read on two threads.
    static void setParallelReadThreshold(size_t projects);

    explicit ProjectListModel(QObject *parent = nullptr);
    ~ProjectListModel() override;

    // Loads (or reloads) every project of the workspace; clears the model on error.
    bool load(const Workspace &workspace, QString *error);
    // Takes the rows read elsewhere (ProjectListLoader).
    void setRows(std::shared_ptr<Rows> rows);
    void clear();
    // Reads one project again after an edit: its row is updated in place (or added first, or
    // removed when the project is gone) without reading the other 100,000. False on error.
    bool refreshProject(const Workspace &workspace, qint64 id, QString *error);

    const Row &row(int r) const { return m_data->rows[size_t(r)]; }
    std::string_view searchKey(int r) const
    {
        const quint32 begin = m_data->keyOffsets[size_t(r)];
        const quint32 end = m_data->keyOffsets[size_t(r) + 1] - 1; // minus the separator
        return std::string_view(m_data->searchKeys.data() + begin, end - begin);
    }
    Stage stage(int r) const { return Stage(m_data->stages[size_t(r)]); }
    // The folded title and holder, for sorting: the first two parts of the search key.
    std::string_view titleKey(int r) const;
    std::string_view holderKey(int r) const;
    const QString &venue(int r) const { return m_data->venues.at(row(r).venue); }
    const QString &venueName(int r) const { return m_data->venueNames.at(row(r).venue); }
    const QString &category(int r) const { return m_data->categories.at(row(r).category); }
    const QString &commune(int r) const { return m_data->communes.at(row(r).commune); }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<Rows> m_data;
};
