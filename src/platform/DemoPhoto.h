#pragma once

#include <QByteArray>
#include <QString>

namespace ChoPhien::DemoPhoto {

// Side of the square demo photos, in pixels: above every size rule of the listing tables.
constexpr int kSide = 800;

// A JPEG standing in for a demo product's photo: soft bands in a colour drawn from `key` (the
// product's category), so a workshop's listings look different from each other. The same key
// always gives the same bytes. Empty when the JPEG writer is missing.
QByteArray jpeg(const QString& key);

} // namespace ChoPhien::DemoPhoto
