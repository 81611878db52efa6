-- Every filter of the product list (ProductList::condition) on the products on sale, in one narrow
-- index: counting the matches of any combination of category, group, OCOP and stock filters, and
-- gathering the few rows a selective filter leaves, read this index alone instead of the product rows
-- (which, with full records, make most of a 100,000-product workspace). Category leads, so the
-- category tree and a category filter read only their range; `id` lets the expiring-lots filter match
-- without a visit either. The three columns of the WHERE (always NULL here, a byte each) let SQLite
-- 3.40 see that the index covers a query. It replaces migration 10's category-only index.
CREATE INDEX products_on_sale_filters
    ON products (category, product_group, ocop_stars, on_hand_milli, low_stock_milli, id, deleted_at,
                 parent_id, archived_at)
    WHERE deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL;
DROP INDEX products_on_sale_category;
-- A category's products on sale in name order: a category filter's page merges the first rows of each
-- category under it (ProductList), instead of walking the whole name order, where a category's
-- products can all sit far down (every "Nông sản" name may come after every "Bánh" name).
CREATE INDEX products_on_sale_by_category ON products (category, name_sort, id)
    WHERE deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL;
-- A label-law group's products on sale in name order: a group filter's page reads straight from it.
CREATE INDEX products_on_sale_by_group ON products (product_group, name_sort, id)
    WHERE deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL;
DROP INDEX products_group;
-- Only lists with archived products still filter on category or group without these: they walk the
-- name order.
DROP INDEX products_category;
