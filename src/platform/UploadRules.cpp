#include "UploadRules.h"

namespace ChoPhien::UploadRules {

std::optional<qint64> parseOffset(const QByteArray& header)
{
    const QByteArray text = header.trimmed();
    // At most 8 digits: more is past kMaxLength anyway, and cannot overflow.
    if (text.isEmpty() || text.size() > 8)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const qint64 value = text.toLongLong();
    if (value > kMaxLength)
        return std::nullopt;
    return value;
}

bool isChunkMediaType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray media = semicolon < 0 ? contentType : contentType.first(semicolon);
    return media.trimmed().compare("application/offset+octet-stream", Qt::CaseInsensitive) == 0;
}

qint64 resumeOffset(qint64 recorded, qint64 fileSize)
{
    return qMax(qint64(0), qMin(recorded, fileSize));
}

Chunk classify(qint64 current, qint64 length, qint64 claimed, qint64 size)
{
    if (claimed != current)
        return Chunk::OffsetMismatch;
    if (size > length - current)
        return Chunk::PastLength;
    return Chunk::Appends;
}

} // namespace ChoPhien::UploadRules
