-- Variants and selling units (ADR 0006). A variant is a products row whose parent_id names the
-- product it varies, with its values on the parent's one or two option axes (option1_name and
-- option2_name, set on the parent). It keeps its own SKU, barcode, price, stock, lots and history.
ALTER TABLE products ADD COLUMN parent_id TEXT REFERENCES products (id);
ALTER TABLE products ADD COLUMN option1 TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN option2 TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN option1_name TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN option2_name TEXT NOT NULL DEFAULT '';

-- A parent's variants, and each combination of options once among those still sold.
CREATE INDEX products_parent ON products (parent_id) WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX products_variant_options ON products (parent_id, option1, option2)
    WHERE parent_id IS NOT NULL AND deleted_at IS NULL AND archived_at IS NULL;
-- Lists show a product with variants once, as its parent: pages and counts read this index.
CREATE INDEX products_top_by_name ON products (name_sort, id) WHERE deleted_at IS NULL AND parent_id IS NULL;

-- Selling units besides the base unit: one `unit` holds per_unit_in_base_milli thousandths of the
-- base unit (1 bao = 50 kg is ('bao', 50000)). Variants use their parent's.
CREATE TABLE product_units (
    product_id             TEXT NOT NULL REFERENCES products (id),
    unit                   TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    per_unit_in_base_milli INTEGER NOT NULL CHECK (per_unit_in_base_milli > 0),
    position               INTEGER NOT NULL,
    PRIMARY KEY (product_id, unit)
) WITHOUT ROWID;
