#pragma once

#include <QMenu>

namespace td {

// File > Open Recent: the last ten datasets, most recent first, kept in the settings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget* parent = nullptr);
    void add(const QString& path);
    QStringList files() const;

signals:
    void fileChosen(const QString& path);

private:
    void rebuild();
};

} // namespace td
