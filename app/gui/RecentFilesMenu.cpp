#include "RecentFilesMenu.h"

#include "core/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace td {

namespace {
constexpr int kMaxRecent = 10;
}

RecentFilesMenu::RecentFilesMenu(QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    return Settings::instance()->get(Settings::Key::RecentFiles).toStringList();
}

void RecentFilesMenu::add(const QString& path)
{
    QStringList list = files();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    Settings::instance()->set(Settings::Key::RecentFiles, list);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    int n = 0;
    for (const QString& f : list) {
        ++n;
        QAction* a = addAction(QStringLiteral("&%1 %2").arg(n % 10).arg(QDir::toNativeSeparators(f)));
        a->setEnabled(QFileInfo::exists(f));
        connect(a, &QAction::triggered, this, [this, f] { emit fileChosen(f); });
    }
    if (list.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("Clear List"), this, [] { Settings::instance()->set(Settings::Key::RecentFiles, QStringList()); });
}

} // namespace td
