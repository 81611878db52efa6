-- The list a clerk sees first: products on sale (not archived, not a variant row), in Vietnamese name
-- order. Its count and first page are read from this index alone, without visiting the product rows
-- (which, with full records, make most of a 100,000-product workspace).
CREATE INDEX products_on_sale_by_name ON products (name_sort, id)
    WHERE deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL;
-- The category tree and the category filter read the categories of the products on sale from here
-- alone (ProductList::categories runs on every list reload and editor opening).
CREATE INDEX products_on_sale_category ON products (category)
    WHERE deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL AND category <> '';
