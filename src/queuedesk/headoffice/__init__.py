"""Head office: `queuedesk hq` (branches by replication or day files) and a branch's `db export-day`."""
