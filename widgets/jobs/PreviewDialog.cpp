#include "widgets/jobs/PreviewDialog.h"

#include "core/Worker.h"
#include "jobs/JobLauncher.h"
#include "jobs/TokenPreview.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/RowTokenCounter.h"
#include "widgets/jobs/PreviewView.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

PreviewDialog::PreviewDialog(const TogetherClient& client, const QString& model, const QString& fileId,
                             const QString& localPath, FineTuneRequest::TrainOnInputs trainOnInputs, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(model)
    , m_fileId(fileId)
    , m_localPath(localPath)
    , m_trainOnInputs(trainOnInputs)
    , m_rows(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Preview"), this))
    , m_status(new QLabel(this))
    , m_view(new PreviewView(this))
{
    setWindowTitle(tr("Preview on Together"));
    m_rows->setRange(1, 100);
    m_rows->setValue(5);
    m_rows->setAccessibleName(tr("Rows to preview"));
    m_rows->setToolTip(tr("How many rows from the start of the training file Together tokenizes"));
    auto* rowsLabel = new QLabel(tr("&Rows:"), this);
    rowsLabel->setBuddy(m_rows);
    m_run->setAccessibleName(tr("Preview on Together"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Preview status"));
    auto* top = new QHBoxLayout;
    top->addWidget(rowsLabel);
    top->addWidget(m_rows);
    top->addWidget(m_run);
    top->addWidget(m_status, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 680);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &PreviewDialog::run);
}

QString PreviewDialog::status() const
{
    return m_status->text();
}

void PreviewDialog::run()
{
    if (m_model.isEmpty()) {
        m_status->setText(tr("Choose a model first."));
        return;
    }
    if (!m_fileId.isEmpty()) {
        request();
        return;
    }
    if (!QFileInfo(m_localPath).isFile()) {
        m_status->setText(tr("Choose the training data first."));
        return;
    }
    // The upload the launch would make (JobLauncher): an unchanged earlier upload is reused.
    if (!m_launcher) {
        m_launcher = new JobLauncher(m_client, this);
        connect(m_launcher, &JobLauncher::stage, m_status, &QLabel::setText);
        connect(m_launcher, &JobLauncher::failed, this, [this](JobLauncher::Failure, const QString& message) {
            m_status->setText(message);
            m_run->setEnabled(true);
        });
        connect(m_launcher, &JobLauncher::fileReady, this, [this](const QString& path, const QString& id, bool, bool) {
            m_fileId = id;
            emit fileUploaded(path, id);
        });
        connect(m_launcher, &JobLauncher::dataReady, this, &PreviewDialog::request);
    }
    m_run->setEnabled(false);
    JobLauncher::Data data;
    data.trainingPath = m_localPath;
    m_launcher->prepareData(FineTuneRequest(), data);
}

void PreviewDialog::request()
{
    PreviewRequest r;
    r.model = m_model;
    r.trainingFile = m_fileId;
    r.topK = m_rows->value();
    if (m_trainOnInputs != FineTuneRequest::TrainOnInputs::Auto)
        r.trainOnInputs = m_trainOnInputs == FineTuneRequest::TrainOnInputs::Yes;
    m_run->setEnabled(false);
    m_status->setText(tr("Asking Together to tokenize %n row(s)…", nullptr, r.topK));
    const int rows = r.topK;
    m_request = m_client.previewFineTune(r, this, [this, rows](const ApiResult<FineTunePreview>& answer) {
        m_run->setEnabled(true);
        if (const auto* e = std::get_if<ApiError>(&answer)) {
            m_status->setText(tr("Together could not preview the data: %1").arg(e->explanation()));
            return;
        }
        QList<QByteArray> local;
        if (QFileInfo(m_localPath).isFile()) {
            if (auto read = TokenPreview::readFirstRows(m_localPath, rows))
                local = *read;
        }
        const QString source = m_localPath.isEmpty() ? m_fileId : QFileInfo(m_localPath).fileName();
        if (m_tokenizerDir.isEmpty() || local.isEmpty()) {
            showPreview(TokenPreview::build(std::get<FineTunePreview>(answer), local, m_trainOnInputs), source);
            return;
        }
        // TuneDesk's exact count of the same rows beside Together's: the tokenizer is read on a
        // worker (a large tokenizer.json takes a moment).
        m_status->setText(tr("Counting the same rows with %1…").arg(QDir::toNativeSeparators(m_tokenizerDir)));
        const quint64 generation = ++m_countGeneration;
        m_counting.removeIf([](const QFuture<std::pair<TokenPreview, QString>>& f) { return f.isFinished(); });
        m_counting << runInBackground(
            this,
            [dir = m_tokenizerDir, preview = std::get<FineTunePreview>(answer), local, inputs = m_trainOnInputs] {
                auto tokenizer = Tokenizer::load(dir);
                TokenCountSettings settings;
                settings.trainOnInputs = inputs == FineTuneRequest::TrainOnInputs::Yes;
                auto counter = tokenizer ? RowTokenCounter::create(*tokenizer, settings)
                                         : Result<RowTokenCounter>(tokenizer.error());
                if (!counter)
                    return std::make_pair(TokenPreview::build(preview, local, inputs), counter.error().message);
                return std::make_pair(TokenPreview::build(preview, local, inputs, &*counter, tokenizer->describe()),
                                      QString());
            },
            [this, source, generation](const std::pair<TokenPreview, QString>& built) {
                if (generation != m_countGeneration)
                    return; // the rows were asked for again meanwhile
                showPreview(built.first, source);
                if (!built.second.isEmpty())
                    m_status->setText(m_status->text() + QLatin1Char(' ') +
                                      tr("The tokenizer could not count them: %1").arg(built.second));
            });
    });
}

void PreviewDialog::showPreview(const TokenPreview& preview, const QString& source)
{
    m_view->setPreview(preview);
    m_status->setText(tr("Together's own tokens for the first rows of %1.").arg(source));
    m_view->rowList()->setFocus();
}

void PreviewDialog::setTokenizerDir(const QString& dir)
{
    m_tokenizerDir = dir;
}

PreviewDialog::~PreviewDialog()
{
    for (auto& f : m_counting)
        f.waitForFinished();
}

} // namespace td
