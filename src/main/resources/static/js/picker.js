// Concept picker (catalogue module) – filled in by the catalogue module.
