#include "widgets/endpoints/EventsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {

QString levelText(const DmiEvent& e)
{
    if (e.isError())
        return EventsDialog::tr("Error");
    if (e.isWarning())
        return EventsDialog::tr("Warning");
    return EventsDialog::tr("Info");
}

} // namespace

EventsDialog::EventsDialog(DmiClient client, QString projectId, QString endpointId, const QString& endpointName,
                           QWidget* parent)
    : QDialog(parent)
    , m_client(std::move(client))
    , m_project(std::move(projectId))
    , m_endpoint(std::move(endpointId))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setWindowTitle(tr("Events of %1").arg(endpointName));
    resize(760, 420);
    m_status->setObjectName(QStringLiteral("eventsStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setAccessibleName(tr("Events, newest first"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Level"), tr("Deployment"), tr("What happened")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_refresh->setObjectName(QStringLiteral("eventsRefresh"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &EventsDialog::refresh);
    refresh();
}

QString EventsDialog::statusText() const
{
    return m_status->text();
}

void EventsDialog::refresh()
{
    m_status->setText(tr("Reading the events…"));
    m_refresh->setEnabled(false);
    m_client.endpointEvents(m_project, m_endpoint, this, [this](const ApiResult<DmiPage<DmiEvent>>& r) {
        m_refresh->setEnabled(true);
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_status->setText(tr("The events could not be read: %1").arg(e->explanation()));
        } else {
            showEvents(std::get<DmiPage<DmiEvent>>(r).items);
        }
        emit loaded();
    });
}

void EventsDialog::showEvents(const QList<DmiEvent>& events)
{
    m_status->setText(events.isEmpty() ? tr("No events yet: they appear as the endpoint is deployed, scaled and "
                                            "stopped.")
                                       : tr("%n event(s), newest first.", nullptr, int(events.size())));
    m_table->setRowCount(int(events.size()));
    const QLocale locale;
    for (int i = 0; i < events.size(); ++i) {
        const DmiEvent& e = events.at(i);
        QString what = e.text();
        if (e.oldReplicas >= 0 && e.newReplicas >= 0)
            what = tr("%1 (replicas %2 → %3)").arg(what).arg(e.oldReplicas).arg(e.newReplicas);
        const QStringList cells = {locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat), levelText(e),
                                   e.deploymentId, what};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 3)
                item->setToolTip(e.reason.isEmpty() ? e.type : e.reason + QStringLiteral(" · ") + e.type);
            m_table->setItem(i, c, item);
        }
    }
}

} // namespace td
