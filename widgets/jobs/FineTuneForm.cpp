#include "widgets/jobs/FineTuneForm.h"

#include "widgets/common/Dialogs.h"
#include "widgets/common/Themed.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace td {

namespace {
// An optional value shown as its spin box's minimum ("server default").
template<typename Spin, typename T>
std::optional<T> optionalValue(const Spin* s)
{
    if (s->value() == s->minimum())
        return std::nullopt;
    return T(s->value());
}
} // namespace

QSpinBox* FineTuneForm::intField(const char* wire, int min, int max, int value, const QString& tip)
{
    auto* s = new QSpinBox(this);
    s->setRange(min, max);
    s->setValue(value);
    s->setToolTip(tip);
    s->setObjectName(QString::fromLatin1(wire));
    m_fields.insert(QString::fromLatin1(wire), s);
    connect(s, &QSpinBox::valueChanged, this, &FineTuneForm::revalidate);
    return s;
}

QDoubleSpinBox* FineTuneForm::realField(const char* wire, double min, double max, double value, int decimals,
                                        const QString& tip)
{
    auto* s = new QDoubleSpinBox(this);
    s->setDecimals(decimals);
    s->setRange(min, max);
    s->setValue(value);
    s->setToolTip(tip);
    s->setObjectName(QString::fromLatin1(wire));
    m_fields.insert(QString::fromLatin1(wire), s);
    connect(s, &QDoubleSpinBox::valueChanged, this, &FineTuneForm::revalidate);
    return s;
}

QLineEdit* FineTuneForm::textField(const char* wire, const QString& tip, bool secret)
{
    auto* e = new QLineEdit(this);
    e->setToolTip(tip);
    e->setObjectName(QString::fromLatin1(wire));
    if (secret)
        e->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_fields.insert(QString::fromLatin1(wire), e);
    connect(e, &QLineEdit::textChanged, this, &FineTuneForm::revalidate);
    return e;
}

void FineTuneForm::addRow(QFormLayout* form, const QString& label, const char* wire)
{
    QWidget* field = m_fields.value(QString::fromLatin1(wire));
    if (field == m_trainingFile || field == m_validationFile)
        form->addRow(label, dataRow(static_cast<QLineEdit*>(field), label));
    else
        form->addRow(label, field);
    auto* message = new QLabel(this);
    message->setWordWrap(true);
    themed::setTextRole(message, Theme::Role::ErrorText);
    message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    message->hide();
    form->addRow(QString(), message);
    m_messages.insert(QString::fromLatin1(wire), message);
}

FineTuneForm::FineTuneForm(QWidget* parent)
    : QWidget(parent)
{
    m_loading = true; // no checks until every field exists
    // Data and model
    m_trainingFile = textField("training_file", tr("A local file, uploaded and checked at launch, or the id of a "
                                                   "file uploaded before (file-…)."));
    m_trainingFile->setPlaceholderText(tr("A local file to upload, or an uploaded file's id (file-…)"));
    m_trainingFile->setAccessibleName(tr("Training data"));
    m_validationFile = textField("validation_file", tr("Optional: a local file or an uploaded file's id (file-…); "
                                                       "needed for evaluations."));
    m_validationFile->setPlaceholderText(tr("Optional: a local file or an uploaded file's id"));
    m_validationFile->setAccessibleName(tr("Validation data"));
    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->lineEdit()->setAccessibleName(tr("Model")); // the text field in the combo box
    m_model->setToolTip(tr("The base model to fine-tune (not with a checkpoint)."));
    m_fields.insert(QStringLiteral("model"), m_model);
    connect(m_model, &QComboBox::currentTextChanged, this, [this](const QString& m) {
        revalidate();
        if (!m_loading)
            emit modelChanged(m);
    });
    m_fromCheckpoint =
        textField("from_checkpoint", tr("Continue from a previous job: ft-…, ft-…:STEP, or an output model "
                                        "name. Leave the model empty then."));
    // Training
    m_epochs = intField("n_epochs", 0, 100, 1, tr("Passes over the training data (default 1)."));
    m_checkpoints = intField("n_checkpoints", 0, 100, 1,
                             tr("Checkpoints saved during training, the last one included "
                                "(default 1)."));
    m_evals = intField("n_evals", 0, 100, 0, tr("Evaluations on the validation file during training (default 0)."));
    m_batch = intField("batch_size", 1, 4096, 8,
                       tr("Examples per step; the allowed range depends on the model and on "
                          "SFT or DPO."));
    m_batch->setAccessibleName(tr("Batch size"));
    m_batchMax = new QCheckBox(tr("the model's maximum"), this);
    m_batchMax->setAccessibleName(tr("Batch size: the model's maximum"));
    m_batchMax->setChecked(true);
    connect(m_batchMax, &QCheckBox::toggled, this, &FineTuneForm::revalidate);
    m_learningRate = realField("learning_rate", 0, 1, 1e-5, 8, tr("Peak learning rate (default 0.00001)."));
    m_learningRate->setSingleStep(1e-6);
    m_scheduler = new QComboBox(this);
    m_scheduler->addItems({tr("Cosine"), tr("Linear")});
    m_scheduler->setObjectName(QStringLiteral("lr_scheduler"));
    m_scheduler->setToolTip(tr("How the learning rate falls after warm-up (default cosine)."));
    m_fields.insert(QStringLiteral("lr_scheduler"), m_scheduler);
    connect(m_scheduler, &QComboBox::currentIndexChanged, this, &FineTuneForm::revalidate);
    m_minLrRatio =
        realField("min_lr_ratio", -1, 2, 0, 3, tr("The final learning rate as a share of the peak (0 to 1)."));
    m_numCycles = realField("num_cycles", -1, 100, 0.5, 2, tr("Cosine cycles (default 0.5: one fall to the minimum)."));
    m_warmup = realField("warmup_ratio", -1, 2, 0, 3, tr("Share of the steps spent warming up (0 to 1)."));
    m_maxGradNorm = realField("max_grad_norm", -1, 1000, 1, 2, tr("Gradient clipping; 0 turns it off (default 1)."));
    m_weightDecay = realField("weight_decay", -1, 10, 0, 4, tr("Weight decay (default 0)."));
    // Training type
    m_type = new QComboBox(this);
    m_type->addItems({tr("LoRA"), tr("Full fine-tune")});
    m_type->setObjectName(QStringLiteral("training_type"));
    m_type->setToolTip(tr("LoRA trains a small adapter (the default); full training changes every weight."));
    m_fields.insert(QStringLiteral("training_type"), m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, &FineTuneForm::revalidate);
    m_loraR = intField("lora_r", 0, 1024, 8, tr("LoRA rank (default 8)."));
    m_loraAlpha = intField("lora_alpha", 0, 4096, 0, tr("LoRA alpha; by default twice the rank."));
    m_loraAlpha->setSpecialValueText(tr("2 × rank"));
    m_loraDropout = realField("lora_dropout", -1, 2, 0, 2, tr("LoRA dropout, from 0 up to but not including 1."));
    m_loraModules = textField("lora_trainable_modules", tr("Comma-separated modules to train, or all-linear "
                                                           "(default)."));
    m_loraModules->setText(QStringLiteral("all-linear"));
    // Method
    m_method = new QComboBox(this);
    m_method->addItems({tr("Supervised (SFT)"), tr("Preference (DPO)")});
    m_method->setObjectName(QStringLiteral("training_method"));
    m_fields.insert(QStringLiteral("training_method"), m_method);
    connect(m_method, &QComboBox::currentIndexChanged, this, &FineTuneForm::revalidate);
    m_trainOnInputs = new QComboBox(this);
    m_trainOnInputs->addItems({tr("Auto"), tr("Yes"), tr("No")});
    m_trainOnInputs->setObjectName(QStringLiteral("train_on_inputs"));
    m_trainOnInputs->setToolTip(tr("Whether user messages and prompts are trained on too (auto: not for "
                                   "conversations and instructions)."));
    m_fields.insert(QStringLiteral("train_on_inputs"), m_trainOnInputs);
    connect(m_trainOnInputs, &QComboBox::currentIndexChanged, this, &FineTuneForm::revalidate);
    m_dpoBeta = realField("dpo_beta", 0, 100, 0, 3,
                          tr("How far the model may move from the reference (server "
                             "default 0.1)."));
    m_dpoBeta->setSpecialValueText(tr("server default (0.1)"));
    m_dpoNormalize = new QCheckBox(tr("Normalize log-ratios by length"), this);
    m_dpoReferenceFree = new QCheckBox(tr("Reference-free"), this);
    for (QCheckBox* b : {m_dpoNormalize, m_dpoReferenceFree})
        connect(b, &QCheckBox::toggled, this, &FineTuneForm::revalidate);
    m_rpoAlpha = realField("rpo_alpha", -1, 100, -1, 3, tr("Weight of the added NLL loss on preferred answers."));
    m_rpoAlpha->setSpecialValueText(tr("not set"));
    m_simpoGamma = realField("simpo_gamma", -1, 100, -1, 3,
                             tr("SimPO margin; above 0 turns on reference-free, "
                                "length-normalized training."));
    m_simpoGamma->setSpecialValueText(tr("not set"));
    // Output and integrations
    m_suffix = textField("suffix", tr("Added to the output model's name (up to 40 characters)."));
    m_wandbKey = textField("wandb_api_key", tr("Weights & Biases API key; never stored in recipes."), true);
    m_wandbProject = textField("wandb_project_name", tr("Weights & Biases project (server default: together)."));
    m_wandbName = textField("wandb_name", tr("Weights & Biases run name."));
    m_wandbEntity = textField("wandb_entity", tr("Weights & Biases team or user."));
    m_wandbBaseUrl = textField("wandb_base_url", tr("Weights & Biases server, for self-hosted instances."));
    m_fromHf =
        textField("from_hf_model", tr("Start from a Hugging Face Hub model (the base model is still required)."));
    m_hfRevision = textField("hf_model_revision", tr("Revision of that model (default main)."));
    m_hfToken = textField("hf_api_token", tr("Hugging Face token for private models or pushing the result."), true);
    m_hfOutputRepo = textField("hf_output_repo_name", tr("Hugging Face repository to push the result to."));
    // Advanced
    m_trainVision = new QComboBox(this);
    m_trainVision->addItems({tr("Server default"), tr("Yes"), tr("No")});
    m_trainVision->setObjectName(QStringLiteral("train_vision"));
    m_trainVision->setToolTip(tr("Also train the vision encoder (vision models only)."));
    m_fields.insert(QStringLiteral("train_vision"), m_trainVision);
    connect(m_trainVision, &QComboBox::currentIndexChanged, this, &FineTuneForm::revalidate);
    m_packing = new QComboBox(this);
    m_packing->addItems({tr("Server default (on)"), tr("On"), tr("Off")});
    m_packing->setObjectName(QStringLiteral("packing"));
    m_packing->setToolTip(tr("Pack several short examples into one sequence (no effect for Parquet data)."));
    m_fields.insert(QStringLiteral("packing"), m_packing);
    connect(m_packing, &QComboBox::currentIndexChanged, this, &FineTuneForm::revalidate);
    m_maxSeqLength = intField("max_seq_length", 0, 1 << 20, 0,
                              tr("Longest sequence trained on; by default the "
                                 "model's maximum."));
    m_maxSeqLength->setSpecialValueText(tr("the model's maximum"));
    m_seed = intField("random_seed", -1, 2147483647, -1, tr("Seed for reproducible runs."));
    m_seed->setSpecialValueText(tr("server default"));
    m_gradAccum = intField("gradient_accumulation_steps", 0, 1024, 0,
                           tr("Steps to accumulate before an update; 0 "
                              "uses the model's default."));
    m_gradAccum->setSpecialValueText(tr("model default"));
    m_earlyStopping = new QCheckBox(tr("Stop early when the eval loss stops improving"), this);
    m_earlyStopping->setObjectName(QStringLiteral("early_stopping_enabled"));
    m_fields.insert(QStringLiteral("early_stopping_enabled"), m_earlyStopping);
    connect(m_earlyStopping, &QCheckBox::toggled, this, &FineTuneForm::revalidate);
    m_esMinDelta = realField("early_stopping_min_delta", -1, 100, -1, 4,
                             tr("Smallest fall of the eval loss that counts as an improvement (0 or more; server "
                                "default 0). Larger values stop sooner."));
    m_esMinDelta->setSpecialValueText(tr("server default (0.0)"));
    m_esPatience = intField("early_stopping_patience", -1, 100, -1,
                            tr("Evaluations in a row without improvement before training stops (1 or more; server "
                               "default 2)."));
    m_esPatience->setSpecialValueText(tr("server default (2)"));
    m_esWarmup = intField("early_stopping_warmup_evals", -1, 100, -1,
                          tr("First evaluations that set the baseline without counting toward patience (0 or more; "
                             "server default 1)."));
    m_esWarmup->setSpecialValueText(tr("server default (1)"));
    m_earlyStopping->setToolTip(tr("Stop when the eval loss stops improving; the best evaluation's checkpoint "
                                   "becomes the model and the steps not run are refunded. Needs a validation file "
                                   "and at least patience + warm-up + 1 evaluations."));

    auto group = [this](const QString& title, QGroupBox** out = nullptr) {
        auto* box = new QGroupBox(title, this);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        if (out)
            *out = box;
        return form;
    };
    QFormLayout* data = group(tr("Data and model"));
    addRow(data, tr("&Training data:"), "training_file");
    addRow(data, tr("&Validation data:"), "validation_file");
    addRow(data, tr("&Model:"), "model");
    addRow(data, tr("Or from &checkpoint:"), "from_checkpoint");
    QFormLayout* training = group(tr("Training"));
    addRow(training, tr("&Epochs:"), "n_epochs");
    addRow(training, tr("Check&points:"), "n_checkpoints");
    addRow(training, tr("Eval&uations:"), "n_evals");
    training->addRow(tr("&Batch size:"), m_batchMax);
    addRow(training, QString(), "batch_size");
    addRow(training, tr("Learnin&g rate:"), "learning_rate");
    addRow(training, tr("Sc&heduler:"), "lr_scheduler");
    addRow(training, tr("Minimum LR ratio:"), "min_lr_ratio");
    addRow(training, tr("Cosine cycles:"), "num_cycles");
    addRow(training, tr("&Warm-up ratio:"), "warmup_ratio");
    addRow(training, tr("Max gradient norm:"), "max_grad_norm");
    addRow(training, tr("Weight decay:"), "weight_decay");
    QFormLayout* type = group(tr("Training type"));
    addRow(type, tr("T&ype:"), "training_type");
    QFormLayout* lora = group(tr("LoRA"), &m_loraBox);
    addRow(lora, tr("&Rank:"), "lora_r");
    addRow(lora, tr("&Alpha:"), "lora_alpha");
    addRow(lora, tr("&Dropout:"), "lora_dropout");
    addRow(lora, tr("Trai&nable modules:"), "lora_trainable_modules");
    QFormLayout* method = group(tr("Method"));
    addRow(method, tr("Meth&od:"), "training_method");
    QFormLayout* sft = group(tr("Supervised"), &m_sftBox);
    addRow(sft, tr("Train on &inputs:"), "train_on_inputs");
    QFormLayout* dpo = group(tr("Preference"), &m_dpoBox);
    addRow(dpo, tr("DPO beta:"), "dpo_beta");
    dpo->addRow(QString(), m_dpoNormalize);
    dpo->addRow(QString(), m_dpoReferenceFree);
    addRow(dpo, tr("RPO alpha:"), "rpo_alpha");
    addRow(dpo, tr("SimPO gamma:"), "simpo_gamma");
    QFormLayout* output = group(tr("Output and integrations"));
    addRow(output, tr("&Suffix:"), "suffix");
    addRow(output, tr("W&&B API key:"), "wandb_api_key");
    addRow(output, tr("W&&B project:"), "wandb_project_name");
    addRow(output, tr("W&&B run name:"), "wandb_name");
    addRow(output, tr("W&&B entity:"), "wandb_entity");
    addRow(output, tr("W&&B server:"), "wandb_base_url");
    addRow(output, tr("From Hugging Face model:"), "from_hf_model");
    addRow(output, tr("Model revision:"), "hf_model_revision");
    addRow(output, tr("Hugging Face token:"), "hf_api_token");
    addRow(output, tr("Push to repository:"), "hf_output_repo_name");
    QFormLayout* advanced = group(tr("Advanced"));
    addRow(advanced, tr("Train vision encoder:"), "train_vision");
    addRow(advanced, tr("Packing:"), "packing");
    addRow(advanced, tr("Max sequence length:"), "max_seq_length");
    addRow(advanced, tr("Random seed:"), "random_seed");
    addRow(advanced, tr("Gradient accumulation:"), "gradient_accumulation_steps");
    addRow(advanced, QString(), "early_stopping_enabled");
    addRow(advanced, tr("Minimum improvement:"), "early_stopping_min_delta");
    addRow(advanced, tr("Patience:"), "early_stopping_patience");
    addRow(advanced, tr("Warm-up evaluations:"), "early_stopping_warmup_evals");

    auto* layout = new QVBoxLayout(this);
    for (QGroupBox* box : findChildren<QGroupBox*>(QString(), Qt::FindDirectChildrenOnly))
        layout->addWidget(box);
    layout->addStretch();
    m_loading = false;
    revalidate();
}

void FineTuneForm::setModels(const QStringList& models)
{
    const QString current = m_model->currentText();
    m_loading = true;
    m_model->clear();
    m_model->addItems(models);
    m_model->setCurrentText(current);
    m_loading = false;
}

void FineTuneForm::setLimits(const std::optional<ModelLimits>& limits)
{
    m_limits = limits;
    QString hint;
    if (limits) {
        const auto& t = m_type->currentIndex() == 0 ? limits->lora : limits->full;
        if (t)
            hint = tr("%1 to %2 for this model (DPO up to %3)")
                       .arg(t->minBatchSize)
                       .arg(t->maxBatchSize)
                       .arg(t->maxBatchSizeDpo);
    }
    m_batch->setToolTip(hint.isEmpty() ? tr("Examples per step.") : hint);
    revalidate();
}

FineTuneRequest FineTuneForm::request() const
{
    FineTuneRequest r;
    r.trainingFile = fileIdOf(m_trainingFile, m_trainingUpload);
    r.validationFile = fileIdOf(m_validationFile, m_validationUpload);
    r.model = m_model->currentText().trimmed();
    r.fromCheckpoint = m_fromCheckpoint->text().trimmed();
    r.nEpochs = m_epochs->value();
    r.nCheckpoints = m_checkpoints->value();
    r.nEvals = m_evals->value();
    if (!m_batchMax->isChecked())
        r.batchSize = m_batch->value();
    r.learningRate = m_learningRate->value();
    r.scheduler =
        m_scheduler->currentIndex() == 0 ? FineTuneRequest::Scheduler::Cosine : FineTuneRequest::Scheduler::Linear;
    r.minLrRatio = m_minLrRatio->value();
    r.numCycles = m_numCycles->value();
    r.warmupRatio = m_warmup->value();
    r.maxGradNorm = m_maxGradNorm->value();
    r.weightDecay = m_weightDecay->value();
    r.lora = m_type->currentIndex() == 0;
    r.loraR = m_loraR->value();
    r.loraAlpha = optionalValue<QSpinBox, int>(m_loraAlpha);
    r.loraDropout = m_loraDropout->value();
    r.loraTrainableModules = m_loraModules->text().trimmed();
    r.method = m_method->currentIndex() == 0 ? FineTuneRequest::Method::Sft : FineTuneRequest::Method::Dpo;
    r.trainOnInputs = static_cast<FineTuneRequest::TrainOnInputs>(m_trainOnInputs->currentIndex());
    r.dpoBeta = optionalValue<QDoubleSpinBox, double>(m_dpoBeta);
    r.dpoNormalizeLogratiosByLength = m_dpoNormalize->isChecked();
    r.dpoReferenceFree = m_dpoReferenceFree->isChecked();
    r.rpoAlpha = optionalValue<QDoubleSpinBox, double>(m_rpoAlpha);
    r.simpoGamma = optionalValue<QDoubleSpinBox, double>(m_simpoGamma);
    r.suffix = m_suffix->text().trimmed();
    r.wandbApiKey = m_wandbKey->text().trimmed();
    r.wandbProjectName = m_wandbProject->text().trimmed();
    r.wandbName = m_wandbName->text().trimmed();
    r.wandbEntity = m_wandbEntity->text().trimmed();
    r.wandbBaseUrl = m_wandbBaseUrl->text().trimmed();
    r.fromHfModel = m_fromHf->text().trimmed();
    r.hfModelRevision = m_hfRevision->text().trimmed();
    r.hfApiToken = m_hfToken->text().trimmed();
    r.hfOutputRepoName = m_hfOutputRepo->text().trimmed();
    if (m_trainVision->currentIndex() > 0)
        r.trainVision = m_trainVision->currentIndex() == 1;
    if (m_packing->currentIndex() > 0)
        r.packing = m_packing->currentIndex() == 1;
    r.maxSeqLength = optionalValue<QSpinBox, int>(m_maxSeqLength);
    r.randomSeed = optionalValue<QSpinBox, qint64>(m_seed);
    r.gradientAccumulationSteps = optionalValue<QSpinBox, int>(m_gradAccum);
    r.earlyStopping = m_earlyStopping->isChecked();
    r.earlyStoppingMinDelta = optionalValue<QDoubleSpinBox, double>(m_esMinDelta);
    r.earlyStoppingPatience = optionalValue<QSpinBox, int>(m_esPatience);
    r.earlyStoppingWarmupEvals = optionalValue<QSpinBox, int>(m_esWarmup);
    return r;
}

void FineTuneForm::setRequest(const FineTuneRequest& r)
{
    m_loading = true;
    setFileId(m_trainingFile, m_trainingUpload, r.trainingFile);
    setFileId(m_validationFile, m_validationUpload, r.validationFile);
    m_model->setCurrentText(r.model);
    m_fromCheckpoint->setText(r.fromCheckpoint);
    m_epochs->setValue(r.nEpochs);
    m_checkpoints->setValue(r.nCheckpoints);
    m_evals->setValue(r.nEvals);
    m_batchMax->setChecked(!r.batchSize);
    if (r.batchSize)
        m_batch->setValue(*r.batchSize);
    m_learningRate->setValue(r.learningRate);
    m_scheduler->setCurrentIndex(r.scheduler == FineTuneRequest::Scheduler::Cosine ? 0 : 1);
    m_minLrRatio->setValue(r.minLrRatio);
    m_numCycles->setValue(r.numCycles);
    m_warmup->setValue(r.warmupRatio);
    m_maxGradNorm->setValue(r.maxGradNorm);
    m_weightDecay->setValue(r.weightDecay);
    m_type->setCurrentIndex(r.lora ? 0 : 1);
    m_loraR->setValue(r.loraR);
    m_loraAlpha->setValue(r.loraAlpha.value_or(m_loraAlpha->minimum()));
    m_loraDropout->setValue(r.loraDropout);
    m_loraModules->setText(r.loraTrainableModules);
    m_method->setCurrentIndex(r.method == FineTuneRequest::Method::Sft ? 0 : 1);
    m_trainOnInputs->setCurrentIndex(int(r.trainOnInputs));
    m_dpoBeta->setValue(r.dpoBeta.value_or(m_dpoBeta->minimum()));
    m_dpoNormalize->setChecked(r.dpoNormalizeLogratiosByLength);
    m_dpoReferenceFree->setChecked(r.dpoReferenceFree);
    m_rpoAlpha->setValue(r.rpoAlpha.value_or(m_rpoAlpha->minimum()));
    m_simpoGamma->setValue(r.simpoGamma.value_or(m_simpoGamma->minimum()));
    m_suffix->setText(r.suffix);
    m_wandbKey->setText(r.wandbApiKey);
    m_wandbProject->setText(r.wandbProjectName);
    m_wandbName->setText(r.wandbName);
    m_wandbEntity->setText(r.wandbEntity);
    m_wandbBaseUrl->setText(r.wandbBaseUrl);
    m_fromHf->setText(r.fromHfModel);
    m_hfRevision->setText(r.hfModelRevision);
    m_hfToken->setText(r.hfApiToken);
    m_hfOutputRepo->setText(r.hfOutputRepoName);
    m_trainVision->setCurrentIndex(r.trainVision ? (*r.trainVision ? 1 : 2) : 0);
    m_packing->setCurrentIndex(r.packing ? (*r.packing ? 1 : 2) : 0);
    m_maxSeqLength->setValue(r.maxSeqLength.value_or(m_maxSeqLength->minimum()));
    m_seed->setValue(int(r.randomSeed.value_or(m_seed->minimum())));
    m_gradAccum->setValue(r.gradientAccumulationSteps.value_or(m_gradAccum->minimum()));
    m_earlyStopping->setChecked(r.earlyStopping);
    m_esMinDelta->setValue(r.earlyStoppingMinDelta.value_or(m_esMinDelta->minimum()));
    m_esPatience->setValue(r.earlyStoppingPatience.value_or(m_esPatience->minimum()));
    m_esWarmup->setValue(r.earlyStoppingWarmupEvals.value_or(m_esWarmup->minimum()));
    m_loading = false;
    revalidate();
    emit modelChanged(r.model);
}

QWidget* FineTuneForm::dataRow(QLineEdit* edit, const QString& title)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* choose = new QPushButton(tr("Choose…"), row);
    const QString name = QString(title).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    choose->setAccessibleName(tr("Choose %1").arg(name.toLower()));
    choose->setObjectName(edit->objectName() + QStringLiteral("_choose"));
    layout->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this, edit, name] {
        const QString f =
            Dialogs::openFileName(this, name, pathOf(edit), tr("Datasets (*.jsonl *.parquet *.csv);;All files (*)"));
        if (!f.isEmpty())
            edit->setText(f);
    });
    return row;
}

bool FineTuneForm::isFileId(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("file-")) && !t.contains(QLatin1Char('/')) && !QFileInfo::exists(t);
}

QString FineTuneForm::fileIdOf(const QLineEdit* edit, const Upload& upload)
{
    const QString t = edit->text().trimmed();
    if (isFileId(t))
        return t;
    return !t.isEmpty() && t == upload.path ? upload.id : QString();
}

QString FineTuneForm::pathOf(const QLineEdit* edit)
{
    const QString t = edit->text().trimmed();
    return isFileId(t) ? QString() : t;
}

void FineTuneForm::setFileId(QLineEdit* edit, Upload& upload, const QString& id)
{
    const QString path = pathOf(edit);
    if (id.isEmpty()) {
        upload = {};
        if (path.isEmpty())
            edit->clear();
    } else if (!path.isEmpty() && !isFileId(id)) {
        upload = {}; // not an id: shown as what it is
        edit->setText(id);
    } else if (!path.isEmpty()) {
        upload = {path, id}; // this local file's upload
    } else {
        upload = {};
        edit->setText(id);
    }
}

QString FineTuneForm::trainingPath() const
{
    return pathOf(m_trainingFile);
}

QString FineTuneForm::validationPath() const
{
    return pathOf(m_validationFile);
}

void FineTuneForm::setTrainingPath(const QString& path)
{
    m_trainingFile->setText(path);
}

void FineTuneForm::setValidationPath(const QString& path)
{
    m_validationFile->setText(path);
}

QString FineTuneForm::problemAt(const QString& field) const
{
    const QLabel* l = m_messages.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void FineTuneForm::updateVisibility()
{
    const bool lora = m_type->currentIndex() == 0;
    const bool sft = m_method->currentIndex() == 0;
    m_loraBox->setVisible(lora);
    m_sftBox->setVisible(sft);
    m_dpoBox->setVisible(!sft);
    m_batch->setEnabled(!m_batchMax->isChecked());
    const bool cosine = m_scheduler->currentIndex() == 0;
    m_numCycles->setEnabled(cosine);
    for (QWidget* w : std::initializer_list<QWidget*>{m_esMinDelta, m_esPatience, m_esWarmup})
        w->setEnabled(m_earlyStopping->isChecked());
    // SimPO (gamma above 0) is reference-free and length-normalized whatever these say.
    const bool simpo = m_simpoGamma->value() > 0;
    for (QCheckBox* b : {m_dpoNormalize, m_dpoReferenceFree}) {
        if (simpo && !b->isChecked()) {
            const QSignalBlocker quiet(b);
            b->setChecked(true);
        }
        b->setEnabled(!simpo);
        b->setToolTip(simpo ? tr("On: a SimPO gamma above 0 forces it.") : QString());
    }
}

void FineTuneForm::revalidate()
{
    if (m_loading)
        return;
    updateVisibility();
    FineTuneRequest checked = request();
    // A local file is uploaded at launch and fills the id then (one that is not there is said below).
    if (!trainingPath().isEmpty() && checked.trainingFile.isEmpty())
        checked.trainingFile = QStringLiteral("file-to-upload");
    if (!validationPath().isEmpty() && checked.validationFile.isEmpty())
        checked.validationFile = QStringLiteral("file-to-upload");
    m_problems = checked.validate(m_limits);
    for (auto [wire, path] :
         {std::pair{"training_file", trainingPath()}, std::pair{"validation_file", validationPath()}})
        if (!path.isEmpty() && !QFileInfo(path).isFile())
            m_problems.prepend(
                {QString::fromLatin1(wire),
                 tr("%1 is not a file. Choose a local file or type an uploaded file's id (file-…).").arg(path), false});
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        QStringList texts;
        for (const auto& p : m_problems)
            if (p.field == it.key())
                texts << (p.warning ? tr("Note: %1").arg(p.message) : p.message);
        it.value()->setText(texts.join(QLatin1Char('\n')));
        it.value()->setVisible(!texts.isEmpty());
    }
    emit changed();
}

} // namespace td
