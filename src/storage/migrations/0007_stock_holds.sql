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

-- What the alerts filter and count on, kept by triggers from the ledger (never written by the app):
-- a product's and a lot's on-hand, the sums of their movements. With 100,000 products and 300,000
-- movements, summing the ledger for every product or lot to find the low or expiring ones costs
-- hundreds of milliseconds; these columns and their partial indexes make it a few. Lists still show
-- the ledger's own sums; tst_stockoverview checks that the two agree after every kind of write.
ALTER TABLE products ADD COLUMN on_hand_milli INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lots ADD COLUMN on_hand_milli INTEGER NOT NULL DEFAULT 0;
UPDATE products SET on_hand_milli =
    (SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.product_id = products.id);
UPDATE lots SET on_hand_milli =
    (SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.lot_id = lots.id);
CREATE TRIGGER stock_movements_level_insert AFTER INSERT ON stock_movements BEGIN
    UPDATE products SET on_hand_milli = on_hand_milli + new.delta_milli WHERE id = new.product_id;
    UPDATE lots SET on_hand_milli = on_hand_milli + new.delta_milli WHERE id = new.lot_id;
END;
CREATE TRIGGER stock_movements_level_delete AFTER DELETE ON stock_movements BEGIN
    UPDATE products SET on_hand_milli = on_hand_milli - old.delta_milli WHERE id = old.product_id;
    UPDATE lots SET on_hand_milli = on_hand_milli - old.delta_milli WHERE id = old.lot_id;
END;
CREATE TRIGGER stock_movements_level_update AFTER UPDATE OF product_id, lot_id, delta_milli ON stock_movements
BEGIN
    UPDATE products SET on_hand_milli = on_hand_milli - old.delta_milli WHERE id = old.product_id;
    UPDATE lots SET on_hand_milli = on_hand_milli - old.delta_milli WHERE id = old.lot_id;
    UPDATE products SET on_hand_milli = on_hand_milli + new.delta_milli WHERE id = new.product_id;
    UPDATE lots SET on_hand_milli = on_hand_milli + new.delta_milli WHERE id = new.lot_id;
END;
-- Low stock: exactly the products at or below their threshold, in name order.
CREATE INDEX products_low_stock ON products (name_sort, id)
    WHERE deleted_at IS NULL AND low_stock_milli > 0 AND on_hand_milli <= low_stock_milli;
-- Expiring: the lots that still hold stock, by expiry.
CREATE INDEX lots_with_stock_expiry ON lots (expires_on, product_id)
    WHERE on_hand_milli > 0 AND expires_on IS NOT NULL;
