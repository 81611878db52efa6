#include "ListTimings.h"

#include "ProductListModel.h"
#include "StockListModel.h"

#include <storage/StockOverview.h>
#include <storage/Workspace.h>

#include <QElapsedTimer>

#include <algorithm>

namespace ChoPhien {
namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

// The value below which 95 % of `values` lie (nearest rank).
double p95(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(1, qsizetype(double(values.size()) * 0.95 + 0.5), values.size());
    return values.at(rank - 1);
}

void timeFilters(const std::shared_ptr<Workspace>& workspace, QTextStream& out)
{
    ProductListModel model;
    model.setWorkspace(workspace);
    ProductFilter category;
    category.category = QStringLiteral("Nông sản");
    ProductFilter ocop;
    ocop.ocop = ProductFilter::Ocop::FiveStars;
    ProductFilter outOfStock;
    outOfStock.stock = ProductFilter::Stock::OutOfStock;
    ProductFilter handicraft;
    handicraft.group = QStringLiteral("handicraft");
    ProductFilter combined = category;
    combined.ocop = ProductFilter::Ocop::Rated;
    combined.stock = ProductFilter::Stock::InStock;
    const std::pair<const char*, ProductFilter> filters[] = {
        {"category", category}, {"ocop5", ocop},        {"out_of_stock", outOfStock},
        {"group", handicraft},  {"combined", combined}, {"none", ProductFilter{}},
    };
    for (const auto& [name, filter] : filters) {
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter); // what the Products page does when a filter chip changes
        const double elapsed = msSince(timer);
        out << "filter name=" << name << " ms=" << ms(elapsed) << " rows=" << model.rowCount()
            << " total=" << model.totalCount() << Qt::endl;
    }
}

void timeScrolling(const std::shared_ptr<Workspace>& workspace, QTextStream& out)
{
    ProductListModel model;
    model.setWorkspace(workspace);
    QList<double> pages;
    while (model.canFetchMore({})) {
        QElapsedTimer timer;
        timer.start();
        model.fetchMore({}); // what the view asks for as the scroll bar nears the end
        pages.append(msSince(timer));
    }
    out << "scroll pages=" << pages.size() << " rows=" << model.rowCount()
        << " max_ms=" << ms(pages.isEmpty() ? 0 : *std::max_element(pages.cbegin(), pages.cend()))
        << " p95_ms=" << ms(p95(pages)) << Qt::endl;
}

void timeStockPage(const std::shared_ptr<Workspace>& workspace, QTextStream& out)
{
    StockListModel model;
    QElapsedTimer timer;
    timer.start();
    const bool hasProducts = StockOverview::hasProducts(workspace->database()); // as StockPage::reload
    model.setWorkspace(hasProducts ? workspace : nullptr);
    const double firstPage = msSince(timer);
    timer.restart();
    const StockAlertCounts counts = StockOverview::counts(workspace->database(), model.expiringBy());
    const double countsMs = msSince(timer);
    out << "stock first_page_ms=" << ms(firstPage) << " counts_ms=" << ms(countsMs)
        << " rows=" << model.rowCount() << " low=" << counts.lowStock << " expiring=" << counts.expiringLots
        << Qt::endl;
}

} // namespace

void ListTimings::run(const std::shared_ptr<Workspace>& workspace, QTextStream& out)
{
    timeFilters(workspace, out);
    timeScrolling(workspace, out);
    timeStockPage(workspace, out);
}

} // namespace ChoPhien
