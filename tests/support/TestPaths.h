#pragma once

#include <QString>

namespace ChoPhien::Test {

// Where the built programs are (set by ctest through CHOPHIEN_BIN_DIR).
QString binaryPath(const QString& program);
// The source tree (CHOPHIEN_SOURCE_DIR), for fixtures in tests/data.
QString sourcePath(const QString& relative);
// True when the process can bypass file permissions (root), so chmod-based tests cannot fail.
bool ignoresFilePermissions();

} // namespace ChoPhien::Test
