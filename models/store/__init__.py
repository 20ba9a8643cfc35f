"""Storage: opening the database (connection.py for a desk's SQLite file, postgres.py for a hub's
PostgreSQL server, opening.py for either), the tables (schema.py; pg_schema.py makes a new server
database), their versions (migrations.py), bulk writes (bulk.py), the hub's key file (keyfile.py) and
its merged files (received.py). SQL that only one database engine speaks lives here, behind named
functions (dialect.py)."""
