#pragma once

#include "api/client/ModelCatalog.h"
#include "api/http/ApiRequest.h"
#include "eval/EvalEstimate.h"
#include "eval/EvalRun.h"

#include <QDialog>
#include <QHash>

#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace td {

class ApiContext;
class ModelDirectory;

// New evaluation: which rows of the dataset (all, the validation split as Export makes it, the
// selection, the filter's result, or N sampled), two to four models over any connection, the
// parameters every model gets (the seed included), the answer position, and, before
// starting, what it will ask and cost per model with a warning for any model that is not
// served (EvalEstimate and EvalServingProbe: the same as tunedesk-cli eval create). Start
// saves the run (EvalStore) and accepts; the caller runs it.
class EvalRunDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Source
    {
        QString datasetPath;
        qint64 rowCount = 0;
        std::vector<std::int64_t> selection; // document positions
        std::optional<std::vector<std::int64_t>> filter;
        bool unsavedEdits = false; // the run reads the file as saved
    };
    enum class RowsMode { All, Validation, Selection, Filter, Sample };

    EvalRunDialog(ApiContext* api, Source source, const QList<EvalModel>& models, QWidget* parent = nullptr,
                  const QString& evalRoot = {});

    void setRowsMode(RowsMode mode);
    void setSampleCount(int n);
    // The definition as the form says now (not validated).
    EvalDefinition definition() const;
    // Reads the rows and works out the estimate; the serving probe's warnings follow.
    void estimate();
    QString estimateText() const;
    bool probeDone() const { return m_probeDone; }
    QString createdId() const { return m_createdId; }
    QPushButton* startButton() const { return m_start; }
    int modelRows() const { return int(m_models.size()); }
    void setModel(int i, const QString& profileId, const QString& model);

private:
    struct ModelRow
    {
        QComboBox* profile;
        QComboBox* model;
        QCheckBox* v2;
        QCheckBox* batch;
    };
    // Batch is offered where EvalModel::batchEligible says (a Together connection, not v2).
    void updateBatchChoice(int row);
    void addModelRow(const EvalModel& m);
    // Asks the row's connection what it serves (once per connection; ModelDirectory keeps it).
    void loadModels(int row);
    // Lists `profileId`'s models in every row on it; an empty row gets a default (base, then
    // fine-tune: the comparison a user makes after a job).
    void fillModels(const QString& profileId);
    void start();
    void invalidate();
    void showEstimate();
    ModelCatalog catalog() const;
    QList<qint64> chosenRows() const;

    ApiContext* m_api = nullptr;
    ModelDirectory* m_directory = nullptr;
    Source m_source;
    QString m_root;
    QLineEdit* m_name = nullptr;
    QButtonGroup* m_rowsGroup = nullptr;
    QSpinBox* m_sample = nullptr;
    QSpinBox* m_sampleSeed = nullptr;
    QDoubleSpinBox* m_validationShare = nullptr;
    QGridLayout* m_modelGrid = nullptr;
    QList<ModelRow> m_models;
    QPushButton* m_addModel = nullptr;
    QComboBox* m_candidate = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QComboBox* m_position = nullptr;
    QSpinBox* m_answerIndex = nullptr;
    QPlainTextEdit* m_estimate = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_estimateButton = nullptr;
    QPushButton* m_start = nullptr;
    std::optional<EvalEstimate> m_lastEstimate;
    QList<EvalRow> m_rows;
    bool m_probeDone = false;
    quint64 m_generation = 0;
    QString m_createdId;
};

} // namespace td
