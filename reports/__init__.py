"""PDF and XLSX renderers for what the organizer prints after the apel (no Qt here).

`reports.api` has one function per kind; `reports.data` builds plain data from the named queries;
each renderer takes that data and a path.
"""
