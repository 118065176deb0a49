#include "itemmodels/Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace td {

namespace {

enum class Kind {
    Text,       // on Window and on Base
    Graphic,    // a line or bar on Base or Window
    Background, // under the palette's Text
    MaskedText, // on MaskedBackground
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    auto ch = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(ch(a.red(), b.red()), ch(a.green(), b.green()), ch(a.blue(), b.blue()));
}

Kind kindOf(Theme::Role role)
{
    using R = Theme::Role;
    switch (role) {
    case R::ErrorText:
    case R::WarningText:
    case R::SuccessText:
    case R::MutedText:
    case R::ReasoningText:
    case R::SyntaxString:
    case R::SyntaxNumber:
    case R::SyntaxKeyword:
    case R::SyntaxProperty:
        return Kind::Text;
    case R::TrainedAccent:
    case R::MaskedAccent:
    case R::ChartPrimary:
    case R::ChartSecondary:
    case R::ChartMetric:
    case R::ErrorMark:
        return Kind::Graphic;
    case R::MaskedText:
        return Kind::MaskedText;
    default:
        return Kind::Background;
    }
}

// The starting point before contrast is enforced: a hue chosen for each scheme (saturated and
// dark on light backgrounds, soft and light on dark ones), or a blend of the palette's own colours.
QColor seed(Theme::Role role, const QPalette& p, bool dark)
{
    using R = Theme::Role;
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    auto pick = [dark](QRgb light, QRgb darkRgb) { return QColor::fromRgb(dark ? darkRgb : light); };
    switch (role) {
    case R::ErrorText:
    case R::ErrorMark:
        return pick(0xc01c28, 0xff7b72);
    case R::WarningText:
        return pick(0x8a5a00, 0xe3b341);
    case R::SuccessText:
        return pick(0x2e7d32, 0x7ee787);
    case R::MutedText:
        return mix(text, base, 0.45);
    case R::ReasoningText:
        return pick(0x6a4c93, 0xc9a8f0);
    case R::TrainedAccent:
        return pick(0x2e8a4a, 0x56d364);
    case R::MaskedAccent:
        return mix(text, base, 0.45);
    case R::ChartPrimary:
        return pick(0x1f77b4, 0x79c0ff);
    case R::ChartSecondary:
        return pick(0xd62728, 0xff8e8e);
    case R::ChartMetric:
        return pick(0x2e7d32, 0x7ee787);
    case R::SyntaxString:
        return pick(0x0a3069, 0xa5d6ff);
    case R::SyntaxNumber:
        return pick(0x0550ae, 0x79c0ff);
    case R::SyntaxKeyword:
        return pick(0xb3261e, 0xff9b8f);
    case R::SyntaxProperty:
        return pick(0x7a3fc8, 0xd2a8ff);
    case R::MaskedBackground:
        return mix(base, text, dark ? 0.08 : 0.07);
    case R::MaskedText:
        return mix(text, base, 0.3);
    case R::TrainedTokenBackground:
        return mix(base, QColor(0x2e9a50), dark ? 0.45 : 0.38);
    case R::TrainedTokenBackgroundAlt:
        return mix(base, QColor(0x2e9a50), dark ? 0.28 : 0.22);
    case R::MaskedTokenBackground:
        return mix(base, text, dark ? 0.18 : 0.14);
    case R::MaskedTokenBackgroundAlt:
        return mix(base, text, dark ? 0.10 : 0.07);
    case R::UserBubble:
        return mix(base, p.color(QPalette::Highlight), dark ? 0.30 : 0.14);
    case R::AssistantBubble:
        return mix(base, text, dark ? 0.07 : 0.045);
    case R::CaretLineBackground:
        return mix(base, p.color(QPalette::Highlight), dark ? 0.16 : 0.07);
    case R::ProblemHighlight:
        return mix(base, QColor(0xf5a623), dark ? 0.35 : 0.4);
    case R::RoleCount:
        break;
    }
    return text;
}

double channel(int v)
{
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
{
    parent->installEventFilter(this);
}

Theme* Theme::notifier()
{
    static Theme* theme = new Theme(QCoreApplication::instance());
    return theme;
}

bool Theme::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::ApplicationPaletteChange)
        emit changed();
    return false;
}

bool Theme::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

double Theme::luminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::withContrast(QColor c, const QColor& bg, double ratio)
{
    // Towards white on a dark background, towards black on a light one, in small steps of
    // lightness so the hue stays recognisable.
    const bool lighten = luminance(bg) < 0.18;
    float h = 0, s = 0, l = 0;
    c.toHsl().getHslF(&h, &s, &l);
    for (int i = 0; i < 100 && contrast(c, bg) < ratio; ++i) {
        l = std::clamp(l + (lighten ? 0.01f : -0.01f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l).toRgb();
    }
    return c;
}

QColor Theme::color(Role role)
{
    return color(role, QGuiApplication::palette());
}

QColor Theme::color(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    const QColor s = seed(role, palette, dark);
    const QColor base = palette.color(QPalette::Base);
    switch (kindOf(role)) {
    case Kind::Text:
    case Kind::Graphic:
        return withContrast(withContrast(s, base, 4.5), palette.color(QPalette::Window), 4.5);
    case Kind::MaskedText:
        return withContrast(s, color(Role::MaskedBackground, palette), 4.5);
    case Kind::Background: {
        // A tint of the base: less of it until the text on it reads at 4.5:1.
        const QColor text = palette.color(QPalette::Text);
        QColor bg = s;
        for (double t = 1.0; t > 0 && contrast(text, bg) < 4.5; t -= 0.05)
            bg = mix(base, s, t);
        return contrast(text, bg) < 4.5 ? base : bg;
    }
    }
    return s;
}

QString Theme::css(Role role)
{
    return color(role).name(QColor::HexRgb);
}

QColor Theme::foreground(Role role, const QPalette& palette)
{
    switch (kindOf(role)) {
    case Kind::Background:
        return palette.color(QPalette::Text);
    default:
        return color(role, palette);
    }
}

QColor Theme::background(Role role, const QPalette& palette)
{
    switch (kindOf(role)) {
    case Kind::Background:
        return color(role, palette);
    case Kind::MaskedText:
        return color(Role::MaskedBackground, palette);
    default:
        return palette.color(QPalette::Base);
    }
}

} // namespace td
