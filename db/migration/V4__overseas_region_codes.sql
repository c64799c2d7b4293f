-- The overseas collectivities (Saint-Barthélemy 977, Saint-Martin 978, Wallis-et-Futuna 986...) have no
-- region; the reference data gives them a pseudo-region with their own three-character code.
ALTER TABLE listing ALTER COLUMN region_code TYPE varchar(3);
