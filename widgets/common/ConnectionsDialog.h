#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace td {

class ApiRequest;
class ConnectionProfiles;
class HttpTransport;

// Settings → Connections: Together and any OpenAI-compatible servers, each with a base URL
// and a key kept in the system keychain (never in the settings file). "Test" lists the
// server's models and says how long it took, or what went wrong and what to do.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionsDialog(ConnectionProfiles* profiles, HttpTransport* transport, QWidget* parent = nullptr);

    QString currentId() const;
    void select(const QString& id);
    // Puts the cursor in the key field (the welcome page's "Connect to Together").
    void focusKey();
    QString testResult() const; // the last test's message (for tests and screenshots)

private:
    void reload(const QString& selectId);
    void showProfile();
    void applyEdits();
    void addProfile();
    void removeProfile();
    void storeKey();
    // Keeps the typed key in memory for this session only (no keychain, or by choice).
    void useKeyForSession();
    void forgetKey();
    void refreshKeyStatus();
    void refreshUrlNote();
    void test();

    ConnectionProfiles* m_profiles;
    HttpTransport* m_transport;
    QListWidget* m_list;
    QPushButton* m_remove;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_key;
    QPushButton* m_storeKey;
    QPushButton* m_forgetKey;
    QPushButton* m_sessionKey;
    QLabel* m_keyStatus;
    QLabel* m_urlNote; // the URL in effect when it is not the stored one, and where the key goes
    QPushButton* m_test;
    QLabel* m_result;
    QPointer<ApiRequest> m_testRequest;
    bool m_loading = false;
};

} // namespace td
