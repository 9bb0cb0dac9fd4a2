-- Hand-written SQL (Prisma cannot express this in schema.prisma)
-- GB/T 4761-2008 codes 65–68 were shifted by one: the table stored 配偶的祖父母或外祖父母 as 66,
-- 曾祖父 as 67 and 曾祖母 as 68 (and had no 65, no 配偶的曾祖父母或外曾祖父母). Rows written
-- under the old table take the standard's codes; the audit log keeps what was written then.
UPDATE household_member SET relationship = CASE relationship
    WHEN '66' THEN '65' WHEN '67' THEN '66' WHEN '68' THEN '67' END
  WHERE relationship IN ('66', '67', '68');
UPDATE household_event SET relationship = CASE relationship
    WHEN '66' THEN '65' WHEN '67' THEN '66' WHEN '68' THEN '67' END
  WHERE relationship IN ('66', '67', '68');
