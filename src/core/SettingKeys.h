#pragma once

#include "SettingKey.h"

#include <QStringList>
#include <QVariantMap>

// The one table of the application's own settings (per user, per PC), with their defaults.
// Settings that belong to a workspace live in its database instead.
namespace ChoPhien::SettingKeys {

// Bumped when a key is renamed or its meaning changes; AppSettings migrates older files.
inline constexpr int schemaVersion = 1;

inline const SettingKey<QString> language{"ui/language", QStringLiteral("vi")};
inline const SettingKey<bool> largeText{"ui/largeText", false};
inline const SettingKey<QString> lastWorkspace{"workspace/last", QString()};
inline const SettingKey<QStringList> recentWorkspaces{"workspace/recent", QStringList()};
inline const SettingKey<int> recentWorkspacesLimit{"workspace/recentLimit", 8};
// The Stock page warns about lots that expire within this many days (and about expired ones).
inline const SettingKey<int> expiryAlertDays{"stock/expiryAlertDays", 30};
// Workspace id -> id of the clerk who last worked on it from this computer.
inline const SettingKey<QVariantMap> lastClerkByWorkspace{"workspace/lastClerk", QVariantMap()};

} // namespace ChoPhien::SettingKeys
