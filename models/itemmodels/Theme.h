#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

namespace td {

// The one place every custom colour comes from: a semantic role (an error's text, a trained
// message's bar, the user's chat bubble) maps to a colour derived from the current palette, so
// it reads in light and dark alike. Text roles are adjusted until they reach WCAG's 4.5:1
// against the background they are drawn on; background roles until the palette's text on them
// does. Qt::Gui only (the item models use it too).
class Theme final : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        // Text on the window and on views (Base).
        ErrorText,
        WarningText,
        SuccessText,
        MutedText,
        ReasoningText,
        // Lines and bars drawn on Base.
        TrainedAccent,
        MaskedAccent,
        ChartPrimary,
        ChartSecondary,
        ChartMetric,
        ErrorMark,
        // Backgrounds under the palette's Text.
        MaskedBackground,
        TrainedTokenBackground,
        TrainedTokenBackgroundAlt,
        MaskedTokenBackground,
        MaskedTokenBackgroundAlt,
        UserBubble,
        AssistantBubble,
        CaretLineBackground,
        ProblemHighlight,
        // Text on MaskedBackground (a masked message reads quieter but stays readable).
        MaskedText,
        // JSON syntax colours on Base.
        SyntaxString,
        SyntaxNumber,
        SyntaxKeyword,
        SyntaxProperty,
        RoleCount
    };
    Q_ENUM(Role)

    // The colour of `role` for `palette` (by default the application's).
    static QColor color(Role role);
    static QColor color(Role role, const QPalette& palette);
    // The same as "#rrggbb", for rich text and style sheets.
    static QString css(Role role);
    // What `role` is drawn on, and what is drawn on it: the pair whose contrast counts.
    static QColor foreground(Role role, const QPalette& palette);
    static QColor background(Role role, const QPalette& palette);

    static bool isDark(const QPalette& palette);
    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor& c);
    static double contrast(const QColor& a, const QColor& b);
    // `c` made lighter or darker (away from `bg`) until its contrast with `bg` reaches `ratio`.
    static QColor withContrast(QColor c, const QColor& bg, double ratio);

    // Emits changed() after the application's palette changed (an appearance choice, the
    // desktop switching its scheme): who draws with these colours redraws.
    static Theme* notifier();

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Theme(QObject* parent);
};

} // namespace td
