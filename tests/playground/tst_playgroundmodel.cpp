#include "endpoints/EndpointsModel.h"
#include "playground/ConversationStore.h"
#include "playground/TrainingRows.h"
#include "validate/ParityChecker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <climits>
#include <limits>

using namespace td;

namespace {
bool passesTogetherCheck(const QByteArray& row)
{
    const QByteArray file = row + '\n';
    const ParityReport r = checkJsonlParity(file.constData(), std::size_t(file.size()));
    return !r.contains("is_check_passed") || r.passed();
}

ChatMessage msg(const char* role, const char* text)
{
    return {QString::fromLatin1(role), QString::fromUtf8(text)};
}
} // namespace

// The playground's model side without a server: parameters as sent, conversations saved and
// read back, rows made from conversations (and accepted by Together's checker), conversations
// made from rows, endpoint costs.
class TestPlaygroundModel : public QObject
{
    Q_OBJECT

private slots:
    void parametersAreSentOnlyWhenSet()
    {
        ChatParameters p;
        nlohmann::ordered_json body;
        p.writeTo(body);
        QVERIFY(!body.contains("top_k") && !body.contains("seed") && !body.contains("repetition_penalty"));
        p.topK = 40;
        p.repetitionPenalty = 1.1;
        p.seed = 7;
        p.stop = {QStringLiteral("###")};
        p.jsonObject = true;
        body = {};
        p.writeTo(body);
        QCOMPARE(body["top_k"].get<int>(), 40);
        QCOMPARE(body["repetition_penalty"].get<double>(), 1.1);
        QCOMPARE(body["seed"].get<qint64>(), 7);
        QCOMPARE(body["stop"][0].get<std::string>(), "###");
        QCOMPARE(body["response_format"]["type"].get<std::string>(), "json_object");
        // A preset restores every field, unset ones as unset.
        QCOMPARE(ChatParameters::fromJson(p.toJson()), p);
        QCOMPARE(ChatParameters::fromJson(ChatParameters().toJson()), ChatParameters());
        // One parameter by name, for compare columns.
        p.setValue(QStringLiteral("temperature"), 1.3);
        QCOMPARE(p.temperature, 1.3);
        p.setValue(QStringLiteral("seed"), -1);
        QVERIFY(!p.seed);
    }

    void conversationsAreSavedAndReadBack()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.filePath(QStringLiteral("conversations")));
        Conversation c;
        c.system = QStringLiteral("Be brief.");
        c.parameters.temperature = 0.2;
        ChatMessage answer = msg("assistant", "Paris — on the Seine.");
        answer.firstTokenMs = 120;
        answer.completionTokens = 6;
        answer.cachedTokens = 3;
        answer.incomplete = true;
        answer.error = QStringLiteral("Stopped.");
        c.columns.append(
            {QStringLiteral("together"), QStringLiteral("m/base"), {}, 0, {msg("user", "Capital of France?"), answer}});
        c.columns.append(
            {QStringLiteral("together"), QStringLiteral("m/tuned"), QStringLiteral("temperature"), 1.0, {}});
        c.reference = QStringLiteral("Paris.");
        c.referenceSource = QStringLiteral("train.jsonl, line 3");
        QVERIFY(store.save(c));
        QVERIFY(!c.id.isEmpty());
        const Result<Conversation> back = store.load(c.id);
        QVERIFY(back);
        QCOMPARE(back->system, c.system);
        QCOMPARE(back->parameters, c.parameters);
        QCOMPARE(back->columns.size(), 2);
        QCOMPARE(back->columns[0].messages.size(), 2);
        QCOMPARE(back->columns[0].messages[1].content, answer.content);
        QVERIFY(back->columns[0].messages[1].incomplete);
        QCOMPARE(back->columns[0].messages[1].firstTokenMs, 120);
        QCOMPARE(back->columns[0].messages[1].cachedTokens, 3);
        QCOMPARE(back->columns[0].messages[0].cachedTokens, -1);
        QCOMPARE(back->columns[1].variedParameter, QStringLiteral("temperature"));
        QCOMPARE(back->reference, c.reference);

        Conversation second;
        second.title = QStringLiteral("Rivers");
        second.columns.append({QStringLiteral("together"), QStringLiteral("m/base"), {}, 0, {}});
        QTest::qWait(5); // a later update time
        QVERIFY(store.save(second));
        const auto list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].title, QStringLiteral("Rivers")); // newest first
        QCOMPARE(list[1].title, QStringLiteral("Capital of France?"));

        // A damaged file is reported, and the others still list.
        QFile broken(store.folder() + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"columns\": [");
        broken.close();
        QCOMPARE(store.list().size(), 2);
        const Result<Conversation> bad = store.load(QStringLiteral("broken"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::Corrupt);

        QVERIFY(store.remove(second.id));
        QCOMPARE(store.list().size(), 1);
        const QString md = back->toMarkdown();
        QVERIFY(md.contains(QStringLiteral("**User**\n\nCapital of France?")));
        QVERIFY(md.contains(QStringLiteral("Incomplete: Stopped.")));
        QVERIFY(md.contains(QStringLiteral("Dataset answer (train.jsonl, line 3)")));
    }

    void aConversationBecomesATrainingRow()
    {
        ChatMessage cut = msg("assistant", "Half an ans");
        cut.incomplete = true;
        const QByteArray row = TrainingRows::conversationRow(
            QStringLiteral("Be brief."), {msg("user", "Hi"), msg("assistant", "Hello!"), msg("user", "More?"), cut});
        QCOMPARE(
            row,
            QByteArray(
                "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
                "{\"role\":\"assistant\",\"content\":\"Hello!\",\"weight\":1},{\"role\":\"user\",\"content\":\"More?\"}"
                ","
                "{\"role\":\"assistant\",\"content\":\"Half an ans\",\"weight\":0}]}"));
        QVERIFY(passesTogetherCheck(row));
    }

    void twoAnswersBecomeAPreferenceRow()
    {
        const QByteArray row =
            TrainingRows::preferenceRow(QString(), {msg("user", "2+2?")}, QStringLiteral("4"), QStringLiteral("5"));
        const auto j = nlohmann::json::parse(row.toStdString());
        QCOMPARE(j["input"]["messages"][0]["content"].get<std::string>(), "2+2?");
        QCOMPARE(j["preferred_output"][0]["content"].get<std::string>(), "4");
        QCOMPARE(j["non_preferred_output"][0]["role"].get<std::string>(), "assistant");
        QVERIFY(passesTogetherCheck(row));
    }

    void aRowBecomesAConversation()
    {
        const QByteArray row =
            "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q1\"},"
            "{\"role\":\"assistant\",\"content\":\"A1\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
            "\"Q2\"}]},"
            "{\"role\":\"assistant\",\"content\":\"A2\"}]}";
        auto last = TrainingRows::fromRow(row);
        QVERIFY(last);
        QCOMPARE(last->system, QStringLiteral("S"));
        QCOMPARE(last->messages.size(), 3);
        QCOMPARE(last->messages.back().content, QStringLiteral("Q2"));
        QCOMPARE(last->reference, QStringLiteral("A2"));
        QCOMPARE(last->answerIndex, 4);
        auto first = TrainingRows::fromRow(row, 2);
        QVERIFY(first);
        QCOMPARE(first->messages.size(), 1);
        QCOMPARE(first->reference, QStringLiteral("A1"));
        // A question chosen: the answer that follows it.
        auto second = TrainingRows::fromRow(row, 3);
        QVERIFY(second);
        QCOMPARE(second->answerIndex, 4);
        QVERIFY(!TrainingRows::fromRow(row, 5));
        QVERIFY(!TrainingRows::fromRow("{\"text\":\"plain\"}"));
        QVERIFY(!TrainingRows::fromRow("{not json"));
        auto completion = TrainingRows::fromRow("{\"prompt\":\"P\",\"completion\":\"C\"}");
        QVERIFY(completion);
        QCOMPARE(completion->reference, QStringLiteral("C"));
        auto preference =
            TrainingRows::fromRow("{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"}]},\"preferred_"
                                  "output\":[{\"role\":\"assistant\",\"content\":\"good\"}],\"non_preferred_output\":[{"
                                  "\"role\":\"assistant\",\"content\":\"bad\"}]}");
        QVERIFY(preference);
        QCOMPARE(preference->reference, QStringLiteral("good"));
    }

    // Regression: a row with "role": 5 threw out of fromRow (nlohmann's value()) and ended the
    // program from the Try in Playground slot. Odd types now read as absent: the row gives a
    // clear error, or a conversation without the odd part.
    void aRowWithOddTypesGivesAnErrorNotACrash()
    {
        const QByteArray roleIsNumber = "{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":5,"
                                        "\"content\":\"A\"},{\"role\":\"assistant\",\"content\":\"B\"}]}";
        auto a = TrainingRows::fromRow(roleIsNumber);
        QVERIFY(!a); // the answer B follows a message without a role, not a user message
        QCOMPARE(a.error().code, Error::Code::Unsupported);
        auto b = TrainingRows::fromRow("{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":5}]}");
        QVERIFY(!b);
        QCOMPARE(b.error().code, Error::Code::NotFound);
        // Other fields of another type: the text reads as empty, the row still converts.
        auto c = TrainingRows::fromRow("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":7,\"text\":"
                                       "\"x\"},{\"type\":\"text\",\"text\":null},{\"type\":\"text\",\"text\":"
                                       "\"Q\"}]},{\"role\":\"assistant\",\"content\":{\"a\":1}}]}");
        QVERIFY(c);
        QCOMPARE(c->messages.back().content, QStringLiteral("Q"));
        QCOMPARE(c->reference, QString());
        auto d = TrainingRows::fromRow("{\"prompt\":5,\"completion\":[1,2]}");
        QVERIFY(d);
        QCOMPARE(d->reference, QString());
        for (const char* row :
             {"{\"messages\":[1,null,\"x\",[],{\"role\":\"assistant\"}]}", "{\"messages\":{}}", "{\"messages\":null}",
              "{\"input\":5}", "{\"input\":{\"messages\":5}}", "{\"input\":{\"messages\":[]},\"preferred_output\":5}",
              "{\"input\":{\"messages\":[{\"role\":\"user\"}]},\"preferred_output\":[5]}",
              "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"}]},\"preferred_output\":[{\"role\":"
              "\"assistant\",\"content\":5}]}",
              "[1,2]", "5", "null"}) {
            auto r = TrainingRows::fromRow(row);
            QVERIFY2(!r || r->reference.isEmpty(), row);
        }
    }

    // Regression: a saved conversation with "incomplete": "yes" (or another field of another
    // type) threw while the sidebar listed conversations. Now the field reads as unset.
    void aDamagedConversationFileReadsWithDefaults()
    {
        QTemporaryDir dir;
        ConversationStore store(dir.path());
        auto write = [&dir](const char* name, const QByteArray& text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("odd.json",
              "{\"title\":5,\"created\":[],\"system\":{},\"parameters\":{\"temperature\":\"hot\",\"top_k\":1e300,"
              "\"max_tokens\":null,\"seed\":2.5,\"stop\":[1,\"END\"],\"reasoning_effort\":3,\"response_format\":{"
              "\"type\":5}},\"columns\":[5,{\"model\":[],\"varied_value\":\"x\",\"messages\":[{\"role\":\"user\","
              "\"content\":\"hi\",\"incomplete\":\"yes\",\"first_token_ms\":\"soon\",\"prompt_tokens\":1e300,"
              "\"tokens_per_second\":{}},{\"role\":7}]}],\"reference\":\"text\"}");
        write("columns.json", "{\"columns\":{}}");
        const Result<Conversation> odd = store.load(QStringLiteral("odd"));
        QVERIFY(odd);
        QCOMPARE(odd->title, QString());
        QCOMPARE(odd->parameters.temperature, ChatParameters().temperature);
        QCOMPARE(odd->parameters.topK, INT_MAX);
        QCOMPARE(odd->parameters.maxTokens, ChatParameters().maxTokens);
        QVERIFY(!odd->parameters.seed);
        QCOMPARE(odd->parameters.stop, QStringList{QStringLiteral("END")});
        QVERIFY(!odd->parameters.jsonObject);
        QCOMPARE(odd->columns.size(), 1);
        QCOMPARE(odd->columns[0].messages.size(), 1); // the message without a text role is left out
        const ChatMessage& m = odd->columns[0].messages[0];
        QCOMPARE(m.content, QStringLiteral("hi"));
        QVERIFY(!m.incomplete);
        QCOMPARE(m.firstTokenMs, -1);
        QCOMPARE(m.promptTokens, std::numeric_limits<qint64>::max());
        const Result<Conversation> columns = store.load(QStringLiteral("columns"));
        QVERIFY(!columns);
        QCOMPARE(columns.error().code, Error::Code::Corrupt);
        QCOMPARE(store.list().size(), 1);
        // A varied value read from such a file is clamped when it becomes an integer parameter.
        ChatParameters p;
        p.setValue(QStringLiteral("max_tokens"), 1e300);
        QCOMPARE(p.maxTokens, INT_MAX);
        p.setValue(QStringLiteral("seed"), 1e300);
        QVERIFY(p.seed && *p.seed > 0);
    }

    void startedEndpointsShowWhatTheyCost()
    {
        EndpointsModel model;
        model.setPrices({{QStringLiteral("2x_h100"), 6.0}});
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        Endpoint e;
        e.id = QStringLiteral("endpoint-1");
        e.name = QStringLiteral("me/model-1");
        e.hardware = QStringLiteral("2x_h100");
        e.minReplicas = 2;
        e.maxReplicas = 3;
        e.state = EndpointState::Starting;
        model.updateEndpoint(e, t0);
        QCOMPARE(model.runningDollarsPerHour(), 0.0);
        QVERIFY(model.anyChanging());
        e.state = EndpointState::Started;
        model.updateEndpoint(e, t0.addSecs(60));
        QCOMPARE(model.runningDollarsPerHour(), 12.0); // two replicas at least
        model.setNow(t0.addSecs(60 + 1800));
        QCOMPARE(model.runningDollarsSoFar(), 6.0);
        // A list item lacks hardware and replicas: the known details stay.
        Endpoint item = e;
        item.hardware.clear();
        item.minReplicas = item.maxReplicas = 0;
        model.setEndpoints({item}, t0.addSecs(60 + 1800));
        QCOMPARE(model.rowAt(0).endpoint.hardware, QStringLiteral("2x_h100"));
        QCOMPARE(model.data(model.index(0, EndpointsModel::Replicas)).toString(), QStringLiteral("2–3"));
        QVERIFY(model.data(model.index(0, EndpointsModel::Cost)).toString().contains(QStringLiteral("$6.00 so far")));
        item.state = EndpointState::Stopped;
        model.setEndpoints({item}, t0.addSecs(7200));
        QCOMPARE(model.runningDollarsPerHour(), 0.0);
        QCOMPARE(model.startedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlaygroundModel)
#include "tst_playgroundmodel.moc"
