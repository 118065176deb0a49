#include "widgets/eval/EvalRunDialog.h"

#include "api/client/ModelCatalog.h"
#include "api/connection/ApiContext.h"
#include "api/connection/ConnectionProfiles.h"
#include "eval/EvalRows.h"
#include "eval/EvalStore.h"
#include "playground/ModelDirectory.h"
#include "query/DatasetSplit.h"
#include "widgets/eval/EvalConnections.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

EvalRunDialog::EvalRunDialog(ApiContext* api, Source source, const QList<EvalModel>& models, QWidget* parent,
                             const QString& evalRoot)
    : QDialog(parent)
    , m_api(api)
    , m_directory(new ModelDirectory(this))
    , m_source(std::move(source))
    , m_root(evalRoot.isEmpty() ? EvalStore::defaultRoot() : evalRoot)
{
    setObjectName(QStringLiteral("evalRunDialog"));
    setWindowTitle(tr("New Evaluation"));
    connect(m_directory, &ModelDirectory::loaded, this, &EvalRunDialog::fillModels);
    // A model list that arrives after Estimate brings its live prices into it.
    connect(m_directory, &ModelDirectory::loaded, this, [this] {
        if (!m_lastEstimate)
            return;
        const auto serving = m_lastEstimate->models;
        m_lastEstimate = EvalEstimate::of(definition(), m_rows, catalog());
        for (int i = 0; i < serving.size() && i < m_lastEstimate->models.size(); ++i)
            m_lastEstimate->models[i].serving = serving[i].serving;
        showEstimate();
    });
    auto* layout = new QVBoxLayout(this);

    auto* top = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("evalName"));
    m_name->setText(tr("Evaluation of %1").arg(QFileInfo(m_source.datasetPath).fileName()));
    top->addRow(tr("&Name:"), m_name);
    auto* dataset = new QLabel(
        m_source.unsavedEdits ? tr("%1 (as saved: unsaved edits are not part of the run)").arg(m_source.datasetPath)
                              : m_source.datasetPath,
        this);
    dataset->setWordWrap(true);
    dataset->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addRow(tr("Dataset:"), dataset);
    layout->addLayout(top);

    // Rows.
    auto* rowsBox = new QGroupBox(tr("Rows"), this);
    auto* rowsLayout = new QGridLayout(rowsBox);
    m_rowsGroup = new QButtonGroup(this);
    auto radio = [&](RowsMode mode, const QString& text, int line, bool enabled) {
        auto* b = new QRadioButton(text, rowsBox);
        b->setObjectName(QStringLiteral("evalRows%1").arg(int(mode)));
        b->setEnabled(enabled);
        m_rowsGroup->addButton(b, int(mode));
        rowsLayout->addWidget(b, line, 0);
        return b;
    };
    radio(RowsMode::All, tr("&All %n row(s)", nullptr, int(m_source.rowCount)), 0, true);
    radio(RowsMode::Validation, tr("The &validation split (as Export splits, same share and seed)"), 1, true);
    m_validationShare = new QDoubleSpinBox(rowsBox);
    m_validationShare->setObjectName(QStringLiteral("evalValidationShare"));
    m_validationShare->setAccessibleName(tr("Validation share"));
    m_validationShare->setRange(0.01, 0.5);
    m_validationShare->setSingleStep(0.05);
    m_validationShare->setValue(0.1);
    rowsLayout->addWidget(m_validationShare, 1, 1);
    radio(RowsMode::Selection, tr("The se&lection (%n row(s))", nullptr, int(m_source.selection.size())), 2,
          !m_source.selection.empty());
    radio(RowsMode::Filter,
          m_source.filter ? tr("The &filter's result (%n row(s))", nullptr, int(m_source.filter->size()))
                          : tr("The &filter's result (no filter is on)"),
          3, m_source.filter && !m_source.filter->empty());
    radio(RowsMode::Sample, tr("Sam&ple"), 4, true);
    m_sample = new QSpinBox(rowsBox);
    m_sample->setObjectName(QStringLiteral("evalSampleCount"));
    m_sample->setAccessibleName(tr("Rows to sample"));
    m_sample->setRange(1, 1000000);
    m_sample->setValue(int(std::min<qint64>(200, std::max<qint64>(1, m_source.rowCount))));
    m_sample->setSuffix(tr(" rows"));
    rowsLayout->addWidget(m_sample, 4, 1);
    m_sampleSeed = new QSpinBox(rowsBox);
    m_sampleSeed->setObjectName(QStringLiteral("evalSampleSeed"));
    m_sampleSeed->setAccessibleName(tr("Sample and split seed"));
    m_sampleSeed->setRange(0, 1 << 30);
    m_sampleSeed->setValue(42);
    m_sampleSeed->setPrefix(tr("seed "));
    rowsLayout->addWidget(m_sampleSeed, 4, 2);
    m_rowsGroup
        ->button(
            int(!m_source.selection.empty() && m_source.selection.size() > 1 ? RowsMode::Selection : RowsMode::All))
        ->setChecked(true);
    layout->addWidget(rowsBox);

    // Models.
    auto* modelsBox = new QGroupBox(tr("Models (two to four; the same parameters and seed for each)"), this);
    auto* modelsLayout = new QVBoxLayout(modelsBox);
    m_modelGrid = new QGridLayout;
    modelsLayout->addLayout(m_modelGrid);
    m_addModel = new QPushButton(tr("Add a &Model"), modelsBox);
    m_addModel->setObjectName(QStringLiteral("evalAddModel"));
    connect(m_addModel, &QPushButton::clicked, this, [this] { addModelRow(EvalModel{}); });
    auto* candidateRow = new QHBoxLayout;
    m_candidate = new QComboBox(modelsBox);
    m_candidate->setObjectName(QStringLiteral("evalCandidate"));
    m_candidate->setAccessibleName(tr("The fine-tune being judged"));
    auto* candidateLabel = new QLabel(tr("The fine-tune &being judged:"), modelsBox);
    candidateLabel->setBuddy(m_candidate);
    candidateRow->addWidget(candidateLabel);
    candidateRow->addWidget(m_candidate, 1);
    candidateRow->addWidget(m_addModel);
    modelsLayout->addLayout(candidateRow);
    layout->addWidget(modelsBox);
    for (const EvalModel& m : models)
        addModelRow(m);
    while (m_models.size() < EvalDefinition::kMinModels)
        addModelRow(EvalModel{});
    m_candidate->setCurrentIndex(std::min<int>(1, int(m_models.size()) - 1));

    // Parameters and the answer position.
    auto* params = new QGroupBox(tr("Parameters"), this);
    auto* form = new QFormLayout(params);
    m_temperature = new QDoubleSpinBox(params);
    m_temperature->setObjectName(QStringLiteral("evalTemperature"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0);
    form->addRow(tr("&Temperature:"), m_temperature);
    m_maxTokens = new QSpinBox(params);
    m_maxTokens->setObjectName(QStringLiteral("evalMaxTokens"));
    m_maxTokens->setRange(1, 131072);
    m_maxTokens->setValue(512);
    form->addRow(tr("Ma&x tokens:"), m_maxTokens);
    m_seed = new QSpinBox(params);
    m_seed->setObjectName(QStringLiteral("evalSeed"));
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(42);
    form->addRow(tr("Seed (every model):"), m_seed);
    m_concurrency = new QSpinBox(params);
    m_concurrency->setObjectName(QStringLiteral("evalConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(8);
    form->addRow(tr("At most in flight per model:"), m_concurrency);
    auto* position = new QHBoxLayout;
    m_position = new QComboBox(params);
    m_position->setObjectName(QStringLiteral("evalAnswerPosition"));
    m_position->setAccessibleName(tr("Answer position"));
    m_position->addItems({tr("Before the last assistant message"), tr("Before the assistant message at index")});
    m_answerIndex = new QSpinBox(params);
    m_answerIndex->setObjectName(QStringLiteral("evalAnswerIndex"));
    m_answerIndex->setAccessibleName(tr("Message index of the answer"));
    m_answerIndex->setRange(1, 10000);
    m_answerIndex->setEnabled(false);
    connect(m_position, &QComboBox::currentIndexChanged, this, [this](int i) { m_answerIndex->setEnabled(i == 1); });
    position->addWidget(m_position, 1);
    position->addWidget(m_answerIndex);
    // A form row whose field is a layout gets no buddy by itself: the mnemonic needs one.
    auto* positionLabel = new QLabel(tr("Answer p&osition:"), params);
    positionLabel->setBuddy(m_position);
    form->addRow(positionLabel, position);
    layout->addWidget(params);

    // The estimate, then Start.
    m_estimate = new QPlainTextEdit(this);
    m_estimate->setObjectName(QStringLiteral("evalEstimate"));
    m_estimate->setAccessibleName(tr("What the run will ask and cost"));
    m_estimate->setReadOnly(true);
    m_estimate->setMaximumHeight(150);
    m_estimate->setPlaceholderText(tr("Estimate shows the requests, tokens and cost per model before anything is "
                                      "asked."));
    layout->addWidget(m_estimate);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("evalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_estimateButton = buttons->addButton(tr("&Estimate"), QDialogButtonBox::ActionRole);
    m_estimateButton->setObjectName(QStringLiteral("evalEstimateButton"));
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("evalStart"));
    m_start->setEnabled(false);
    // Neither button is the default: Return in a field must not start a paid run.
    m_start->setAutoDefault(false);
    m_estimateButton->setAutoDefault(false);
    connect(m_estimateButton, &QPushButton::clicked, this, &EvalRunDialog::estimate);
    connect(m_start, &QPushButton::clicked, this, &EvalRunDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Whatever changes makes the estimate stale: Start waits for a new one.
    connect(m_rowsGroup, &QButtonGroup::idClicked, this, &EvalRunDialog::invalidate);
    for (QSpinBox* s : {m_sample, m_sampleSeed, m_maxTokens, m_seed, m_answerIndex, m_concurrency})
        connect(s, &QSpinBox::valueChanged, this, &EvalRunDialog::invalidate);
    for (QDoubleSpinBox* s : {m_temperature, m_validationShare})
        connect(s, &QDoubleSpinBox::valueChanged, this, &EvalRunDialog::invalidate);
    connect(m_position, &QComboBox::currentIndexChanged, this, &EvalRunDialog::invalidate);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, &EvalRunDialog::invalidate);
    resize(760, sizeHint().height());
}

void EvalRunDialog::addModelRow(const EvalModel& m)
{
    if (m_models.size() >= EvalDefinition::kMaxModels)
        return;
    const int line = int(m_models.size());
    auto* label = new QLabel(tr("Model &%1:").arg(line + 1), this);
    ModelRow r;
    r.profile = new QComboBox(this);
    r.profile->setObjectName(QStringLiteral("evalProfile%1").arg(line));
    r.profile->setAccessibleName(tr("Connection of model %1").arg(line + 1));
    for (const ConnectionProfile& p : m_api->profiles()->profiles())
        r.profile->addItem(p.name, p.id);
    // A row the caller left empty is on the active connection (the status bar's, e.g. the demo).
    const QString profileId = m.model.isEmpty() ? m_api->profiles()->activeId() : m.profileId;
    r.profile->setCurrentIndex(std::max(0, r.profile->findData(profileId)));
    r.model = new QComboBox(this);
    r.model->setEditable(true);
    r.model->setObjectName(QStringLiteral("evalModel%1").arg(line));
    r.model->setAccessibleName(tr("Model %1").arg(line + 1));
    r.model->setMinimumContentsLength(40);
    r.model->lineEdit()->setAccessibleName(tr("Model %1").arg(line + 1));
    r.model->setCurrentText(m.model);
    // The row's label names its first control, the connection: on Linux Qt names a combo box by
    // its current text and leaves the rest to the label relation, so the connection box read as
    // "Demo (local emulator)" with nothing saying which model it was for. The model's own field
    // is named "Model N".
    label->setBuddy(r.profile);
    r.v2 = new QCheckBox(tr("v2 deployment"), this);
    r.v2->setObjectName(QStringLiteral("evalV2%1").arg(line));
    r.v2->setToolTip(tr("A dedicated endpoint v2 or one of its deployments: asked on the inference host."));
    r.v2->setChecked(m.dedicatedV2);
    r.v2->setAccessibleName(tr("Model %1 is a v2 deployment").arg(line + 1));
    r.batch = new QCheckBox(tr("Batch API"), this);
    r.batch->setObjectName(QStringLiteral("evalBatch%1").arg(line));
    r.batch->setToolTip(tr("Ask this model through Together's Batch API: cheaper, and the answers come together when "
                           "the batch ends (within Together's 24-hour window). A serverless model of a Together "
                           "connection only."));
    r.batch->setChecked(m.viaBatch);
    r.batch->setAccessibleName(tr("Ask model %1 through the Batch API").arg(line + 1));
    // Tab goes through the model rows in order, then to the choice of fine-tune and Add a Model
    // (created before the rows, they came first).
    QWidget* before = m_models.isEmpty() ? static_cast<QWidget*>(m_sampleSeed) : m_models.back().batch;
    QWidget::setTabOrder(before, r.profile);
    QWidget::setTabOrder(r.profile, r.model);
    QWidget::setTabOrder(r.model, r.v2);
    QWidget::setTabOrder(r.v2, r.batch);
    QWidget::setTabOrder(r.batch, m_candidate);
    QWidget::setTabOrder(m_candidate, m_addModel);
    m_modelGrid->addWidget(label, line, 0);
    m_modelGrid->addWidget(r.profile, line, 1);
    m_modelGrid->addWidget(r.model, line, 2);
    m_modelGrid->addWidget(r.v2, line, 3);
    m_modelGrid->addWidget(r.batch, line, 4);
    m_models.append(r);
    m_candidate->addItem(tr("Model %1").arg(line + 1));
    connect(r.model, &QComboBox::currentTextChanged, this, &EvalRunDialog::invalidate);
    connect(r.profile, &QComboBox::currentIndexChanged, this, &EvalRunDialog::invalidate);
    connect(r.profile, &QComboBox::currentIndexChanged, this, [this, line] { loadModels(line); });
    connect(r.v2, &QCheckBox::toggled, this, &EvalRunDialog::invalidate);
    connect(r.batch, &QCheckBox::toggled, this, &EvalRunDialog::invalidate);
    connect(r.profile, &QComboBox::currentIndexChanged, this, [this, line] { updateBatchChoice(line); });
    connect(r.v2, &QCheckBox::toggled, this, [this, line] { updateBatchChoice(line); });
    m_addModel->setEnabled(m_models.size() < EvalDefinition::kMaxModels);
    updateBatchChoice(line);
    invalidate();
    loadModels(line);
}

void EvalRunDialog::updateBatchChoice(int row)
{
    const ModelRow& r = m_models[row];
    const auto profile = m_api->profiles()->profile(r.profile->currentData().toString());
    EvalModel m;
    m.dedicatedV2 = r.v2->isChecked();
    const bool eligible = m.batchEligible(profile && profile->kind == ConnectionProfile::Kind::Together);
    r.batch->setEnabled(eligible);
    if (!eligible)
        r.batch->setChecked(false);
}

void EvalRunDialog::loadModels(int row)
{
    const QString id = m_models.value(row).profile->currentData().toString();
    if (m_directory->has(id)) {
        fillModels(id);
        return;
    }
    const auto profile = m_api->profiles()->profile(id);
    if (!profile)
        return;
    const bool together = profile->kind == ConnectionProfile::Kind::Together;
    // Without a connection the model stays a typed name; its field says why there is no list.
    m_api->profiles()->resolve(id, this, [this, id, together](const Result<Connection>& c, const QString&) {
        if (c) {
            m_directory->load(id, TogetherClient(m_api->transport(), *c), together);
            return;
        }
        // The list of the connection chosen before goes; what was typed stays.
        for (ModelRow& r : m_models) {
            if (r.profile->currentData().toString() != id)
                continue;
            const QString typed = r.model->currentText();
            const QSignalBlocker block(r.model);
            r.model->clear();
            r.model->setCurrentText(typed);
            r.model->lineEdit()->setPlaceholderText(tr("Type the model's name (no list: %1)").arg(c.error().message));
        }
    });
}

void EvalRunDialog::fillModels(const QString& profileId)
{
    const QList<ModelDirectory::Entry> entries = m_directory->entries(profileId);
    QStringList fineTunes, bases, models;
    for (const ModelDirectory::Entry& e : entries) {
        if (e.kind == ModelDirectory::Kind::FineTuneLora || e.kind == ModelDirectory::Kind::FineTuneFull) {
            fineTunes << e.id;
            bases << e.detail;
        } else if (e.kind == ModelDirectory::Kind::Model) {
            models << e.id;
        }
    }
    // The defaults: the newest fine-tune's base, the fine-tune, then further fine-tunes.
    QStringList defaults;
    if (!fineTunes.isEmpty() && !bases.front().isEmpty())
        defaults << bases.front();
    defaults << fineTunes << models;
    defaults.removeDuplicates();
    for (int i = 0; i < m_models.size(); ++i) {
        ModelRow& r = m_models[i];
        if (r.profile->currentData().toString() != profileId)
            continue;
        const QString current = r.model->currentText();
        {
            const QSignalBlocker block(r.model);
            r.model->clear();
            for (const ModelDirectory::Entry& e : entries) {
                r.model->addItem(e.id);
                if (!e.detail.isEmpty())
                    r.model->setItemData(r.model->count() - 1, e.detail, Qt::ToolTipRole);
            }
            r.model->setCurrentText(current);
        }
        if (current.trimmed().isEmpty() && i < defaults.size())
            r.model->setCurrentText(defaults.at(i));
    }
}

void EvalRunDialog::setModel(int i, const QString& profileId, const QString& model)
{
    while (m_models.size() <= i && m_models.size() < EvalDefinition::kMaxModels)
        addModelRow(EvalModel{});
    if (i >= m_models.size())
        return;
    m_models[i].profile->setCurrentIndex(std::max(0, m_models[i].profile->findData(profileId)));
    m_models[i].model->setCurrentText(model);
}

void EvalRunDialog::setRowsMode(RowsMode mode)
{
    if (auto* b = m_rowsGroup->button(int(mode)); b && b->isEnabled()) {
        b->setChecked(true);
        invalidate();
    }
}

void EvalRunDialog::setSampleCount(int n)
{
    m_sample->setValue(n);
}

QList<qint64> EvalRunDialog::chosenRows() const
{
    QList<qint64> out;
    switch (RowsMode(m_rowsGroup->checkedId())) {
    case RowsMode::Selection:
        out = QList<qint64>(m_source.selection.begin(), m_source.selection.end());
        break;
    case RowsMode::Filter:
        if (m_source.filter)
            out = QList<qint64>(m_source.filter->begin(), m_source.filter->end());
        break;
    case RowsMode::Validation: {
        std::vector<std::int64_t> all(std::size_t(m_source.rowCount));
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = std::int64_t(i);
        SplitPlan plan;
        plan.validationFraction = m_validationShare->value();
        plan.seed = std::uint64_t(m_sampleSeed->value());
        const std::vector<bool> validation = chooseValidationRows(all, plan);
        for (std::size_t i = 0; i < validation.size(); ++i)
            if (validation[i])
                out.append(qint64(i));
        break;
    }
    case RowsMode::All:
    case RowsMode::Sample:
        break;
    }
    return out;
}

EvalDefinition EvalRunDialog::definition() const
{
    EvalDefinition d;
    d.name = m_name->text().trimmed();
    d.datasetPath = m_source.datasetPath;
    const auto mode = RowsMode(m_rowsGroup->checkedId());
    if (mode == RowsMode::Sample) {
        d.rows.mode = EvalRowChoice::Mode::Sample;
        d.rows.sampleCount = m_sample->value();
        d.rows.sampleSeed = quint64(m_sampleSeed->value());
    } else if (mode != RowsMode::All) {
        d.rows.mode = EvalRowChoice::Mode::List;
        d.rows.rows = chosenRows();
    }
    for (const ModelRow& r : m_models) {
        EvalModel m;
        m.profileId = r.profile->currentData().toString();
        m.model = r.model->currentText().trimmed();
        m.dedicatedV2 = r.v2->isChecked();
        m.viaBatch = r.batch->isChecked();
        m.maxConcurrency = m_concurrency->value();
        d.models.append(m);
    }
    d.parameters.temperature = m_temperature->value();
    d.parameters.maxTokens = m_maxTokens->value();
    d.parameters.seed = m_seed->value();
    d.answerIndex = m_position->currentIndex() == 0 ? -1 : m_answerIndex->value();
    d.candidate = m_candidate->currentIndex();
    return d;
}

void EvalRunDialog::invalidate()
{
    ++m_generation;
    m_lastEstimate.reset();
    m_rows.clear();
    m_probeDone = false;
    if (m_error)
        m_error->hide(); // about the choices as they were
    if (m_start)
        m_start->setEnabled(false);
    if (m_estimate && !m_estimate->toPlainText().isEmpty())
        m_estimate->setPlainText(tr("(changed: Estimate again before starting)"));
}

void EvalRunDialog::estimate()
{
    const EvalDefinition d = definition();
    if (auto v = d.validate(); !v) {
        m_error->setText(v.error().message);
        m_error->show();
        return;
    }
    // The rows are read (streamed) from the file as saved; chosen rows only are kept.
    auto rows = EvalRows::read(d);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    const quint64 generation = ++m_generation;
    m_rows = *rows;
    m_lastEstimate = EvalEstimate::of(d, m_rows, catalog());
    m_probeDone = false;
    showEstimate();
    m_start->setEnabled(m_lastEstimate->models.value(0).requests > 0);
    // Whether each model answers: a warning, not a refusal (a v2 deployment may be starting).
    QStringList profiles;
    for (const EvalModel& m : d.models)
        profiles << m.profileId;
    resolveEvalConnections(
        m_api->profiles(), profiles, this, [this, d, generation](const Result<QHash<QString, Connection>>& c) {
            if (generation != m_generation)
                return;
            if (!c) {
                // Without a connection nothing can be asked: say so, and the run is not started
                // (it was saved and sat there "not started").
                m_probeDone = true;
                showEstimate();
                m_error->setText(c.error().message);
                m_error->show();
                m_start->setEnabled(false);
                return;
            }
            auto* probe = new EvalServingProbe(
                m_api->transport(), [map = *c](const EvalModel& m) { return map.value(m.profileId); }, this);
            connect(probe, &EvalServingProbe::decided, this,
                    [this, probe, generation](const QList<ServingVerdict>& verdicts) {
                        probe->deleteLater();
                        if (generation != m_generation || !m_lastEstimate)
                            return;
                        for (int i = 0; i < verdicts.size() && i < m_lastEstimate->models.size(); ++i)
                            m_lastEstimate->models[i].serving = verdicts[i];
                        m_probeDone = true;
                        showEstimate();
                    });
            probe->check(d);
        });
}

ModelCatalog EvalRunDialog::catalog() const
{
    // The bundled prices with each Together connection's live ones laid over (fine-tunes and
    // models newer than the bundle included).
    ModelCatalog c = ModelCatalog::bundled();
    QSet<QString> profiles;
    for (const ModelRow& r : m_models)
        profiles.insert(r.profile->currentData().toString());
    for (const QString& p : profiles)
        c.setLiveModels(m_directory->pricedModels(p));
    return c;
}

void EvalRunDialog::showEstimate()
{
    QString text = m_lastEstimate ? m_lastEstimate->text() : QString();
    if (m_lastEstimate && !m_probeDone)
        text += QLatin1Char('\n') + tr("Asking whether each model is served…");
    m_estimate->setPlainText(text);
}

QString EvalRunDialog::estimateText() const
{
    return m_estimate->toPlainText();
}

void EvalRunDialog::start()
{
    if (!m_lastEstimate)
        return;
    EvalDefinition d = definition();
    const auto id = EvalStore(m_root).create(d, m_rows);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_createdId = *id;
    accept();
}

} // namespace td
