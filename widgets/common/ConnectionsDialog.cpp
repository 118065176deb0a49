#include "widgets/common/ConnectionsDialog.h"

#include "api/client/TogetherClient.h"
#include "api/connection/ApiKeyResolver.h"
#include "api/connection/ConnectionProfiles.h"
#include "api/connection/KeyDestination.h"
#include "core/SecretStore.h"
#include "widgets/common/ClearButton.h"
#include "widgets/common/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include <memory>

namespace td {

ConnectionsDialog::ConnectionsDialog(ConnectionProfiles* profiles, HttpTransport* transport, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_transport(transport)
{
    setWindowTitle(tr("Connections"));
    m_list = new QListWidget(this);
    m_list->setMinimumWidth(190);
    m_list->setAccessibleName(tr("Connections"));
    auto* add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Together AI"));
    m_kind->addItem(tr("OpenAI-compatible"));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://api.together.ai/v1"));
    m_urlNote = new QLabel(this);
    m_urlNote->setObjectName(QStringLiteral("urlNote"));
    m_urlNote->setWordWrap(true);
    m_urlNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    enableClearButton(m_key);
    m_storeKey = new QPushButton(tr("&Store key"), this);
    m_forgetKey = new QPushButton(tr("&Forget key"), this);
    m_sessionKey = new QPushButton(tr("This session onl&y"), this);
    m_sessionKey->setObjectName(QStringLiteral("sessionKeyButton"));
    m_sessionKey->setToolTip(tr("Use the key until TuneDesk quits: kept in memory, never written to disk or the "
                                "keychain"));
    m_sessionKey->setEnabled(false);
    // The key gets the whole line and its buttons the next: beside it they squeezed the field
    // to a few letters (in German to 25 pixels).
    m_key->setObjectName(QStringLiteral("apiKeyField"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_storeKey);
    keyRow->addWidget(m_sessionKey);
    keyRow->addWidget(m_forgetKey);
    keyRow->addStretch(1);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setWordWrap(true);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("K&ind:"), m_kind);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(QString(), m_urlNote);
    auto* keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    form->addRow(QString(), keyRow);
    form->addRow(QString(), m_keyStatus);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_result);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(760, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::showProfile);
    connect(m_name, &QLineEdit::editingFinished, this, &ConnectionsDialog::applyEdits);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectionsDialog::applyEdits);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::applyEdits);
    connect(m_storeKey, &QPushButton::clicked, this, &ConnectionsDialog::storeKey);
    connect(m_key, &QLineEdit::returnPressed, this, &ConnectionsDialog::storeKey);
    connect(m_sessionKey, &QPushButton::clicked, this, &ConnectionsDialog::useKeyForSession);
    connect(m_key, &QLineEdit::textChanged, this, [this] {
        m_storeKey->setEnabled(!m_key->text().isEmpty());
        m_sessionKey->setEnabled(!m_key->text().isEmpty());
    });
    connect(m_forgetKey, &QPushButton::clicked, this, &ConnectionsDialog::forgetKey);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::test);
    reload(QStringLiteral("together"));
}

QString ConnectionsDialog::currentId() const
{
    auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::select(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

void ConnectionsDialog::focusKey()
{
    m_key->setFocus(Qt::OtherFocusReason);
}

QString ConnectionsDialog::testResult() const
{
    return m_result->text();
}

void ConnectionsDialog::reload(const QString& selectId)
{
    m_loading = true;
    m_list->clear();
    for (const ConnectionProfile& p : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(p.name.isEmpty() ? p.baseUrl.toString() : p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.baseUrl.toString());
    }
    m_loading = false;
    select(selectId);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ConnectionsDialog::showProfile()
{
    if (m_loading)
        return;
    const auto p = m_profiles->profile(currentId());
    if (!p)
        return;
    m_loading = true;
    m_name->setText(p->name);
    m_kind->setCurrentIndex(p->kind == ConnectionProfile::Kind::Together ? 0 : 1);
    m_kind->setEnabled(!p->isBuiltIn());
    m_remove->setEnabled(!p->isBuiltIn());
    m_url->setText(p->baseUrl.toString());
    m_key->clear();
    m_key->setPlaceholderText(p->isBuiltIn() ? tr("Paste your Together API key") : tr("Key, if the server needs one"));
    m_storeKey->setEnabled(false);
    m_result->clear();
    m_loading = false;
    refreshKeyStatus();
    refreshUrlNote();
}

void ConnectionsDialog::refreshUrlNote()
{
    const QString id = currentId();
    const auto p = m_profiles->profile(id);
    if (!p) {
        m_urlNote->clear();
        return;
    }
    // The same choice and rules as every connection made from this profile (ConnectionProfiles).
    const BaseUrlChoice choice = m_profiles->baseUrlOf(id);
    QStringList lines;
    if (!choice.notice.isEmpty())
        lines << choice.notice;
    // Together always sends its key; another server may need none, and is refused only with one.
    if (p->kind == ConnectionProfile::Kind::Together) {
        const QString refusal = KeyDestination::refusal(choice.url);
        lines << (refusal.isEmpty() ? KeyDestination::customHostNotice(choice.url) : refusal);
    }
    lines.removeAll(QString());
    m_urlNote->setText(lines.join(QLatin1Char('\n')));
    m_urlNote->setVisible(!lines.isEmpty());
}

void ConnectionsDialog::applyEdits()
{
    if (m_loading)
        return;
    auto p = m_profiles->profile(currentId());
    if (!p)
        return;
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        m_result->setText(tr("The base URL must start with https:// or http://, e.g. https://api.together.ai/v1"));
        return;
    }
    p->name = m_name->text().trimmed();
    p->baseUrl = url;
    p->kind =
        m_kind->currentIndex() == 0 ? ConnectionProfile::Kind::Together : ConnectionProfile::Kind::OpenAiCompatible;
    m_profiles->save(*p);
    if (auto* item = m_list->currentItem())
        item->setText(p->name.isEmpty() ? p->baseUrl.toString() : p->name);
    refreshUrlNote();
}

void ConnectionsDialog::addProfile()
{
    ConnectionProfile p;
    p.name = tr("Local server");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
    reload(m_profiles->save(p));
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsDialog::removeProfile()
{
    const QString id = currentId();
    if (m_profiles->remove(id))
        reload(QStringLiteral("together"));
}

void ConnectionsDialog::storeKey()
{
    const QString id = currentId();
    const QString key = m_key->text().trimmed();
    if (id.isEmpty() || key.isEmpty())
        return;
    m_profiles->secrets()->write(ApiKeyResolver::keychainKey(id), key, this, [this](const Result<void>& r) {
        if (!r) {
            // Without a keychain the key can still be used: for this session, in memory.
            const QString why = r.error().code == Error::Code::Unsupported
                                    ? tr("no keychain service (Secret Service) is running on this desktop")
                                    : r.error().message;
            m_keyStatus->setText(tr("The key could not be stored in the keychain: %1.").arg(why));
            if (Dialogs::question(this, tr("Use the Key for This Session?"),
                                  tr("The key could not be stored in the keychain: %1.\n\nUse it for this session "
                                     "only? It is kept in memory until TuneDesk quits and never written to disk.")
                                      .arg(why),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes)
                useKeyForSession();
            return;
        }
        m_key->clear();
        refreshKeyStatus();
        m_profiles->announceKeyChanged();
    });
}

void ConnectionsDialog::useKeyForSession()
{
    const QString id = currentId();
    const QString key = m_key->text().trimmed();
    if (id.isEmpty() || key.isEmpty())
        return;
    m_profiles->setSessionKey(id, key);
    m_key->clear();
    refreshKeyStatus();
}

void ConnectionsDialog::forgetKey()
{
    const QString id = currentId();
    m_profiles->forgetSessionKey(id);
    m_profiles->secrets()->remove(ApiKeyResolver::keychainKey(id), this, [this](const Result<void>&) {
        refreshKeyStatus();
        m_profiles->announceKeyChanged();
    });
}

void ConnectionsDialog::refreshKeyStatus()
{
    const QString id = currentId();
    const QString backend = m_profiles->secrets()->backendName();
    m_profiles->secrets()->read(ApiKeyResolver::keychainKey(id), this, [this, id, backend](const Result<QString>& r) {
        if (id != currentId())
            return;
        const bool together = m_kind->currentIndex() == 0;
        const bool env = together && !qEnvironmentVariable("TOGETHER_API_KEY").isEmpty();
        const bool session = m_profiles->hasSessionKey(id);
        m_forgetKey->setEnabled(r.ok() || session);
        if (session)
            m_keyStatus->setText(tr("A key is kept in memory for this session only (never written to disk)."));
        else if (r.ok())
            m_keyStatus->setText(tr("A key is stored in %1.").arg(backend));
        else if (r.error().code == Error::Code::Unsupported)
            m_keyStatus->setText(env ? tr("No keychain service is running; the key comes from TOGETHER_API_KEY.")
                                     : tr("No keychain service is running, so keys cannot be stored. Set "
                                          "TOGETHER_API_KEY before starting TuneDesk."));
        else
            m_keyStatus->setText(env        ? tr("No key stored; the key comes from TOGETHER_API_KEY.")
                                 : together ? tr("No key stored yet.")
                                            : tr("No key stored (fine for a server that needs none)."));
    });
}

void ConnectionsDialog::test()
{
    applyEdits();
    const QString id = currentId();
    m_result->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    m_profiles->resolve(id, this, [this](const Result<Connection>& c, const QString&) {
        if (!c) {
            m_result->setText(c.error().message);
            m_test->setEnabled(true);
            return;
        }
        auto client = std::make_shared<TogetherClient>(m_transport, *c);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m_testRequest = client->listModels(this, [this, client, clock](const ApiResult<QList<ModelInfo>>& r) {
            m_test->setEnabled(true);
            if (const auto* e = std::get_if<ApiError>(&r)) {
                m_result->setText(e->explanation());
                return;
            }
            m_result->setText(
                tr("Connected: %n model(s) available (%1 ms).", nullptr, int(std::get<QList<ModelInfo>>(r).size()))
                    .arg(clock->elapsed()));
        });
        // A test answers at once: no retrying behind the user's back.
        RetryPolicy once;
        once.maxRetries = 0;
        m_testRequest->setPolicy(once);
    });
}

} // namespace td
