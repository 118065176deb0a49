#pragma once

#include <QComboBox>

namespace td {

class ConnectionProfiles;

// The active connection, chosen in one place (the status bar) for every pane that talks to
// Together: the Jobs and Endpoints panes and new chats follow it. Lists the profiles of
// Together's kind (Together itself, the demo when it runs, any Together-compatible server).
class ConnectionPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit ConnectionPicker(ConnectionProfiles* profiles, QWidget* parent = nullptr);

private:
    void reload();

    ConnectionProfiles* m_profiles;
};

} // namespace td
