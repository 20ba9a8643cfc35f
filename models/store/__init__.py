"""Storage: opening the database (connection.py), the tables (schema.py), their versions
(migrations.py) and bulk writes (bulk.py). SQL that only one database engine speaks lives here,
behind named functions."""
