#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

// The arithmetic of resumable uploads (docs/platform-api.yaml, /v1/uploads; ADR 0015), apart from
// files and SQL so it can be tested alone.
namespace ChoPhien::UploadRules {

// The largest file an upload may announce (50 MiB).
constexpr qint64 kMaxLength = qint64(50) * 1024 * 1024;
// An unfinished upload is forgotten this long after its last chunk.
constexpr qint64 kUnfinishedKeepMs = qint64(7) * 24 * 60 * 60 * 1000;
// A complete upload is kept at least this long after it completed (and while a photo uses it).
constexpr qint64 kCompleteKeepMs = qint64(30) * 24 * 60 * 60 * 1000;

// The value of an `Upload-Offset` header: decimal digits only, 0 … kMaxLength; nullopt otherwise.
std::optional<qint64> parseOffset(const QByteArray& header);

// Whether a Content-Type is application/offset+octet-stream (parameters ignored).
bool isChunkMediaType(const QByteArray& contentType);

// Where an unfinished upload goes on after a restart: the offset recorded in the database is
// written only after its bytes were synced, so the file may hold more (a chunk whose record was
// lost) but never should hold less; both cases resume from the smaller.
qint64 resumeOffset(qint64 recorded, qint64 fileSize);

// What a chunk of `size` bytes claimed at `claimed` does to an upload at `current` of `length`.
enum class Chunk {
    Appends,        // goes on at the current offset, within the length
    OffsetMismatch, // 409 upload_offset_mismatch
    PastLength,     // 400 invalid_field (Upload-Offset, too_large)
};
Chunk classify(qint64 current, qint64 length, qint64 claimed, qint64 size);

// When an unfinished upload whose last chunk came at `touchedMs` expires.
inline qint64 expiresAtMs(qint64 touchedMs)
{
    return touchedMs + kUnfinishedKeepMs;
}

} // namespace ChoPhien::UploadRules
