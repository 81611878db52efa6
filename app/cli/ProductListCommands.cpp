#include "ProductListCommands.h"

#include "ClerkChoice.h"

#include <core/Money.h>
#include <core/ProductGroup.h>
#include <core/Quantity.h>
#include <core/SettingKeys.h>
#include <storage/ProductBulkEdit.h>
#include <storage/ProductStore.h>
#include <storage/Workspace.h>
#include <storage/WriteTransaction.h>

#include <QJsonArray>

namespace ChoPhien::Cli {
namespace {

const QStringList kFilterOptions{QStringLiteral("category"), QStringLiteral("group"), QStringLiteral("ocop"),
                                 QStringLiteral("status"),   QStringLiteral("stock"), QStringLiteral("skus")};
const QStringList kBulkOptions{QStringLiteral("price-percent"), QStringLiteral("round-to"),
                               QStringLiteral("set-category"), QStringLiteral("set-status")};

QString statusCode(bool archived)
{
    return archived ? QStringLiteral("archived") : QStringLiteral("active");
}

} // namespace

QStringList ProductListCommands::optionNames()
{
    return QStringList{QStringLiteral("ocop"), QStringLiteral("status"), QStringLiteral("stock"),
                       QStringLiteral("skus"), QStringLiteral("sort")} +
           kBulkOptions;
}

bool ProductListCommands::handles(const QString& subcommand)
{
    return subcommand == u"list" || subcommand == u"categories" || subcommand == u"bulk-edit";
}

int ProductListCommands::usage(const QString& message)
{
    m_out.fail(QStringLiteral("usage"), message);
    return Usage;
}

ProductListCommands::ProductListCommands(QString folder, CliOutput& output, QMap<QString, QString> options,
                                         QString clerk, int limit)
    : m_folder(std::move(folder))
    , m_out(output)
    , m_options(std::move(options))
    , m_clerk(std::move(clerk))
    , m_limit(limit)
{}

int ProductListCommands::run(const QString& subcommand)
{
    QStringList allowed;
    if (subcommand == u"list")
        allowed = kFilterOptions + QStringList{QStringLiteral("sort")};
    else if (subcommand == u"bulk-edit")
        allowed = kFilterOptions + kBulkOptions;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return usage(tr("product %1 does not take --%2.").arg(subcommand, it.key()));
    }
    if (subcommand == u"list")
        return list();
    if (subcommand == u"categories")
        return categories();
    return bulkEdit();
}

std::optional<ProductFilter> ProductListCommands::filter(int* exitCode)
{
    ProductFilter f;
    f.category = m_options.value(QStringLiteral("category"));
    f.group = m_options.value(QStringLiteral("group"));
    if (!f.group.isEmpty() && !ProductGroup::isKnown(f.group)) {
        *exitCode = m_out.fail(QStringLiteral("bad_group"),
                               tr("Unknown product group “%1”; use one of: %2.")
                                   .arg(f.group, ProductGroup::identifiers().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    static const QMap<QString, ProductFilter::Ocop> ocop{
        {QStringLiteral("any"), ProductFilter::Ocop::Any},
        {QStringLiteral("rated"), ProductFilter::Ocop::Rated},
        {QStringLiteral("none"), ProductFilter::Ocop::NotRated},
        {QStringLiteral("3"), ProductFilter::Ocop::ThreeStars},
        {QStringLiteral("4"), ProductFilter::Ocop::FourStars},
        {QStringLiteral("5"), ProductFilter::Ocop::FiveStars}};
    static const QMap<QString, ProductFilter::Status> status{
        {QStringLiteral("active"), ProductFilter::Status::Active},
        {QStringLiteral("archived"), ProductFilter::Status::Archived},
        {QStringLiteral("all"), ProductFilter::Status::All}};
    static const QMap<QString, ProductFilter::Stock> stock{
        {QStringLiteral("any"), ProductFilter::Stock::Any},
        {QStringLiteral("in"), ProductFilter::Stock::InStock},
        {QStringLiteral("out"), ProductFilter::Stock::OutOfStock}};
    auto pick = [&](const QString& option, const auto& choices, auto* target) {
        if (!m_options.contains(option))
            return true;
        const QString value = m_options.value(option).trimmed().toLower();
        if (!choices.contains(value)) {
            *exitCode =
                usage(tr("--%1 takes one of: %2.").arg(option, choices.keys().join(QStringLiteral(", "))));
            return false;
        }
        *target = choices.value(value);
        return true;
    };
    if (!pick(QStringLiteral("ocop"), ocop, &f.ocop) || !pick(QStringLiteral("status"), status, &f.status) ||
        !pick(QStringLiteral("stock"), stock, &f.stock))
        return std::nullopt;
    if (f.stock == ProductFilter::Stock::Expiring) // the app's default window ("expiring soon")
        f.expiringBy = QDate::currentDate().addDays(SettingKeys::expiryAlertDays.defaultValue);
    return f;
}

std::optional<ProductOrder> ProductListCommands::order(int* exitCode)
{
    static const QMap<QString, ProductSortKey> keys{{QStringLiteral("name"), ProductSortKey::Name},
                                                    {QStringLiteral("sku"), ProductSortKey::Sku},
                                                    {QStringLiteral("price"), ProductSortKey::Price},
                                                    {QStringLiteral("ocop"), ProductSortKey::Ocop}};
    ProductOrder o;
    QString value = m_options.value(QStringLiteral("sort"), QStringLiteral("name")).trimmed().toLower();
    if (value.endsWith(u"-desc")) {
        o.descending = true;
        value.chop(5);
    }
    if (!keys.contains(value)) {
        *exitCode = usage(tr("--sort takes name, sku, price or ocop, optionally followed by -desc."));
        return std::nullopt;
    }
    o.key = keys.value(value);
    return o;
}

int ProductListCommands::list()
{
    int exitCode = Failure;
    const auto f = filter(&exitCode);
    const auto o = f ? order(&exitCode) : std::nullopt;
    if (!o)
        return exitCode;
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    const ProductPage page = ProductList::page(db, *f, *o, {}, m_limit);
    QJsonArray rows;
    for (const ProductSummary& p : page.rows) {
        const QString variants = p.variants > 0 ? tr(" (%n variant(s))", nullptr, p.variants) : QString();
        m_out.line(QStringLiteral("%1  %2  %3  %4 %5%6")
                       .arg(p.sku, -14)
                       .arg(p.name + variants, Money::format(p.price), Quantity::format(p.onHand), p.unit,
                            p.archived ? tr(" (archived)") : QString()));
        rows.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("sku"), p.sku},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("category"), p.category},
                                {QStringLiteral("unit"), p.unit},
                                {QStringLiteral("price_dong"), p.price},
                                {QStringLiteral("ocop_stars"), p.ocopStars},
                                {QStringLiteral("on_hand_milli"), p.onHand},
                                {QStringLiteral("variants"), p.variants},
                                {QStringLiteral("status"), statusCode(p.archived)}});
    }
    const qint64 total = ProductList::count(db, *f);
    if (total > page.rows.size())
        m_out.line(tr("… %n more; --limit shows more.", nullptr, int(total - page.rows.size())));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("product list")},
                          {QStringLiteral("total"), total},
                          {QStringLiteral("products"), rows}});
}

int ProductListCommands::categories()
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QJsonArray rows;
    for (const CategoryCount& c : ProductList::categories(opened.workspace->database())) {
        const qsizetype depth = c.path.count(u'/');
        m_out.line(QString(depth * 2, u' ') + c.path.section(u'/', -1) +
                   (c.products > 0 ? QStringLiteral("  (%1)").arg(c.products) : QString()));
        rows.append(QJsonObject{{QStringLiteral("path"), c.path},
                                {QStringLiteral("depth"), depth},
                                {QStringLiteral("products"), c.products}});
    }
    if (rows.isEmpty())
        m_out.line(tr("No product has a category yet."));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("product categories")},
                          {QStringLiteral("categories"), rows}});
}

int ProductListCommands::bulkEdit()
{
    BulkChange change;
    if (m_options.contains(QStringLiteral("price-percent"))) {
        Dong roundTo = 1000;
        if (m_options.contains(QStringLiteral("round-to"))) {
            const auto parsed = Money::parse(m_options.value(QStringLiteral("round-to")));
            if (!parsed || *parsed < 1)
                return usage(tr("--round-to takes an amount of đồng such as 1, 100 "
                                "or 1.000."));
            roundTo = *parsed;
        }
        change.price = PriceChange::fromPercent(m_options.value(QStringLiteral("price-percent")), roundTo);
        if (!change.price)
            return usage(tr("--price-percent takes a percentage from -99,99 to 1000, such as 5 or -2,5."));
    }
    if (m_options.contains(QStringLiteral("set-category")))
        change.category = m_options.value(QStringLiteral("set-category"));
    if (m_options.contains(QStringLiteral("set-status"))) {
        const QString status = m_options.value(QStringLiteral("set-status")).trimmed().toLower();
        if (status != u"active" && status != u"archived")
            return usage(tr("--set-status takes active or archived."));
        change.archived = status == u"archived";
    }
    if (change.isEmpty())
        return usage(tr("Say what to change: --price-percent, --set-category or --set-status."));
    int exitCode = Failure;
    const auto f = filter(&exitCode);
    if (!f)
        return exitCode;

    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    QStringList ids;
    if (m_options.contains(QStringLiteral("skus"))) {
        for (const QString& sku : m_options.value(QStringLiteral("skus")).split(u',', Qt::SkipEmptyParts)) {
            const auto product = ProductStore::find(db, sku.trimmed());
            if (!product)
                return m_out.fail(QStringLiteral("unknown_product"),
                                  tr("No product has the SKU or id “%1”.").arg(sku.trimmed()));
            ids.append(product->id);
        }
    } else {
        ids = ProductList::ids(db, *f);
    }
    const auto clerk = ClerkChoice::resolve(db, m_clerk, m_out, &exitCode);
    if (!clerk)
        return exitCode;
    WriteTransaction tx(db, Actor{clerk->id}, opened.workspace->clock());
    BulkOutcome outcome;
    if (!ProductBulkEdit::apply(tx, ids, change, &outcome) || !tx.commit())
        return m_out.fail(tx.error());

    m_out.line(tr("Changed %n product(s).", nullptr, outcome.changed));
    if (outcome.unchanged > 0)
        m_out.line(tr("%n product(s) already had it.", nullptr, outcome.unchanged));
    QJsonArray skipped;
    for (const BulkOutcome::Skipped& s : std::as_const(outcome.skipped)) {
        m_out.line(tr("Not changed: %1: %2").arg(s.name, s.reason));
        skipped.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("reason"), s.reason}});
    }
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("product bulk-edit")},
                          {QStringLiteral("selected"), int(ids.size())},
                          {QStringLiteral("changed"), outcome.changed},
                          {QStringLiteral("unchanged"), outcome.unchanged},
                          {QStringLiteral("skipped"), skipped}});
}

} // namespace ChoPhien::Cli
