#include "widgets/common/ConnectionPicker.h"

#include "api/connection/ConnectionProfiles.h"

#include <QSignalBlocker>

namespace td {

ConnectionPicker::ConnectionPicker(ConnectionProfiles* profiles, QWidget* parent)
    : QComboBox(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("connectionPicker"));
    setAccessibleName(tr("Active connection"));
    setToolTip(tr("The connection the Jobs and Endpoints panes and new chats use"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Reached by Tab from the panes: not a trap, one stop.
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QComboBox::activated, this,
            [this](int index) { m_profiles->setActive(itemData(index).toString()); });
    connect(m_profiles, &ConnectionProfiles::changed, this, &ConnectionPicker::reload);
    connect(m_profiles, &ConnectionProfiles::activeChanged, this, &ConnectionPicker::reload);
    reload();
}

void ConnectionPicker::reload()
{
    const QSignalBlocker block(this);
    clear();
    for (const ConnectionProfile& p : m_profiles->togetherProfiles())
        addItem(p.name.isEmpty() ? p.baseUrl.toString() : p.name, p.id);
    setCurrentIndex(findData(m_profiles->activeId()));
}

} // namespace td
