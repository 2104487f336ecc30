-- Runs once, when the db volume is first initialised. TypeORM creates its
-- migrations table inside the data source's schema before running any
-- migration, so that schema has to exist beforehand.
CREATE SCHEMA IF NOT EXISTS core;

-- The database of `nx run twenty-server:db-migrate:test` (.env.test), with
-- the same schema; psql runs this file, so \connect switches to it.
CREATE DATABASE test;
\connect test
CREATE SCHEMA IF NOT EXISTS core;
