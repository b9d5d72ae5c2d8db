#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class Workspace;

// The comptoirs and the structures hosting them. Each change is written as soon as a field is
// left; there is nothing to save.
class VenuesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenuesDialog)

public:
    explicit VenuesDialog(Workspace *workspace, QWidget *parent = nullptr);

private:
    void reloadVenues(qint64 select);
    void reloadHosts(qint64 select);
    void showVenue();
    void showHost();
    void writeVenue();
    void writeHost();
    void addVenue();
    void removeVenue();
    void addHost();
    void removeHost();
    void showProblem(const QString &problem);

    Workspace *m_workspace;
    bool m_loading = false;
    QListWidget *m_venueList = nullptr;
    QLineEdit *m_venueName = nullptr;
    QLineEdit *m_venueCommune = nullptr;
    QLineEdit *m_venueAddress = nullptr;
    QComboBox *m_venueHost = nullptr;
    QCheckBox *m_venueActive = nullptr;
    QListWidget *m_hostList = nullptr;
    QLineEdit *m_hostName = nullptr;
    QComboBox *m_hostKind = nullptr;
    QLineEdit *m_hostCommune = nullptr;
    QLineEdit *m_hostAddress = nullptr;
    QLineEdit *m_hostContact = nullptr;
    QLabel *m_problem = nullptr;
};
