#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace td {

class ApiContext;

// What the Dataset pane shows while no dataset is open (the first run, after closing a file):
// the ways in, each one key or click away. Recent files (Return opens one), Open, New
// Dataset, the bundled sample; Connect to Together (the Connections dialog) and the demo
// connection (the local emulator, so every pane can be tried without an account). The page
// only asks; the window does the opening.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(ApiContext* api, QWidget* parent = nullptr);

    QListWidget* recentList() const { return m_recent; }
    QString demoStatus() const;
    QString connectionStatus() const;

signals:
    void openRequested();
    void newRequested();
    void sampleRequested();
    void importRequested();
    void fileChosen(const QString& path);
    void connectRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void reloadRecent();
    void elideRecent(); // the folders elided in the middle to the list's width
    void showDemoState();
    void showConnection();

    ApiContext* m_api;
    QListWidget* m_recent;
    QLabel* m_noRecent;
    QPushButton* m_demo;
    QLabel* m_demoStatus;
    QLabel* m_connection;
};

} // namespace td
