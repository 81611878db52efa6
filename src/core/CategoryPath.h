#pragma once

#include <QString>
#include <QStringList>

namespace ChoPhien::CategoryPath {

// Categories form a tree written as a path: "Nông sản/Gạo" is Gạo under Nông sản.

// NFC, each level trimmed, empty levels dropped: " Nông sản / / Gạo " is "Nông sản/Gạo". Never null.
QString normalized(const QString& path);
QStringList levels(const QString& path);
// The last level ("Gạo"), and the path above it ("Nông sản"; empty at the top).
QString leaf(const QString& path);
QString parent(const QString& path);

} // namespace ChoPhien::CategoryPath
