#include "ChatCommand.h"
#include "CheckCommand.h"
#include "DedupeCommand.h"
#include "EndpointsCommand.h"
#include "EvalCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "FilesCommand.h"
#include "ImportCommand.h"
#include "JobsCommand.h"
#include "LintCommand.h"
#include "StatsCommand.h"
#include "TokensCommand.h"
#include "core/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage(int code)
{
    QTextStream(code ? stderr : stdout) << QCoreApplication::translate(
        "cli", "usage: tunedesk-cli COMMAND [ARGS]\n\n"
               "Commands:\n"
               "  check FILE [--profile 1.5.34|today]\n"
               "                        prints what `together files check FILE` prints (client 1.5.34,\n"
               "                        or today's structural check); exit 1 if it fails\n"
               "  lint FILE [--json] [--all] [--profile client|tools] [--context-length N]\n"
               "       [--personal-data all|none|CODE,...]\n"
               "                        every problem, with line, JSON pointer and fix; personal data\n"
               "                        and secrets (pii-*, secret-*) as warnings\n"
               "  export IN OUT [--valid-only] [--fix CODE...] [--where EXPR]\n"
               "         [--split FRACTION --seed N [--stratify format|field:NAME] [--groups FILE]] [--json]\n"
               "                        a cleaned copy, checked as Together would\n"
               "  import IN OUT [--from auto|sharegpt|alpaca|openai|prompt-completion|text|hf|csv|tsv]\n"
               "       [--map SLOT=SOURCE,...] [--json]\n"
               "                        converts other chat data to Together's JSONL; refused rows\n"
               "                        listed with line and reason; the output checked as Together would\n"
               "  stats FILE [--where EXPR] [--personal-data] [--json]\n"
               "                        rows, formats, messages, characters, failures; with --json\n"
               "                        also histograms, roles, weights, scripts, system prompts\n"
               "  tokens FILE (--tokenizer DIR | --model NAME) [--json] [--max-seq-length N]\n"
               "         [--train-on-inputs] [--dpo]\n"
               "                        exact tokens and trained tokens of every row with the model's\n"
               "                        tokenizer and chat template; rows over max_seq_length\n"
               "  dedupe FILE [--scope row|user|assistant] [--threshold J] [--groups OUT] [--json]\n"
               "                        clusters of near-duplicate rows, largest first\n"
               "  chat MODEL [MESSAGE] [--system TEXT] [--seed N] [--json]\n"
               "                        streams a chat completion (API key from the keychain or\n"
               "                        $TOGETHER_API_KEY; --base-url for other servers)\n"
               "  files upload FILE | list | delete ID [--json]\n"
               "                        files on the platform (uploads are checked first)\n"
               "  jobs preflight FILE --model M [--tokenizer DIR] [options] [--json]\n"
               "                        offline: rows, tokens, price and where the result can run\n"
               "  jobs create FILE|FILE_ID --model M [options] [--recipe FILE] [--wait] | list | get ID\n"
               "       | events ID [--follow] | cancel ID [--json]\n"
               "                        fine-tuning jobs: checked against the model's limits and\n"
               "                        priced before they are created\n"
               "  jobs download ID[:STEP] [--checkpoint-type default|merged|adapter] [--output DIR] [--extract]\n"
               "                        the fine-tuned model, resumed after a drop, unpacked on request\n"
               "  jobs preview --model M --file FILE|FILE_ID [--rows N] [--json]\n"
               "                        Together's tokens and trained spans of the first rows,\n"
               "                        beside TuneDesk's estimate\n"
               "  jobs download-tokenized ID [--output DIR]\n"
               "                        the job's tokenized training data (pre-signed, no key sent)\n"
               "  endpoints list | deploy (--job ID | --model NAME) [--dry-run] | stop EP | start EP\n"
               "       | scale EP --min N --max N | events EP\n"
               "       | delete EP [--json]\n"
               "                        dedicated endpoints v2: deploy a finished fine-tune by its registry\n"
               "                        id, priced first; stop, restart, delete in the documented order\n"
               "  eval create DATASET --model M --model M2 --seed N [--rows SPEC] | run ID | status [ID]\n"
               "       | judge ID --judge MODEL [--together-evaluations] | results ID [--export-csv F] [--json]\n"
               "                        evaluation runs: models answer held-out rows (journaled, resumed\n"
               "                        after a crash), judged pairwise, summarised with 95 % intervals\n"
               "\n"
               "--json prints what a command reports as JSON, in the shapes the app uses.\n"
               "\n"
               "tunedesk-cli COMMAND --help describes a command.\n"
               "\n"
               "Exit status (the same for every command):\n"
               "  0  done; for check, lint, export and import: the data passed\n"
               "  1  the data has errors: check failed, lint found errors (an empty file too),\n"
               "     an exported file Together would reject, a job the model's limits rule out,\n"
               "     rows import could not convert\n"
               "  2  wrong command line: unknown command or option, missing or invalid arguments\n"
               "  3  an input cannot be read: not found, not readable, not a dataset\n"
               "  4  an output cannot be written: disk full, read-only, or it is the input\n"
               "  5  the API could not be reached or answered with an error (or no API key)\n");
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tunedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TuneDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    td::installEnglishPlurals(&app); // "1 row", not "1 row(s)"

    QStringList args = app.arguments();
    if (args.size() < 2)
        return usage(td::cli::ExitCode::Usage);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(td::cli::ExitCode::Ok);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "tunedesk-cli " << TD_VERSION << Qt::endl;
        return td::cli::ExitCode::Ok;
    }
    args.removeAt(1);
    args[0] = args[0] + QLatin1Char(' ') + command;
    if (command == QLatin1String("stats"))
        return td::cli::runStats(args);
    if (command == QLatin1String("tokens"))
        return td::cli::runTokens(args);
    if (command == QLatin1String("dedupe"))
        return td::cli::runDedupe(args);
    if (command == QLatin1String("check"))
        return td::cli::runCheck(args);
    if (command == QLatin1String("chat"))
        return td::cli::runChat(args);
    if (command == QLatin1String("files"))
        return td::cli::runFiles(args);
    if (command == QLatin1String("jobs"))
        return td::cli::runJobs(args);
    if (command == QLatin1String("endpoints"))
        return td::cli::runEndpoints(args);
    if (command == QLatin1String("eval"))
        return td::cli::runEval(args);
    if (command == QLatin1String("lint"))
        return td::cli::runLint(args);
    if (command == QLatin1String("export"))
        return td::cli::runExport(args);
    if (command == QLatin1String("import"))
        return td::cli::runImport(args);
    QTextStream(stderr) << QCoreApplication::translate("cli", "tunedesk-cli: unknown command '%1'").arg(command)
                        << Qt::endl;
    return usage(td::cli::ExitCode::Usage);
}
