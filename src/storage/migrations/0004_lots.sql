-- Lots: the harvest or production batches stock arrives in. A lot records when its goods were
-- harvested or made, when they expire and which member household supplied them (the basis of member
-- payouts). Like a product's, a lot's on-hand is never stored: it is the sum of its movements.
-- Dates are ISO 'YYYY-MM-DD' text, checked to be real calendar dates. StockLedger keeps every movement
-- of a lot on the lot's own product.
CREATE TABLE lots (
    id           TEXT PRIMARY KEY,
    product_id   TEXT NOT NULL REFERENCES products (id),
    code         TEXT NOT NULL CHECK (length(trim(code)) > 0),
    harvested_on TEXT CHECK (harvested_on IS NULL OR date(harvested_on, '+0 days') IS harvested_on),
    produced_on  TEXT CHECK (produced_on IS NULL OR date(produced_on, '+0 days') IS produced_on),
    expires_on   TEXT CHECK (expires_on IS NULL OR date(expires_on, '+0 days') IS expires_on),
    supplier     TEXT NOT NULL DEFAULT '',
    received_at  TEXT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES clerks (id)
);
-- A lot code names one lot of a product; the same code may name lots of different products.
CREATE UNIQUE INDEX lots_code ON lots (product_id, code);
-- A product's lots in picking order (earliest expiry first), and what expires soon across products.
CREATE INDEX lots_product_expiry ON lots (product_id, expires_on);
CREATE INDEX lots_expiry ON lots (expires_on) WHERE expires_on IS NOT NULL;

-- Movements from before lots (and stock found at a count) belong to no lot: lot_id stays NULL.
ALTER TABLE stock_movements ADD COLUMN lot_id TEXT REFERENCES lots (id);

-- On-hand per product and per lot are sums read straight from these (covering) indexes; a product's
-- history is read newest first through the last one.
DROP INDEX stock_movements_product;
CREATE INDEX stock_movements_product_sum ON stock_movements (product_id, lot_id, delta_milli);
CREATE INDEX stock_movements_lot_sum ON stock_movements (lot_id, delta_milli) WHERE lot_id IS NOT NULL;
CREATE INDEX stock_movements_product_at ON stock_movements (product_id, at);
