#pragma once

#include <QString>

namespace ChoPhien {

// Sends Qt's log messages to <folder>/chophien.log as well as to the previous handler.
// The file rotates at maxBytes, keeping `keep` older files (chophien.1.log is the newest of them).
// Secrets (tokens, passwords, PINs) are masked before anything is written.
class LogFile final {
public:
    // With echo false, messages go to the file only (the CLI keeps stderr for its one-line errors).
    static bool install(const QString& folder, bool echo = true, qint64 maxBytes = 1024 * 1024, int keep = 5);
    static void uninstall();
    static QString currentPath();

    // The masking applied to every line, exposed for tests.
    static QString redact(const QString& line);
};

} // namespace ChoPhien
