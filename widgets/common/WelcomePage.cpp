#include "widgets/common/WelcomePage.h"

#include "api/connection/ApiContext.h"
#include "api/connection/DemoConnection.h"
#include "core/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QResizeEvent>

#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace td {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel* note(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A button with what it does beside it, so the page reads as a list of next steps.
QPushButton* step(QGridLayout* grid, const QString& text, const QString& detail, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setMinimumWidth(220);
    auto* label = new QLabel(detail, parent);
    label->setWordWrap(true);
    label->setBuddy(button);
    button->setToolTip(detail);
    const int row = grid->rowCount();
    grid->addWidget(button, row, 0, Qt::AlignTop);
    grid->addWidget(label, row, 1);
    return button;
}

} // namespace

WelcomePage::WelcomePage(ApiContext* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_recent(new QListWidget(this))
    , m_noRecent(note(this))
    , m_demoStatus(note(this))
    , m_connection(note(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to TuneDesk"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto* intro = new QLabel(tr("Curate a fine-tuning dataset, check it as Together does, launch a fine-tune and "
                                "chat with the result. Start with a dataset, or connect first."),
                             this);
    intro->setWordWrap(true);

    // Left: datasets.
    auto* datasets = new QGridLayout;
    datasets->setColumnStretch(1, 1);
    datasets->setVerticalSpacing(10);
    QPushButton* open = step(datasets, tr("&Open Dataset…"),
                             tr("A .jsonl or .jsonl.zst file of any size (Ctrl+O), or drop one on the window."), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    QPushButton* create = step(datasets, tr("&New Dataset"), tr("An empty dataset to write rows into (Ctrl+N)."), this);
    create->setObjectName(QStringLiteral("welcomeNew"));
    QPushButton* sample = step(datasets, tr("Open Sa&mple Dataset"),
                               tr("Thirteen support chats in mixed shapes, one of them broken: problems for the Checks "
                                  "pane to find. A copy of your own, to edit freely."),
                               this);
    sample->setObjectName(QStringLiteral("welcomeSample"));
    // Data in another shape is where many users start: the way in is on this page, not only in
    // the File menu.
    QPushButton* import = step(datasets, tr("&Import Chat Data…"),
                               tr("ShareGPT, Alpaca, OpenAI chat, Hugging Face exports, prompt/completion, plain text "
                                  "or CSV/TSV, converted to Together's format after a preview (Ctrl+Shift+I)."),
                               this);
    import->setObjectName(QStringLiteral("welcomeImport"));
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);

    m_recent->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recent->setAccessibleName(tr("Recent datasets"));
    m_recent->setToolTip(tr("Return or a double click opens the dataset"));
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elided instead (elideRecent)
    m_recent->setUniformItemSizes(true);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 12); // ten files and a margin
    auto* recentLabel = heading(tr("&Recent datasets"), this);
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            emit fileChosen(item->data(Qt::UserRole).toString());
    });
    connect(Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentFiles)
            reloadRecent();
    });

    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("Datasets"), this));
    left->addLayout(datasets);
    left->addSpacing(16);
    left->addWidget(recentLabel);
    left->addWidget(m_recent);
    left->addWidget(m_noRecent);
    left->addStretch(1); // both columns start at the top, whatever the list holds

    // Right: connections.
    auto* connections = new QGridLayout;
    connections->setColumnStretch(1, 1);
    connections->setVerticalSpacing(10);
    QPushButton* together = step(connections, tr("&Connect to Together…"),
                                 tr("Paste your API key, test it, done. The key is kept in the system keychain (or in "
                                    "memory for this session)."),
                                 this);
    together->setObjectName(QStringLiteral("welcomeConnect"));
    connect(together, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connections->addWidget(m_connection, connections->rowCount(), 1);
    m_demo = step(connections, tr("Try the &Demo Connection"),
                  tr("No account needed: starts a local server that behaves like Together, so Jobs, the Playground "
                     "and Endpoints can be tried for free. Nothing leaves this machine."),
                  this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demoStatus->setObjectName(QStringLiteral("welcomeDemoStatus"));
    connections->addWidget(m_demoStatus, connections->rowCount(), 1);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        DemoConnection* demo = m_api->demo();
        if (demo->state() == DemoConnection::State::Running && m_api->profiles()->activeId() == demo->profileId())
            demo->stop();
        else
            demo->start();
    });
    connect(m_api->demo(), &DemoConnection::stateChanged, this, &WelcomePage::showDemoState);
    connect(m_api->profiles(), &ConnectionProfiles::activeChanged, this, [this] {
        showDemoState();
        showConnection();
    });
    connect(m_api->profiles(), &ConnectionProfiles::changed, this, &WelcomePage::showConnection);

    auto* right = new QVBoxLayout;
    right->addWidget(heading(tr("Fine-tuning and chat"), this));
    right->addLayout(connections);
    right->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(left, 1);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    columns->addWidget(line);
    columns->addLayout(right, 1);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(20);
    contentLayout->addLayout(columns);
    contentLayout->addStretch(1);
    content->setMaximumWidth(1100);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addWidget(content, 1, Qt::AlignHCenter);

    setFocusProxy(open);
    setTabOrder(open, create);
    setTabOrder(create, sample);
    setTabOrder(sample, m_recent);
    setTabOrder(m_recent, together);
    setTabOrder(together, m_demo);
    reloadRecent();
    showDemoState();
    showConnection();
}

QString WelcomePage::demoStatus() const
{
    return m_demoStatus->text();
}

QString WelcomePage::connectionStatus() const
{
    return m_connection->text();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadRecent(); // a file may have gone since
}

void WelcomePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    elideRecent();
}

void WelcomePage::elideRecent()
{
    const QFontMetrics metrics = m_recent->fontMetrics();
    const int width = m_recent->viewport()->width() - 12;
    for (int i = 0; i < m_recent->count(); ++i) {
        QListWidgetItem* item = m_recent->item(i);
        const QFileInfo info(item->data(Qt::UserRole).toString());
        const QString name = info.fileName() + QStringLiteral(" — ");
        const QString folder = metrics.elidedText(QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle,
                                                  std::max(40, width - metrics.horizontalAdvance(name)));
        item->setText(name + folder);
    }
}

void WelcomePage::reloadRecent()
{
    m_recent->clear();
    const QStringList files = Settings::instance()->get(Settings::Key::RecentFiles).toStringList();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (no longer there)").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_recent->setVisible(!files.isEmpty());
    elideRecent();
    m_noRecent->setText(tr("None yet: the datasets you open are listed here."));
    m_noRecent->setVisible(files.isEmpty());
}

void WelcomePage::showDemoState()
{
    const DemoConnection* demo = m_api->demo();
    const bool active = m_api->profiles()->activeId() == demo->profileId();
    switch (demo->state()) {
    case DemoConnection::State::Stopped:
        m_demoStatus->clear();
        m_demo->setText(tr("Try the &Demo Connection"));
        m_demo->setEnabled(true);
        break;
    case DemoConnection::State::Starting:
        m_demoStatus->setText(tr("Starting the local server…"));
        m_demo->setEnabled(false);
        break;
    case DemoConnection::State::Running:
        m_demoStatus->setText(active ? tr("The demo is the active connection (%1): open Jobs (Ctrl+2), the "
                                          "Playground (Ctrl+3) or Endpoints (Ctrl+4).")
                                           .arg(demo->baseUrl().toString())
                                     : tr("The demo server runs at %1; choose it in the status bar to use it.")
                                           .arg(demo->baseUrl().toString()));
        m_demo->setText(active ? tr("Stop the &Demo Connection") : tr("Use the &Demo Connection"));
        m_demo->setEnabled(true);
        break;
    case DemoConnection::State::Failed:
        m_demoStatus->setText(demo->errorString());
        m_demo->setText(tr("Try the &Demo Connection"));
        m_demo->setEnabled(true);
        break;
    }
    m_demoStatus->setVisible(!m_demoStatus->text().isEmpty());
}

void WelcomePage::showConnection()
{
    const QString id = m_api->profiles()->activeId();
    const auto profile = m_api->profiles()->profile(id);
    m_connection->setText(tr("Jobs and Endpoints use: %1").arg(profile ? profile->name : id));
    // Whether Together has a key: the same resolution the panes make.
    m_api->profiles()->resolve(QStringLiteral("together"), this, [this](const Result<Connection>& c, const QString&) {
        const auto active = m_api->profiles()->profile(m_api->profiles()->activeId());
        const QString using_ = tr("Jobs and Endpoints use: %1.").arg(active ? active->name : QString());
        m_connection->setText(c ? tr("Together has a key.") + QLatin1Char(' ') + using_
                                : tr("Together is not connected yet.") + QLatin1Char(' ') + using_);
    });
}

} // namespace td
