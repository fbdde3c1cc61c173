-- The country an audited row belongs to, found from what the row refers to, so that a new table
-- needs no change here: its own country_id, else its district_id, forum_id or member_id, else any
-- other column named <table>_id that points to a row of that table (followed until one of the
-- former is found). Name references that way and the trail of a new table is scoped by itself.
create or replace function audit_country(tbl text, r jsonb) returns bigint language plpgsql stable as $$
declare
    ref     text;
    parent  jsonb;
begin
    if r is null then
        return null;
    elsif tbl = 'country' then
        return (r ->> 'id')::bigint;
    elsif r ? 'country_id' then
        return (r ->> 'country_id')::bigint;
    elsif r ? 'district_id' then
        return (select d.country_id from district d where d.id = (r ->> 'district_id')::bigint);
    elsif r ? 'forum_id' then
        return (select d.country_id from forum f join district d on d.id = f.district_id
                where f.id = (r ->> 'forum_id')::bigint);
    elsif r ? 'member_id' then
        return (select m.country_id from member m where m.id = (r ->> 'member_id')::bigint);
    end if;
    for ref in select k from jsonb_object_keys(r) k where k like '%\_id' and r ->> k is not null order by k loop
        if to_regclass(quote_ident(left(ref, -3))) is not null and left(ref, -3) <> tbl then
            execute format('select to_jsonb(t) from %I t where t.id = $1', left(ref, -3))
                into parent using (r ->> ref)::bigint;
            if parent is not null then
                return audit_country(left(ref, -3), parent);
            end if;
        end if;
    end loop;
    return null;
end
$$;
