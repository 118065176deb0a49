#include "EvalCommand.h"

#include "CliConnection.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include "api/connection/ModelAddress.h"

#include "api/http/CurlTransport.h"
#include "eval/EvalEstimate.h"
#include "eval/EvalExport.h"
#include "eval/EvalJudge.h"
#include "eval/EvalRunner.h"
#include "eval/EvalSummary.h"
#include "eval/TogetherJudge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace td::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

void printJson(const nlohmann::ordered_json& j)
{
    const std::string text = j.dump(2) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void printText(const QString& text)
{
    const QByteArray u = text.toUtf8() + '\n';
    std::fwrite(u.constData(), 1, std::size_t(u.size()), stdout);
    std::fflush(stdout);
}

// "all", "3,7,12" (1-based, as the workbench numbers rows) or "sample:N[:SEED]".
std::optional<EvalRowChoice> rowChoice(const QString& spec, quint64 fallbackSeed)
{
    EvalRowChoice c;
    if (spec.isEmpty() || spec == QLatin1String("all"))
        return c;
    if (spec.startsWith(QLatin1String("sample:"))) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        bool ok = true, okSeed = true;
        c.mode = EvalRowChoice::Mode::Sample;
        c.sampleCount = parts.value(1).toInt(&ok);
        c.sampleSeed = parts.size() > 2 ? parts[2].toULongLong(&okSeed) : fallbackSeed;
        if (!ok || !okSeed || c.sampleCount < 1 || parts.size() > 3)
            return std::nullopt;
        return c;
    }
    c.mode = EvalRowChoice::Mode::List;
    for (const QString& n : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = true;
        const qint64 v = n.trimmed().toLongLong(&ok);
        if (!ok || v < 1)
            return std::nullopt;
        c.rows.append(v - 1);
    }
    return c.rows.isEmpty() ? std::nullopt : std::optional(c);
}

EvalModel modelFromArgument(const QString& arg, int concurrency)
{
    EvalModel m;
    m.maxConcurrency = concurrency;
    const ModelAddress address = ModelAddress::parse(arg);
    m.model = address.model;
    m.dedicatedV2 = address.dedicatedV2;
    return m;
}

QString progressLine(int answered, int failed, int total)
{
    return tr("%1 of %2 answers, %3 failed").arg(answered).arg(total).arg(failed);
}

// Runs (or resumes) a run to its end; the exit code: 0 when every answer is in, 5 when some
// failed after their retries (or a batch failed), 4 when the journal cannot be written.
// `batchAll`: every model through Together's Batch API, polled to the end.
void runToEnd(HttpTransport* transport, const EvalStore& store, const QString& id, const Connection& connection,
              bool asJson, bool batchAll)
{
    QCoreApplication* app = QCoreApplication::instance();
    auto* runner = new EvalRunner(
        transport, store, id, [connection](const EvalModel&) { return connection; }, app);
    runner->setBatchAll(batchAll);
    runner->setBatchPollInterval(
        qEnvironmentVariableIntValue("TD_POLL_MS") > 0 ? qEnvironmentVariableIntValue("TD_POLL_MS") : 10000);
    auto batchFailed = std::make_shared<bool>(false);
    QObject::connect(runner, &EvalRunner::batchStage, app, [runner](int model, const QString& what) {
        QTextStream(stderr) << runner->data().definition.models.value(model).model << ": " << what << Qt::endl;
    });
    QObject::connect(runner, &EvalRunner::batchFailed, app, [batchFailed](int, const QString& message) {
        *batchFailed = true;
        QTextStream(stderr) << "tunedesk-cli: " << message << Qt::endl;
    });
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(runner, &EvalRunner::progress, app, [clock](int answered, int failed, int total) {
        static qint64 last = -1000;
        if (clock->elapsed() - last >= 1000 || answered + failed == total) {
            last = clock->elapsed();
            QTextStream(stderr) << progressLine(answered, failed, total) << Qt::endl;
        }
    });
    QObject::connect(runner, &EvalRunner::journalFailed, app, [app](const QString& message) {
        QTextStream(stderr) << "tunedesk-cli: " << message << Qt::endl;
        app->exit(ExitCode::OutputFailed);
    });
    QObject::connect(runner, &EvalRunner::finished, app, [=] {
        const EvalSummary s = EvalSummary::of(runner->data());
        if (asJson)
            printJson({{"id", id.toStdString()},
                       {"answered", runner->answered()},
                       {"failed", runner->failed()},
                       {"total", runner->total()},
                       {"seconds", double(clock->elapsed()) / 1000}});
        else
            printText(tr("Run %1 done in %2 s: %3")
                          .arg(id)
                          .arg(double(clock->elapsed()) / 1000, 0, 'f', 1)
                          .arg(progressLine(runner->answered(), runner->failed(), runner->total())));
        delete clock;
        app->exit(runner->failed() > 0 || *batchFailed ? ExitCode::NetworkError : ExitCode::Ok);
    });
    if (auto started = runner->start(); !started) {
        QTextStream(stderr) << "tunedesk-cli: " << started.error().message << Qt::endl;
        app->exit(ExitCode::InputUnreadable);
    }
}

int usage()
{
    QTextStream(stderr)
        << tr("usage: tunedesk-cli eval create DATASET --model M --model M2 [--model ...] --seed N [--rows all|1,5,9|"
              "sample:N[:SEED]]\n"
              "                          [--answer-index I] [--max-tokens N] [--temperature T] [--concurrency N]\n"
              "                          [--candidate K] [--name NAME] [--no-run] [--json]\n"
              "       tunedesk-cli eval run ID [--batch] | status [ID] [--json]\n"
              "       tunedesk-cli eval judge ID --judge MODEL [--prompt-file F] [--together-evaluations]\n"
              "       tunedesk-cli eval results ID [--breakdown FACT] [--judge NAME] [--export-jsonl F] [--export-csv "
              "F]\n"
              "                          [--preference-rows F] [--training-rows F] [--only-lost] [--json]")
        << Qt::endl;
    return ExitCode::Usage;
}

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

int runEval(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluation runs: several models answer held-out rows, judged pairwise."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("create, run, status, judge or results"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("A model to ask (2 to 4; v2:NAME for a dedicated endpoint v2)"),
                                   QStringLiteral("NAME"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The seed every model is asked with"),
                                  QStringLiteral("N"));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("all, 1-based row numbers (3,7,12) or sample:N[:SEED]"),
                                  QStringLiteral("SPEC"), QStringLiteral("all"));
    const QCommandLineOption answerIndex(QStringLiteral("answer-index"),
                                         tr("Cut each row before this message (-1: the last assistant message)"),
                                         QStringLiteral("I"), QStringLiteral("-1"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), tr("Answer length"), QStringLiteral("N"),
                                       QStringLiteral("512"));
    const QCommandLineOption temperature(QStringLiteral("temperature"), tr("Sampling"), QStringLiteral("T"),
                                         QStringLiteral("0.7"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), tr("Most requests in flight per model (8)"),
                                         QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption candidate(QStringLiteral("candidate"),
                                       tr("Which --model (1-based) is the fine-tune (default: the second)"),
                                       QStringLiteral("K"));
    const QCommandLineOption name(QStringLiteral("name"), tr("A name for the run"), QStringLiteral("NAME"));
    const QCommandLineOption noRun(QStringLiteral("no-run"), tr("Create and estimate only"));
    const QCommandLineOption judge(
        QStringLiteral("judge"), tr("The judge model (judge), or the judge's name (results)"), QStringLiteral("MODEL"));
    const QCommandLineOption promptFile(QStringLiteral("prompt-file"),
                                        tr("The judge's prompt, with {conversation}, "
                                           "{reference}, {answer_a}, {answer_b}"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption viaTogether(
        QStringLiteral("together-evaluations"),
        tr("Judge with Together's Evaluations API (compare) instead of chat requests"));
    const QCommandLineOption breakdown(QStringLiteral("breakdown"), tr("Break the summary down by a row fact"),
                                       QStringLiteral("FACT"));
    const QCommandLineOption exportJsonl(QStringLiteral("export-jsonl"), tr("Write the whole run as JSONL"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"), tr("Write the whole run as CSV"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption preferenceRows(QStringLiteral("preference-rows"),
                                            tr("Write DPO preference rows from the judge's verdicts"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption trainingRows(QStringLiteral("training-rows"),
                                          tr("Write training rows with the better answers"), QStringLiteral("FILE"));
    const QCommandLineOption onlyLost(QStringLiteral("only-lost"), tr("Only rows the fine-tune lost"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), tr("Ask through Together's Batch API (cheaper, slower) instead of one request each"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("API base URL"), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Connection profile (id or name)"),
                                     QStringLiteral("NAME"));
    parser.addOptions({model,       seed,      rows,        answerIndex, maxTokens,      temperature,
                       concurrency, candidate, name,        noRun,       judge,          promptFile,
                       viaTogether, breakdown, exportJsonl, exportCsv,   preferenceRows, trainingRows,
                       onlyLost,    batch,     json,        baseUrl,     profile});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    QTextStream err(stderr);
    const bool asJson = parser.isSet(json);
    const EvalStore store;
    CurlTransport transport;
    QCoreApplication* app = QCoreApplication::instance();

    if (action == QLatin1String("create")) {
        if (pos.size() != 2)
            return usage();
        bool okSeed = false, okMax = false, okT = false, okC = false, okI = false, okK = true;
        EvalDefinition d;
        d.datasetPath = pos[1];
        d.name = parser.value(name);
        d.parameters.seed = parser.value(seed).toLongLong(&okSeed);
        d.parameters.maxTokens = parser.value(maxTokens).toInt(&okMax);
        d.parameters.temperature = parser.value(temperature).toDouble(&okT);
        const int perModel = parser.value(concurrency).toInt(&okC);
        d.answerIndex = parser.value(answerIndex).toInt(&okI);
        if (parser.isSet(candidate))
            d.candidate = parser.value(candidate).toInt(&okK) - 1;
        if (!parser.isSet(seed) || !okSeed) {
            err << tr("tunedesk-cli: --seed N is required: every model is asked with the same seed.") << Qt::endl;
            return ExitCode::Usage;
        }
        if (!okMax || !okT || !okC || !okI || !okK || perModel < 1) {
            err << tr("tunedesk-cli: --max-tokens, --temperature, --concurrency, --answer-index and --candidate take "
                      "numbers")
                << Qt::endl;
            return ExitCode::Usage;
        }
        const auto choice = rowChoice(parser.value(rows), quint64(*d.parameters.seed));
        if (!choice) {
            err << tr("tunedesk-cli: --rows takes all, row numbers from 1 (3,7,12) or sample:N[:SEED]") << Qt::endl;
            return ExitCode::Usage;
        }
        d.rows = *choice;
        for (const QString& m : parser.values(model))
            d.models.append(modelFromArgument(m, perModel));
        if (auto v = d.validate(); !v) {
            err << "tunedesk-cli: " << v.error().message << Qt::endl;
            return ExitCode::Usage;
        }
        const auto read = EvalRows::read(d);
        if (!read) {
            err << "tunedesk-cli: " << read.error().message << Qt::endl;
            return read.error().code == Error::Code::Parse ? ExitCode::Usage : ExitCode::InputUnreadable;
        }
        const auto id = store.create(d, *read);
        if (!id) {
            err << "tunedesk-cli: " << id.error().message << Qt::endl;
            return ExitCode::OutputFailed;
        }
        d.id = *id;
        EvalEstimate estimate;
        ModelCatalog catalog = ModelCatalog::bundled();
        return withConnection(parser.value(baseUrl), parser.value(profile), [&](const Connection& connection) {
            // Whether each model answers, before anything is spent on it.
            auto* probe = new EvalServingProbe(
                &transport, [connection](const EvalModel&) { return connection; }, app);
            QObject::connect(probe, &EvalServingProbe::decided, app, [&, connection](const QList<ServingVerdict>& v) {
                for (int i = 0; i < v.size() && i < estimate.models.size(); ++i)
                    estimate.models[i].serving = v[i];
                if (asJson) {
                    nlohmann::ordered_json j = {{"id", d.id.toStdString()}};
                    j["estimate"] = estimate.toJson();
                    printJson(j);
                } else {
                    printText(tr("Run %1 created in %2").arg(d.id, store.folder(d.id)));
                    printText(estimate.text());
                }
                if (parser.isSet(noRun)) {
                    app->exit(ExitCode::Ok);
                    return;
                }
                runToEnd(&transport, store, d.id, connection, asJson, parser.isSet(batch));
            });
            // Live prices (fine-tunes included) laid over the bundled ones; without them, the
            // bundled catalog's.
            TogetherClient(&transport, connection)
                .listModels(app, [&, probe](const ApiResult<QList<ModelInfo>>& models) {
                    if (const auto* list = std::get_if<QList<ModelInfo>>(&models))
                        catalog.setLiveModels(*list);
                    estimate = EvalEstimate::of(d, *read, catalog);
                    probe->check(d);
                });
        });
    }

    if (action == QLatin1String("run")) {
        if (pos.size() != 2)
            return usage();
        const QString id = pos[1];
        return withConnection(parser.value(baseUrl), parser.value(profile), [&](const Connection& c) {
            runToEnd(&transport, store, id, c, asJson, parser.isSet(batch));
        });
    }

    if (action == QLatin1String("status")) {
        if (pos.size() == 1) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const EvalStore::Listed& l : store.list()) {
                QStringList models;
                for (const EvalModel& m : l.definition.models)
                    models << m.model;
                if (asJson)
                    list.push_back({{"id", l.definition.id.toStdString()},
                                    {"name", l.definition.name.toStdString()},
                                    {"state", l.state.toStdString()},
                                    {"models", models.join(QStringLiteral(", ")).toStdString()}});
                else
                    printText(
                        QStringLiteral("%1  %2  %3  %4")
                            .arg(l.definition.id, l.state, models.join(QStringLiteral(" vs ")), l.definition.name));
            }
            if (asJson)
                printJson(list);
            return ExitCode::Ok;
        }
        const auto data = store.open(pos[1]);
        if (!data) {
            err << "tunedesk-cli: " << data.error().message << Qt::endl;
            return ExitCode::InputUnreadable;
        }
        const int total = data->askableRows() * int(data->definition.models.size());
        if (asJson) {
            printJson({{"id", pos[1].toStdString()},
                       {"state", data->state.toStdString()},
                       {"answered", data->answered()},
                       {"failed", data->failedAnswers()},
                       {"total", total},
                       {"verdicts", data->verdicts.size()},
                       {"torn_lines", data->tornLines}});
        } else {
            printText(tr("%1: %2, %3")
                          .arg(pos[1], data->state, progressLine(data->answered(), data->failedAnswers(), total)));
        }
        return ExitCode::Ok;
    }

    if (action == QLatin1String("judge")) {
        if (pos.size() != 2 || !parser.isSet(judge))
            return usage();
        const QString id = pos[1];
        const auto data = store.open(id);
        if (!data) {
            err << "tunedesk-cli: " << data.error().message << Qt::endl;
            return ExitCode::InputUnreadable;
        }
        QString prompt = EvalJudge::defaultPrompt();
        if (parser.isSet(promptFile)) {
            QFile f(parser.value(promptFile));
            if (!f.open(QIODevice::ReadOnly)) {
                err << "tunedesk-cli: " << tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
                return ExitCode::InputUnreadable;
            }
            prompt = QString::fromUtf8(f.readAll());
            if (auto ok = EvalJudge::checkPrompt(prompt); !ok) {
                err << "tunedesk-cli: " << ok.error().message << Qt::endl;
                return 2;
            }
        }
        const auto pairs = EvalJudge::defaultPairs(data->definition);
        return withConnection(
            parser.value(baseUrl), parser.value(profile), [&, id, prompt, pairs](const Connection& connection) {
                if (parser.isSet(viaTogether)) {
                    auto* t = new TogetherJudge(&transport, connection, store, id, pairs, parser.value(judge), app);
                    t->setPrompt(prompt);
                    t->setPollInterval(qEnvironmentVariableIntValue("TD_POLL_MS") > 0
                                           ? qEnvironmentVariableIntValue("TD_POLL_MS")
                                           : 5000);
                    QObject::connect(t, &TogetherJudge::stage, app,
                                     [](int, int, const QString& s) { QTextStream(stderr) << s << Qt::endl; });
                    QObject::connect(t, &TogetherJudge::finished, app, [app, t] {
                        for (const TogetherJudge::PairResult& r : t->results())
                            printText(tr("Together's judge: A %1, B %2, ties %3, judge failures %4")
                                          .arg(r.aWins)
                                          .arg(r.bWins)
                                          .arg(r.ties)
                                          .arg(r.judgeFailures));
                        for (const QString& m : t->failures())
                            QTextStream(stderr) << "tunedesk-cli: " << m << Qt::endl;
                        app->exit(t->failures().isEmpty() ? ExitCode::Ok : ExitCode::NetworkError);
                    });
                    t->start();
                    return;
                }
                auto* j = new EvalJudge(
                    &transport, store, id, modelFromArgument(parser.value(judge), 8),
                    [connection](const EvalModel&) { return connection; }, app);
                j->setPrompt(prompt);
                QObject::connect(j, &EvalJudge::finished, app, [j, app] {
                    printText(tr("Judged: %1 verdicts, %2 judge failures").arg(j->done()).arg(j->failures()));
                    app->exit(ExitCode::Ok);
                });
                QObject::connect(j, &EvalJudge::journalFailed, app, [app](const QString& m) {
                    QTextStream(stderr) << "tunedesk-cli: " << m << Qt::endl;
                    app->exit(ExitCode::OutputFailed);
                });
                if (auto s = j->start(); !s) {
                    QTextStream(stderr) << "tunedesk-cli: " << s.error().message << Qt::endl;
                    app->exit(ExitCode::InputUnreadable);
                }
            });
    }

    if (action == QLatin1String("results")) {
        if (pos.size() != 2)
            return usage();
        const auto data = store.open(pos[1]);
        if (!data) {
            err << "tunedesk-cli: " << data.error().message << Qt::endl;
            return ExitCode::InputUnreadable;
        }
        const EvalSummary summary = EvalSummary::of(*data, parser.value(breakdown));
        if (parser.isSet(exportJsonl))
            if (auto w = EvalExport::writeRun(*data, EvalExport::RunFormat::Jsonl, parser.value(exportJsonl)); !w) {
                err << "tunedesk-cli: " << w.error().message << Qt::endl;
                return ExitCode::OutputFailed;
            }
        if (parser.isSet(exportCsv))
            if (auto w = EvalExport::writeRun(*data, EvalExport::RunFormat::Csv, parser.value(exportCsv)); !w) {
                err << "tunedesk-cli: " << w.error().message << Qt::endl;
                return ExitCode::OutputFailed;
            }
        if (parser.isSet(preferenceRows) || parser.isSet(trainingRows)) {
            // The pair and judge: the named judge (or the first that judged), fine-tune vs the others.
            if (summary.pairs.isEmpty()) {
                err << tr("tunedesk-cli: the run has no verdicts yet: run eval judge first.") << Qt::endl;
                return ExitCode::DataErrors;
            }
            QByteArray pref, train;
            for (const EvalSummary::Pair& p : summary.pairs) {
                if (parser.isSet(judge) && p.judge != parser.value(judge))
                    continue;
                for (const QByteArray& r : EvalExport::preferenceRows(*data, p.a, p.b, p.judge, parser.isSet(onlyLost)))
                    pref += r + '\n';
                for (const QByteArray& r : EvalExport::trainingRows(*data, p.a, p.b, p.judge, parser.isSet(onlyLost)))
                    train += r + '\n';
            }
            if (parser.isSet(preferenceRows))
                if (auto w = writeFile(parser.value(preferenceRows), pref); !w) {
                    err << "tunedesk-cli: " << w.error().message << Qt::endl;
                    return ExitCode::OutputFailed;
                }
            if (parser.isSet(trainingRows))
                if (auto w = writeFile(parser.value(trainingRows), train); !w) {
                    err << "tunedesk-cli: " << w.error().message << Qt::endl;
                    return ExitCode::OutputFailed;
                }
        }
        if (asJson)
            printJson(summary.toJson());
        else
            printText(summary.text());
        return ExitCode::Ok;
    }
    return usage();
}

} // namespace td::cli
