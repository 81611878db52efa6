#include "Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChoPhien {
namespace {

struct CodeInfo {
    const char* name;
    int status;
    const char* title;
    const char* detailVi; // UTF-8
    const char* detailEn;
};

// In the order of ProblemCode.
constexpr CodeInfo kCodes[] = {
    {"invalid_json", 400, "Invalid JSON", "Dữ liệu gửi lên không phải là một đối tượng JSON hợp lệ.",
     "The body is not a valid JSON object."},
    {"invalid_field", 400, "Invalid field", "Có mục chưa đúng.", "A field is not valid."},
    {"unknown_field", 400, "Unknown field", "Dữ liệu gửi lên có mục mà sàn không biết.",
     "The body has a field this API does not know."},
    {"idempotency_key_required", 400, "Idempotency key required",
     "Thiếu mã thao tác (Idempotency-Key, 1–200 ký tự).",
     "This write needs an Idempotency-Key header (1–200 characters)."},
    {"unauthorized", 401, "Unauthorized", "Chưa đăng nhập, hoặc phiên đăng nhập không hợp lệ.",
     "No valid access token."},
    {"token_expired", 401, "Access token expired", "Phiên làm việc đã hết hạn.",
     "The access token has expired."},
    {"invalid_credentials", 401, "Wrong username or password", "Tên đăng nhập hoặc mật khẩu không đúng.",
     "The username or password is wrong."},
    {"invalid_refresh_token", 401, "Refresh token not valid",
     "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", "The session has ended. Please log in again."},
    {"forbidden", 403, "Forbidden", "Chỉ được điều khiển máy chủ thử nghiệm từ chính máy này.",
     "The sandbox can be controlled only from this machine."},
    {"not_found", 404, "Not found", "Không tìm thấy.", "Not found."},
    {"method_not_allowed", 405, "Method not allowed", "Địa chỉ này không nhận phương thức này.",
     "This path does not accept this method."},
    {"id_in_use", 409, "Id in use", "Mã này đã được dùng.", "This id is already used."},
    {"wrong_product_kind", 409, "Wrong kind of product", "Sản phẩm này còn các loại con.",
     "This product still has variants."},
    {"invalid_transition", 409, "Invalid status change", "Đơn hàng không thể chuyển sang trạng thái này.",
     "The order cannot move to this status."},
    {"nothing_to_order", 409, "Nothing to order", "Không có sản phẩm nào đã duyệt và còn hàng để đặt.",
     "No approved product with stock to order."},
    {"upload_offset_mismatch", 409, "Upload offset mismatch",
     "Vị trí gửi tiếp của tệp không khớp với máy chủ.", "Upload-Offset is not the upload's current offset."},
    {"upload_incomplete", 409, "Upload incomplete", "Tệp ảnh chưa được gửi xong.",
     "The upload has not received all its bytes yet."},
    {"too_many_photos", 409, "Too many photos", "Mỗi sản phẩm có tối đa 20 ảnh.",
     "A product has at most 20 photos."},
    {"checksum_mismatch", 422, "Checksum mismatch", "Tệp ảnh bị lỗi khi gửi. Máy sẽ gửi lại từ đầu.",
     "The photo file was damaged on the way. It will be sent again from the start."},
    {"invalid_image", 422, "Invalid image", "Tệp này không phải là ảnh đọc được.",
     "This file is not a readable image."},
    {"cursor_expired", 410, "Cursor expired",
     "Dữ liệu trên sàn đã thay đổi nhiều. Máy sẽ đồng bộ lại toàn bộ.",
     "The platform's history has changed. A full resynchronisation is needed."},
    {"version_conflict", 412, "Version conflict", "Dữ liệu trên sàn đã được sửa ở nơi khác.",
     "The platform's copy was changed elsewhere."},
    {"payload_too_large", 413, "Payload too large", "Dữ liệu gửi lên quá lớn.", "The request is too large."},
    {"unsupported_media_type", 415, "Unsupported media type", "Dữ liệu phải ở dạng JSON.",
     "The body must be JSON."},
    {"idempotency_key_reused", 422, "Idempotency key reused",
     "Mã thao tác này đã được dùng cho một yêu cầu khác.",
     "This idempotency key was used for a different request."},
    {"precondition_required", 428, "Precondition required",
     "Thiếu phiên bản gốc của thay đổi này (If-Match).",
     "This change needs the version it is based on (If-Match)."},
    {"rate_limited", 429, "Too many requests", "Sàn đang bận. Vui lòng thử lại sau.",
     "The platform is busy. Try again later."},
    {"internal", 500, "Internal error", "Sàn gặp lỗi. Máy sẽ thử lại sau.",
     "The platform had an error. Trying again later."},
    {"unavailable", 503, "Service unavailable", "Sàn tạm thời không phục vụ được. Máy sẽ thử lại sau.",
     "The platform is unavailable for now. Trying again later."},
};
static_assert(std::size(kCodes) == size_t(ProblemCode::Unavailable) + 1);

const CodeInfo& info(ProblemCode code)
{
    return kCodes[size_t(code)];
}

Words countedDetail(qsizetype count)
{
    if (count == 1)
        return {QStringLiteral("Có 1 mục chưa đúng."), QStringLiteral("1 field is not valid.")};
    return {QStringLiteral("Có %1 mục chưa đúng.").arg(count),
            QStringLiteral("%1 fields are not valid.").arg(count)};
}

} // namespace

int problemStatus(ProblemCode code)
{
    return info(code).status;
}

QString problemCodeName(ProblemCode code)
{
    return QString::fromLatin1(info(code).name);
}

Problem Problem::fields(ProblemCode c, QList<FieldError> e)
{
    Problem problem(c);
    problem.errors = std::move(e);
    return problem;
}

Problem Problem::conflict(QJsonValue serverCopy)
{
    Problem problem(ProblemCode::VersionConflict);
    problem.hasCurrent = true;
    problem.current = std::move(serverCopy);
    return problem;
}

HttpResponse Problem::toResponse() const
{
    const CodeInfo& c = info(code);
    const QString name = QString::fromLatin1(c.name);
    Words words = detail;
    if (words.isEmpty())
        words = errors.isEmpty() || code == ProblemCode::UnknownField
                    ? Words{QString::fromUtf8(c.detailVi), QString::fromUtf8(c.detailEn)}
                    : countedDetail(errors.size());
    QJsonObject body{{QStringLiteral("type"), QString(QStringLiteral("urn:chophien:problem:") + name)},
                     {QStringLiteral("title"), QString::fromLatin1(c.title)},
                     {QStringLiteral("status"), c.status},
                     {QStringLiteral("code"), name},
                     {QStringLiteral("detail"), words.vi},
                     {QStringLiteral("detail_en"), words.en}};
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError& e : errors)
            list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                    {QStringLiteral("code"), e.code},
                                    {QStringLiteral("message"), e.message.vi},
                                    {QStringLiteral("message_en"), e.message.en}});
        body.insert(QStringLiteral("errors"), list);
    }
    if (hasCurrent)
        body.insert(QStringLiteral("current"), current);
    for (auto it = members.begin(); it != members.end(); ++it)
        body.insert(it.key(), it.value());
    HttpResponse response;
    response.status = c.status;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")});
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace ChoPhien
