#include "Moderation.h"

#include "ListingFactsJson.h"
#include "SellerApi.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcModeration, "chophien.platform.moderation")

const QString kPlatform = QStringLiteral("platform");
constexpr int kJobsPerRound = 50;
constexpr int kVietnamOffsetSecs = 7 * 60 * 60;

QJsonObject channel(const QString& name, const QString& status, const QString& at)
{
    return {{QStringLiteral("channel"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("updated_at"), at}};
}

QJsonArray reasonsJson(const QList<ListingReason>& reasons)
{
    QJsonArray out;
    for (const ListingReason& reason : reasons)
        out.append(QJsonObject{{QStringLiteral("field"), reason.field},
                               {QStringLiteral("code"), reason.code},
                               {QStringLiteral("message"), reason.message},
                               {QStringLiteral("message_en"), reason.messageEn}});
    return out;
}

QString statusOf(const QJsonArray& channels, const QString& name)
{
    for (const QJsonValue& entry : channels) {
        if (entry.toObject().value(u"channel").toString() == name)
            return entry.toObject().value(u"status").toString();
    }
    return {};
}

} // namespace

QStringList Moderation::partnerChannels()
{
    return {QStringLiteral("cho-que"), QStringLiteral("san-viet")};
}

Moderation::Moderation(PlatformStore& store, ProductRecords& products, ChangesFeed& changes,
                       SellerApi& sellers, ListingRules rules, const Clock& clock, int delayMs,
                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_products(products)
    , m_changes(changes)
    , m_sellers(sellers)
    , m_rules(std::move(rules))
    , m_clock(clock)
    , m_delayMs(delayMs)
    , m_jobs(store)
    , m_photos([](const QString&) { return QList<PhotoFacts>(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Moderation::runDue);
}

bool Moderation::submit(ProductRow& row, const QString& nowText, qint64 nowMs)
{
    row.listing.insert(QStringLiteral("status"), QStringLiteral("pending"));
    row.listing.insert(QStringLiteral("reasons"), QJsonArray());
    row.listing.insert(QStringLiteral("submitted_at"), nowText);
    const qint64 due = nowMs + m_delayMs;
    if (!m_products.setListing(row.id, row.listing) || !m_jobs.schedule(row.id, ListingJobs::kModerate, due))
        return false;
    // Armed before the commit: if the write rolls back, the timer finds nothing to do.
    arm(due);
    return true;
}

void Moderation::start()
{
    runDue();
}

void Moderation::arm(qint64 dueMs)
{
    if (m_timer.isActive() && m_armedFor <= dueMs)
        return;
    m_armedFor = dueMs;
    const qint64 wait = dueMs - m_clock.now().toMSecsSinceEpoch();
    m_timer.start(int(std::clamp<qint64>(wait, 0, 24 * 60 * 60 * 1000)));
}

void Moderation::runDue()
{
    m_armedFor = -1;
    const QDateTime now = m_clock.now().toUTC();
    bool ok = true;
    const QList<ListingJobs::Job> jobs = m_jobs.due(now.toMSecsSinceEpoch(), kJobsPerRound, ok);
    for (const ListingJobs::Job& job : jobs) {
        if (!m_store.begin())
            break;
        if (runJob(job, now) && m_store.commit())
            continue;
        m_store.rollback();
        qCWarning(lcModeration) << "listing step" << job.step << "of" << job.productId
                                << "failed; it is tried again later";
        // Retried after a pause rather than at once, so a lasting fault does not spin.
        arm(now.toMSecsSinceEpoch() + std::max(m_delayMs, 1000));
        return;
    }
    if (jobs.size() == kJobsPerRound) {
        arm(now.toMSecsSinceEpoch());
        return;
    }
    if (const std::optional<qint64> next = m_jobs.nextDue(ok))
        arm(*next);
}

bool Moderation::runJob(const ListingJobs::Job& job, const QDateTime& now)
{
    bool ok = true;
    std::optional<ProductRow> row = m_products.find(job.productId, ok);
    if (!ok || !m_jobs.done(job.productId, job.step))
        return false;
    if (!row || row->deleted)
        return true;
    const QString status = row->listing.value(u"status").toString();
    if (job.step == ListingJobs::kModerate)
        return status != u"pending" || moderate(*row, now);
    const QString channelName = job.step.mid(ListingJobs::channelStep(QString()).size());
    return status != u"approved" || goLive(*row, channelName, now);
}

std::optional<QList<ListingReason>> Moderation::judge(const ProductRow& row, const QDate& today)
{
    const std::optional<SellerJson::Row> seller = m_sellers.load(row.sellerId);
    if (!seller)
        return std::nullopt;
    const ListingRules& rules = m_rules;
    if (rules.version() < 1)
        return std::nullopt; // a build without its tables must not approve anything
    QList<ListingReason> reasons =
        ListingCheck::run(rules, ListingFactsJson::make(row.fields, seller->fields, m_photos(row.id)), today);

    // A parent is moderated with its variants: their own fields, under the variant's SKU. The
    // seller and the photos are the parent's, judged once above.
    bool ok = true;
    const QList<ProductRow> variants = m_products.variants(row.id, ok);
    if (!ok)
        return std::nullopt;
    for (const ProductRow& variant : variants) {
        const QString prefix = QStringLiteral("variants[%1].").arg(variant.sku());
        const ListingFacts facts = ListingFactsJson::make(variant.fields, seller->fields, {});
        for (ListingReason reason : ListingCheck::run(rules, facts, today)) {
            if (reason.field.startsWith(u"seller.") || reason.field.startsWith(u"photos"))
                continue;
            reason.field.prepend(prefix);
            reasons.append(reason);
        }
    }
    return reasons;
}

bool Moderation::moderate(ProductRow& row, const QDateTime& now)
{
    const QString at = toStoredTime(now);
    const std::optional<QList<ListingReason>> reasons =
        judge(row, now.toOffsetFromUtc(kVietnamOffsetSecs).date());
    if (!reasons || !m_jobs.dropChannelSteps(row.id))
        return false;
    const QJsonArray before = row.listing.value(u"channels").toArray();
    QJsonArray channels;
    if (reasons->isEmpty()) {
        channels.append(channel(kPlatform, QStringLiteral("live"), at));
        for (const QString& partner : partnerChannels()) {
            if (statusOf(before, partner) == u"live") {
                channels.append(channel(partner, QStringLiteral("live"), at));
                continue;
            }
            channels.append(channel(partner, QStringLiteral("pending"), at));
            if (!m_jobs.schedule(row.id, ListingJobs::channelStep(partner),
                                 now.toMSecsSinceEpoch() + m_delayMs))
                return false;
            arm(now.toMSecsSinceEpoch() + m_delayMs);
        }
    } else {
        // A rejected listing comes off every channel it was on.
        for (const QJsonValue& entry : before)
            channels.append(
                channel(entry.toObject().value(u"channel").toString(), QStringLiteral("delisted"), at));
    }
    row.listing.insert(QStringLiteral("status"),
                       reasons->isEmpty() ? QStringLiteral("approved") : QStringLiteral("rejected"));
    row.listing.insert(QStringLiteral("reasons"), reasonsJson(*reasons));
    row.listing.insert(QStringLiteral("channels"), channels);
    row.listing.insert(QStringLiteral("moderated_at"), at);
    qCInfo(lcModeration) << "listing of" << row.id << row.listing.value(u"status").toString()
                         << reasons->size() << "reasons";
    return m_products.setListing(row.id, row.listing) &&
           m_changes.record(
               row.sellerId, QStringLiteral("listing.moderated"), at, now.toMSecsSinceEpoch(),
               QJsonObject{{QStringLiteral("product_id"), row.id}, {QStringLiteral("listing"), row.listing}});
}

bool Moderation::goLive(ProductRow& row, const QString& channelName, const QDateTime& now)
{
    const QString at = toStoredTime(now);
    QJsonArray channels = row.listing.value(u"channels").toArray();
    bool changed = false;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (channels.at(i).toObject().value(u"channel").toString() == channelName &&
            channels.at(i).toObject().value(u"status").toString() == u"pending") {
            channels.replace(i, channel(channelName, QStringLiteral("live"), at));
            changed = true;
        }
    }
    if (!changed)
        return true;
    row.listing.insert(QStringLiteral("channels"), channels);
    return m_products.setListing(row.id, row.listing) &&
           m_changes.record(
               row.sellerId, QStringLiteral("listing.channel_status"), at, now.toMSecsSinceEpoch(),
               QJsonObject{{QStringLiteral("product_id"), row.id}, {QStringLiteral("listing"), row.listing}});
}

} // namespace ChoPhien
