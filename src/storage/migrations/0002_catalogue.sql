-- Products and the stock ledger. Stock is never a stored number: on-hand is the sum of movements.
-- name_search is the diacritic-free key, name_sort the Vietnamese dictionary-order key (src/core).
CREATE TABLE products (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_search TEXT NOT NULL,
    name_sort   TEXT NOT NULL,
    sku         TEXT NOT NULL,
    unit        TEXT NOT NULL,
    price_dong  INTEGER NOT NULL CHECK (price_dong >= 0),
    ocop_stars  INTEGER NOT NULL DEFAULT 0 CHECK (ocop_stars = 0 OR ocop_stars BETWEEN 3 AND 5),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES clerks (id),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL REFERENCES clerks (id),
    deleted_at  TEXT
);
CREATE UNIQUE INDEX products_sku ON products (sku) WHERE deleted_at IS NULL;
CREATE INDEX products_by_name ON products (name_sort, id) WHERE deleted_at IS NULL;

CREATE TABLE stock_movements (
    id          TEXT PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id),
    delta_milli INTEGER NOT NULL CHECK (delta_milli <> 0),
    reason      TEXT NOT NULL CHECK (reason IN ('received', 'sold_online', 'sold_offline', 'spoiled',
                                                'returned', 'adjustment')),
    at          TEXT NOT NULL,
    by_clerk    TEXT NOT NULL REFERENCES clerks (id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stock_movements_product ON stock_movements (product_id);
