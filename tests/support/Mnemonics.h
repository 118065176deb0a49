#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMultiHash>
#include <QStringList>
#include <QWidget>

namespace td::test {

// The Alt+letter keys shown in `root` that two controls share: pressing one then only moves
// between them (New Fine-Tune's Alt+L went to Learning rate, never to Launch). One line per
// clash, "surface: Alt+X is shared by …". Used in English (tst_accessibility) and German
// (tst_translations), whose texts choose their letters anew.
inline QStringList clashingMnemonics(const QString& surface, QWidget* root)
{
    QMultiHash<QChar, QString> owners;
    const auto add = [&](const QString& text) {
        for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
             i = text.indexOf(QLatin1Char('&'), i + 2))
            if (text.at(i + 1) != QLatin1Char('&')) {
                owners.insert(text.at(i + 1).toLower(), text);
                break;
            }
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(box->title());
        else if (auto* bar = qobject_cast<QMenuBar*>(w))
            // The menu bar's Alt keys work from anywhere in its window (Alt+V went to a label
            // named "&Verdict:" and the View menu never opened).
            for (QAction* menu : bar->actions())
                if (menu->isVisible())
                    add(menu->text());
    }
    QStringList out;
    for (QChar key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            out << QStringLiteral("%1: Alt+%2 is shared by %3")
                       .arg(surface, key.toUpper(), owners.values(key).join(QStringLiteral(", ")));
    return out;
}

} // namespace td::test
