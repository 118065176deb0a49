#include "GettingStartedDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

GettingStartedDialog::GettingStartedDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Getting Started"));
    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setAccessibleName(tr("Getting started"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(600, 560);
}

QString GettingStartedDialog::html()
{
    // Menu paths rather than keys: Help › Keyboard Shortcuts lists the keys as they are.
    return tr("<h2>Getting started with TuneDesk</h2>"
              "<h3>1. Open a dataset</h3>"
              "<p>Choose <b>File › Open…</b> or drop a <code>.jsonl</code> or <code>.jsonl.zst</code> file on the "
              "window. Files of any size open at once; the first rows show while the rest is read. "
              "<b>File › New Dataset</b> starts an empty one. Each line is a row of the table; the selected "
              "row's conversation is shown beside it to read and edit, with its raw JSON below. Data in another "
              "shape (ShareGPT, Alpaca, OpenAI chat, CSV and more) comes in through <b>File › Import…</b>, which "
              "shows how its first rows convert before it writes Together's format.</p>"
              "<h3>2. Check it</h3>"
              "<p>The <b>Checks</b> panel under the table runs by itself after the file opens and after each "
              "edit. Its first line is Together's verdict: whether Together would accept the file. Below it every "
              "problem is listed, grouped by kind; click one to see its row. <b>Fix</b> and <b>Fix All of This "
              "Kind</b> repair common problems in one undoable step, and <b>File › Export Cleaned Copy…</b> "
              "writes a copy with only the rows you want. Save with <b>File › Save</b>.</p>"
              "<h3>3. Curate it</h3>"
              "<p>The checks also find personal data and secrets (e-mail addresses, phone numbers, card numbers, "
              "keys and tokens); Fix replaces them with placeholders such as &lt;EMAIL&gt;. <b>Edit › Find "
              "Near-Duplicates…</b> lists rows that are nearly the same, side by side with the words that differ "
              "highlighted, and keeps the one you choose. <b>View › Statistics</b> charts the rows: a click on a "
              "bar, or an expression in the <b>Filter</b> box over the table (<code>msgs &gt; 10 and "
              "has(tool)</code>), shows only those rows.</p>"
              "<h3>4. Launch a fine-tuning job</h3>"
              "<p>Enter your Together API key in <b>Settings › Connections…</b> (it is kept in the system "
              "keychain). In the <b>Jobs</b> pane, <b>New Fine-Tune…</b> offers the open dataset: choose the "
              "base model and the settings, read the pre-flight summary (the verdict, the tokens and the "
              "price) and launch. The job's page then shows its progress, its events and its loss curve, and "
              "lets you download the result.</p>"
              "<h3>5. Chat with it</h3>"
              "<p>In the <b>Playground</b> pane, pick a model (your finished fine-tunes are listed first), type "
              "a message and press <b>Send</b>. <b>Compare</b> adds a column to ask a second model the same "
              "question, for example the base model beside your fine-tune. <b>Edit › Try in Playground</b> "
              "asks the models a row of your dataset, and <b>Add to Dataset</b> turns a good conversation into "
              "a new row.</p>"
              "<h3>No Together account yet?</h3>"
              "<p><b>Try the Demo Connection</b> on the welcome page starts a local server on this computer that "
              "answers as Together does, free: it has a dataset already uploaded, a finished job with its loss "
              "curve, one still training, and models to chat with. Every pane works with it. The connection list "
              "at the right of the status bar switches between the demo and your account.</p>"
              "<p><b>Help › Keyboard Shortcuts</b> lists every key.</p>");
}

} // namespace td
