#include "dataset/MessageWeight.h"
#include "jobs/TokenEstimate.h"
#include "validate/Linter.h"

#include <QTest>

using namespace td;

// One rule decides whether a message is trained (dataset/MessageWeight.h). The token estimate,
// the lint (its fast path under the client profile, its exact rules under the tools profile)
// and the rule itself must agree on every case of this table; the editor's bar is checked
// against the same rule in tst_workbench.
class TestTrainingRule : public QObject
{
    Q_OBJECT

private:
    // The row puts the message under test where its role is valid; every other message has
    // weight 0, so the row trains on something exactly when the message under test is trained.
    static QByteArray rowWith(const QByteArray& role, const QByteArray& weight)
    {
        const QByteArray w = weight.isEmpty() ? QByteArray() : ",\"weight\":" + weight;
        const QByteArray tested = "{\"role\":\"" + role + "\",\"content\":\"0123456789\"" + w + "}";
        if (role == "system")
            return "{\"messages\":[" + tested +
                   ",{\"role\":\"user\",\"content\":\"q\",\"weight\":0},"
                   "{\"role\":\"assistant\",\"content\":\"a\",\"weight\":0}]}";
        if (role == "user")
            return "{\"messages\":[" + tested + ",{\"role\":\"assistant\",\"content\":\"a\",\"weight\":0}]}";
        return "{\"messages\":[{\"role\":\"user\",\"content\":\"q\",\"weight\":0}," + tested + "]}";
    }

    static bool lintSaysNothingTrained(const QByteArray& row, LintProfile profile)
    {
        LintOptions options;
        options.profile = profile;
        for (const LintProblem& p : lintRow(row, 0, options))
            if (p.code == "all-weights-zero")
                return true;
        return false;
    }

private slots:
    void everyConsumerAgrees_data()
    {
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<QByteArray>("weight"); // JSON text, empty: no weight key
        QTest::addColumn<bool>("trainOnInputs");
        QTest::addColumn<bool>("trained");

        QTest::newRow("assistant, no weight") << QByteArray("assistant") << QByteArray() << false << true;
        QTest::newRow("assistant, 1") << QByteArray("assistant") << QByteArray("1") << false << true;
        QTest::newRow("assistant, 0") << QByteArray("assistant") << QByteArray("0") << false << false;
        QTest::newRow("assistant, true") << QByteArray("assistant") << QByteArray("true") << false << true;
        QTest::newRow("assistant, false") << QByteArray("assistant") << QByteArray("false") << false << false;
        QTest::newRow("assistant, 1.0") << QByteArray("assistant") << QByteArray("1.0") << false << true;
        QTest::newRow("assistant, 0.0") << QByteArray("assistant") << QByteArray("0.0") << false << false;
        QTest::newRow("user, no weight") << QByteArray("user") << QByteArray() << false << false;
        QTest::newRow("user, 1") << QByteArray("user") << QByteArray("1") << false << true;
        QTest::newRow("user, true") << QByteArray("user") << QByteArray("true") << false << true;
        QTest::newRow("user, 0") << QByteArray("user") << QByteArray("0") << false << false;
        QTest::newRow("system, 1") << QByteArray("system") << QByteArray("1") << false << true;
        QTest::newRow("system, no weight") << QByteArray("system") << QByteArray() << false << false;
        QTest::newRow("user, no weight, inputs too") << QByteArray("user") << QByteArray() << true << true;
        QTest::newRow("user, 0, inputs too") << QByteArray("user") << QByteArray("0") << true << false;
        QTest::newRow("assistant, false, inputs too")
            << QByteArray("assistant") << QByteArray("false") << true << false;
    }

    void everyConsumerAgrees()
    {
        QFETCH(QByteArray, role);
        QFETCH(QByteArray, weight);
        QFETCH(bool, trainOnInputs);
        QFETCH(bool, trained);

        // The rule itself, on the decoded weight.
        const nlohmann::json w = weight.isEmpty() ? nlohmann::json() : nlohmann::json::parse(weight.toStdString());
        QCOMPARE(isMessageTrained(role.toStdString(), messageWeightOf(weight.isEmpty() ? nullptr : &w), trainOnInputs),
                 trained);

        // The token estimate counts the ten characters of the message as trained or not.
        const QByteArray row = rowWith(role, weight);
        TokenEstimate estimate;
        estimate.addRow(row.constData(), std::size_t(row.size()),
                        trainOnInputs ? FineTuneRequest::TrainOnInputs::Yes : FineTuneRequest::TrainOnInputs::No);
        QCOMPARE(estimate.trainedChars, qint64(trained ? 10 : 0)); // the others have weight 0

        // The lint knows nothing of train_on_inputs (a setting of the job, not of the file).
        if (!trainOnInputs) {
            QCOMPARE(lintSaysNothingTrained(row, LintProfile::Client), !trained);
            QCOMPARE(lintSaysNothingTrained(row, LintProfile::Tools), !trained);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingRule)
#include "tst_trainingrule.moc"
