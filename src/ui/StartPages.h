#pragma once

#include <QCoreApplication>

class QWidget;

namespace ChoPhien {

class EmptyStateWidget;

// The pages whose work arrives with later capabilities (orders, sync, training) start
// as empty states that tell a first-time user where they are and what to do now.
class StartPages final {
    Q_DECLARE_TR_FUNCTIONS(StartPages)

public:
    static EmptyStateWidget* orders(QWidget* parent);   // no action yet: orders come from the platform
    static EmptyStateWidget* sync(QWidget* parent);     // no action yet: sign-in comes with sync
    static EmptyStateWidget* training(QWidget* parent); // action: open the demo workspace
};

} // namespace ChoPhien
