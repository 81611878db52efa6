#pragma once

#include <QAbstractItemModelTester>

#include <memory>

namespace ChoPhien::Test {

// Attaches Qt's QAbstractItemModelTester (failures reported through QtTest) to a model for the
// lifetime of the returned object. Every item model of the UI gets one in its test.
inline std::unique_ptr<QAbstractItemModelTester> attachModelTester(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model,
                                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace ChoPhien::Test
