#pragma once

#include "api/wire/FineTuneRequest.h"
#include "api/wire/ModelLimits.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td {

// Every field of POST fine-tunes (contract 4.1) with the contract's defaults and a tooltip
// each, grouped, checked as you type against the chosen model's limits with the Python SDK's
// own messages shown next to the field they concern. request() is exactly what is sent.
class FineTuneForm final : public QWidget
{
    Q_OBJECT

public:
    explicit FineTuneForm(QWidget* parent = nullptr);

    FineTuneRequest request() const;
    void setRequest(const FineTuneRequest& request);
    void setModels(const QStringList& models);
    void setLimits(const std::optional<ModelLimits>& limits);
    std::optional<ModelLimits> limits() const { return m_limits; }
    QList<FineTuneRequest::Problem> problems() const { return m_problems; }
    // The message shown at a field (wire name), empty when it is fine.
    QString problemAt(const QString& field) const;
    QWidget* fieldWidget(const QString& field) const { return m_fields.value(field); }
    // The training and validation data are one field each: a local file (uploaded at launch)
    // or the id of an uploaded file (file-…). An id set by setRequest while the field holds a
    // local file is that file's upload, used only while the field still names that file, so
    // choosing other data never sends an id made for the old (a cloned job's, a recipe's).
    QString trainingPath() const;
    QString validationPath() const;
    void setTrainingPath(const QString& path);
    void setValidationPath(const QString& path);
    // Whether `text` is an uploaded file's id rather than a local file's path.
    static bool isFileId(const QString& text);

signals:
    void changed();
    void modelChanged(const QString& model);

private:
    void revalidate();
    void updateVisibility();
    QSpinBox* intField(const char* wire, int min, int max, int value, const QString& tip);
    QDoubleSpinBox* realField(const char* wire, double min, double max, double value, int decimals, const QString& tip);
    QLineEdit* textField(const char* wire, const QString& tip, bool secret = false);
    void addRow(QFormLayout* form, const QString& label, const char* wire);
    // The id of an uploaded file, and the local file it was uploaded from.
    struct Upload
    {
        QString path;
        QString id;
    };
    QWidget* dataRow(QLineEdit* edit, const QString& title);
    static QString fileIdOf(const QLineEdit* edit, const Upload& upload);
    static QString pathOf(const QLineEdit* edit);
    static void setFileId(QLineEdit* edit, Upload& upload, const QString& id);

    std::optional<ModelLimits> m_limits;
    QList<FineTuneRequest::Problem> m_problems;
    QHash<QString, QWidget*> m_fields;  // by wire name
    QHash<QString, QLabel*> m_messages; // the problem shown under a field
    bool m_loading = false;
    Upload m_trainingUpload;
    Upload m_validationUpload;

    QLineEdit* m_trainingFile;
    QLineEdit* m_validationFile;
    QComboBox* m_model;
    QLineEdit* m_fromCheckpoint;
    QSpinBox* m_epochs;
    QSpinBox* m_checkpoints;
    QSpinBox* m_evals;
    QCheckBox* m_batchMax;
    QSpinBox* m_batch;
    QDoubleSpinBox* m_learningRate;
    QComboBox* m_scheduler;
    QDoubleSpinBox* m_minLrRatio;
    QDoubleSpinBox* m_numCycles;
    QDoubleSpinBox* m_warmup;
    QDoubleSpinBox* m_maxGradNorm;
    QDoubleSpinBox* m_weightDecay;
    QComboBox* m_type;
    QSpinBox* m_loraR;
    QSpinBox* m_loraAlpha;
    QDoubleSpinBox* m_loraDropout;
    QLineEdit* m_loraModules;
    QComboBox* m_method;
    QComboBox* m_trainOnInputs;
    QDoubleSpinBox* m_dpoBeta;
    QCheckBox* m_dpoNormalize;
    QCheckBox* m_dpoReferenceFree;
    QDoubleSpinBox* m_rpoAlpha;
    QDoubleSpinBox* m_simpoGamma;
    QLineEdit* m_suffix;
    QLineEdit* m_wandbKey;
    QLineEdit* m_wandbProject;
    QLineEdit* m_wandbName;
    QLineEdit* m_wandbEntity;
    QLineEdit* m_wandbBaseUrl;
    QLineEdit* m_fromHf;
    QLineEdit* m_hfRevision;
    QLineEdit* m_hfToken;
    QLineEdit* m_hfOutputRepo;
    QComboBox* m_trainVision;
    QComboBox* m_packing;
    QSpinBox* m_maxSeqLength;
    QSpinBox* m_seed;
    QSpinBox* m_gradAccum;
    QCheckBox* m_earlyStopping;
    QDoubleSpinBox* m_esMinDelta;
    QSpinBox* m_esPatience;
    QSpinBox* m_esWarmup;
    QGroupBox* m_loraBox;
    QGroupBox* m_sftBox;
    QGroupBox* m_dpoBox;
};

} // namespace td
