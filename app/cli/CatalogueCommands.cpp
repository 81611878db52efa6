#include "CatalogueCommands.h"

#include <core/Money.h>
#include <core/Quantity.h>
#include <core/SearchQuery.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>

#include <QElapsedTimer>
#include <QJsonArray>

namespace ChoPhien::Cli {

CatalogueCommands::CatalogueCommands(QString folder, CliOutput& output)
    : m_folder(std::move(folder))
    , m_out(output)
{}

int CatalogueCommands::search(const QString& query, int limit, bool eachPrefix)
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();

    QJsonArray timings;
    if (eachPrefix) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            ProductRepository::search(db, SearchQuery(query.left(length)), limit);
            timings.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    QElapsedTimer timer;
    timer.start();
    const QList<ProductSummary> found = ProductRepository::search(db, SearchQuery(query), limit);
    const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;

    QJsonArray results;
    for (const ProductSummary& p : found) {
        m_out.line(QStringLiteral("%1  %2  %3  %4 %5")
                       .arg(p.sku, -14)
                       .arg(p.name, Money::format(p.price), Quantity::format(p.onHand), p.unit));
        results.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("sku"), p.sku},
                                   {QStringLiteral("barcode"), p.barcode},
                                   {QStringLiteral("producer"), p.producer},
                                   {QStringLiteral("unit"), p.unit},
                                   {QStringLiteral("price_dong"), p.price},
                                   {QStringLiteral("on_hand_milli"), p.onHand},
                                   {QStringLiteral("ocop_stars"), p.ocopStars}});
    }
    if (found.isEmpty())
        m_out.line(tr("No product matches “%1”.").arg(query));
    QJsonObject json{{QStringLiteral("command"), QStringLiteral("search")},
                     {QStringLiteral("query"), query},
                     {QStringLiteral("count"), results.size()},
                     {QStringLiteral("elapsed_ms"), elapsedMs},
                     {QStringLiteral("results"), results}};
    if (eachPrefix)
        json.insert(QStringLiteral("keystroke_ms"), timings);
    return m_out.succeed(json);
}

} // namespace ChoPhien::Cli
