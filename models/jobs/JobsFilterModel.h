#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace td {

class JobsModel;

// The jobs a search and a status filter leave: every word of the search must appear in the
// job's id, base model, suffix or output name (any case); the status filter keeps one group.
class JobsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Group { All, Active, Completed, Failed, Cancelled };

    explicit JobsFilterModel(QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString search() const { return m_words.join(QLatin1Char(' ')); }
    void setGroup(Group group);
    Group group() const { return m_group; }
    static QString groupLabel(Group group);
    static QList<Group> groups()
    {
        return {Group::All, Group::Active, Group::Completed, Group::Failed, Group::Cancelled};
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    Group m_group = Group::All;
};

} // namespace td
