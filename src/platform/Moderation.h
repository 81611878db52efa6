#pragma once

#include "ChangesFeed.h"
#include "ListingJobs.h"
#include "ProductRecords.h"

#include <core/Clock.h>
#include <core/ListingCheck.h>

#include <QObject>
#include <QTimer>

#include <functional>

namespace ChoPhien {

class SellerApi;

// The platform's moderation (ADR 0017): a submitted listing waits `delayMs` in the durable queue
// (ListingJobs), then the rule tables (the built-in ones unless the sandbox was given others) judge it
// (ListingCheck, with the seller's identity and the product's photos) and the result goes to products.listing
// and the changes feed as `listing.moderated`. An approved listing is live on `platform` at once and pending
// on the partner channels, each of which goes live `delayMs` later (`listing.channel_status`). Runs on the
// server's one thread, each step in its own write transaction.
class Moderation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Moderation)

public:
    using PhotoFactsSource = std::function<QList<PhotoFacts>(const QString& productId)>;

    // The partner marketplaces an approved listing is offered to, after `platform`.
    static QStringList partnerChannels();

    Moderation(PlatformStore& store, ProductRecords& products, ChangesFeed& changes, SellerApi& sellers,
               ListingRules rules, const Clock& clock, int delayMs, QObject* parent = nullptr);

    const ListingRules& rules() const { return m_rules; }
    // Where the photos' facts come from (default: no photos).
    void setPhotoFacts(PhotoFactsSource source) { m_photos = std::move(source); }

    // Sets the listing to pending (submitted now) and queues its moderation, inside the caller's
    // write transaction. Channels keep their status until the result.
    bool submit(ProductRow& row, const QString& nowText, qint64 nowMs);
    // Runs what is due and arms the timer for the rest (call once after the store is open).
    void start();

private:
    void runDue();
    void arm(qint64 dueMs);
    bool runJob(const ListingJobs::Job& job, const QDateTime& now);
    bool moderate(ProductRow& row, const QDateTime& now);
    bool goLive(ProductRow& row, const QString& channel, const QDateTime& now);
    // Every reason against the product (and its variants, as `variants[SKU].field`).
    std::optional<QList<ListingReason>> judge(const ProductRow& row, const QDate& today);

    PlatformStore& m_store;
    ProductRecords& m_products;
    ChangesFeed& m_changes;
    SellerApi& m_sellers;
    ListingRules m_rules;
    const Clock& m_clock;
    int m_delayMs;
    ListingJobs m_jobs;
    PhotoFactsSource m_photos;
    QTimer m_timer;
    qint64 m_armedFor = -1;
};

} // namespace ChoPhien
