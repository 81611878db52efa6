-- The orders the product list can be sorted in (ProductList): each sort column, then Vietnamese name
-- order and id, so keyset paging in any order reads straight from an index, forwards or backwards.
CREATE INDEX products_by_sku ON products (upper(sku), id) WHERE deleted_at IS NULL;
CREATE INDEX products_by_price ON products (price_dong, name_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX products_by_ocop ON products (ocop_stars, name_sort, id) WHERE deleted_at IS NULL;
