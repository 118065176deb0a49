#include "widgets/common/SplitterAccessible.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QSplitter>

namespace td {

namespace {

// A splitter's panes as its children, in the splitter's order (its handles, which only a
// mouse can drag, are left out).
class SplitterAccessible final : public QAccessibleWidget
{
public:
    explicit SplitterAccessible(QSplitter* splitter)
        : QAccessibleWidget(splitter, QAccessible::Splitter)
    {}

    int childCount() const override { return int(panes().size()); }

    QAccessibleInterface* child(int index) const override
    {
        const QList<QWidget*> list = panes();
        return index >= 0 && index < list.size() ? QAccessible::queryAccessibleInterface(list[index]) : nullptr;
    }

    int indexOfChild(const QAccessibleInterface* child) const override
    {
        return child ? int(panes().indexOf(qobject_cast<QWidget*>(child->object()))) : -1;
    }

private:
    QList<QWidget*> panes() const
    {
        auto* splitter = static_cast<QSplitter*>(widget());
        QList<QWidget*> out;
        for (int i = 0; i < splitter->count(); ++i)
            if (QWidget* w = splitter->widget(i); w && !w->isWindow())
                out << w;
        return out;
    }
};

QAccessibleInterface* splitterFactory(const QString& className, QObject* object)
{
    Q_UNUSED(className);
    if (auto* splitter = qobject_cast<QSplitter*>(object))
        return new SplitterAccessible(splitter);
    return nullptr;
}

} // namespace

void installSplitterAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(splitterFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace td
