#pragma once

#include "Stage.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QString>

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

    struct Row
    {
        qint64 id = 0;
        QString title;
        QString holder;
        QString venue;     // shown: the venue's commune
        QString venueName; // "Comptoir de Liévin"
        QString category;
        QString commune;
        QString updatedAt; // ISO 8601 UTC, sorts as text
        Stage stage = Stage::Idea;
        QString titleKey;  // folded title, for sorting
        QString holderKey; // folded holder name, for sorting
    };

    // The result of a read: the rows, most recently updated first, and what the filter scans
    // kept apart from them in compact arrays: the search keys (folded title, holder, venue,
    // commune, organisation and category, in UTF-8) side by side in one buffer, and the stages.
    // Scanning 100,000 keys then stays within a few milliseconds instead of missing the cache
    // on every row.
    struct Rows
    {
        std::vector<Row> rows;
        std::string searchKeys;
        std::vector<quint32> keyOffsets; // rows.size() + 1 entries
        std::vector<quint8> stages;
    };

    // Reads every project through db (or only the project onlyId when it is not -1); safe to
    // call from any thread that owns db.
    static std::shared_ptr<Rows> read(const QSqlDatabase &db, QString *error,
                                      qint64 onlyId = -1);

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
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<Rows> m_data;
};
