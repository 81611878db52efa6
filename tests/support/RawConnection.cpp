#include "RawConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ChoPhien::Test {

RawConnection::RawConnection(const QString& path, const QString& options)
    : m_name(QStringLiteral("test-raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options);
    if (!m_db.open())
        m_lastError = m_db.lastError().text();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QVariant RawConnection::scalar(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    m_lastError = q.lastError().text();
    return {};
}

QVariantList RawConnection::column(const QString& sql)
{
    QVariantList values;
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return values;
    }
    while (q.next())
        values.append(q.value(0));
    return values;
}

} // namespace ChoPhien::Test
