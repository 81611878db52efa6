#include "PlatformSchema.h"

namespace ChoPhien::PlatformSchema {

const QList<QStringList>& migrations()
{
    static const QList<QStringList> all = {
        // 1: accounts and sellers, tokens, products, the stock ledger, idempotency records, changes.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            // One account is one seller. `fields` is the seller's writable part as compact JSON.
            QStringLiteral("CREATE TABLE sellers ("
                           " id TEXT PRIMARY KEY,"
                           " username TEXT NOT NULL UNIQUE,"
                           " password_salt BLOB NOT NULL,"
                           " password_hash BLOB NOT NULL,"
                           " password_iterations INTEGER NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " fields TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            // Tokens are kept only as SHA-256 hashes. kind: 0 access, 1 refresh. Times in ms since 1970.
            QStringLiteral("CREATE TABLE tokens ("
                           " hash BLOB PRIMARY KEY,"
                           " seller_id TEXT NOT NULL REFERENCES sellers(id),"
                           " kind INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX tokens_expiry ON tokens(expires_at)"),
            // `fields`: the writable fields (ProductWrite) as compact JSON with sorted keys. A deleted
            // product keeps its row, so its id stays reserved.
            QStringLiteral("CREATE TABLE products ("
                           " id TEXT PRIMARY KEY,"
                           " seller_id TEXT NOT NULL REFERENCES sellers(id),"
                           " version INTEGER NOT NULL,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " sku TEXT NOT NULL,"
                           " parent_id TEXT,"
                           " fields TEXT NOT NULL,"
                           " stock_on_hand_milli INTEGER NOT NULL DEFAULT 0,"
                           " listing TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX products_by_seller ON products(seller_id, id) WHERE deleted = 0"),
            QStringLiteral("CREATE UNIQUE INDEX products_sku ON products(seller_id, sku) WHERE deleted = 0"),
            QStringLiteral("CREATE INDEX products_variants ON products(parent_id) WHERE deleted = 0 AND "
                           "parent_id IS NOT NULL"),
            // The stock ledger: op ids are kept for ever, beyond the idempotency records' 90 days.
            QStringLiteral("CREATE TABLE stock_adjustments ("
                           " op_id TEXT PRIMARY KEY,"
                           " seller_id TEXT NOT NULL REFERENCES sellers(id),"
                           " product_id TEXT NOT NULL REFERENCES products(id),"
                           " delta_milli INTEGER NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " stock_on_hand_milli INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL) WITHOUT ROWID"),
            // Idempotency records: the first 2xx answer to a seller's key, for 90 days. A rowid table:
            // answers of a kilobyte or more stay in its appended leaves instead of overflowing the
            // pages of a keyed tree. Rows are appended in time order, so the purge needs no index.
            QStringLiteral("CREATE TABLE idempotency ("
                           " id INTEGER PRIMARY KEY,"
                           " seller_id TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " fingerprint BLOB NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " headers TEXT NOT NULL,"
                           " body BLOB NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX idempotency_key ON idempotency(seller_id, key)"),
            // The changes feed. AUTOINCREMENT: a seq is never used twice, even after old rows go.
            // seq grows with time (one writer), so the daily purge needs no index on at_ms.
            QStringLiteral("CREATE TABLE changes ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " seller_id TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " at_ms INTEGER NOT NULL,"
                           " data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX changes_by_seller ON changes(seller_id, seq)"),
        },
        // 2: the moderation queue (ADR 0017). A listing step due at `due_ms`: `moderate` (the rule
        // tables' verdict on a pending listing) or `channel:<id>` (a partner channel goes live).
        // Kept in the database so pending listings are moderated after a restart.
        {
            QStringLiteral("CREATE TABLE listing_jobs ("
                           " product_id TEXT NOT NULL REFERENCES products(id),"
                           " step TEXT NOT NULL,"
                           " due_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (product_id, step)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX listing_jobs_due ON listing_jobs(due_ms)"),
        },
        // 3: orders. `number` makes the CP-000123 people read; `data` is the whole Order of the
        // contract as compact JSON (its status and version included), rewritten on each change.
        {
            QStringLiteral("CREATE TABLE orders ("
                           " id TEXT PRIMARY KEY,"
                           " seller_id TEXT NOT NULL REFERENCES sellers(id),"
                           " number INTEGER NOT NULL UNIQUE,"
                           " status TEXT NOT NULL,"
                           " data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX orders_by_seller ON orders(seller_id, id)"),
            QStringLiteral("CREATE INDEX orders_by_status ON orders(status, seller_id, id)"),
        },
        // 4: resumable uploads and product photos (ADR 0015). The bytes live in files beside the
        // database: uploads/<id>.part while unfinished, blobs/<sha256> once complete and verified.
        {
            // `received`: bytes written and synced to the part file (or `length` once complete).
            // `touched_ms`: the last chunk (an unfinished upload expires 7 days later) or, once
            // complete, when it completed (the record is kept at least 30 days from then).
            QStringLiteral("CREATE TABLE uploads ("
                           " id TEXT PRIMARY KEY,"
                           " seller_id TEXT NOT NULL REFERENCES sellers(id),"
                           " sha256 TEXT NOT NULL,"
                           " length INTEGER NOT NULL,"
                           " content_type TEXT NOT NULL,"
                           " received INTEGER NOT NULL DEFAULT 0,"
                           " complete INTEGER NOT NULL DEFAULT 0,"
                           " touched_ms INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX uploads_by_file ON uploads(seller_id, sha256)"),
            QStringLiteral("CREATE INDEX uploads_by_sha ON uploads(sha256)"),
            QStringLiteral("CREATE INDEX uploads_by_age ON uploads(touched_ms)"),
            // A product's photos, positions 0 … n-1; the file is blobs/<sha256>.
            QStringLiteral("CREATE TABLE photos ("
                           " id TEXT PRIMARY KEY,"
                           " product_id TEXT NOT NULL REFERENCES products(id),"
                           " seller_id TEXT NOT NULL REFERENCES sellers(id),"
                           " sha256 TEXT NOT NULL,"
                           " content_type TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " width INTEGER NOT NULL,"
                           " height INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " UNIQUE (product_id, sha256))"),
            QStringLiteral("CREATE INDEX photos_by_product ON photos(product_id, position)"),
            QStringLiteral("CREATE INDEX photos_by_file ON photos(sha256)"),
        },
    };
    return all;
}

} // namespace ChoPhien::PlatformSchema
