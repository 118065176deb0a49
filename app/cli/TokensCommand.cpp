#include "TokensCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "api/client/ModelCatalog.h"
#include "api/connection/KeychainSecretStore.h"
#include "api/http/CurlTransport.h"
#include "jobs/HuggingFaceToken.h"
#include "tokens/count/DatasetTokenCounts.h"
#include "tokens/count/HfTokenizerDownload.h"
#include "tokens/count/RowTokenCounter.h"
#include "tokens/count/TokenizerCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace td::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString number(std::int64_t n)
{
    return QLocale().toString(qint64(n));
}

// Where max_seq_length comes from: the option, the model's limits in the bundled catalog, or
// the tokenizer's model_max_length; 0 when none says.
struct SeqLimit
{
    std::int64_t tokens = 0;
    QString from;
};

SeqLimit seqLimit(const QCommandLineParser& p, const Tokenizer& tokenizer, bool dpo)
{
    if (p.isSet(QStringLiteral("max-seq-length")))
        return {p.value(QStringLiteral("max-seq-length")).toLongLong(), tr("--max-seq-length")};
    if (p.isSet(QStringLiteral("model"))) {
        const QString model = p.value(QStringLiteral("model"));
        if (const auto limits = ModelCatalog::bundled().limits(model)) {
            const int n = dpo ? limits->maxSeqLengthDpo : limits->maxSeqLengthSft;
            if (n > 0)
                return {n, dpo ? tr("%1's DPO limit in the bundled catalog").arg(model)
                               : tr("%1's limit in the bundled catalog").arg(model)};
        }
    }
    if (const auto n = tokenizer.config().modelMaxLength; n && *n > 0)
        return {*n, tr("the tokenizer's model_max_length")};
    return {};
}

} // namespace

// --download: the model's tokenizer from the Hugging Face Hub into the cache (the token from
// $HF_TOKEN, else the one the app keeps in the keychain, never from an argument); its folder.
Result<QString> downloadTokenizer(const QString& model, const QString& revision, QTextStream& err)
{
    QString token = qEnvironmentVariable("HF_TOKEN");
    if (token.isEmpty()) {
        KeychainSecretStore keychain;
        QEventLoop wait;
        keychain.read(HuggingFaceToken::key(), &wait, [&](const Result<QString>& kept) {
            if (kept)
                token = *kept;
            wait.quit();
        });
        wait.exec();
    }
    CurlTransport transport;
    HfTokenizerDownload::Request r;
    r.model = model;
    r.revision = revision;
    r.token = token;
    HfTokenizerDownload download(&transport, r);
    Result<QString> outcome = Error::make(Error::Code::Internal, QString());
    QEventLoop wait;
    QObject::connect(&download, &HfTokenizerDownload::progress, &wait,
                     [&err](const QString& what) { err << what << Qt::endl; });
    QObject::connect(&download, &HfTokenizerDownload::finished, &wait, [&](const QString& folder, const QString&) {
        outcome = folder;
        wait.quit();
    });
    QObject::connect(&download, &HfTokenizerDownload::failed, &wait, [&](const QString& message) {
        outcome = Error::make(Error::Code::Io, message);
        wait.quit();
    });
    download.start();
    wait.exec();
    return outcome;
}

int runTokens(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Counts every row's tokens with the model's own tokenizer and chat template: tokens, trained tokens "
           "(message weights, train_on_inputs, the sample weight, DPO's answers) and rows longer than "
           "max_seq_length, then a summary."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("A .jsonl or .jsonl.zst file"));
    p.addOptions({
        {QStringLiteral("tokenizer"), tr("A folder holding tokenizer.json and tokenizer_config.json"),
         QStringLiteral("DIR")},
        {QStringLiteral("model"),
         tr("A Together model name: its cached tokenizer, and its max_seq_length from the bundled catalog"),
         QStringLiteral("NAME")},
        {QStringLiteral("max-seq-length"),
         tr("Rows longer than N tokens are truncated (default: the model's limit, "
            "else the tokenizer's model_max_length)"),
         QStringLiteral("N")},
        {QStringLiteral("train-on-inputs"), tr("Count user and system messages as trained (train_on_inputs)")},
        {QStringLiteral("dpo"), tr("Use the model's DPO max_seq_length")},
        {QStringLiteral("download"),
         tr("With --model: download its tokenizer from the Hugging Face Hub into the cache first (gated models: "
            "the token from $HF_TOKEN, else the app's)")},
        {QStringLiteral("revision"), tr("With --download: the Hub revision (branch, tag or commit; default main)"),
         QStringLiteral("REV")},
        {QStringLiteral("json"), tr("Print one JSON object a row (row, tokens, trained, truncated), then the summary")},
    });
    if (auto code = parseCommandLine(p, args))
        return *code;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (p.positionalArguments().size() != 1 ||
        !(p.isSet(QStringLiteral("tokenizer")) || p.isSet(QStringLiteral("model")))) {
        err << tr("usage: tunedesk-cli tokens FILE (--tokenizer DIR | --model NAME [--download [--revision REV]]) "
                  "[--json] [--max-seq-length N] [--train-on-inputs] [--dpo]")
            << Qt::endl;
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("max-seq-length"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("max-seq-length")).toLongLong(&ok);
        if (!ok || n < 0) {
            err << tr("tunedesk-cli: --max-seq-length takes a number of tokens") << Qt::endl;
            return ExitCode::Usage;
        }
    }
    QString dir = p.value(QStringLiteral("tokenizer"));
    if (p.isSet(QStringLiteral("download"))) {
        if (!dir.isEmpty() || !p.isSet(QStringLiteral("model"))) {
            err << tr("tunedesk-cli: --download goes with --model NAME (not --tokenizer)") << Qt::endl;
            return ExitCode::Usage;
        }
        Result<QString> downloaded =
            downloadTokenizer(p.value(QStringLiteral("model")), p.value(QStringLiteral("revision")), err);
        if (!downloaded) {
            err << "tunedesk-cli: " << downloaded.error().message << Qt::endl;
            return ExitCode::NetworkError;
        }
        dir = *downloaded;
    }
    if (dir.isEmpty()) {
        Result<QString> cached = TokenizerCache::find(p.value(QStringLiteral("model")));
        if (!cached) {
            err << "tunedesk-cli: " << cached.error().message << Qt::endl;
            return ExitCode::InputUnreadable;
        }
        dir = *cached;
    }
    Result<Tokenizer> tokenizer = Tokenizer::load(dir);
    if (!tokenizer) {
        err << "tunedesk-cli: " << tokenizer.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    const bool dpo = p.isSet(QStringLiteral("dpo"));
    const SeqLimit limit = seqLimit(p, *tokenizer, dpo);
    TokenCountSettings settings;
    settings.trainOnInputs = p.isSet(QStringLiteral("train-on-inputs"));
    settings.maxSeqLength = limit.tokens;
    Result<RowTokenCounter> counter = RowTokenCounter::create(*tokenizer, settings);
    if (!counter) {
        err << "tunedesk-cli: " << counter.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }

    const auto doc = openDataset(p.positionalArguments().front());
    if (!doc)
        return ExitCode::InputUnreadable;
    const DocumentSnapshot snap = doc->snapshot();
    Result<DatasetTokenCounts> counts = countDatasetTokens(snap, *counter);
    if (!counts) {
        err << "tunedesk-cli: " << counts.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    // The first failures' reasons were kept; later ones are asked again (a failing row fails
    // before it is tokenized, so that costs little).
    std::size_t nextFailure = 0;
    auto failureOf = [&](std::int64_t pos) {
        if (nextFailure < counts->failures.size() && counts->failures[nextFailure].row == pos)
            return counts->failures[nextFailure++].message;
        const QByteArrayView v = snap.rowView(pos);
        Result<RowTokenCount> again = counter->countLine(std::string_view(v.data(), std::size_t(v.size())));
        return again ? QString() : again.error().message;
    };
    const bool json = p.isSet(QStringLiteral("json"));
    const TokenTotals& t = counts->totals;
    for (std::size_t pos = 0; pos < counts->rows.size(); ++pos) {
        const RowTokens& r = counts->rows[pos];
        const std::int64_t line = std::int64_t(pos) + 1;
        if (r.state == RowTokens::State::Blank)
            continue;
        if (json) {
            nlohmann::ordered_json j;
            j["row"] = line;
            if (r.state == RowTokens::State::Failed) {
                j["error"] = failureOf(std::int64_t(pos)).toStdString();
            } else {
                j["tokens"] = r.tokens;
                j["trained"] = r.trained;
                j["truncated"] = r.truncated();
                if (r.truncated())
                    j["over_by"] = r.overBy;
            }
            out << QString::fromStdString(j.dump()) << '\n';
        } else if (r.state == RowTokens::State::Failed) {
            out << tr("line %1: not counted: %2").arg(line).arg(failureOf(std::int64_t(pos))) << '\n';
        } else {
            out << (r.tokens == 1
                        ? tr("line %1: 1 token, %2 trained").arg(line).arg(number(r.trained))
                        : tr("line %1: %2 tokens, %3 trained").arg(line).arg(number(r.tokens), number(r.trained)));
            if (r.truncated())
                out << tr(" (%1 over max_seq_length, truncated)").arg(number(r.overBy));
            out << '\n';
        }
    }
    if (json) {
        nlohmann::ordered_json s;
        s["rows"] = t.rows - t.blank;
        s["counted"] = t.counted;
        s["failed"] = t.failed;
        s["blank"] = t.blank;
        s["tokens"] = t.tokens;
        s["trained"] = t.trained;
        s["trained_after_truncation"] = t.trainedKept;
        s["truncated_rows"] = t.truncatedRows;
        s["tokens_over"] = t.tokensCut;
        s["longest"] = t.longest;
        s["max_seq_length"] = limit.tokens;
        s["max_seq_length_from"] = limit.from.toStdString();
        s["train_on_inputs"] = settings.trainOnInputs;
        s["tokenizer"] = tokenizer->describe().toStdString();
        if (const QString from = HfTokenizerDownload::describeCached(dir); !from.isEmpty())
            s["tokenizer_from"] = from.toStdString();
        s["exact"] = true;
        out << QString::fromStdString(nlohmann::ordered_json{{"summary", s}}.dump()) << '\n';
    } else {
        out << '\n' << tr("Tokenizer: %1").arg(tokenizer->describe()) << '\n';
        if (const QString from = HfTokenizerDownload::describeCached(dir); !from.isEmpty())
            out << tr("From the Hugging Face Hub: %1").arg(from) << '\n';
        out << tr("Rows: %1 counted").arg(number(t.counted));
        if (t.failed)
            out << tr(", %1 not counted").arg(number(t.failed));
        if (t.blank)
            out << (t.blank == 1 ? tr(", 1 blank line") : tr(", %1 blank lines").arg(number(t.blank)));
        out << '\n';
        out << tr("Tokens: %1, of which trained: %2").arg(number(t.tokens), number(t.trained)) << '\n';
        out << tr("Longest row: %1 tokens").arg(number(t.longest)) << '\n';
        if (limit.tokens > 0) {
            out << tr("max_seq_length: %1 (%2)").arg(number(limit.tokens), limit.from) << '\n';
            out << tr("Rows over it: %1 (%2 tokens cut; trained tokens left: %3)")
                       .arg(number(t.truncatedRows), number(t.tokensCut), number(t.trainedKept))
                << '\n';
        } else {
            out << tr("max_seq_length: unknown (give --max-seq-length N or --model NAME)") << '\n';
        }
        if (t.approximateSpans)
            out << tr("Note: the chat template renders some last messages differently; those spans were aligned "
                      "by their text.")
                << '\n';
    }
    out.flush();
    return t.failed > 0 ? ExitCode::DataErrors : ExitCode::Ok;
}

} // namespace td::cli
