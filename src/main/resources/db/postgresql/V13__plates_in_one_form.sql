-- Plates in one form, as the app now stores them (customer.Keys.plateShown): upper case, letters
-- and digits apart with one dash (zzt901 → ZZT-901); other shapes as their letters and digits.
-- (PostgreSQL's replacement syntax; db/h2 has the same with H2's.)
UPDATE vehicle SET plate = regexp_replace(regexp_replace(plate_key,
    '^([A-ZÅÄÖ]+)([0-9]+)$', '\1-\2'), '^([0-9]+)([A-ZÅÄÖ]+)$', '\1-\2');
