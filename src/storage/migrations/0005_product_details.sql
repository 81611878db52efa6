-- The full product record (ARCHITECTURE.md §2): classification, net quantity, sale price, producer
-- contact, origin (2025 unit codes), OCOP certificate, label contents, shelf life, package size,
-- archiving, and a version the sync will send as If-Match. Certifications get their own table.
ALTER TABLE products ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN product_group TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN net_quantity_milli INTEGER NOT NULL DEFAULT 0 CHECK (net_quantity_milli >= 0);
ALTER TABLE products ADD COLUMN net_quantity_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN sale_price_dong INTEGER CHECK (sale_price_dong IS NULL OR sale_price_dong >= 0);
ALTER TABLE products ADD COLUMN producer_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN origin_commune_code TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN origin_province_code TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN ocop_certificate TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN ocop_decided_on TEXT;
ALTER TABLE products ADD COLUMN ingredients TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN allergens TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN storage_instructions TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN usage_instructions TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN shelf_life_days INTEGER NOT NULL DEFAULT 0 CHECK (shelf_life_days >= 0);
ALTER TABLE products ADD COLUMN package_weight_g INTEGER NOT NULL DEFAULT 0 CHECK (package_weight_g >= 0);
ALTER TABLE products ADD COLUMN length_mm INTEGER NOT NULL DEFAULT 0 CHECK (length_mm >= 0);
ALTER TABLE products ADD COLUMN width_mm INTEGER NOT NULL DEFAULT 0 CHECK (width_mm >= 0);
ALTER TABLE products ADD COLUMN height_mm INTEGER NOT NULL DEFAULT 0 CHECK (height_mm >= 0);
ALTER TABLE products ADD COLUMN archived_at TEXT;
ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX products_category ON products (category) WHERE deleted_at IS NULL;
CREATE INDEX products_group ON products (product_group) WHERE deleted_at IS NULL;

CREATE TABLE product_certifications (
    id         TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products (id),
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (length(trim(kind)) > 0),
    number     TEXT NOT NULL,
    issuer     TEXT NOT NULL DEFAULT '',
    expires_on TEXT
);
CREATE INDEX product_certifications_product ON product_certifications (product_id, position);
