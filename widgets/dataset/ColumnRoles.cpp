#include "widgets/dataset/ColumnRoles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace td {

namespace {

// The slots a column can fill, in the order the choices list them ("" = not imported).
constexpr const char* kSlots[] = {"", "system", "user", "assistant", "prompt", "completion", "text"};

QString slotName(const char* slot)
{
    const std::string_view s(slot);
    if (s.empty())
        return ColumnRoles::tr("Not imported");
    if (s == "system")
        return ColumnRoles::tr("System message");
    if (s == "user")
        return ColumnRoles::tr("User message");
    if (s == "assistant")
        return ColumnRoles::tr("Assistant message");
    if (s == "prompt")
        return ColumnRoles::tr("Prompt");
    if (s == "completion")
        return ColumnRoles::tr("Completion");
    return ColumnRoles::tr("Text");
}

} // namespace

ColumnRoles::ColumnRoles(QWidget* parent)
    : QWidget(parent)
    , m_columns(new QHBoxLayout)
{
    setObjectName(QStringLiteral("columnRoles"));
    // A wide table scrolls sideways rather than widening the dialog.
    auto* inner = new QWidget;
    auto* innerLayout = new QHBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addLayout(m_columns);
    innerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ColumnRoles::setColumns(const std::vector<std::string>& header, const FieldMapping& mapping)
{
    // The same columns: only the choices change (the focus stays where the keyboard is).
    if (header != m_header) {
        for (QComboBox* c : m_choices) {
            QWidget* cell = c->parentWidget();
            cell->hide();
            m_columns->removeWidget(cell);
            cell->deleteLater(); // a choice's own signal may have led here
        }
        m_choices.clear();
        m_header = header;
        for (std::size_t i = 0; i < header.size(); ++i) {
            auto* cell = new QWidget;
            auto* column = new QVBoxLayout(cell);
            column->setContentsMargins(0, 0, 6, 0);
            const QString name = QString::fromStdString(header[i]);
            auto* label = new QLabel(name.isEmpty() ? tr("Column %1").arg(i + 1) : name, cell);
            label->setToolTip(tr("Column %1 of the file").arg(i + 1));
            auto* choice = new QComboBox(cell);
            choice->setObjectName(QStringLiteral("columnRole%1").arg(i + 1));
            choice->setAccessibleName(tr("What column %1, \"%2\", becomes").arg(i + 1).arg(name));
            for (const char* slot : kSlots)
                choice->addItem(slotName(slot), QString::fromLatin1(slot));
            label->setBuddy(choice);
            column->addWidget(label);
            column->addWidget(choice);
            m_columns->addWidget(cell);
            connect(choice, &QComboBox::activated, this, [this] { emit mappingEdited(this->mapping()); });
            m_choices.push_back(choice);
        }
        for (std::size_t i = 1; i < m_choices.size(); ++i)
            setTabOrder(m_choices[i - 1], m_choices[i]);
    }
    for (QComboBox* c : m_choices)
        c->setCurrentIndex(0);
    // Each column the import would read, set to its first slot.
    std::vector<bool> set(m_choices.size(), false);
    for (const auto& [slot, source] : mapping.pairs) {
        const std::size_t index = columnOf(header, source);
        if (index >= m_choices.size() || set[index])
            continue;
        set[index] = true;
        const int item = m_choices[index]->findData(QString::fromStdString(slot));
        if (item >= 0)
            m_choices[index]->setCurrentIndex(item);
    }
}

FieldMapping ColumnRoles::mapping() const
{
    FieldMapping m;
    // System messages first (Together wants the system prompt before the conversation,
    // wherever its column is), then the others in the file's order.
    std::vector<std::size_t> order;
    for (int systemPass = 1; systemPass >= 0; --systemPass)
        for (std::size_t i = 0; i < m_choices.size(); ++i)
            if ((m_choices[i]->currentData().toString() == QLatin1String("system")) == bool(systemPass))
                order.push_back(i);
    for (const std::size_t i : order) {
        const std::string slot = m_choices[i]->currentData().toString().toStdString();
        if (slot.empty())
            continue;
        const std::string& name = m_header[i];
        // The name when it reads back as this column: writable in "slot=source,…" and the first
        // column of that name (the import takes a name before a number).
        const bool writable = !name.empty() && name.find_first_of(",=") == std::string::npos &&
                              QString::fromStdString(name).trimmed().toStdString() == name;
        const bool first = std::find(m_header.begin(), m_header.end(), name) == m_header.begin() + std::ptrdiff_t(i);
        const std::string number = std::to_string(i + 1);
        const bool numberIsAName = std::find(m_header.begin(), m_header.end(), number) != m_header.end();
        m.pairs.emplace_back(slot, (writable && first) || numberIsAName ? name : number);
    }
    return m;
}

QComboBox* ColumnRoles::choiceOf(int column) const
{
    return column >= 0 && std::size_t(column) < m_choices.size() ? m_choices[std::size_t(column)] : nullptr;
}

} // namespace td
