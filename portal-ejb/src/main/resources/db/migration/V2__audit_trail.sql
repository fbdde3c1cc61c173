-- The audit trail: every insert, update and delete of the records people edit, with who, when,
-- which record and the before/after of the changed fields, written by triggers in the same
-- transaction as the change. The portal tags each transaction with the caller
-- (set_config('portal.user', ..., true)); changes made outside the portal show as 'database'.
--
-- The key is a UUID, not a sequence: EclipseLink reads a new row's IDENTITY key with lastval(),
-- which a sequence advanced inside this trigger would hijack.
create table audit_entry (
    id          uuid         primary key default gen_random_uuid(),
    at          timestamptz  not null default clock_timestamp(),
    username    varchar(100) not null,
    action      varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    record_type varchar(40)  not null,
    record_id   bigint       not null,
    country_id  bigint       references country (id) on delete set null,
    changes     jsonb        not null
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_record_idx on audit_entry (record_type, record_id);
create index audit_entry_country_idx on audit_entry (country_id, at desc);
create index audit_entry_username_idx on audit_entry (username);

-- The country a row belongs to, so that officers see their country's trail only.
create function audit_country(tbl text, r jsonb) returns bigint language sql stable as $$
    select case tbl
        when 'country' then (r ->> 'id')::bigint
        when 'district' then (r ->> 'country_id')::bigint
        when 'market_actor' then (r ->> 'country_id')::bigint
        when 'member' then (r ->> 'country_id')::bigint
        when 'forum' then (select d.country_id from district d where d.id = (r ->> 'district_id')::bigint)
        when 'membership' then (select d.country_id from forum f join district d on d.id = f.district_id
                                where f.id = (r ->> 'forum_id')::bigint)
        when 'member_marginalisation' then (select m.country_id from member m where m.id = (r ->> 'member_id')::bigint)
    end
$$;

create function audit_row() returns trigger language plpgsql as $$
declare
    old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    changed jsonb := '{}'::jsonb;
    field   text;
    row_id  bigint;
    who     text := coalesce(nullif(current_setting('portal.user', true), ''), 'database');
begin
    for field in select jsonb_object_keys(coalesce(new_row, old_row)) loop
        continue when field in ('id', 'version');
        if tg_op = 'INSERT' then
            changed := changed || jsonb_build_object(field, jsonb_build_object('after', new_row -> field));
        elsif tg_op = 'DELETE' then
            changed := changed || jsonb_build_object(field, jsonb_build_object('before', old_row -> field));
        elsif (old_row -> field) is distinct from (new_row -> field) then
            changed := changed || jsonb_build_object(field,
                jsonb_build_object('before', old_row -> field, 'after', new_row -> field));
        end if;
    end loop;
    if tg_op = 'UPDATE' and changed = '{}'::jsonb then
        return null; -- a version bump alone is not a change worth recording
    end if;
    -- Child rows without an id of their own are recorded against their parent.
    row_id := coalesce((coalesce(new_row, old_row) ->> 'id')::bigint,
                       (coalesce(new_row, old_row) ->> 'member_id')::bigint);
    insert into audit_entry (username, action, record_type, record_id, country_id, changes)
    values (left(who, 100),
            case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
            tg_table_name, row_id, audit_country(tg_table_name, coalesce(new_row, old_row)), changed);
    return null;
end
$$;

create trigger region_audit after insert or update or delete on region for each row execute function audit_row();
create trigger country_audit after insert or update or delete on country for each row execute function audit_row();
create trigger district_audit after insert or update or delete on district for each row execute function audit_row();
create trigger market_actor_audit after insert or update or delete on market_actor for each row execute function audit_row();
create trigger member_audit after insert or update or delete on member for each row execute function audit_row();
create trigger member_marginalisation_audit after insert or update or delete on member_marginalisation for each row execute function audit_row();
create trigger forum_audit after insert or update or delete on forum for each row execute function audit_row();
create trigger membership_audit after insert or update or delete on membership for each row execute function audit_row();

-- What the portal reads: the same rows with the change set as text.
create view audit_entry_view as
    select id::text as id, at, username, action, record_type, record_id, country_id, changes::text as changes
    from audit_entry;
