#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ChoPhien::Test {

// A file's bytes and modification time at one moment, to prove that something left it untouched.
struct FileSnapshot {
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;

    static FileSnapshot of(const QString& path);
    bool operator==(const FileSnapshot& other) const = default;
};

// Overwrites `length` bytes at `offset` with a pattern that is never valid SQLite page content.
bool scribble(const QString& path, qint64 offset, qint64 length);

} // namespace ChoPhien::Test
