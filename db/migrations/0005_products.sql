-- Schema v5: the product catalogue, for cafés: what is sold, at what price, and the nine quick items.
CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    code            TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    price_minor     INTEGER NOT NULL CHECK (price_minor > 0),
    category        TEXT,
    quick_key       INTEGER CHECK (quick_key BETWEEN 1 AND 9),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
-- One active product per quick key.
CREATE UNIQUE INDEX products_quick_key ON products(quick_key) WHERE quick_key IS NOT NULL AND active = 1;
