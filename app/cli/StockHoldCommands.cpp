#include "StockHoldCommands.h"

#include "ClerkChoice.h"
#include "StockJson.h"

#include <core/Quantity.h>
#include <core/SettingKeys.h>
#include <core/VietnameseText.h>
#include <storage/ProductRepository.h>
#include <storage/StockThresholds.h>
#include <storage/Workspace.h>
#include <storage/WriteTransaction.h>

#include <QJsonArray>

namespace ChoPhien::Cli {
namespace {

constexpr int kDefaultLimit = 100;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString amount(MilliQuantity quantity, const QString& unit)
{
    return Quantity::format(quantity) + u' ' + unit;
}

// On-hand, reserved and sellable of one product, for the JSON of every write.
void addLevels(QJsonObject& json, QSqlDatabase db, const QString& productId)
{
    const MilliQuantity onHand = StockLedger::onHand(db, productId);
    const MilliQuantity reserved = StockHolds::reserved(db, productId);
    StockJson::addQuantity(json, QStringLiteral("on_hand"), onHand);
    StockJson::addQuantity(json, QStringLiteral("reserved"), reserved);
    StockJson::addQuantity(json, QStringLiteral("sellable"), onHand - reserved);
}

std::optional<StockFilter> filterFromCode(const QString& code)
{
    if (code.isEmpty() || code == u"all")
        return StockFilter::All;
    if (code == u"low")
        return StockFilter::LowStock;
    if (code == u"expiring")
        return StockFilter::Expiring;
    return std::nullopt;
}

} // namespace

StockHoldCommands::StockHoldCommands(QString folder, CliOutput& output, StockOptions options)
    : m_folder(std::move(folder))
    , m_out(output)
    , m_options(std::move(options))
{}

qsizetype StockHoldCommands::argumentCount(const QString& subcommand)
{
    if (subcommand == u"hold" || subcommand == u"threshold")
        return 4; // stock hold SKU QUANTITY
    if (subcommand == u"release")
        return 3; // stock release HOLD_ID
    if (subcommand == u"holds" || subcommand == u"alerts" || subcommand == u"list")
        return 2;
    return -1;
}

int StockHoldCommands::run(const QStringList& arguments)
{
    const QString& subcommand = arguments.at(0);
    if (const auto refused = refuseOptions(subcommand))
        return *refused;
    if (subcommand == u"hold")
        return hold(arguments.at(1), arguments.at(2));
    if (subcommand == u"release")
        return release(arguments.at(1));
    if (subcommand == u"threshold")
        return threshold(arguments.at(1), arguments.at(2));
    if (subcommand == u"holds")
        return holds();
    if (subcommand == u"alerts")
        return alerts();
    return list();
}

std::optional<int> StockHoldCommands::refuseOptions(const QString& subcommand)
{
    const auto usage = [&](const QString& message) -> std::optional<int> {
        m_out.fail(QStringLiteral("usage"), message);
        return Usage;
    };
    if (subcommand == u"hold" && VietnameseText::normalized(m_options.reference).isEmpty())
        return usage(tr("stock hold needs --reference TEXT: who the goods are held for."));
    if (subcommand != u"hold" && !m_options.reference.isEmpty())
        return usage(tr("--reference goes with stock hold only."));
    if (subcommand != u"release" && !m_options.reason.isEmpty())
        return usage(tr("--reason goes with stock release only."));
    if (subcommand == u"release" && !m_options.reason.isEmpty() &&
        !StockHolds::releaseFromCode(m_options.reason))
        return usage(tr("--reason takes fulfilled or cancelled."));
    if (!m_options.lot.isEmpty() && subcommand != u"hold")
        return usage(tr("--lot goes with stock hold here."));
    if (m_options.note && subcommand != u"hold")
        return usage(tr("--note goes with stock hold here."));
    if (!m_options.filter.isEmpty() && (subcommand != u"list" || !filterFromCode(m_options.filter)))
        return usage(tr("--filter takes all, low or expiring, and goes with stock list only."));
    if (m_options.days && (*m_options.days < 0 || *m_options.days > 3650))
        return usage(tr("--days takes a number of days from 0 to 3650."));
    return std::nullopt;
}

int StockHoldCommands::days() const
{
    return m_options.days.value_or(SettingKeys::expiryAlertDays.defaultValue);
}

QDate StockHoldCommands::expiringBy() const
{
    return QDate::currentDate().addDays(days());
}

std::optional<StockHoldCommands::ProductWrite>
StockHoldCommands::openProductWrite(const QString& sku, const QString& quantityText, int* exitCode)
{
    const auto quantity = StockCommands::parseQuantity(quantityText, m_out, exitCode);
    if (!quantity)
        return std::nullopt;
    auto opened = Workspace::open(m_folder);
    if (opened.error) {
        *exitCode = m_out.fail(opened.error);
        return std::nullopt;
    }
    QSqlDatabase db = opened.workspace->database();
    const auto product = StockCommands::findProduct(db, sku, m_out, exitCode);
    if (!product)
        return std::nullopt;
    const auto clerk = ClerkChoice::resolve(db, m_options.clerk, m_out, exitCode);
    if (!clerk)
        return std::nullopt;
    return ProductWrite{std::move(opened.workspace), *product, *clerk, *quantity};
}

int StockHoldCommands::hold(const QString& sku, const QString& quantityText)
{
    int exitCode = Failure;
    const auto w = openProductWrite(sku, quantityText, &exitCode);
    if (!w)
        return exitCode;
    QSqlDatabase db = w->workspace->database();
    const ProductSummary& product = w->product;
    const Clerk& clerk = w->clerk;
    const MilliQuantity quantity = w->quantity;
    QString lotId;
    if (!m_options.lot.isEmpty()) {
        const auto lot = StockLedger::findLot(db, product.id, m_options.lot);
        if (!lot)
            return m_out.fail(QStringLiteral("unknown_lot"),
                              StockCommands::tr("%1 has no lot “%2”.").arg(product.name, m_options.lot));
        lotId = lot->id;
    }
    StockHold created;
    {
        WriteTransaction tx(db, Actor{clerk.id}, w->workspace->clock());
        if (!StockHolds::hold(tx, product.id, quantity, m_options.reference, lotId,
                              m_options.note.value_or(QString()), &created) ||
            !tx.commit())
            return m_out.fail(tx.error());
    }
    created.createdByName = clerk.name;
    const MilliQuantity sellable = StockHolds::sellable(db, product.id);
    m_out.line(tr("Held %1 of %2 for %3 (hold %4). Sellable now: %5.")
                   .arg(amount(quantity, product.unit), product.name, created.reference, created.id.left(8),
                        amount(sellable, product.unit)));
    QJsonObject json{{QStringLiteral("command"), QStringLiteral("stock")},
                     {QStringLiteral("action"), QStringLiteral("hold")},
                     {QStringLiteral("product"), StockJson::product(product)},
                     {QStringLiteral("hold"), StockJson::hold(created)}};
    addLevels(json, db, product.id);
    return m_out.succeed(json);
}

int StockHoldCommands::release(const QString& holdId)
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    const auto found = StockHolds::find(db, holdId);
    if (!found)
        return m_out.fail(QStringLiteral("unknown_hold"),
                          tr("No hold has the id “%1”. stock holds lists them.").arg(holdId));
    int exitCode = Failure;
    const auto clerk = ClerkChoice::resolve(db, m_options.clerk, m_out, &exitCode);
    if (!clerk)
        return exitCode;
    const auto reason =
        StockHolds::releaseFromCode(m_options.reason).value_or(StockHolds::Release::Cancelled);
    QList<StockLedger::Movement> sold;
    {
        WriteTransaction tx(db, Actor{clerk->id}, opened.workspace->clock());
        if (!StockHolds::release(tx, found->id, reason, &sold) || !tx.commit())
            return m_out.fail(tx.error());
    }
    const StockHold released = StockHolds::find(db, found->id).value_or(*found);
    const auto product = ProductRepository::find(db, released.productId);
    const QString unit = product ? product->unit : QString();
    const QString name = product ? product->name : QString();
    m_out.line(reason == StockHolds::Release::Fulfilled
                   ? tr("Sold the %1 of %2 held for %3; the hold is released.")
                         .arg(amount(released.quantity, unit), name, released.reference)
                   : tr("Cancelled the hold of %1 of %2 for %3: the goods can be sold again.")
                         .arg(amount(released.quantity, unit), name, released.reference));
    QJsonArray movements;
    for (StockLedger::Movement m : sold) {
        m.clerkName = clerk->name;
        movements.append(StockJson::movement(m));
    }
    QJsonObject json{{QStringLiteral("command"), QStringLiteral("stock")},
                     {QStringLiteral("action"), QStringLiteral("release")},
                     {QStringLiteral("reason"), StockHolds::releaseCode(reason)},
                     {QStringLiteral("hold"), StockJson::hold(released)},
                     {QStringLiteral("movements"), movements}};
    if (product)
        json.insert(QStringLiteral("product"), StockJson::product(*product));
    addLevels(json, db, released.productId);
    return m_out.succeed(json);
}

int StockHoldCommands::holds()
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    QString productId;
    if (!m_options.sku.isEmpty()) {
        int exitCode = Failure;
        const auto product = StockCommands::findProduct(db, m_options.sku, m_out, &exitCode);
        if (!product)
            return exitCode;
        productId = product->id;
    }
    const QList<StockHold> holds =
        StockHolds::list(db, productId, false, m_options.limit.value_or(kDefaultLimit));
    m_out.line(holds.isEmpty() ? tr("Nothing is held for buyers.")
                               : tr("%n open hold(s), the oldest first:", nullptr, int(holds.size())));
    QJsonArray array;
    for (const StockHold& h : holds) {
        const auto product = ProductRepository::find(db, h.productId);
        const QString unit = product ? product->unit : QString();
        QString text = QStringLiteral("  %1  %2  %3  %4  %5")
                           .arg(h.id.left(8), product ? product->sku : QString(), amount(h.quantity, unit),
                                h.reference, StockJson::localTime(h.createdAt));
        if (!h.lotCode.isEmpty())
            text += QStringLiteral("  ") + h.lotCode;
        m_out.line(text);
        QJsonObject json = StockJson::hold(h);
        if (product)
            json.insert(QStringLiteral("product"), StockJson::product(*product));
        array.append(json);
    }
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("stock")},
                          {QStringLiteral("action"), QStringLiteral("holds")},
                          {QStringLiteral("holds"), array}});
}

int StockHoldCommands::threshold(const QString& sku, const QString& quantityText)
{
    int exitCode = Failure;
    const auto w = openProductWrite(sku, quantityText, &exitCode);
    if (!w)
        return exitCode;
    QSqlDatabase db = w->workspace->database();
    const ProductSummary& product = w->product;
    const MilliQuantity quantity = w->quantity;
    {
        WriteTransaction tx(db, Actor{w->clerk.id}, w->workspace->clock());
        if (!StockThresholds::set(tx, product.id, quantity) || !tx.commit())
            return m_out.fail(tx.error());
    }
    const auto row = StockOverview::row(db, product.id);
    m_out.line(quantity == 0 ? tr("No low-stock alert for %1 any more.").arg(product.name)
                             : tr("%1 is shown as low on stock at %2 or less.")
                                   .arg(product.name, amount(quantity, product.unit)));
    if (row && row->isLow())
        m_out.line(tr("It is low now: %1 on hand.").arg(amount(row->onHand, product.unit)));
    QJsonObject json{{QStringLiteral("command"), QStringLiteral("stock")},
                     {QStringLiteral("action"), QStringLiteral("threshold")},
                     {QStringLiteral("product"), StockJson::product(product)},
                     {QStringLiteral("low"), row && row->isLow()}};
    StockJson::addQuantity(json, QStringLiteral("threshold"), quantity);
    addLevels(json, db, product.id);
    return m_out.succeed(json);
}

int StockHoldCommands::alerts()
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    const int limit = m_options.limit.value_or(kDefaultLimit);
    const QDate by = expiringBy();
    const StockAlertCounts counts = StockOverview::counts(db, by);
    const QList<StockRow> low = StockOverview::page(db, StockFilter::LowStock, by, {}, limit).rows;
    const QList<ExpiringLot> lots = StockOverview::expiringLots(db, by, limit);

    m_out.line(tr("%n product(s) low on stock:", nullptr, int(counts.lowStock)));
    QJsonArray lowJson;
    for (const StockRow& r : low) {
        m_out.line(QStringLiteral("  %1  %2  %3 / %4")
                       .arg(r.sku, r.name, amount(r.onHand, r.unit), amount(r.threshold, r.unit)));
        lowJson.append(StockJson::row(r));
    }
    m_out.line(
        tr("%n lot(s) expired or expiring within %1 days:", nullptr, int(counts.expiringLots)).arg(days()));
    QJsonArray lotsJson;
    const QDate today = QDate::currentDate();
    for (const ExpiringLot& lot : lots) {
        const QString when = lot.expiresOn < today
                                 ? tr("expired %1").arg(lot.expiresOn.toString(kDateFormat))
                                 : tr("expires %1").arg(lot.expiresOn.toString(kDateFormat));
        m_out.line(QStringLiteral("  %1  %2  %3  %4  %5")
                       .arg(lot.sku, lot.productName, lot.code, when, amount(lot.onHand, lot.unit)));
        QJsonObject json{{QStringLiteral("lot_id"), lot.lotId},
                         {QStringLiteral("code"), lot.code},
                         {QStringLiteral("expires_on"), StockJson::date(lot.expiresOn)},
                         {QStringLiteral("expired"), lot.expiresOn < today},
                         {QStringLiteral("product_id"), lot.productId},
                         {QStringLiteral("sku"), lot.sku},
                         {QStringLiteral("name"), lot.productName},
                         {QStringLiteral("unit"), lot.unit}};
        StockJson::addQuantity(json, QStringLiteral("on_hand"), lot.onHand);
        lotsJson.append(json);
    }
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("stock")},
                          {QStringLiteral("action"), QStringLiteral("alerts")},
                          {QStringLiteral("days"), days()},
                          {QStringLiteral("expiring_by"), by.toString(kDateFormat)},
                          {QStringLiteral("low_stock_count"), counts.lowStock},
                          {QStringLiteral("expiring_lot_count"), counts.expiringLots},
                          {QStringLiteral("low_stock"), lowJson},
                          {QStringLiteral("expiring_lots"), lotsJson}});
}

int StockHoldCommands::list()
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    const StockFilter filter = filterFromCode(m_options.filter).value_or(StockFilter::All);
    const StockRowPage page =
        StockOverview::page(db, filter, expiringBy(), {}, m_options.limit.value_or(kDefaultLimit));
    QJsonArray rows;
    for (const StockRow& r : page.rows) {
        QString text = QStringLiteral("  %1  %2  %3 / %4 / %5")
                           .arg(r.sku, r.name, amount(r.onHand, r.unit), Quantity::format(r.reserved),
                                Quantity::format(r.sellable()));
        if (r.nextExpiry.isValid())
            text += QStringLiteral("  ") + tr("next expiry %1").arg(r.nextExpiry.toString(kDateFormat));
        m_out.line(text);
        rows.append(StockJson::row(r));
    }
    return m_out.succeed(
        {{QStringLiteral("command"), QStringLiteral("stock")},
         {QStringLiteral("action"), QStringLiteral("list")},
         {QStringLiteral("filter"), m_options.filter.isEmpty() ? QStringLiteral("all") : m_options.filter},
         {QStringLiteral("more"), !page.next.isStart()},
         {QStringLiteral("rows"), rows}});
}

} // namespace ChoPhien::Cli
