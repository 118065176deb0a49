#include "widgets/common/Appearance.h"

#include "core/Settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QStyle>
#include <QStyleFactory>

namespace td {

namespace {
const QString kPortal = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

// The portal's color-scheme: 1 prefers dark, 2 prefers light, 0 no preference.
int darkFromScheme(QVariant v)
{
    while (v.canConvert<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = v.toUInt(&ok);
    if (!ok || scheme == 0 || scheme > 2)
        return -1;
    return scheme == 1 ? 1 : 0;
}
} // namespace

Appearance* Appearance::instance()
{
    static Appearance* appearance = new Appearance(QCoreApplication::instance());
    return appearance;
}

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    readPortal();
}

void Appearance::readPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage read = QDBusMessage::createMethodCall(kPortal, kPortalPath, kPortalSettings, QStringLiteral("Read"));
    read << kAppearance << kColorScheme;
    // No portal on the bus answers at once with an error; a slow one must not hold up the start.
    const QDBusMessage reply = bus.call(read, QDBus::Block, 400);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
        m_desktopDark = darkFromScheme(reply.arguments().constFirst());
    bus.connect(kPortal, kPortalPath, kPortalSettings, QStringLiteral("SettingChanged"), this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
}

void Appearance::portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value)
{
    if (group != kAppearance || key != kColorScheme)
        return;
    m_desktopDark = darkFromScheme(value.variant());
    if (m_mode == Mode::System)
        apply();
}

QString Appearance::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::modeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Appearance::applySaved()
{
    m_mode = modeFromName(Settings::instance()->get(Settings::Key::Appearance).toString());
    apply();
}

void Appearance::setMode(Mode mode)
{
    Settings::instance()->set(Settings::Key::Appearance, modeName(mode));
    if (mode == m_mode)
        return;
    m_mode = mode;
    apply();
    emit modeChanged(mode);
}

void Appearance::apply()
{
    const bool systemIsDark =
        m_desktopDark == 1 || (m_desktopDark == -1 && m_systemPalette.color(QPalette::Window).lightness() < 128);
    const bool dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemIsDark);
    const bool own = m_mode != Mode::System || (dark && m_systemPalette.color(QPalette::Window).lightness() >= 128);
    if (!own) {
        // The desktop's own palette and style, as at start-up. Left alone when never replaced,
        // so the platform can still change it (a KDE colour scheme switched while running).
        if (!m_overridden)
            return;
        if (!m_systemStyle.isEmpty() && QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(m_systemPalette);
        m_overridden = false;
        return;
    }
    m_overridden = true;
    if (QApplication::style()->name() != QLatin1String("fusion"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

QPalette Appearance::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion->standardPalette();
    delete fusion;
    return p;
}

QPalette Appearance::darkPalette()
{
    // Greys with a touch of blue; text well above 4.5:1 on the base and the window, a
    // highlight white text reads on, disabled text dimmer but legible (tst_theme measures).
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x20, 0x23);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor button(0x36, 0x39, 0x3e);
    const QColor disabled(0x85, 0x89, 0x90);
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = g == QPalette::Disabled;
        p.setColor(g, QPalette::Window, window);
        p.setColor(g, QPalette::WindowText, off ? disabled : text);
        p.setColor(g, QPalette::Base, off ? window : base);
        p.setColor(g, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(g, QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x43));
        p.setColor(g, QPalette::ToolTipText, text);
        p.setColor(g, QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa6));
        p.setColor(g, QPalette::Text, off ? disabled : text);
        p.setColor(g, QPalette::Button, button);
        p.setColor(g, QPalette::ButtonText, off ? disabled : text);
        p.setColor(g, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
        p.setColor(g, QPalette::Light, QColor(0x4b, 0x4f, 0x56));
        p.setColor(g, QPalette::Midlight, QColor(0x41, 0x44, 0x4a));
        p.setColor(g, QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
        p.setColor(g, QPalette::Dark, QColor(0x17, 0x18, 0x1b));
        p.setColor(g, QPalette::Shadow, QColor(0x0b, 0x0c, 0x0d));
        p.setColor(g, QPalette::Highlight, off ? QColor(0x4a, 0x4d, 0x53) : QColor(0x2f, 0x6a, 0xc4));
        p.setColor(g, QPalette::HighlightedText, off ? disabled : QColor(0xff, 0xff, 0xff));
        p.setColor(g, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(g, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    }
    return p;
}

} // namespace td
