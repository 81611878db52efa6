-- Turns a `chophien-cli demo --products N` workspace into a stock-heavy one for the Stock page
-- benchmark (tests/bench/stock.sh): per product one lot with an expiry spread over two years (some
-- expired, about 4 % within 30 days), a receipt into it and a sale from it (3 movements per product
-- with the demo's own), a low-stock threshold on every fifth product, and 1,000 open holds.
BEGIN IMMEDIATE;
CREATE TEMP TABLE clerk AS SELECT id FROM clerks ORDER BY created_at LIMIT 1;
INSERT INTO lots (id, product_id, code, expires_on, supplier, received_at, created_by)
SELECT lower(hex(randomblob(16))), p.id, 'LÔ-B-' || p.rowid,
       date('now', ((p.rowid * 37) % 730 - 30) || ' days'), p.producer,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT id FROM clerk)
FROM products p;
INSERT INTO stock_movements (id, product_id, lot_id, delta_milli, reason, at, by_clerk)
SELECT lower(hex(randomblob(16))), l.product_id, l.id, 12000, 'received',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT id FROM clerk) FROM lots l;
INSERT INTO stock_movements (id, product_id, lot_id, delta_milli, reason, at, by_clerk)
SELECT lower(hex(randomblob(16))), l.product_id, l.id, -((l.rowid % 11) * 1000 + 500), 'sold_offline',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT id FROM clerk) FROM lots l;
UPDATE products SET low_stock_milli = 40000 WHERE rowid % 5 = 0;
INSERT INTO stock_holds (id, product_id, quantity_milli, reference, created_at, created_by)
SELECT lower(hex(randomblob(16))), id, 1000, 'bench ' || rowid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       (SELECT id FROM clerk) FROM products WHERE rowid % 100 = 0;
COMMIT;
