// How long opening a large row for editing takes: the conversation view and the raw JSON
// editor, for a 100-message row of about 1 MB (budget: 16 ms, one frame). Prints one JSON line.
#include "dataset/RowJson.h"
#include "widgets/dataset/RawJsonEditor.h"
#include "widgets/dataset/RowEditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace td;

namespace {

QByteArray makeRow(int messages, int charsPerMessage)
{
    RowJson row;
    row["messages"] = RowJson::array();
    std::string text;
    while (int(text.size()) < charsPerMessage)
        text += "The quick brown fox jumps over the lazy dog. ";
    text.resize(std::size_t(charsPerMessage));
    for (int i = 0; i < messages; ++i)
        row["messages"].push_back({{"role", i % 2 ? "assistant" : "user"}, {"content", text}});
    return serializeRow(row);
}

template<typename Fn>
double medianMs(Fn fn)
{
    std::vector<double> v;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        fn(i);
        v.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    return v[2];
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QByteArray big = makeRow(100, 10000);  // ~1 MB
    const QByteArray typical = makeRow(8, 1000); // ~8 KB
    RowEditor editor;
    RawJsonEditor raw;
    editor.resize(600, 800);
    raw.resize(600, 400);
    editor.show();
    raw.show();
    // A new position each time forces a full rebuild; processEvents lays out and paints it.
    // First screen: what the user sees and can edit when the row opens; complete: every
    // message block built (the rest is built in slices between events).
    // First screen: lay out and paint once, without running the slices queued for later.
    auto openConversation = [&](const QByteArray& row) {
        return medianMs([&](int i) {
            editor.showRow(i, row);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            editor.repaint();
        });
    };
    auto completeConversation = [&](const QByteArray& row) {
        return medianMs([&](int i) {
            editor.showRow(i, row);
            editor.finishBuilding();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            editor.repaint();
        });
    };
    auto openRaw = [&](const QByteArray& row) {
        return medianMs([&](int i) {
            raw.showRow(i, row);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            raw.repaint();
        });
    };
    const double typicalConv = openConversation(typical), typicalRaw = openRaw(typical);
    const double bigConv = openConversation(big), bigRaw = openRaw(big);
    const double bigComplete = completeConversation(big);
    const double typicalMs = typicalConv + typicalRaw;
    const double bigMs = bigConv + bigRaw;
    const QJsonObject out{
        {QStringLiteral("bench"), QStringLiteral("open_row_for_editing")},
        {QStringLiteral("typical_row_bytes"), typical.size()},
        {QStringLiteral("typical_row_ms"), typicalMs},
        {QStringLiteral("large_row_bytes"), big.size()},
        {QStringLiteral("large_row_messages"), 100},
        {QStringLiteral("large_row_ms"), bigMs},
        {QStringLiteral("large_row_conversation_first_screen_ms"), bigConv},
        {QStringLiteral("large_row_conversation_complete_ms"), bigComplete},
        {QStringLiteral("large_row_raw_json_ms"), bigRaw},
        {QStringLiteral("typical_row_conversation_ms"), typicalConv},
        {QStringLiteral("typical_row_raw_json_ms"), typicalRaw},
        {QStringLiteral("budget_ms"), 16},
        {QStringLiteral("large_row_within_budget"), bigMs <= 16.0},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
