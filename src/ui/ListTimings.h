#pragma once

#include <QTextStream>

#include <memory>

namespace ChoPhien {

class Workspace;

// Times the list reads a clerk waits for, on the calling (GUI) thread, through the real item models:
// a filter change on the Products page (ProductListModel::setFilter: count + first page), scrolling the
// whole catalogue (every ProductListModel::fetchMore page), and the Stock page's first page and alert
// counts. Prints one `key=value` line per figure (chophien --measure-lists; tests/bench/run.sh).
class ListTimings final {
public:
    static void run(const std::shared_ptr<Workspace>& workspace, QTextStream& out);
};

} // namespace ChoPhien
