#include "UploadsApi.h"

#include "FieldErrors.h"
#include "JsonRules.h"
#include "UploadRules.h"

#include <QLoggingCategory>
#include <QUuid>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcUploadsApi, "chophien.platform.uploads")

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

const JsonRule& createRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("length"), JsonRule::integer(1, UploadRules::kMaxLength)},
        {QStringLiteral("sha256"), JsonRule::text(0, 1000, QStringLiteral("[0-9a-f]{64}"),
                                                  {QStringLiteral("64 chữ số thập lục phân viết thường"),
                                                   QStringLiteral("64 lowercase hexadecimal digits")})},
        {QStringLiteral("content_type"),
         JsonRule::oneOf(
             {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp")})},
    });
    return rule;
}

Problem uploadNotFound()
{
    return Problem(ProblemCode::NotFound, {QStringLiteral("Không tìm thấy lần gửi tệp này."),
                                           QStringLiteral("This upload was not found.")});
}

QByteArray location(const QString& id)
{
    return QByteArrayLiteral("/v1/uploads/") + id.toLatin1();
}

HttpResponse offsetMismatch(qint64 current)
{
    Problem problem(ProblemCode::UploadOffsetMismatch,
                    {QStringLiteral("Máy chủ đã nhận %1 byte; hãy gửi tiếp từ vị trí đó.").arg(current),
                     QStringLiteral("The server holds %1 bytes; continue from there.").arg(current)});
    problem.members.insert(QStringLiteral("upload_offset"), current);
    return problem.toResponse().withHeader("Upload-Offset", QByteArray::number(current));
}

FieldError offsetError(const char* code, Words words)
{
    return {QStringLiteral("Upload-Offset"), QString::fromLatin1(code), std::move(words)};
}

} // namespace

UploadsApi::UploadsApi(PlatformStore& store, UploadRecords& uploads, UploadFiles& files)
    : m_store(store)
    , m_uploads(uploads)
    , m_files(files)
{}

void UploadsApi::addRoutes(Router& router)
{
    const QString one = QStringLiteral("/v1/uploads/{id}");
    router.add("POST", QStringLiteral("/v1/uploads"),
               {[this](ApiRequest& r) { return create(r); }, true, true, true});
    router.add("HEAD", one, {[this](ApiRequest& r) { return offset(r); }});
    // Chunks take no Idempotency-Key (Upload-Offset makes them idempotent) and are not JSON.
    router.add("PATCH", one, {[this](ApiRequest& r) { return append(r); }});
}

std::optional<UploadRow> UploadsApi::own(const ApiRequest& request, HttpResponse& refusal)
{
    bool ok = true;
    std::optional<UploadRow> row = m_uploads.find(request.params.value(0), ok);
    if (row && row->sellerId != request.sellerId)
        row.reset();
    if (!row)
        refusal = ok ? uploadNotFound().toResponse() : internal();
    return row;
}

qint64 UploadsApi::currentOffset(const UploadRow& row) const
{
    return row.complete ? row.length : UploadRules::resumeOffset(row.received, m_files.partSize(row.id));
}

HttpResponse UploadsApi::create(const ApiRequest& request)
{
    QJsonObject body;
    if (const std::optional<Problem> problem = readBody(request.http.body(), createRule(), body))
        return problem->toResponse();
    const QString sha256 = body.value(u"sha256").toString();
    const auto length = qint64(body.value(u"length").toDouble());
    const QString contentType = body.value(u"content_type").toString();

    // Deduplication is per seller: only a file this seller sent completes at once, so no seller
    // learns what another one holds (ADR 0015).
    bool ok = true;
    const std::optional<UploadRow> same =
        m_uploads.findSame(request.sellerId, sha256, length, contentType, ok);
    if (!ok)
        return internal();
    if (same)
        return HttpResponse::json(200, same->toJson(currentOffset(*same)))
            .withHeader("Location", location(same->id));

    UploadRow row;
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.sellerId = request.sellerId;
    row.sha256 = sha256;
    row.length = length;
    row.contentType = contentType;
    row.touchedMs = request.nowMs;
    row.createdAt = request.nowText;
    if (!m_uploads.insert(row))
        return internal();
    return HttpResponse::json(201, row.toJson(0)).withHeader("Location", location(row.id));
}

HttpResponse UploadsApi::offset(const ApiRequest& request)
{
    HttpResponse refusal;
    const std::optional<UploadRow> row = own(request, refusal);
    if (!row)
        return refusal;
    return HttpResponse::empty(200)
        .withHeader("Upload-Offset", QByteArray::number(currentOffset(*row)))
        .withHeader("Upload-Length", QByteArray::number(row->length))
        .withHeader("Cache-Control", "no-store");
}

bool UploadsApi::recordOffset(const QString& id, qint64 received, qint64 nowMs)
{
    if (!m_store.begin())
        return false;
    if (!m_uploads.setReceived(id, received, nowMs)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit();
}

HttpResponse UploadsApi::append(const ApiRequest& request)
{
    if (!UploadRules::isChunkMediaType(request.header("Content-Type")))
        return Problem(
                   ProblemCode::UnsupportedMediaType,
                   {QStringLiteral("Phần tệp phải gửi với Content-Type: application/offset+octet-stream."),
                    QStringLiteral("A chunk must be sent as Content-Type: application/offset+octet-stream.")})
            .toResponse();
    HttpResponse refusal;
    const std::optional<UploadRow> row = own(request, refusal);
    if (!row)
        return refusal;

    const QByteArray header = request.header("Upload-Offset");
    const std::optional<qint64> claimed = UploadRules::parseOffset(header);
    if (!claimed)
        return Problem::fields(
                   ProblemCode::InvalidField,
                   {header.isEmpty()
                        ? FieldErrors::required(QStringLiteral("Upload-Offset"))
                        : offsetError("invalid_format",
                                      {QStringLiteral("Upload-Offset phải là một số byte."),
                                       QStringLiteral("Upload-Offset must be a number of bytes.")})})
            .toResponse();

    const QByteArray bytes = request.http.body();
    const qint64 current = currentOffset(*row);
    switch (UploadRules::classify(current, row->length, *claimed, bytes.size())) {
    case UploadRules::Chunk::OffsetMismatch:
        return offsetMismatch(current);
    case UploadRules::Chunk::PastLength:
        return Problem::fields(
                   ProblemCode::InvalidField,
                   {offsetError(
                       "too_large",
                       {QStringLiteral("Phần gửi lên vượt quá độ dài tệp đã báo (%1 byte).").arg(row->length),
                        QStringLiteral("The chunk goes past the announced length (%1 bytes).")
                            .arg(row->length)})})
            .toResponse();
    case UploadRules::Chunk::Appends:
        break;
    }
    if (row->complete || bytes.isEmpty())
        return HttpResponse::empty(204).withHeader("Upload-Offset", QByteArray::number(current));

    // The bytes reach the disk first; only then is the offset that counts them committed.
    if (!m_files.write(row->id, current, bytes))
        return internal();
    const qint64 received = current + bytes.size();
    if (received < row->length) {
        if (!recordOffset(row->id, received, request.nowMs))
            return internal();
        return HttpResponse::empty(204).withHeader("Upload-Offset", QByteArray::number(received));
    }
    return finish(request, *row);
}

HttpResponse UploadsApi::finish(const ApiRequest& request, const UploadRow& row)
{
    const std::optional<QByteArray> sha256 = m_files.partSha256(row.id);
    if (!sha256)
        return internal();
    if (QString::fromLatin1(*sha256) != row.sha256) {
        qCInfo(lcUploadsApi) << "upload" << row.id << "has SHA-256" << *sha256 << "instead of" << row.sha256;
        if (!m_files.reset(row.id) || !recordOffset(row.id, 0, request.nowMs))
            return internal();
        Problem problem(ProblemCode::ChecksumMismatch);
        problem.members.insert(QStringLiteral("upload_offset"), 0);
        return problem.toResponse();
    }
    // The verified file becomes its blob before the record says complete: a crash in between
    // leaves an unfinished record whose part is gone, which resumes from 0, never the reverse.
    if (!m_files.promote(row.id, row.sha256) || !m_store.begin())
        return internal();
    if (!m_uploads.markComplete(row.id, request.nowMs)) {
        m_store.rollback();
        return internal();
    }
    if (!m_store.commit())
        return internal();
    return HttpResponse::empty(204).withHeader("Upload-Offset", QByteArray::number(row.length));
}

void UploadsApi::purge(qint64 nowMs)
{
    bool ok = true;
    const QList<QString> unfinished = m_uploads.unfinishedBefore(nowMs - UploadRules::kUnfinishedKeepMs, ok);
    QList<QString> gone = ok ? unfinished : QList<QString>();
    const QList<QString> unused = m_uploads.unusedCompleteBefore(nowMs - UploadRules::kCompleteKeepMs, ok);
    if (ok)
        gone += unused;
    if (!gone.isEmpty() && m_store.begin()) {
        bool removed = true;
        for (const QString& id : std::as_const(gone))
            removed = removed && m_uploads.remove(id);
        if (!removed)
            m_store.rollback();
        if (!removed || !m_store.commit())
            return;
        qCInfo(lcUploadsApi) << "forgot" << gone.size() << "expired uploads";
    }
    // Files go after their records: a part no unfinished upload names, a blob no complete upload
    // or photo names (also what a crash left between a file and its record).
    for (const QString& id : m_files.partIds()) {
        if (!m_uploads.isUnfinished(id, ok) && ok)
            m_files.removePart(id);
    }
    for (const QString& sha256 : m_files.blobNames()) {
        if (!m_uploads.fileInUse(sha256, ok) && ok)
            m_files.removeBlob(sha256);
    }
}

} // namespace ChoPhien
