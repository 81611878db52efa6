-- The producer household's commune (2025 unit code), beside its name and phone: where the cooperative
-- finds the member who supplied the goods. Often, but not always, the product's origin.
ALTER TABLE products ADD COLUMN producer_commune_code TEXT NOT NULL DEFAULT '';
