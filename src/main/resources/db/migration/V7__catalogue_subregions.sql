-- The sub-region (seutukunta) of each municipality: the commuting area that matching uses to score how far a client
-- lives from a workplace. Empty until the municipalities are imported again (the built-in list has it).
alter table catalogue_municipality add column subregion_code varchar(3) not null default '';
