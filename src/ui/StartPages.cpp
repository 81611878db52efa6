#include "StartPages.h"

#include "EmptyStateWidget.h"

namespace ChoPhien {

EmptyStateWidget* StartPages::orders(QWidget* parent)
{
    auto* page = new EmptyStateWidget(QStringLiteral(":/icons/orders.svg"), parent);
    page->setRetranslator([](EmptyStateWidget* p) {
        p->setTexts(tr("No orders yet"),
                    tr("Orders from the platform appear here once your shop is connected to "
                       "the platform. You can keep working on your products meanwhile."));
    });
    return page;
}

EmptyStateWidget* StartPages::sync(QWidget* parent)
{
    auto* page = new EmptyStateWidget(QStringLiteral(":/icons/sync.svg"), parent);
    page->setRetranslator([](EmptyStateWidget* p) {
        p->setTexts(
            tr("Not connected to the platform"),
            tr("Everything you do is already saved on this computer; nothing is lost without a connection. "
               "Once your shop has a platform account, sending your products to it starts here."));
    });
    return page;
}

EmptyStateWidget* StartPages::training(QWidget* parent)
{
    auto* page = new EmptyStateWidget(QStringLiteral(":/icons/training.svg"), parent);
    page->setRetranslator([](EmptyStateWidget* p) {
        p->setTexts(tr("Training"), tr("New to selling online? Open the demo workspace and try things out on "
                                       "sample products: nothing there reaches the real platform."));
        p->setActionText(tr("Open the demo workspace"));
    });
    return page;
}

} // namespace ChoPhien
