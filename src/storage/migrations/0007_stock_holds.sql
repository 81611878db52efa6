-- Stock holds and low-stock thresholds (docs/adr/0007-stock-holds.md).
-- A hold keeps a quantity of a product (optionally of one lot) aside for a named buyer or reference
-- ("chị Lan, đơn Zalo"; later a confirmed platform order). It stays open until it is released:
-- fulfilled (the sale was recorded) or cancelled. Reserved = the sum of a product's open holds;
-- sellable = on-hand − reserved. Holds are never deleted, so who promised what to whom stays readable.
CREATE TABLE stock_holds (
    id             TEXT PRIMARY KEY,
    product_id     TEXT NOT NULL REFERENCES products (id),
    lot_id         TEXT REFERENCES lots (id),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    reference      TEXT NOT NULL CHECK (length(trim(reference)) > 0),
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL REFERENCES clerks (id),
    released_at    TEXT,
    released_by    TEXT REFERENCES clerks (id),
    release_reason TEXT CHECK (release_reason IS NULL OR release_reason IN ('fulfilled', 'cancelled')),
    CHECK ((released_at IS NULL) = (release_reason IS NULL))
);
-- Reserved per product and per lot are sums read straight from these (covering, open holds only).
CREATE INDEX stock_holds_open ON stock_holds (product_id, quantity_milli) WHERE released_at IS NULL;
CREATE INDEX stock_holds_open_lot ON stock_holds (lot_id, quantity_milli)
    WHERE released_at IS NULL AND lot_id IS NOT NULL;
-- Every hold, open or released, newest first (stock holds --all, the lower pane's history).
CREATE INDEX stock_holds_created ON stock_holds (created_at);

-- The low-stock threshold, in thousandths of the product's unit; 0: no alert.
ALTER TABLE products ADD COLUMN low_stock_milli INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_milli >= 0);
-- The "low stock" filter pages only the products that have a threshold, in name order.
CREATE INDEX products_low_stock ON products (name_sort, id) WHERE deleted_at IS NULL AND low_stock_milli > 0;
