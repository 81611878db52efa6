#pragma once

#include "Router.h"
#include "UploadFiles.h"
#include "UploadRecords.h"

namespace ChoPhien {

// /v1/uploads and /v1/uploads/{id}: resumable uploads (create, HEAD for the offset, PATCH chunks),
// the SHA-256 checked on the last byte (ADR 0015). Bytes are synced to their file before the
// offset that counts them is committed, so a killed server resumes from bytes it really holds.
class UploadsApi final {
    Q_DISABLE_COPY_MOVE(UploadsApi)

public:
    UploadsApi(PlatformStore& store, UploadRecords& uploads, UploadFiles& files);
    void addRoutes(Router& router);

    // Forgets unfinished uploads 7 days after their last chunk, complete ones no photo uses 30
    // days after they completed, and files nothing names any more. Runs with the daily purge.
    void purge(qint64 nowMs);

private:
    HttpResponse create(const ApiRequest& request);
    HttpResponse offset(const ApiRequest& request);
    HttpResponse append(const ApiRequest& request);

    // The seller's upload named in the path, or nullopt with the answer to give (404, 500).
    std::optional<UploadRow> own(const ApiRequest& request, HttpResponse& refusal);
    // The offset an upload goes on from: its length when complete, else what its file holds of
    // what was recorded.
    qint64 currentOffset(const UploadRow& row) const;
    // The last byte arrived: verify the file and complete the upload, or start it again at 0.
    HttpResponse finish(const ApiRequest& request, const UploadRow& row);
    // Commits the new offset of an unfinished upload in its own transaction.
    bool recordOffset(const QString& id, qint64 received, qint64 nowMs);

    PlatformStore& m_store;
    UploadRecords& m_uploads;
    UploadFiles& m_files;
};

} // namespace ChoPhien
