#pragma once

#include <QSize>
#include <QString>

#include <optional>

// Whether a file is a readable image of its announced type, and its size as it is shown: after
// its EXIF orientation (a portrait photo taken with the phone on its side is taller than wide).
namespace ChoPhien::ImageProbe {

// The size of the image in `path` decoded as `contentType` (image/jpeg, image/png, image/webp)
// and turned by its orientation, or nullopt when it is not a complete image of that type.
std::optional<QSize> orientedSize(const QString& path, const QString& contentType);

} // namespace ChoPhien::ImageProbe
