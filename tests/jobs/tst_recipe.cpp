#include "TestFiles.h"

#include "jobs/Recipe.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace td;

// One recipe format for the New Fine-Tune dialog and `tunedesk-cli jobs --recipe`: what one
// writes the other reads; an unreadable recipe is an error, never the defaults.
class TestRecipe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        td::test::writeFile(path, bytes);
        return path;
    }

    static Recipe sample()
    {
        Recipe r;
        r.request.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.request.nEpochs = 3;
        r.request.suffix = QStringLiteral("orders");
        r.request.trainingFile = QStringLiteral("file-abc");
        r.request.trainOnInputs = FineTuneRequest::TrainOnInputs::Yes;
        r.request.wandbApiKey = QStringLiteral("wandb-secret");
        r.request.hfApiToken = QStringLiteral("hf_secret");
        r.dataset = Recipe::Data{QStringLiteral("orders.jsonl"), QStringLiteral("aa11"), QStringLiteral("file-abc")};
        return r;
    }

    static QByteArray preflight(const QStringList& args, int* code, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(TD_CLI_PATH), QStringList{QStringLiteral("jobs"), QStringLiteral("preflight")} + args);
        p.waitForFinished(60000);
        *code = p.exitCode();
        if (err)
            *err = p.readAllStandardError();
        return p.readAllStandardOutput();
    }

private slots:
    void roundTripWithoutSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("orders.recipe.json"));
        QVERIFY(sample().write(path));
        const QByteArray bytes = td::test::readFile(path);
        QVERIFY(!bytes.contains("wandb-secret"));
        QVERIFY(!bytes.contains("hf_secret"));
        const auto back = Recipe::read(path);
        QVERIFY(back);
        QCOMPARE(back->request.model, sample().request.model);
        QCOMPARE(back->request.nEpochs, 3);
        QCOMPARE(back->request.suffix, QStringLiteral("orders"));
        QCOMPARE(back->request.trainOnInputs, FineTuneRequest::TrainOnInputs::Yes);
        QVERIFY(back->request.wandbApiKey.isEmpty());
        QVERIFY(back->dataset);
        QCOMPARE(back->dataset->sha256, QStringLiteral("aa11"));
    }

    void fileIdsOnlyForTheSameData()
    {
        bool dropped = true;
        QCOMPARE(sample().requestFor(QStringLiteral("aa11"), {}, &dropped).trainingFile, QStringLiteral("file-abc"));
        QVERIFY(!dropped);
        QVERIFY(sample().requestFor(QStringLiteral("bb22"), {}, &dropped).trainingFile.isEmpty());
        QVERIFY(dropped);
    }

    void aBareRequestBodyIsARecipeWithoutData()
    {
        const auto r = Recipe::fromJson(R"({"model":"m","n_epochs":4})");
        QVERIFY(r);
        QCOMPARE(r->request.model, QStringLiteral("m"));
        QCOMPARE(r->request.nEpochs, 4);
        QVERIFY(!r->dataset);
    }

    void unreadableRecipesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{\"tunedesk_recipe\": 1, ");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("unrelated object") << QByteArray(R"({"hello": "world"})");
        QTest::newRow("no request") << QByteArray(R"({"tunedesk_recipe": 1})");
        QTest::newRow("request not an object") << QByteArray(R"({"tunedesk_recipe": 1, "request": "x"})");
        QTest::newRow("newer version") << QByteArray(R"({"tunedesk_recipe": 99, "request": {}})");
        QTest::newRow("odd version") << QByteArray(R"({"tunedesk_recipe": "1", "request": {}})");
    }

    void unreadableRecipesAreErrors()
    {
        QFETCH(QByteArray, bytes);
        const auto r = Recipe::fromJson(bytes);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!Recipe::read(m_dir.filePath(QStringLiteral("missing.json"))));
    }

    // The CLI reads the dialog's nested format: train_on_inputs from the recipe makes every
    // token trained (it used to read the top level, find nothing and use the defaults).
    void theCliReadsWhatTheDialogWrites()
    {
        QByteArray rows;
        for (int i = 0; i < 10; ++i)
            rows += R"({"messages":[{"role":"user","content":"What is the capital of France?"},)"
                    R"({"role":"assistant","content":"Paris."}]})"
                    "\n";
        const QString data = write(QStringLiteral("data.jsonl"), rows);
        const QString recipe = m_dir.filePath(QStringLiteral("data.recipe.json"));
        QVERIFY(sample().write(recipe));
        int code = -1;
        QByteArray out = preflight({data, QStringLiteral("--recipe"), recipe, QStringLiteral("--model"),
                                    sample().request.model, QStringLiteral("--json")},
                                   &code);
        QCOMPARE(code, 0);
        const auto j = nlohmann::json::parse(out.begin(), out.end(), nullptr, false);
        QVERIFY2(j.is_object(), out.constData());
        QCOMPARE(j["tokens"]["trained"].get<qint64>(), j["tokens"]["total"].get<qint64>());
        QCOMPARE(j["tokens"]["processed"].get<qint64>(), 3 * j["tokens"]["total"].get<qint64>()); // 3 epochs

        // A broken recipe stops the command with the reason.
        const QString broken = write(QStringLiteral("broken.json"), "{\"tunedesk_recipe\": 1");
        QByteArray err;
        out = preflight({data, QStringLiteral("--recipe"), broken, QStringLiteral("--model"), sample().request.model},
                        &code, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("not valid JSON"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRecipe)
#include "tst_recipe.moc"
