#pragma once

#include "api/client/DmiClient.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace td {

// A v2 endpoint's events (GET …/endpoints/{ep}/events, newest first): when, how serious, which
// deployment, what happened (scaling from and to, the server's message). Read when opened and
// on Refresh; a failed read says why and keeps what was shown.
class EventsDialog final : public QDialog
{
    Q_OBJECT

public:
    EventsDialog(DmiClient client, QString projectId, QString endpointId, const QString& endpointName,
                 QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    QString statusText() const;

signals:
    void loaded();

private:
    void showEvents(const QList<DmiEvent>& events);

    DmiClient m_client;
    QString m_project, m_endpoint;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_refresh;
};

} // namespace td
