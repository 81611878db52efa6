-- Search: barcode, producer and tags on products, and a full-text index over folded text.
-- The index holds VietnameseText::searchKey() of each field (đ folded, no marks), written by
-- ProductSearchIndex in the same transaction as the product; this migration's C++ step fills it
-- for the products already there.
ALTER TABLE products ADD COLUMN barcode TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN producer TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN tags TEXT NOT NULL DEFAULT '';
CREATE INDEX products_barcode ON products (barcode) WHERE barcode <> '';
CREATE INDEX products_sku_upper ON products (upper(sku));
-- The first one or two letters typed match names by prefix through this index (ProductRepository).
CREATE INDEX products_name_search ON products (name_search) WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE product_search USING fts5 (
    name, sku, barcode, producer, tags, description,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
