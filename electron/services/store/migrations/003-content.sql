-- Notices and announcements cache, sync cursor (issue 4).
SELECT 1;
