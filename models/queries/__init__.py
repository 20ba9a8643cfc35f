"""Named queries, one module per subject, shared by the desk, the reports, the command line and the
sync: the record that counts (record.py), counts, people, attendance, signatures, units, coverage."""
