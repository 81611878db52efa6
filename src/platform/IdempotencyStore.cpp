#include "IdempotencyStore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcIdempotency, "chophien.platform.idempotency")

// Headers are stored as "Name: value" lines.
QByteArray headerLines(const HttpResponse& response)
{
    QByteArray lines;
    for (const auto& [name, value] : response.headers)
        lines += name + ": " + value + '\n';
    return lines;
}

void readHeaderLines(const QByteArray& lines, HttpResponse& response)
{
    for (const QByteArray& line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            response.headers.append({line.left(colon), line.mid(colon + 2)});
    }
}

} // namespace

IdempotencyStore::IdempotencyStore(PlatformStore& store)
    : m_find(store.prepare(QStringLiteral(
          "SELECT fingerprint, status, headers, body FROM idempotency WHERE seller_id = ? AND key = ?")))
    , m_save(store.prepare(
          QStringLiteral("INSERT INTO idempotency(seller_id, key, fingerprint, status, headers, "
                         "body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
    // Rows are in time order: the first row young enough to keep bounds what goes.
    , m_purge(store.prepare(QStringLiteral(
          "DELETE FROM idempotency WHERE id < coalesce((SELECT id FROM idempotency WHERE created_at >= ? "
          "ORDER BY id LIMIT 1), (SELECT max(id) + 1 FROM idempotency))")))
{}

bool IdempotencyStore::isValidKey(const QByteArray& key)
{
    return !key.isEmpty() && key.size() <= 200 &&
           std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

QByteArray IdempotencyStore::fingerprint(const QByteArray& method, const QString& path,
                                         const QByteArray& body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData("\n");
    hash.addData(path.toUtf8());
    hash.addData("\n");
    hash.addData(QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    return hash.result();
}

std::optional<IdempotencyStore::Record> IdempotencyStore::find(const QString& sellerId, const QByteArray& key,
                                                               bool& ok)
{
    m_find.bindValue(0, sellerId);
    m_find.bindValue(1, QString::fromLatin1(key));
    ok = m_find.exec();
    if (!ok) {
        qCWarning(lcIdempotency) << "lookup failed:" << m_find.lastError().text();
        return std::nullopt;
    }
    std::optional<Record> record;
    if (m_find.next()) {
        record.emplace();
        record->fingerprint = m_find.value(0).toByteArray();
        record->response.status = m_find.value(1).toInt();
        readHeaderLines(m_find.value(2).toByteArray(), record->response);
        record->response.body = m_find.value(3).toByteArray();
    }
    m_find.finish();
    return record;
}

bool IdempotencyStore::save(const QString& sellerId, const QByteArray& key, const Record& record,
                            qint64 nowMs)
{
    m_save.bindValue(0, sellerId);
    m_save.bindValue(1, QString::fromLatin1(key));
    m_save.bindValue(2, record.fingerprint);
    m_save.bindValue(3, record.response.status);
    // Empty but not null: a null QString or QByteArray binds SQL NULL (a 204 has no body).
    m_save.bindValue(4, QString(QLatin1StringView("") + QString::fromLatin1(headerLines(record.response))));
    m_save.bindValue(5, record.response.body.isNull() ? QByteArray("") : record.response.body);
    m_save.bindValue(6, nowMs);
    if (m_save.exec())
        return true;
    qCWarning(lcIdempotency) << "cannot save a record:" << m_save.lastError().text();
    return false;
}

int IdempotencyStore::purge(qint64 nowMs)
{
    m_purge.bindValue(0, nowMs - kKeepMs);
    if (!m_purge.exec()) {
        qCWarning(lcIdempotency) << "purge failed:" << m_purge.lastError().text();
        return -1;
    }
    return m_purge.numRowsAffected();
}

} // namespace ChoPhien
