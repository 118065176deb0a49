#include "widgets/playground/PlaygroundPane.h"

#include "api/connection/ApiContext.h"
#include "playground/ChatSession.h"
#include "playground/CompareSession.h"
#include "playground/ModelDirectory.h"
#include "playground/TrainingRows.h"
#include "widgets/common/Dialogs.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/ChatParametersForm.h"
#include "widgets/playground/ConversationList.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace td {

PlaygroundPane::PlaygroundPane(ApiContext* api, QWidget* parent, const QString& conversationsFolder)
    : QWidget(parent)
    , m_api(api)
    , m_conversation(new CompareSession(
          api->transport(),
          ConversationStore(conversationsFolder.isEmpty() ? ConversationStore::defaultFolder() : conversationsFolder),
          this))
    , m_models(new ModelDirectory(this))
    , m_list(new ConversationList(&m_conversation->store(), this))
    , m_form(new ChatParametersForm(this))
    , m_columnSplitter(new QSplitter(Qt::Horizontal, this))
    , m_referenceBox(new QWidget(this))
    , m_referenceTitle(new QLabel(this))
    , m_reference(new QTextBrowser(this))
    , m_editBanner(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_addToDataset(new QToolButton(this))
    , m_preference(new QPushButton(tr("Make &Preference Row…"), this))
    , m_status(new QLabel(this))
{
    m_input->setPlaceholderText(tr("Message (Ctrl+Return sends to every column)"));
    m_input->setMaximumHeight(110);
    m_input->setObjectName(QStringLiteral("playgroundInput"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setTabChangesFocus(true); // Tab leaves the box (keyboard users are never trapped)
    m_stop->setObjectName(QStringLiteral("playgroundStop"));
    m_send->setObjectName(QStringLiteral("playgroundSend"));
    m_send->setToolTip(tr("Send to every column (Ctrl+Return); Ctrl+Shift+R regenerates the last answers"));
    m_stop->setToolTip(tr("Stop every answer (Esc)"));
    m_compare->setToolTip(tr("Add a column to compare another model, checkpoint or parameter with the same "
                             "conversation (up to %1)")
                              .arg(kMaxColumns));
    m_addToDataset->setText(tr("Add to &Dataset"));
    m_addToDataset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addToDataset->setToolTip(tr("Append this conversation to the open dataset as a training row (one undo step)"));
    m_preference->setObjectName(QStringLiteral("makePreferenceRow"));
    m_preference->setToolTip(tr("Make a preference (DPO) row from the compared answers: choose the better one"));
    m_editBanner->setVisible(false);
    m_editBanner->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: "
                                               "palette(highlighted-text); padding: 3px; }"));
    m_status->setWordWrap(true);
    m_reference->setObjectName(QStringLiteral("datasetAnswer"));
    m_list->setMinimumWidth(140);
    auto* refLayout = new QVBoxLayout(m_referenceBox);
    refLayout->setContentsMargins(2, 2, 2, 2);
    m_referenceTitle->setWordWrap(true);
    refLayout->addWidget(m_referenceTitle);
    refLayout->addWidget(m_reference, 1);
    m_referenceBox->setVisible(false);

    auto* center = new QWidget(this);
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    // Side by side, columns scroll sideways rather than widen the window: three of them pushed
    // it past a 1280-pixel screen.
    m_columnsScroll = new QScrollArea(this);
    m_columnsScroll->setObjectName(QStringLiteral("playgroundColumnsScroll"));
    m_columnsScroll->setWidget(m_columnSplitter);
    m_columnsScroll->setWidgetResizable(true);
    m_columnsScroll->setFrameShape(QFrame::NoFrame);
    m_columnsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_columnsScroll->setFocusPolicy(Qt::NoFocus); // the columns' fields take the focus
    centerLayout->addWidget(m_columnsScroll, 1);
    centerLayout->addWidget(m_editBanner);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    inputRow->addLayout(buttons);
    centerLayout->addLayout(inputRow);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addWidget(m_addToDataset);
    actions->addWidget(m_preference);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("playgroundExport"));
    exportButton->setToolTip(tr("Save this conversation as Markdown or as a JSONL training row"));
    actions->addWidget(exportButton);
    actions->addWidget(m_status, 1);
    centerLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(center);
    // The parameters scroll rather than set the window's height: with every field shown they
    // made the main window taller than a 1280x800 screen.
    auto* formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("playgroundParametersScroll"));
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus
    formScroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                                formScroll->verticalScrollBar()->sizeHint().width());
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({200, 800, 260});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);

    connect(m_conversation, &CompareSession::columnAdded, this, &PlaygroundPane::onColumnAdded);
    connect(m_conversation, &CompareSession::columnRemoved, this, &PlaygroundPane::onColumnRemoved);
    connect(m_conversation, &CompareSession::changed, this, &PlaygroundPane::updateButtons);
    connect(m_conversation, &CompareSession::listChanged, this, [this] {
        m_list->setCurrent(m_conversation->id());
        m_list->reload();
    });
    connect(m_send, &QPushButton::clicked, this, [this] { send(m_input->toPlainText()); });
    auto* sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendKey->setContext(Qt::WidgetWithChildrenShortcut);
    sendKey->setWhatsThis(tr("Send to every column")); // Help › Keyboard Shortcuts lists it by this
    connect(sendKey, &QShortcut::activated, m_send, &QPushButton::click);
    auto* stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);
    stopKey->setWhatsThis(tr("Stop every answer, or cancel editing a message"));
    connect(stopKey, &QShortcut::activated, this, [this] {
        if (m_editing >= 0)
            cancelEdit();
        else
            stop();
    });
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPane::stop);
    auto* regenerateKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    regenerateKey->setContext(Qt::WidgetWithChildrenShortcut);
    regenerateKey->setWhatsThis(tr("Regenerate the last answers"));
    connect(regenerateKey, &QShortcut::activated, this, [this] {
        // Every column's last answer, asked again.
        for (int i = 0; i < m_columns.size(); ++i) {
            const auto& messages = m_columns[i]->session()->messages();
            if (!messages.isEmpty() && messages.back().isAssistant())
                performAction(i, ChatTranscriptView::Action::Regenerate, int(messages.size()) - 1);
        }
    });
    connect(m_compare, &QPushButton::clicked, this, [this] { addColumn(); });
    connect(m_addToDataset, &QToolButton::clicked, this, [this] {
        if (m_columns.size() == 1) {
            addToDataset(0);
            return;
        }
        QMenu menu(this);
        for (int i = 0; i < m_columns.size(); ++i)
            menu.addAction(tr("Column %1: %2").arg(i + 1).arg(m_columns[i]->model()), this,
                           [this, i] { addToDataset(i); });
        menu.exec(m_addToDataset->mapToGlobal(QPoint(0, m_addToDataset->height())));
    });
    connect(m_preference, &QPushButton::clicked, this, [this] {
        // The models are named in the text, where a long name wraps; the buttons stay short
        // (a button with a model's name in it was cut off).
        QStringList columns;
        for (int i = 0; i < m_columns.size(); ++i)
            columns << tr("Column %1: %2").arg(i + 1).arg(m_columns[i]->model());
        QMessageBox box(QMessageBox::Question, tr("Make Preference Row"),
                        tr("Which answer is better? It becomes the preferred output; each other column's answer "
                           "becomes a non-preferred one.") +
                            QStringLiteral("\n\n") + columns.join(QLatin1Char('\n')),
                        QMessageBox::Cancel, this);
        QList<QAbstractButton*> choices;
        for (int i = 0; i < m_columns.size(); ++i) {
            choices << box.addButton(tr("Column &%1").arg(i + 1), QMessageBox::AcceptRole);
            choices.back()->setToolTip(columns.at(i));
        }
        box.exec();
        const int chosen = int(choices.indexOf(box.clickedButton()));
        if (chosen >= 0)
            makePreferenceRows(chosen);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportConversation(currentConversation()); });
    connect(m_form, &ChatParametersForm::changed, this, [this] {
        m_conversation->setSystemPrompt(m_form->systemPrompt());
        m_conversation->setParameters(m_form->parameters());
    });
    connect(m_list, &ConversationList::openRequested, this, [this](const QString& id) {
        if (id != m_conversation->id())
            openConversation(id);
    });
    connect(m_list, &ConversationList::newRequested, this, &PlaygroundPane::newConversation);
    connect(m_list, &ConversationList::renamed, m_conversation, &CompareSession::renamed);
    connect(m_list, &ConversationList::removed, this, [this](const QString& id) {
        const bool current = id == m_conversation->id();
        m_conversation->removed(id);
        if (current)
            showConversation();
    });
    connect(m_list, &ConversationList::exportRequested, this, [this](const QString& id) {
        if (id == m_conversation->id()) {
            exportConversation(currentConversation());
        } else if (const Result<Conversation> c = m_conversation->store().load(id)) {
            exportConversation(*c);
        } else {
            Dialogs::warning(this, tr("Export Conversation"), c.error().message);
        }
    });
    connect(m_api->profiles(), &ConnectionProfiles::changed, this, [this] {
        // A URL or key changed: the model lists read before may be another server's.
        for (ChatColumn* c : m_columns)
            c->reloadProfiles();
        refreshModels();
    });

    // A chat not begun yet goes to the active connection (the status bar's choice, e.g. the demo).
    connect(m_api->profiles(), &ConnectionProfiles::activeChanged, this, [this](const QString& id) {
        for (ChatColumn* c : m_columns)
            if (c->session()->messages().isEmpty() && !c->session()->isStreaming() && c->profileId() != id)
                c->setModel(id, QString());
    });

    m_conversation->setSystemPrompt(m_form->systemPrompt());
    m_conversation->setParameters(m_form->parameters());
    onColumnAdded(0);
    newConversation();
}

PlaygroundPane::~PlaygroundPane() = default; // the CompareSession saves what is pending

ChatColumn* PlaygroundPane::addColumn()
{
    const int index = m_conversation->addColumn();
    return index < 0 ? nullptr : m_columns.value(index);
}

void PlaygroundPane::onColumnAdded(int index)
{
    auto* column = new ChatColumn(m_api, m_models, m_conversation->session(index), this);
    const CompareSession::Column& settings = m_conversation->column(index);
    column->setModel(settings.profileId, settings.model);
    column->setVaried(settings.variedParameter, settings.variedValue);
    m_columns.insert(index, column);
    connect(column, &ChatColumn::actionRequested, this, [this, column](ChatTranscriptView::Action a, int i) {
        performAction(int(m_columns.indexOf(column)), a, i);
    });
    connect(column, &ChatColumn::closeRequested, this,
            [this, column] { removeColumn(int(m_columns.indexOf(column))); });
    connect(column, &ChatColumn::settingsChanged, this, [this, column] {
        const int i = int(m_columns.indexOf(column));
        m_conversation->setColumnModel(i, column->profileId(), column->model());
        m_conversation->setColumnVaried(i, column->variedParameter(), column->variedValue());
    });
    connect(column, &ChatColumn::conversationChanged, this, &PlaygroundPane::updateButtons);
    connect(column, &ChatColumn::requestSent, this, &PlaygroundPane::requestSent);
    m_columnSplitter->insertWidget(index, column);
    column->transcript()->sync(m_conversation->session(index)->messages(),
                               m_conversation->session(index)->isStreaming());
    rebuildLayout();
    // Ctrl+3 lands in the message box (it landed in the conversation filter, 19 Tabs away). A
    // named control rather than a focus proxy: a proxy inside the pane trapped Tab in a loop.
    setProperty("tdFirstFocus", m_input->objectName());
}

void PlaygroundPane::removeColumn(int i)
{
    m_conversation->removeColumn(i);
}

void PlaygroundPane::onColumnRemoved(int i)
{
    ChatColumn* column = m_columns.takeAt(i);
    column->deleteLater();
    column->hide();
    rebuildLayout();
}

void PlaygroundPane::equalizeColumns()
{
    // Columns (and the dataset's answer, when shown) share the width equally.
    const int shown = int(m_columns.size()) + (m_referenceBox->isVisibleTo(this) ? 1 : 0);
    const int available = m_columnsScroll->viewport()->width();
    const int width = std::max(available, 600) / shown;
    QList<int> sizes(int(m_columns.size()), width);
    sizes << (m_referenceBox->isVisibleTo(this) ? width : 0);
    m_columnSplitter->setSizes(sizes);
}

void PlaygroundPane::rebuildLayout()
{
    const bool compare = m_columns.size() > 1;
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns[i]->setCompareMode(compare);
        // Side by side, a screen reader tells the columns' buttons apart ("Copy answer 2 in column 2").
        m_columns[i]->transcript()->setOwnerName(compare ? tr("column %1").arg(i + 1) : QString());
        m_columns[i]->setNumber(compare ? i + 1 : 0);
    }
    m_columnSplitter->addWidget(m_referenceBox); // always last
    equalizeColumns();
    m_compare->setEnabled(m_columns.size() < kMaxColumns);
    updateButtons();
}

ChatSession* PlaygroundPane::session() const
{
    return m_columns.front()->session();
}

QString PlaygroundPane::model() const
{
    return m_columns.front()->model();
}

QString PlaygroundPane::transcript() const
{
    return m_columns.front()->transcript()->toPlainText();
}

QString PlaygroundPane::statusText() const
{
    return m_status->text();
}

QString PlaygroundPane::referenceText() const
{
    return m_conversation->reference().isEmpty() ? QString() : m_reference->toPlainText();
}

void PlaygroundPane::setStatus(const QString& text)
{
    m_status->setText(text);
}

void PlaygroundPane::openModel(const QString& profileId, const QString& model)
{
    newConversation();
    m_columns.front()->setModel(profileId, model);
    m_input->setFocus();
}

void PlaygroundPane::refreshModels()
{
    for (ChatColumn* c : m_columns)
        c->refreshModels();
}

void PlaygroundPane::send(const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    const int editing = m_editing;
    // The text stays in the box when no column can take it.
    const bool anyReady = std::any_of(m_columns.begin(), m_columns.end(), [](ChatColumn* c) {
        return !c->session()->isStreaming() && !c->model().isEmpty();
    });
    if (!anyReady) {
        setStatus(m_columns.front()->model().isEmpty() ? tr("Choose a model first.")
                                                       : tr("Wait for the answer, or stop it (Esc)."));
        return;
    }
    QStringList withoutModel;
    for (int i = 0; i < m_columns.size(); ++i) {
        ChatColumn* c = m_columns[i];
        if (c->session()->isStreaming())
            continue;
        if (c->model().isEmpty()) // run() says so in the column; the pane says it below
            withoutModel << QLocale().toString(i + 1);
        if (editing >= 0)
            c->run(m_form->systemPrompt(), m_form->parameters(),
                   [editing, text](ChatSession* s) { s->resendFrom(editing, text); });
        else
            c->run(m_form->systemPrompt(), m_form->parameters(), [text](ChatSession* s) { s->send(text); });
    }
    m_input->clear();
    cancelEdit();
    // A column left out is said, not skipped in silence (it looked as if it had not answered yet).
    setStatus(withoutModel.isEmpty() ? QString()
                                     : tr("Column %1 has no model and was left out: choose one there to compare.",
                                          nullptr, int(withoutModel.size()))
                                           .arg(withoutModel.join(QStringLiteral(", "))));
    updateButtons();
}

void PlaygroundPane::stop()
{
    for (ChatColumn* c : m_columns)
        c->session()->stop();
}

void PlaygroundPane::editMessage(int index)
{
    const auto& messages = session()->messages();
    if (index < 0 || index >= messages.size() || !messages[index].isUser())
        return;
    m_editing = index;
    m_input->setPlainText(messages[index].content);
    m_editBanner->setText(tr("Editing message %1: Send replaces it and asks again from there in every column; "
                             "Esc cancels.")
                              .arg(index + 1));
    m_editBanner->setVisible(true);
    m_input->setFocus();
}

void PlaygroundPane::cancelEdit()
{
    if (m_editing < 0)
        return;
    m_editing = -1;
    m_editBanner->setVisible(false);
}

void PlaygroundPane::performAction(int columnIndex, ChatTranscriptView::Action action, int index)
{
    ChatColumn* column = m_columns.value(columnIndex);
    if (!column)
        return;
    ChatSession* s = column->session();
    if (index < 0 || index >= s->messages().size())
        return;
    const ChatMessage message = s->messages().at(index);
    switch (action) {
    case ChatTranscriptView::Action::Copy:
        QApplication::clipboard()->setText(message.content);
        setStatus(tr("Copied."));
        break;
    case ChatTranscriptView::Action::Edit:
        if (message.isUser()) {
            editMessage(index);
        } else {
            bool ok = false;
            const QString text = QInputDialog::getMultiLineText(
                this, tr("Edit Answer"), tr("Correct the answer (for example before adding it to the dataset):"),
                message.content, &ok);
            if (ok)
                s->editMessage(index, text);
        }
        break;
    case ChatTranscriptView::Action::Delete:
        s->removeMessage(index);
        break;
    case ChatTranscriptView::Action::Regenerate:
        column->run(m_form->systemPrompt(), m_form->parameters(), [](ChatSession* session) { session->regenerate(); });
        break;
    }
    updateButtons();
}

void PlaygroundPane::updateButtons()
{
    bool streaming = false;
    bool anyAnswer = false;
    for (ChatColumn* c : m_columns) {
        streaming = streaming || c->session()->isStreaming();
        for (const ChatMessage& m : c->session()->messages())
            anyAnswer = anyAnswer || (m.isAssistant() && !m.content.isEmpty());
    }
    m_stop->setEnabled(streaming);
    m_addToDataset->setEnabled(anyAnswer && !streaming);
    m_preference->setEnabled(!streaming && canMakePreferenceRows());
}

bool PlaygroundPane::tryRow(const QByteArray& row, int answerIndex, const QString& source)
{
    const Result<TrainingRows::RowConversation> r = TrainingRows::fromRow(row, answerIndex);
    if (!r) {
        setStatus(r.error().message);
        Dialogs::information(this, tr("Try in Playground"), r.error().message);
        return false;
    }
    // A new conversation in the same columns: the models being compared stay.
    const QString model = m_columns.front()->model();
    m_conversation->newConversation(true);
    m_conversation->setSystemPrompt(r->system);
    m_conversation->setReference(r->reference, source);
    showConversation();
    QTimer::singleShot(0, this, &PlaygroundPane::equalizeColumns); // once the splitter has seen it shown
    for (ChatColumn* c : m_columns) {
        c->session()->setMessages(r->messages);
        c->run(m_form->systemPrompt(), m_form->parameters(), [](ChatSession* s) { s->generate(); });
    }
    if (model.isEmpty())
        setStatus(tr("Choose a model, then Regenerate to compare its answer with the dataset's."));
    m_conversation->scheduleSave();
    m_input->setFocus(Qt::OtherFocusReason); // to follow up at once (it was the title filter)
    return true;
}

bool PlaygroundPane::addToDataset(int columnIndex)
{
    ChatColumn* column = m_columns.value(columnIndex);
    if (!column || column->session()->isStreaming() || column->session()->messages().isEmpty())
        return false;
    emit rowsForDataset({TrainingRows::conversationRow(m_form->systemPrompt(), column->session()->messages())},
                        tr("Add Conversation from Playground"));
    setStatus(tr("Added to the dataset as a new row."));
    return true;
}

bool PlaygroundPane::canMakePreferenceRows() const
{
    if (m_columns.size() < 2)
        return false;
    QList<ChatMessage> prompt;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QList<ChatMessage>& m = m_columns[i]->session()->messages();
        if (m.size() < 2 || !m.back().isAssistant() || m.back().incomplete || m.back().content.isEmpty())
            return false;
        // Both answers must reply to the same question.
        if (i > 0 && m.at(m.size() - 2).content != prompt.back().content)
            return false;
        if (i == 0)
            prompt = m.mid(0, m.size() - 1);
    }
    return true;
}

bool PlaygroundPane::makePreferenceRows(int preferred)
{
    if (!canMakePreferenceRows() || preferred < 0 || preferred >= m_columns.size())
        return false;
    const QList<ChatMessage>& chosen = m_columns[preferred]->session()->messages();
    const QList<ChatMessage> prompt = chosen.mid(0, chosen.size() - 1);
    QList<QByteArray> rows;
    for (int i = 0; i < m_columns.size(); ++i)
        if (i != preferred)
            rows << TrainingRows::preferenceRow(m_form->systemPrompt(), prompt, chosen.back().content,
                                                m_columns[i]->session()->messages().back().content);
    // The dataset says whether they were added (it asks first when its rows have another format).
    emit rowsForDataset(rows, tr("Add Preference Row from Playground"));
    return true;
}

Conversation PlaygroundPane::currentConversation() const
{
    return m_conversation->conversation();
}

void PlaygroundPane::newConversation()
{
    setStatus(QString()); // "Column 4 was left out" stayed after New Chat
    m_conversation->newConversation(false);
    showConversation();
}

void PlaygroundPane::showConversation()
{
    const Conversation c = m_conversation->conversation();
    {
        // Loading settings into the widgets is not a change of them.
        const QSignalBlocker blockForm(m_form);
        m_form->setSystemPrompt(c.system);
        m_form->setParameters(c.parameters);
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        const CompareSession::Column& col = m_conversation->column(i);
        const QSignalBlocker block(m_columns[i]);
        m_columns[i]->setModel(col.profileId, col.model);
        m_columns[i]->setVaried(col.variedParameter, col.variedValue);
        m_columns[i]->transcript()->sync(col.session->messages(), col.session->isStreaming());
        // This conversation's figures (another chat's stayed when one was opened).
        m_columns[i]->showAnswerFigures();
    }
    m_reference->setMarkdown(c.reference);
    m_referenceTitle->setText(tr("<b>Dataset answer</b> (%1)").arg(c.referenceSource.toHtmlEscaped()));
    m_referenceBox->setVisible(!c.reference.isEmpty());
    if (c.reference.isEmpty())
        m_reference->clear();
    equalizeColumns();
    cancelEdit();
    m_list->setCurrent(c.id);
    updateButtons();
}

bool PlaygroundPane::openConversation(const QString& id)
{
    if (const Result<void> r = m_conversation->open(id); !r) {
        Dialogs::warning(this, tr("Open Conversation"), r.error().message);
        return false;
    }
    showConversation();
    return true;
}

void PlaygroundPane::saveNow()
{
    if (const Result<void> r = m_conversation->saveNow(); !r)
        setStatus(r.error().message);
}

void PlaygroundPane::exportConversation(const Conversation& c)
{
    if (c.isEmpty()) {
        setStatus(tr("Nothing to export yet."));
        return;
    }
    const QString title = c.title.isEmpty() ? c.suggestedTitle() : c.title;
    QString name = title.left(40);
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    const QString path = Dialogs::saveFileName(this, tr("Export Conversation"), name + QStringLiteral(".md"),
                                               tr("Markdown (*.md);;JSONL training row (*.jsonl)"));
    if (path.isEmpty())
        return;
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)) {
        for (const Conversation::Column& col : c.columns)
            if (!col.messages.isEmpty())
                bytes += TrainingRows::conversationRow(c.system, col.messages) + '\n';
    } else {
        bytes = c.toMarkdown().toUtf8();
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        Dialogs::warning(this, tr("Export Conversation"), tr("%1 could not be written: %2").arg(path, f.errorString()));
        return;
    }
    setStatus(tr("Exported to %1.").arg(path));
}

} // namespace td
