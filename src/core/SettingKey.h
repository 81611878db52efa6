#pragma once

#include <QString>

namespace ChoPhien {

// A setting is a name and a typed default; the whole table lives in SettingKeys.h.
template <typename T> struct SettingKey {
    const char* name;
    T defaultValue;
};

} // namespace ChoPhien
