-- Runs once, when the db volume is first initialised. TypeORM creates its
-- migrations table inside the data source's schema before running any
-- migration, so that schema has to exist beforehand.
CREATE SCHEMA IF NOT EXISTS core;
