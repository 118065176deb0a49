#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/dataset/MessageBlock.h"
#include "widgets/dataset/RowEditor.h"
#include "widgets/dataset/TextFieldBlock.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace td;

// The row editor and the 2026 formats: an assistant message's reasoning is shown and edited
// beside its text, and a row's sample weight is shown, edited and changes what is trained.
class TestRowEditor : public QObject
{
    Q_OBJECT

    // The bytes of the last edit the editor asked for.
    static QByteArray lastEdit(const QSignalSpy& spy)
    {
        return spy.isEmpty() ? QByteArray() : spy.last().at(1).toByteArray();
    }

private slots:
    void reasoningIsShownAndEdited()
    {
        RowEditor editor;
        editor.resize(700, 600);
        editor.show();
        QSignalSpy edits(&editor, &RowEditor::editRequested);
        editor.showRow(0, R"({"messages":[{"role":"user","content":"q"},)"
                          R"({"role":"assistant","content":"a","reasoning_content":"think"}]})");
        editor.finishBuilding();
        MessageBlock* user = editor.messageBlock(0);
        MessageBlock* answer = editor.messageBlock(1);
        QVERIFY(!user->hasReasoning());
        QVERIFY(user->reasoningEdit()->isHidden());
        QVERIFY(user->findChild<QToolButton*>(QStringLiteral("reasoningToolButton"))->isHidden());
        QVERIFY(answer->hasReasoning());
        QVERIFY(!answer->reasoningEdit()->isHidden());
        QCOMPARE(answer->reasoningEdit()->toPlainText(), QStringLiteral("think"));
        // Typing keeps the spelling the row uses.
        answer->reasoningEdit()->setPlainText(QStringLiteral("think harder"));
        QCOMPARE(lastEdit(edits),
                 QByteArray(R"({"messages":[{"role":"user","content":"q"},)"
                            R"({"role":"assistant","content":"a","reasoning_content":"think harder"}]})"));
        QCOMPARE(edits.last().at(2).toString(), QStringLiteral("msg1-reasoning"));

        // Added to an answer without one as "reasoning", removed again.
        editor.showRow(1, R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})");
        editor.finishBuilding();
        auto* add = editor.messageBlock(1)->findChild<QToolButton*>(QStringLiteral("reasoningToolButton"));
        QVERIFY(!add->isHidden());
        add->click();
        QCOMPARE(lastEdit(edits), QByteArray(R"({"messages":[{"role":"user","content":"q"},)"
                                             R"({"role":"assistant","content":"a","reasoning":""}]})"));
        editor.finishBuilding();
        QVERIFY(editor.messageBlock(1)->hasReasoning());
        editor.messageBlock(1)->reasoningEdit()->setPlainText(QStringLiteral("r"));
        QCOMPARE(lastEdit(edits), QByteArray(R"({"messages":[{"role":"user","content":"q"},)"
                                             R"({"role":"assistant","content":"a","reasoning":"r"}]})"));
        editor.messageBlock(1)->findChild<QToolButton*>(QStringLiteral("reasoningToolButton"))->click();
        QCOMPARE(lastEdit(edits),
                 QByteArray(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})"));

        // Reasoning that is not text is shown, read-only.
        editor.showRow(2, R"({"messages":[{"role":"assistant","content":"a","reasoning":["x"]}]})");
        editor.finishBuilding();
        QVERIFY(editor.messageBlock(0)->hasReasoning());
        QVERIFY(editor.messageBlock(0)->reasoningEdit()->isReadOnly());
    }

    void sampleWeightIsShownAndEdited()
    {
        RowEditor editor;
        editor.resize(700, 600);
        editor.show();
        QSignalSpy edits(&editor, &RowEditor::editRequested);
        auto* check = editor.findChild<QCheckBox*>(QStringLiteral("sampleWeightCheckBox"));
        auto* spin = editor.findChild<QDoubleSpinBox*>(QStringLiteral("sampleWeightSpinBox"));
        QVERIFY(check && spin);
        const QByteArray conversation =
            R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}])";
        editor.showRow(0, QByteArray(conversation + R"(,"weight":0.5})"));
        editor.finishBuilding();
        QVERIFY(check->isChecked());
        QCOMPARE(spin->value(), 0.5);
        QVERIFY(editor.messageBlock(1)->isTrained());
        spin->setValue(0);
        QCOMPARE(lastEdit(edits), QByteArray(conversation + R"(,"weight":0.0})"));
        editor.finishBuilding();
        // A row weighted 0 trains nothing: its answer is shown masked.
        QVERIFY(!editor.messageBlock(1)->isTrained());
        check->setChecked(false);
        QCOMPARE(lastEdit(edits), QByteArray(conversation + "}"));
        editor.finishBuilding();
        QVERIFY(editor.messageBlock(1)->isTrained());
        QVERIFY(!spin->isEnabled());
        check->setChecked(true);
        QCOMPARE(lastEdit(edits), QByteArray(conversation + R"(,"weight":1.0})"));

        // Any format; an invalid one is said in the header.
        editor.showRow(1, R"({"text":"t","weight":-1})");
        QVERIFY(check->isChecked());
        QVERIFY2(editor.findChild<QLabel*>(QStringLiteral("rowHeaderLabel"))
                     ->text()
                     .contains(QStringLiteral("sample weight -1")),
                 qPrintable(editor.findChild<QLabel*>(QStringLiteral("rowHeaderLabel"))->text()));
        editor.showRow(2, R"({"prompt":"p","completion":"c","weight":0})");
        QVERIFY(check->isChecked());
        QCOMPARE(spin->value(), 0.0);
    }
};

QTEST_MAIN(TestRowEditor)
#include "tst_roweditor.moc"
