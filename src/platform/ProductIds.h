#pragma once

#include "Problem.h"

#include <QString>

// Product ids in paths: client-made UUIDs, lowercase with hyphens. Any other form names no product.
namespace ChoPhien::ProductIds {

bool isWellFormed(const QString& id);
// 404 not_found, worded for a product.
Problem notFound();

} // namespace ChoPhien::ProductIds
