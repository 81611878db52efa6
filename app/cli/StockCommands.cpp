#include "StockCommands.h"

#include "ClerkChoice.h"
#include "StockHoldCommands.h"
#include "StockJson.h"

#include <core/Quantity.h>
#include <core/VietnameseText.h>
#include <storage/ClerkRepository.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/Workspace.h>
#include <storage/WriteTransaction.h>

#include <QJsonArray>

#include <algorithm>

namespace ChoPhien::Cli {
namespace {

constexpr int kShownMovements = 20;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

using StockJson::localTime;
using StockJson::signedQuantity;

MilliQuantity total(const QList<StockLedger::Movement>& movements)
{
    MilliQuantity sum = 0;
    for (const auto& m : movements)
        sum += m.delta;
    return sum;
}

} // namespace

StockCommands::StockCommands(QString folder, CliOutput& output, StockOptions options)
    : m_folder(std::move(folder))
    , m_out(output)
    , m_options(std::move(options))
{}

qsizetype StockCommands::argumentCount(const QString& subcommand)
{
    static const QStringList withQuantity = {QStringLiteral("receive"), QStringLiteral("sell"),
                                             QStringLiteral("spoil"),   QStringLiteral("return"),
                                             QStringLiteral("adjust"),  QStringLiteral("count")};
    if (withQuantity.contains(subcommand))
        return 4; // stock SUBCOMMAND SKU QUANTITY
    if (subcommand == u"show")
        return 3; // stock show SKU
    return StockHoldCommands::argumentCount(subcommand);
}

int StockCommands::run(const QStringList& arguments)
{
    const QString& subcommand = arguments.at(0);
    if (StockHoldCommands::argumentCount(subcommand) > 0)
        return StockHoldCommands(m_folder, m_out, m_options).run(arguments);
    if (const auto refused = refuseOptions(subcommand))
        return *refused;
    if (subcommand == u"receive")
        return receive(arguments.at(1), arguments.at(2));
    if (subcommand == u"sell" || subcommand == u"spoil" || subcommand == u"return")
        return takeOrGive(subcommand, arguments.at(1), arguments.at(2));
    if (subcommand == u"adjust")
        return adjust(arguments.at(1), arguments.at(2));
    if (subcommand == u"count")
        return count(arguments.at(1), arguments.at(2));
    return show(arguments.at(1));
}

std::optional<int> StockCommands::refuseOptions(const QString& subcommand)
{
    if (!m_options.reference.isEmpty() || !m_options.reason.isEmpty() || !m_options.filter.isEmpty() ||
        m_options.days) {
        m_out.fail(QStringLiteral("usage"),
                   tr("--reference, --reason, --filter and --days go with stock hold, release, list and "
                      "alerts only."));
        return Usage;
    }
    const bool receiving = subcommand == u"receive";
    const bool lotDetails = !(m_options.expires.isEmpty() && m_options.harvested.isEmpty() &&
                              m_options.produced.isEmpty() && m_options.supplier.isEmpty());
    if (lotDetails && !receiving) {
        m_out.fail(QStringLiteral("usage"),
                   tr("--expires, --harvested, --produced and --supplier go with stock receive only."));
        return Usage;
    }
    if (!m_options.unit.isEmpty() && subcommand == u"show") {
        m_out.fail(QStringLiteral("usage"), tr("stock show takes no --unit: it shows the product's unit."));
        return Usage;
    }
    if (!m_options.lot.isEmpty() && subcommand == u"show") {
        m_out.fail(QStringLiteral("usage"), tr("stock show takes no --lot: it shows every lot."));
        return Usage;
    }
    const bool takesNote =
        subcommand == u"sell" || subcommand == u"spoil" || subcommand == u"return" || subcommand == u"adjust";
    if (m_options.note && !takesNote) {
        m_out.fail(QStringLiteral("usage"),
                   tr("--note goes with stock sell, spoil, return and adjust only."));
        return Usage;
    }
    if (subcommand == u"adjust" && VietnameseText::normalized(m_options.note.value_or(QString())).isEmpty()) {
        m_out.fail(QStringLiteral("usage"), tr("stock adjust needs --note TEXT: why the stock changes."));
        return Usage;
    }
    return std::nullopt;
}

std::optional<MilliQuantity> StockCommands::parseQuantity(const QString& text, CliOutput& out, int* exitCode)
{
    // "+1" says the sign of an adjustment as plainly as "-1" does.
    QStringView number(text);
    if (number.startsWith(u'+') && !number.mid(1).startsWith(u'-') && !number.mid(1).startsWith(u'+'))
        number = number.mid(1);
    if (const auto quantity = Quantity::parse(number))
        return quantity;
    *exitCode = out.fail(
        QStringLiteral("bad_quantity"),
        tr("“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).").arg(text));
    return std::nullopt;
}

bool StockCommands::parseDate(const QString& text, QDate* date, int* exitCode)
{
    if (text.isEmpty())
        return true;
    *date = text.size() == 10 ? QDate::fromString(text, kDateFormat) : QDate();
    if (date->isValid())
        return true;
    *exitCode =
        m_out.fail(QStringLiteral("bad_date"),
                   tr("“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-23.").arg(text));
    return false;
}

std::optional<ProductSummary> StockCommands::findProduct(QSqlDatabase db, const QString& ref, CliOutput& out,
                                                         int* exitCode)
{
    auto product = ProductRepository::find(db, ref);
    if (!product)
        *exitCode =
            out.fail(QStringLiteral("unknown_product"), tr("No product has the SKU or id “%1”.").arg(ref));
    return product;
}

std::optional<Clerk> StockCommands::findClerk(QSqlDatabase db, int* exitCode)
{
    return ClerkChoice::resolve(db, m_options.clerk, m_out, exitCode);
}

bool StockCommands::toBaseUnit(QSqlDatabase db, const ProductSummary& product, MilliQuantity* quantity,
                               QJsonObject& json, int* exitCode)
{
    const QString unit = VietnameseText::normalized(m_options.unit);
    if (unit.isEmpty() || VietnameseText::searchKey(unit) == VietnameseText::searchKey(product.unit))
        return true; // already in the product's own unit
    const auto stored = ProductStore::get(db, product.id);
    const QList<UnitConversion> conversions = stored ? stored->conversions : QList<UnitConversion>();
    QStringList known{product.unit};
    for (const UnitConversion& c : conversions) {
        known.append(c.unit);
        if (VietnameseText::searchKey(c.unit) != VietnameseText::searchKey(unit))
            continue;
        const auto inBase = c.toBase(*quantity);
        if (!inBase) {
            *exitCode = m_out.fail(
                QStringLiteral("inexact_quantity"),
                tr("%1 %2 is not an exact amount of %3 (1 %2 = %4 %3): give the quantity in %3 instead.")
                    .arg(Quantity::format(*quantity), c.unit, product.unit,
                         Quantity::format(c.perUnitInBase)));
            return false;
        }
        json.insert(QStringLiteral("entered"),
                    QJsonObject{{QStringLiteral("quantity_milli"), *quantity},
                                {QStringLiteral("quantity"), Quantity::format(*quantity)},
                                {QStringLiteral("unit"), c.unit},
                                {QStringLiteral("per_unit_in_base_milli"), c.perUnitInBase}});
        *quantity = *inBase;
        return true;
    }
    *exitCode = m_out.fail(QStringLiteral("unknown_unit"),
                           tr("%1 is not sold by the %2; its units are: %3. Add one with product unit add.")
                               .arg(product.name, unit, known.join(QStringLiteral(", "))));
    return false;
}

int StockCommands::runWrite(const QString& action, const QString& sku, bool lotIsNew, MilliQuantity* quantity,
                            const QString& quantityKey, const Write& write, const Describe& describe)
{
    QJsonObject extra;
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    Target target;
    int exitCode = Failure;
    if (const auto product = findProduct(db, sku, m_out, &exitCode))
        target.product = *product;
    else
        return exitCode;
    if (const auto clerk = findClerk(db, &exitCode))
        target.clerk = *clerk;
    else
        return exitCode;
    if (!lotIsNew && !m_options.lot.isEmpty()) {
        const auto lot = StockLedger::findLot(db, target.product.id, m_options.lot);
        if (!lot)
            return m_out.fail(QStringLiteral("unknown_lot"),
                              tr("%1 has no lot “%2”.").arg(target.product.name, m_options.lot));
        target.lotId = lot->id;
    }
    if (!toBaseUnit(db, target.product, quantity, extra, &exitCode))
        return exitCode;
    extra.insert(quantityKey + QStringLiteral("_milli"), *quantity);
    extra.insert(quantityKey,
                 quantityKey == u"delta" ? signedQuantity(*quantity) : Quantity::format(*quantity));

    QList<StockLedger::Movement> recorded;
    {
        WriteTransaction tx(db, Actor{target.clerk.id}, opened.workspace->clock());
        if (!write(tx, target, recorded) || !tx.commit())
            return m_out.fail(tx.error());
    }
    const MilliQuantity onHand = StockLedger::onHand(db, target.product.id);
    m_out.line(describe(target, recorded, onHand, extra));
    if (const QJsonObject entered = extra.value(u"entered").toObject(); !entered.isEmpty())
        m_out.line(tr("(%1 %2 = %3 %4)")
                       .arg(entered.value(u"quantity").toString(), entered.value(u"unit").toString(),
                            Quantity::format(*quantity), target.product.unit));
    if (recorded.size() > 1) {
        for (const auto& m : recorded)
            m_out.line(tr("  lot %1: %2")
                           .arg(m.lotCode.isEmpty() ? tr("(none)") : m.lotCode, signedQuantity(m.delta)));
    }

    QJsonArray movements;
    for (auto& m : recorded) {
        m.clerkName = target.clerk.name;
        movements.append(StockJson::movement(m));
    }
    extra.insert(QStringLiteral("command"), QStringLiteral("stock"));
    extra.insert(QStringLiteral("action"), action);
    extra.insert(QStringLiteral("product"), StockJson::product(target.product));
    extra.insert(QStringLiteral("clerk"), QJsonObject{{QStringLiteral("id"), target.clerk.id},
                                                      {QStringLiteral("name"), target.clerk.name}});
    extra.insert(QStringLiteral("movements"), movements);
    extra.insert(QStringLiteral("on_hand_milli"), onHand);
    extra.insert(QStringLiteral("on_hand"), Quantity::format(onHand));
    return m_out.succeed(extra);
}

int StockCommands::receive(const QString& sku, const QString& quantityText)
{
    int exitCode = Failure;
    auto quantity = parseQuantity(quantityText, m_out, &exitCode);
    if (!quantity)
        return exitCode;
    LotDetails details;
    details.code = m_options.lot;
    details.supplier = m_options.supplier;
    if (!parseDate(m_options.expires, &details.expiresOn, &exitCode) ||
        !parseDate(m_options.harvested, &details.harvestedOn, &exitCode) ||
        !parseDate(m_options.produced, &details.producedOn, &exitCode))
        return exitCode;

    Lot lot;
    const auto write = [&](WriteTransaction& tx, const Target& t, QList<StockLedger::Movement>& recorded) {
        return StockLedger::receive(tx, t.product.id, *quantity, details, &recorded, &lot);
    };
    const auto describe = [&](const Target& t, const QList<StockLedger::Movement>&, MilliQuantity onHand,
                              QJsonObject& json) -> QString {
        json.insert(QStringLiteral("lot"), StockJson::lot(lot));
        const QString unit = t.product.unit;
        QString text = tr("Received %1 %2 of %3 into lot %4.")
                           .arg(Quantity::format(*quantity), unit, t.product.name, lot.code);
        if (lot.expiresOn.isValid())
            text += u' ' + tr("It expires on %1.").arg(lot.expiresOn.toString(kDateFormat));
        return text + u' ' + tr("On hand: %1 %2.").arg(Quantity::format(onHand), unit);
    };
    return runWrite(QStringLiteral("receive"), sku, true, &*quantity, QStringLiteral("quantity"), write,
                    describe);
}

int StockCommands::takeOrGive(const QString& action, const QString& sku, const QString& quantityText)
{
    int exitCode = Failure;
    auto quantity = parseQuantity(quantityText, m_out, &exitCode);
    if (!quantity)
        return exitCode;
    const QString note = m_options.note.value_or(QString());
    const auto write = [&](WriteTransaction& tx, const Target& t, QList<StockLedger::Movement>& recorded) {
        if (action == u"sell")
            return StockLedger::sellAtMarket(tx, t.product.id, *quantity, t.lotId, note, &recorded);
        if (action == u"spoil")
            return StockLedger::spoil(tx, t.product.id, *quantity, t.lotId, note, &recorded);
        return StockLedger::returned(tx, t.product.id, *quantity, t.lotId, note, &recorded);
    };
    const auto describe = [&](const Target& t, const QList<StockLedger::Movement>&, MilliQuantity onHand,
                              QJsonObject&) -> QString {
        const QString amount = Quantity::format(*quantity) + u' ' + t.product.unit;
        const QString after = tr("On hand: %1 %2.").arg(Quantity::format(onHand), t.product.unit);
        if (action == u"sell")
            return tr("Sold %1 of %2 at the market.").arg(amount, t.product.name) + u' ' + after;
        if (action == u"spoil")
            return tr("Recorded %1 of %2 as spoiled.").arg(amount, t.product.name) + u' ' + after;
        return tr("Took back %1 of %2.").arg(amount, t.product.name) + u' ' + after;
    };
    return runWrite(action, sku, false, &*quantity, QStringLiteral("quantity"), write, describe);
}

int StockCommands::adjust(const QString& sku, const QString& deltaText)
{
    int exitCode = Failure;
    auto delta = parseQuantity(deltaText, m_out, &exitCode);
    if (!delta)
        return exitCode;
    const QString note = *m_options.note;
    const auto write = [&](WriteTransaction& tx, const Target& t, QList<StockLedger::Movement>& recorded) {
        return StockLedger::adjust(tx, t.product.id, *delta, note, t.lotId, &recorded);
    };
    const auto describe = [&](const Target& t, const QList<StockLedger::Movement>&, MilliQuantity onHand,
                              QJsonObject&) -> QString {
        return tr("Adjusted %1 by %2 %3 (%4).")
                   .arg(t.product.name, signedQuantity(*delta), t.product.unit, note) +
               u' ' + tr("On hand: %1 %2.").arg(Quantity::format(onHand), t.product.unit);
    };
    return runWrite(QStringLiteral("adjust"), sku, false, &*delta, QStringLiteral("delta"), write, describe);
}

int StockCommands::count(const QString& sku, const QString& countedText)
{
    int exitCode = Failure;
    auto counted = parseQuantity(countedText, m_out, &exitCode);
    if (!counted)
        return exitCode;
    const auto write = [&](WriteTransaction& tx, const Target& t, QList<StockLedger::Movement>& recorded) {
        return StockLedger::count(tx, t.product.id, *counted, t.lotId, &recorded);
    };
    const auto describe = [&](const Target& t, const QList<StockLedger::Movement>& recorded,
                              MilliQuantity onHand, QJsonObject& json) -> QString {
        json.insert(QStringLiteral("delta_milli"), total(recorded));
        json.insert(QStringLiteral("delta"), signedQuantity(total(recorded)));
        const QString amount = Quantity::format(*counted) + u' ' + t.product.unit;
        if (recorded.isEmpty())
            return tr("The count of %1 (%2) agrees with the ledger; nothing was recorded.")
                .arg(t.product.name, amount);
        return tr("Counted %1 of %2: recorded an adjustment of %3 %4.")
                   .arg(amount, t.product.name, signedQuantity(total(recorded)), t.product.unit) +
               u' ' + tr("On hand: %1 %2.").arg(Quantity::format(onHand), t.product.unit);
    };
    return runWrite(QStringLiteral("count"), sku, false, &*counted, QStringLiteral("counted"), write,
                    describe);
}

int StockCommands::show(const QString& sku)
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    int exitCode = Failure;
    const auto product = findProduct(db, sku, m_out, &exitCode);
    if (!product)
        return exitCode;
    const QString unit = product->unit;
    const auto amount = [&](MilliQuantity q) -> QString { return Quantity::format(q) + u' ' + unit; };

    const MilliQuantity onHand = StockLedger::onHand(db, product->id);
    const MilliQuantity reserved = StockHolds::reserved(db, product->id);
    const QList<StockHold> holds = StockHolds::list(db, product->id);
    const MilliQuantity inNoLot = StockLedger::onHandInNoLot(db, product->id);
    const QList<Lot> lots = StockLedger::lots(db, product->id);
    const QList<StockLedger::Movement> movements = StockLedger::movements(db, product->id, kShownMovements);

    m_out.line(tr("%1 (%2): %3 on hand").arg(product->name, product->sku, amount(onHand)));
    m_out.line(tr("Held for buyers: %1 · sellable: %2").arg(amount(reserved), amount(onHand - reserved)));
    QJsonArray holdsJson;
    for (const StockHold& h : holds) {
        m_out.line(QStringLiteral("  %1  %2  %3").arg(h.id.left(8), amount(h.quantity), h.reference));
        holdsJson.append(StockJson::hold(h));
    }
    QJsonArray lotsJson;
    if (lots.isEmpty() && inNoLot == 0) {
        m_out.line(tr("No lot holds stock."));
    } else {
        m_out.line(tr("Lots, the first to sell first:"));
    }
    for (const Lot& lot : lots) {
        const QString expiry = lot.expiresOn.isValid()
                                   ? tr("expires %1").arg(lot.expiresOn.toString(kDateFormat))
                                   : tr("does not expire");
        QString text = QStringLiteral("  %1  %2  %3").arg(lot.code, expiry, amount(lot.onHand));
        if (!lot.supplier.isEmpty())
            text += QStringLiteral("  ") + tr("from %1").arg(lot.supplier);
        m_out.line(text);
        lotsJson.append(StockJson::lot(lot));
    }
    if (inNoLot != 0)
        m_out.line(QStringLiteral("  ") + tr("in no lot: %1").arg(amount(inNoLot)));

    QJsonArray movementsJson;
    m_out.line(movements.isEmpty()
                   ? tr("No stock movements yet.")
                   : tr("Last %n movement(s), newest first:", nullptr, int(movements.size())));
    for (const auto& m : movements) {
        QString text = QStringLiteral("  %1  %2  %3  %4")
                           .arg(localTime(m.at), m.clerkName, StockLedger::reasonLabel(m.reason),
                                signedQuantity(m.delta) + u' ' + unit);
        if (!m.lotCode.isEmpty())
            text += QStringLiteral("  ") + m.lotCode;
        if (!m.note.isEmpty())
            text += QStringLiteral("  — ") + m.note;
        m_out.line(text);
        movementsJson.append(StockJson::movement(m));
    }

    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("stock")},
                          {QStringLiteral("action"), QStringLiteral("show")},
                          {QStringLiteral("product"), StockJson::product(*product)},
                          {QStringLiteral("on_hand_milli"), onHand},
                          {QStringLiteral("on_hand"), Quantity::format(onHand)},
                          {QStringLiteral("reserved_milli"), reserved},
                          {QStringLiteral("reserved"), Quantity::format(reserved)},
                          {QStringLiteral("sellable_milli"), onHand - reserved},
                          {QStringLiteral("sellable"), Quantity::format(onHand - reserved)},
                          {QStringLiteral("holds"), holdsJson},
                          {QStringLiteral("in_no_lot_milli"), inNoLot},
                          {QStringLiteral("in_no_lot"), Quantity::format(inNoLot)},
                          {QStringLiteral("lots"), lotsJson},
                          {QStringLiteral("movements"), movementsJson}});
}

} // namespace ChoPhien::Cli
