#include "core/Settings.h"
#include "itemmodels/Theme.h"
#include "widgets/common/Appearance.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/Themed.h"
#include "widgets/dataset/MessageBlock.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace td;

// Every custom colour comes from Theme's roles: readable (4.5:1) on what it is drawn on in light
// and in dark, different between the two, and widgets follow when the palette changes.
class TestTheme : public QObject
{
    Q_OBJECT

    static QList<Theme::Role> roles()
    {
        QList<Theme::Role> all;
        for (int i = 0; i < int(Theme::Role::RoleCount); ++i)
            all << Theme::Role(i);
        return all;
    }
    static QByteArray name(Theme::Role role) { return QMetaEnum::fromType<Theme::Role>().valueToKey(int(role)); }
    static void checkContrast(const QPalette& palette)
    {
        for (Theme::Role role : roles()) {
            const QColor fg = Theme::foreground(role, palette);
            const QColor bg = Theme::background(role, palette);
            const double ratio = Theme::contrast(fg, bg);
            qInfo("%-26s %s on %s  %5.2f:1", name(role).constData(), qPrintable(fg.name()), qPrintable(bg.name()),
                  ratio);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                  .arg(QString::fromLatin1(name(role)), fg.name(), bg.name())
                                                  .arg(ratio, 0, 'f', 2)));
            // Text roles are drawn on the window too (labels), not only on views.
            if (bg == palette.color(QPalette::Base))
                QVERIFY2(Theme::contrast(fg, palette.color(QPalette::Window)) >= 4.5, name(role).constData());
        }
    }

private slots:
    void initTestCase() { Settings::createTempFileInstance(); }

    void contrastFormulaMatchesWcag()
    {
        QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454); // WCAG's own example
        const QColor pushed = Theme::withContrast(QColor(0xaa, 0xaa, 0xaa), Qt::white, 4.5);
        QVERIFY(Theme::contrast(pushed, Qt::white) >= 4.5);
        QVERIFY(pushed.lightness() < 0xaa);
    }

    void everyRoleReadsInLightAndDark()
    {
        const QPalette light = Appearance::lightPalette();
        const QPalette dark = Appearance::darkPalette();
        QVERIFY(!Theme::isDark(light));
        QVERIFY(Theme::isDark(dark));
        checkContrast(light);
        checkContrast(dark);
        for (Theme::Role role : roles())
            QVERIFY2(Theme::color(role, light) != Theme::color(role, dark), name(role).constData());
        // The dark palette itself: text, highlighted text and disabled text.
        QVERIFY(Theme::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
        QVERIFY(Theme::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7);
        QVERIFY(Theme::contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(Theme::contrast(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Window)) >= 3);
    }

    // Any palette, even a poor one, gets readable colours: the roles adapt to it.
    void aPaletteOfItsOwnStillGetsReadableColours()
    {
        QPalette odd = Appearance::lightPalette();
        odd.setColor(QPalette::Window, QColor(0x60, 0x50, 0x70));
        odd.setColor(QPalette::WindowText, Qt::white);
        odd.setColor(QPalette::Base, QColor(0x40, 0x30, 0x50));
        odd.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        checkContrast(odd);
    }

    void switchingTheAppearanceRecoloursWidgets()
    {
        Appearance* appearance = Appearance::instance();
        appearance->setMode(Appearance::Mode::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QLabel label(QStringLiteral("No rows match"));
        themed::setTextRole(&label, Theme::Role::ErrorText);
        QWidget window; // as in the row editor: a message is never a window of its own
        auto& block = *new MessageBlock(1, &window);
        block.setMessage(QStringLiteral("user"), QStringLiteral("Hi"), true, MessageBlock::Weight::Zero, true, true);
        label.show();
        window.show();
        const QColor lightError = label.palette().color(QPalette::WindowText);
        QCOMPARE(lightError, Theme::color(Theme::Role::ErrorText));
        const QColor lightMasked = block.textEdit()->palette().color(QPalette::Base);
        QCOMPARE(lightMasked, Theme::color(Theme::Role::MaskedBackground));

        QSignalSpy changed(Theme::notifier(), &Theme::changed);
        appearance->setMode(Appearance::Mode::Dark);
        QVERIFY(changed.count() >= 1);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(Settings::instance()->get(Settings::Key::Appearance).toString(), QStringLiteral("dark"));
        const QColor darkError = label.palette().color(QPalette::WindowText);
        QVERIFY(darkError != lightError);
        QVERIFY(Theme::contrast(darkError, QApplication::palette().color(QPalette::Window)) >= 4.5);
        QTRY_VERIFY(block.textEdit()->palette().color(QPalette::Base) != lightMasked);
        const QColor darkMasked = block.textEdit()->palette().color(QPalette::Base);
        QVERIFY(Theme::contrast(block.textEdit()->palette().color(QPalette::Text), darkMasked) >= 4.5);
        // A cleared role takes the palette's colour again.
        themed::clearTextRole(&label);
        QCOMPARE(label.palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));

        appearance->setMode(Appearance::Mode::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_COMPARE(block.textEdit()->palette().color(QPalette::Base), lightMasked);
    }

    // The toolbar's own icons stand out from the window in both modes (in dark, Undo's grey
    // strokes read as a disabled button and Find's handle vanished), and follow a switch.
    void toolbarIconsReadInLightAndDark()
    {
        const auto strongest = [](const QIcon& icon) {
            const QImage image = icon.pixmap(24).toImage().convertToFormat(QImage::Format_ARGB32);
            const QColor window = QApplication::palette().color(QPalette::Window);
            double best = 1;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (const QColor c = image.pixelColor(x, y); c.alpha() == 255)
                        best = std::max(best, Theme::contrast(c, window));
            return best;
        };
        Appearance* appearance = Appearance::instance();
        for (const char* name :
             {"edit-undo", "edit-redo", "edit-find", "document-new", "document-open", "document-save"}) {
            QAction action;
            themed::setIcon(&action, QString::fromLatin1(name));
            for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark, Appearance::Mode::Light}) {
                appearance->setMode(mode);
                QTRY_VERIFY2(strongest(action.icon()) >= 3.0, qPrintable(QStringLiteral("%1 in %2: %3:1")
                                                                             .arg(QLatin1String(name))
                                                                             .arg(int(mode))
                                                                             .arg(strongest(action.icon()))));
            }
        }
    }

    void theChoiceIsSavedByName()
    {
        QCOMPARE(Appearance::modeFromName(Appearance::modeName(Appearance::Mode::Dark)), Appearance::Mode::Dark);
        QCOMPARE(Appearance::modeFromName(QStringLiteral("nonsense")), Appearance::Mode::System);
        Appearance::instance()->setMode(Appearance::Mode::System);
        QCOMPARE(Settings::instance()->get(Settings::Key::Appearance).toString(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
