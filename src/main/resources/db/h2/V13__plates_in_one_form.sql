-- Plates in one form, as the app now stores them (customer.Keys.plateShown): upper case, letters
-- and digits apart with one dash (zzt901 → ZZT-901); other shapes as their letters and digits.
-- (H2's replacement syntax; db/postgresql has the same with PostgreSQL's.)
UPDATE vehicle SET plate = REGEXP_REPLACE(REGEXP_REPLACE(plate_key,
    '^([A-ZÅÄÖ]+)([0-9]+)$', '$1-$2'), '^([0-9]+)([A-ZÅÄÖ]+)$', '$1-$2');
