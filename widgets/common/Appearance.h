#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QPalette>

namespace td {

// Light, Dark or the desktop's scheme (View › Appearance, saved in the settings). Qt 6.4 has no
// QStyleHints::colorScheme(), so "System" asks the desktop portal (org.freedesktop.appearance
// color-scheme, which GNOME and KDE publish) and otherwise keeps the platform's palette, whose
// lightness then says whether it is dark. Light and Dark use Fusion with a palette of our own,
// so every control follows, not only our colours.
class Appearance final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static Appearance* instance();

    Mode mode() const { return m_mode; }
    // Applies `mode` to the application and saves it.
    void setMode(Mode mode);
    // Applies the saved choice (at start-up).
    void applySaved();
    // What the desktop asks for when the mode is System: -1 unknown, 0 light, 1 dark.
    int desktopPrefersDark() const { return m_desktopDark; }

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString& name);
    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void modeChanged(td::Appearance::Mode mode);

private slots:
    void portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    explicit Appearance(QObject* parent);
    void apply();
    void readPortal();

    Mode m_mode = Mode::System;
    int m_desktopDark = -1;
    bool m_overridden = false; // our palette replaced the desktop's
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace td
