-- The regional cross-country report joins the archive; its countries are those of its region.
alter table report_archive drop constraint report_archive_report_type_check;
alter table report_archive add constraint report_archive_report_type_check
    check (report_type in ('FORUM', 'COUNTRY', 'DONOR', 'REGIONAL'));
