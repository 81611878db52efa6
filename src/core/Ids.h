#pragma once

#include <QString>
#include <QUuid>

namespace ChoPhien::Ids {

// Every record is named by a UUID made here on the client, so nothing made offline waits for a server.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline bool isValid(const QString& id)
{
    return !QUuid::fromString(id).isNull();
}

} // namespace ChoPhien::Ids
